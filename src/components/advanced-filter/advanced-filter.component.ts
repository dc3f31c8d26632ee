import { localized, msg, str } from '@lit/localize';
import { isServer, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { LocalStorageSavedViewsStore, type SavedView, type SavedViewColumns, type SavedViewsStore } from '../../data/saved-views.js';
import { LINEAGE_KINDS, coerceFilter, emptyFilter, validateFilter, type FilterErrorCode, type FilterKey } from '../../data/query.js';
import {
  FILTER_TEXT_FIELDS,
  INVOICE_STATUSES,
  type FilterTextField,
  type InvoiceFilter,
  type InvoiceStatus,
  type LineageKind,
  type SortKey,
  type TextCondition,
} from '../../data/types.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { adoptLateStyles } from '../../internal/late-styles.js';
import { intlLocale } from '../../localization.js';
import { advancedFilterStyles } from './advanced-filter.styles.js';
import { viewName, sortViews, type SortedViews } from './saved-view-list.js';
import { formatMonth } from '../../format/formatters.js';
import { readMonthInput } from '../../format/month-input.js';

/** The form and saved views, loaded with `import()` when the filter is first shown (or the page is idle). */
const importView = () => import('./filter-view.js');
/** The form's module once loaded, shared by every filter of the page. */
let viewModule: Awaited<ReturnType<typeof importView>> | undefined;
const loadView = async () => (viewModule ??= await importView());

/** @internal The form as typed: text, so that what the user entered survives until it is valid. */
export interface FilterDraft {
  monthFrom: string;
  monthTo: string;
  amountMin: string;
  amountMax: string;
  currency: string;
  statuses: InvoiceStatus[];
  kinds: LineageKind[];
  text: Record<FilterTextField, TextCondition>;
  overdue: boolean;
  dueWithinDays: string;
  paidWithinMonths: string;
}

/** @internal */
export type ErrorCode = FilterErrorCode | 'month-incomplete';

/** Fields in tab order, to focus the first invalid one. */
const FIELD_ORDER: FilterKey[] = [
  'monthFrom',
  'monthTo',
  'amountMin',
  'amountMax',
  'currency',
  'statuses',
  'kinds',
  ...FILTER_TEXT_FIELDS,
  'overdue',
  'dueWithinDays',
  'paidWithinMonths',
];

export const DEFAULT_CURRENCIES: readonly string[] = ['JPY', 'SGD', 'HKD', 'KRW', 'USD', 'EUR', 'GBP'];

function draftFrom(filter: InvoiceFilter): FilterDraft {
  const text = {} as Record<FilterTextField, TextCondition>;
  for (const field of FILTER_TEXT_FIELDS) text[field] = { op: filter[field]?.op ?? 'contains', value: filter[field]?.value ?? '' };
  return {
    // A month shows in the UI's words ("2020年5月"); it is read back from any usual form.
    monthFrom: formatMonth(filter.monthFrom, intlLocale()),
    monthTo: formatMonth(filter.monthTo, intlLocale()),
    amountMin: filter.amountMin === undefined ? '' : String(filter.amountMin),
    amountMax: filter.amountMax === undefined ? '' : String(filter.amountMax),
    currency: filter.currency ?? '',
    statuses: [...(filter.statuses ?? [])],
    kinds: [...(filter.kinds ?? [])],
    text,
    overdue: filter.overdue === true,
    dueWithinDays: filter.dueWithinDays === undefined ? '' : String(filter.dueWithinDays),
    paidWithinMonths: filter.paidWithinMonths === undefined ? '' : String(filter.paidWithinMonths),
  };
}

/** Reads a whole count as typed (full-width digits accepted); NaN when it is not one, which validation reports. */
export function parseCount(text: string): number | undefined {
  const compact = text.normalize('NFKC').trim();
  if (compact === '') return undefined;
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

/**
 * Reads an amount as typed: full-width digits and grouping separators are accepted
 * ("１２，３４０", "12,340", "12 340"); anything else that is not a number becomes NaN, which
 * validation reports. Empty means "no bound".
 */
export function parseAmount(text: string): number | undefined {
  const compact = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s,'\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : Number.NaN;
}

/**
 * The structured invoice filter: month range, amount range and currency, status, document
 * kind and text conditions, with validation, and saved views.
 *
 * The value is the versioned `InvoiceFilter` model: set it as the `value` property, read
 * it from `invoice-filter-change`. What the user types is checked before it is applied
 * (impossible or incomplete months, "From" after "To", non-numeric amounts, minimum over
 * maximum): each problem is shown next to its field, tied to it with `aria-describedby`
 * and `aria-invalid`, and an invalid filter is never applied. Enter applies; Escape asks
 * the host to close the panel (`invoice-filter-toggle` with `open: false`).
 *
 * "From month" and "To month" are text boxes that read a month in any usual form
 * ("2020-05", "May 2020", "2020年5月") and show it in the UI's language, each with a year and
 * month picker (Alt+Arrow Down, or its button) written in the UI's language in every browser.
 *
 * With an adapter that gives billing figures (`adapter.billingSummary`), or a value that
 * already holds them, a "Payment" group offers the date-relative conditions: overdue only,
 * due within N days and paid within N months.
 *
 * Saved views name the current search + filter + sort + columns. The host passes the
 * search, sort and columns it owns (`search`, `sort`, `columns`); views are kept in
 * `localStorage` under `storage-key` unless `savedViewsStore` stores them elsewhere.
 * Choosing a view sets the filter and fires `invoice-view-apply` so the host restores the rest.
 * At most ten views are listed at once, whatever the store holds: with more, a search field
 * finds views by name and "Previous" / "Next" page through them.
 *
 * Active filters as removable chips: see `filterChips()` (exported next to this element).
 *
 * The form and the saved views load with `import()` when the page is idle or when the filter is
 * first shown (not `hidden`), whichever comes first (`preload()` fetches them now); the value,
 * validation, `apply()` and `clear()` work before that.
 *
 * @summary The advanced filter of the invoice section.
 *
 * @csspart panel - The panel around everything.
 * @csspart heading - The "Advanced filter" heading.
 * @csspart form - The filter form.
 * @csspart fields - The grid of fields.
 * @csspart field - Each field (label, control, message).
 * @csspart input - Each text, month and amount input.
 * @csspart month-picker-button - The button that opens a month field's picker.
 * @csspart month-picker - The year and month picker (in the UI's language, the same in every browser).
 * @csspart select - The currency and match selects.
 * @csspart error - An inline validation message.
 * @csspart actions - The row of buttons.
 * @csspart apply-button - "Apply".
 * @csspart clear-button - "Clear".
 * @csspart close-button - "Close" (only with `closable`).
 * @csspart status-message - Polite announcements ("Filter applied", "View saved").
 * @csspart saved-views - The saved views area.
 * @csspart saved-view-list - The list of saved views.
 * @csspart saved-view - One saved view.
 * @csspart saved-view-apply - Its button that applies it.
 * @csspart saved-view-delete - Its delete button.
 * @csspart save-view-button - "Save view".
 * @csspart saved-view-search - The field that finds saved views by name (shown when there are more than ten).
 * @csspart saved-view-pager - The pager under the list: the range shown and its buttons.
 * @csspart saved-view-previous - "Previous" (saved views).
 * @csspart saved-view-next - "Next" (saved views).
 *
 * @cssprop --inv-filter-bg - Panel background.
 * @cssprop --inv-filter-border-color - Panel border.
 * @cssprop --inv-filter-radius - Panel corner radius.
 * @cssprop --inv-filter-padding - Panel padding.
 * @cssprop --inv-filter-error-color - Validation messages.
 * @cssprop --inv-chip-bg - Filter chip background (chips helper).
 * @cssprop --inv-chip-border-color - Filter chip border (chips helper).
 * @cssprop --inv-chip-color - Filter chip text (chips helper).
 * @cssprop --inv-chip-radius - Filter chip radius (chips helper).
 * @cssprop --inv-chip-remove-hover-bg - A chip's remove button on hover (chips helper).
 *
 * @fires {InvoiceFilterChangeDetail} invoice-filter-change - A valid filter was applied, or the filter was cleared.
 * @fires {InvoiceFilterToggleDetail} invoice-filter-toggle - Escape or "Close": the host should close the panel (`open: false`).
 * @fires {InvoiceViewApplyDetail} invoice-view-apply - A saved view was chosen.
 * @fires {InvoiceErrorDetail} invoice-error - Saved views could not be read or written (`kind: 'storage'`).
 */
@localized()
export class AdvancedFilter extends InvoiceElement {
  static override styles = advancedFilterStyles;

  /** Every `part` the element renders, as its JSDoc lists them (`<invoice-section>` exports them with a prefix). */
  static readonly parts: readonly string[] = [
    'panel',
    'heading',
    'form',
    'fields',
    'field',
    'input',
    'month-picker-button',
    'month-picker',
    'select',
    'error',
    'actions',
    'apply-button',
    'clear-button',
    'close-button',
    'status-message',
    'saved-views',
    'saved-view-list',
    'saved-view',
    'saved-view-apply',
    'saved-view-delete',
    'save-view-button',
    'saved-view-search',
    'saved-view-pager',
    'saved-view-previous',
    'saved-view-next',
  ];

  /** The applied filter. Setting it replaces what the form shows. */
  @property({ attribute: false }) value: InvoiceFilter = emptyFilter();

  /** The host's current search text, saved with a view. */
  @property({ attribute: false }) search = '';

  /** The host's current sort, saved with a view. */
  @property({ attribute: false }) sort: SortKey[] = [];

  /** The host's current column layout, saved with a view. */
  @property({ attribute: false }) columns: SavedViewColumns | undefined;

  /** Currency codes offered in "Currency". */
  @property({ attribute: false }) currencies: readonly string[] = DEFAULT_CURRENCIES;

  /** Where saved views are kept. Default: `localStorage` under `<storage-key>:views`. */
  @property({ attribute: false }) savedViewsStore: SavedViewsStore | undefined;

  /** Prefix of the `localStorage` key of the default saved-views store. */
  @property({ attribute: 'storage-key' }) storageKey = 'invoice-section';

  /** Hides the saved views. */
  @property({ type: Boolean, attribute: 'no-saved-views' }) noSavedViews = false;

  /** Shows a "Close" button (the host shows the element as a closable panel). */
  @property({ type: Boolean }) closable = false;

  /** Hidden (the section's closed panel): the form loads when the page is idle or it is shown, not before. */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  /** @internal The form as typed. */
  @state() draft: FilterDraft = draftFrom(emptyFilter());
  /** @internal Validation messages by field. */
  @state() errors = new Map<FilterKey, ErrorCode>();
  /** @internal The polite announcement. */
  @state() statusMessage = '';
  /** @internal The saved views, sorted. */
  @state() views: SortedViews = { views: [], keys: [] };
  /** @internal The saved views' search text. */
  @state() viewSearch = '';
  /** @internal The saved views' page. */
  @state() viewPage = 0;
  /** @internal The name typed for a new view. */
  @state() viewName = '';
  /** @internal Why that name cannot be saved. */
  @state() viewNameError = '';

  private defaultStore: LocalStorageSavedViewsStore | undefined;
  private viewsLoadedFrom: SavedViewsStore | undefined;
  /** The form and its styles: loaded when the filter is first shown, or before when the page is idle. */
  private readonly view = new LazyModuleController(this, async () => this.createForm(await loadView()));
  private viewStyles: CSSResultGroup | undefined;
  private viewStylesAdopted = false;
  /** The element came with a declarative shadow root: it was rendered on the server. */
  private readonly serverRendered = !isServer && !!this.shadowRoot;

  /** The store in use. */
  get store(): SavedViewsStore {
    if (this.savedViewsStore) return this.savedViewsStore;
    const key = `${this.storageKey || 'invoice-section'}:views`;
    if (this.defaultStore?.key !== key) this.defaultStore = new LocalStorageSavedViewsStore(key);
    return this.defaultStore;
  }

  /** The saved views as last listed, in name order. */
  get savedViews(): readonly SavedView[] {
    return this.views.views;
  }

  /** Moves focus to the first field ("From month"). Called before the form has loaded or rendered, it waits for that. */
  focusFirstField(): void {
    if (!this.hasUpdated || !this.form) {
      void this.preload()
        .then(() => this.updateComplete)
        .then(() => this.renderRoot.querySelector<HTMLElement>('#f-monthFrom')?.focus());
      return;
    }
    this.renderRoot.querySelector<HTMLElement>('#f-monthFrom')?.focus();
  }

  /** Loads the form ahead of its first showing (it happens by itself when the page is idle). */
  preload(): Promise<void> {
    return this.view.load().then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptViewStyles();
  }

  /** Settles once the form is rendered when the filter is shown: loaded first if it had not been. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (!this.hidden && !this.form) {
      await this.view.load().catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Loads the form's module for every filter of the page (`preloadParts()` does it for a server render). */
  static preloadForm(): Promise<void> {
    return loadView().then(() => undefined);
  }

  private createForm(module: NonNullable<typeof viewModule>) {
    this.viewStyles = module.viewStyles;
    this.adoptViewStyles();
    return new module.FilterView(this);
  }

  /** The form, when its module is at hand (another filter may have loaded it). */
  private get form() {
    if (!this.view.value && viewModule) this.view.provide(this.createForm(viewModule));
    return this.view.value;
  }

  /**
   * A server render has no first use: the form is part of the markup there, so on the server
   * it loads with this module and its styles render with the element's. In the browser, a
   * filter rendered on the server waits for the form before it hydrates (see scheduleUpdate).
   */
  static {
    if (isServer)
      void loadView().then((module) => {
        if (Object.hasOwn(this, 'elementStyles')) this.elementStyles.push(...this.finalizeStyles(module.viewStyles));
      });
  }

  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles(isServer && viewModule ? [styles ?? [], viewModule.viewStyles] : styles);
  }

  /** Rendered on the server (a declarative shadow root came with it): hydrate once the form is here, so both renders match. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && this.serverRendered && !this.form) await this.view.load().catch(() => undefined);
    super.scheduleUpdate();
  }

  /** Adds the form's styles to the shadow root, once both are there. */
  private adoptViewStyles(): void {
    if (this.viewStylesAdopted || !this.viewStyles || !this.renderRoot) return;
    adoptLateStyles(this, this.viewStyles);
    this.viewStylesAdopted = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Shown: the form is needed now (a failed load is tried again on the next update).
    if (!this.hidden && !this.form) void this.view.load().catch(() => undefined);
    if (changed.has('value')) {
      // A value from outside (a URL, a saved view, a portal) is read defensively.
      this.value = coerceFilter(this.value);
      this.draft = draftFrom(this.value);
      this.errors = new Map();
    }
    if (!this.noSavedViews && this.viewsLoadedFrom !== this.store) void this.loadViews();
  }

  /** Reads the saved views from the store again. */
  async loadViews(): Promise<void> {
    const store = this.store;
    this.viewsLoadedFrom = store;
    try {
      const views = await store.list();
      if (store === this.store) this.views = sortViews(Array.isArray(views) ? views : [], intlLocale());
    } catch (error) {
      this.reportStorageError(error);
    }
  }

  /**
   * Applies what the form holds. Returns false (and shows why) when it is not valid. Before
   * the first render the form holds `value`, so it applies that.
   */
  apply(): boolean {
    const { filter, errors } = this.readDraft();
    this.errors = errors;
    if (errors.size > 0) {
      this.statusMessage = '';
      void this.updateComplete.then(() => this.focusFirstInvalid());
      return false;
    }
    this.value = filter;
    this.emit('invoice-filter-change', { filter: this.value });
    this.statusMessage = msg('Filter applied.', { id: 'filter.applied' });
    return true;
  }

  /** Empties every field and applies the empty filter. */
  clear(): void {
    this.value = emptyFilter();
    this.draft = draftFrom(this.value);
    this.errors = new Map();
    this.emit('invoice-filter-change', { filter: this.value });
    this.statusMessage = msg('Filter cleared.', { id: 'filter.cleared' });
  }

  private readDraft(): { filter: InvoiceFilter; errors: Map<FilterKey, ErrorCode> } {
    // Before the first render the draft has not read `value` yet.
    const draft = this.hasUpdated ? this.draft : draftFrom(coerceFilter(this.value));
    const errors = new Map<FilterKey, ErrorCode>();
    const filter: InvoiceFilter = { version: 1 };
    for (const key of ['monthFrom', 'monthTo'] as const) {
      const reading = readMonthInput(draft[key], intlLocale());
      if ('error' in reading) errors.set(key, reading.error);
      else if ('month' in reading) filter[key] = reading.month;
    }
    const min = parseAmount(draft.amountMin);
    const max = parseAmount(draft.amountMax);
    if (min !== undefined) filter.amountMin = min;
    if (max !== undefined) filter.amountMax = max;
    if (draft.currency) filter.currency = draft.currency;
    if (draft.statuses.length) filter.statuses = INVOICE_STATUSES.filter((s) => draft.statuses.includes(s));
    if (draft.kinds.length) filter.kinds = LINEAGE_KINDS.filter((k) => draft.kinds.includes(k));
    for (const field of FILTER_TEXT_FIELDS) {
      const condition = draft.text[field];
      if (condition.value.trim()) filter[field] = { op: condition.op, value: condition.value.trim() };
    }
    if (draft.overdue) filter.overdue = true;
    const dueWithinDays = parseCount(draft.dueWithinDays);
    const paidWithinMonths = parseCount(draft.paidWithinMonths);
    if (dueWithinDays !== undefined) filter.dueWithinDays = dueWithinDays;
    if (paidWithinMonths !== undefined) filter.paidWithinMonths = paidWithinMonths;
    for (const error of validateFilter(filter)) if (!errors.has(error.field)) errors.set(error.field, error.code);
    return { filter, errors };
  }

  private focusFirstInvalid(): void {
    const first = FIELD_ORDER.find((key) => this.errors.has(key));
    if (first) this.renderRoot?.querySelector<HTMLElement>(`#f-${first}`)?.focus();
  }

  /** Applies a saved view: its filter here, the rest by the host on `invoice-view-apply`. */
  applyView(view: SavedView): void {
    this.value = coerceFilter(view.filter);
    this.emit('invoice-view-apply', { view: { ...view, filter: this.value } });
    this.emit('invoice-filter-change', { filter: this.value });
    const name = viewName(view.name).label;
    this.statusMessage = msg(str`View "${name}" applied.`, { id: 'filter.views.applied' });
  }

  /** @internal Says that saved views could not be read or stored. */
  reportStorageError(error: unknown): void {
    const message = msg('Saved views could not be read or stored in this browser.', { id: 'filter.views.storage-error' });
    this.statusMessage = message;
    this.emit('invoice-error', { kind: 'storage', message, error, retryable: false });
  }

  // ---- rendering --------------------------------------------------------------------

  protected override render() {
    return this.form ? this.form.render() : nothing;
  }
}
