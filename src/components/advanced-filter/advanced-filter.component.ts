import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  LocalStorageSavedViewsStore,
  newViewId,
  type SavedView,
  type SavedViewColumns,
  type SavedViewsStore,
} from '../../data/saved-views.js';
import {
  LINEAGE_KINDS,
  coerceFilter,
  emptyFilter,
  hasDateConditions,
  validateFilter,
  type FilterErrorCode,
  type FilterKey,
} from '../../data/query.js';
import {
  FILTER_TEXT_FIELDS,
  INVOICE_STATUSES,
  type FilterTextField,
  type InvoiceFilter,
  type InvoiceStatus,
  type LineageKind,
  type SortKey,
  type TextCondition,
  type TextMatchOp,
} from '../../data/types.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { lineageKindLabel, statusLabel } from '../../internal/labels.js';
import { intlLocale } from '../../localization.js';
import { advancedFilterStyles } from './advanced-filter.styles.js';
import { filterErrorMessage, filterFieldLabel, textOpLabel } from './filter-labels.js';
import { SAVED_VIEWS_PAGE_SIZE, pageOfViews, sortViews, viewName, type SortedViews } from './saved-view-list.js';
import { formatCount, formatMonth } from '../../format/formatters.js';
import { readMonthInput } from '../../format/month-input.js';
import { monthField } from './month-field.js';
import { MonthPickerController, type MonthKey } from './month-picker-controller.js';

/** The form as typed: text, so that what the user entered survives until it is valid. */
interface Draft {
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

type ErrorCode = FilterErrorCode | 'month-incomplete';

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

function draftFrom(filter: InvoiceFilter): Draft {
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

function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
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

  @state() private draft: Draft = draftFrom(emptyFilter());
  @state() private errors = new Map<FilterKey, ErrorCode>();
  @state() private statusMessage = '';

  /** The year and month picker of "From month" and "To month". */
  private readonly monthPicker = new MonthPickerController(this, {
    root: () => this.renderRoot,
    value: (key) => {
      const reading = readMonthInput(this.draft[key], intlLocale());
      return 'month' in reading ? reading.month : undefined;
    },
    choose: (key, month) => this.edit({ [key]: formatMonth(month, intlLocale()) }, key, 'monthTo'),
    thisYear: () => new Date().getFullYear(),
  });
  @state() private views: SortedViews = { views: [], keys: [] };
  @state() private viewSearch = '';
  @state() private viewPage = 0;
  @state() private viewName = '';
  @state() private viewNameError = '';

  private defaultStore: LocalStorageSavedViewsStore | undefined;
  private viewsLoadedFrom: SavedViewsStore | undefined;

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

  /** Moves focus to the first field ("From month"). Called before the first render, it waits for that render. */
  focusFirstField(): void {
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => this.focusFirstField());
      return;
    }
    this.renderRoot.querySelector<HTMLElement>('#f-monthFrom')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
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

  private edit(patch: Partial<Draft>, ...touched: FilterKey[]): void {
    this.draft = { ...this.draft, ...patch };
    if (touched.some((key) => this.errors.has(key))) {
      const errors = new Map(this.errors);
      for (const key of touched) errors.delete(key);
      this.errors = errors;
    }
  }

  private editText(field: FilterTextField, patch: Partial<TextCondition>): void {
    this.edit({ text: { ...this.draft.text, [field]: { ...this.draft.text[field], ...patch } } }, field);
  }

  private toggleIn<T>(list: T[], item: T, on: boolean): T[] {
    return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.emit('invoice-filter-toggle', { open: false });
      return;
    }
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.composedPath()[0] as HTMLElement;
    // Enter in the saved views' own fields (name, search) is theirs, not the filter's.
    if (target.closest?.('.save-view, #view-search')) return;
    // Enter in any field applies (checkboxes and selects included), as the form's default action.
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      event.preventDefault();
      this.apply();
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.apply();
  }

  // ---- saved views ------------------------------------------------------------------

  private async saveView(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = this.viewName.trim();
    if (!name) {
      this.viewNameError = msg('Enter a name for the view.', { id: 'filter.views.name-required' });
      this.renderRoot.querySelector<HTMLInputElement>('#view-name')?.focus();
      return;
    }
    this.viewNameError = '';
    if (!this.apply()) return;
    const existing = this.views.views.find((v) => v.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    const view: SavedView = {
      id: existing?.id ?? newViewId(),
      name,
      search: this.search ?? '',
      filter: this.value,
      sort: [...(this.sort ?? [])],
      ...(this.columns ? { columns: { order: [...this.columns.order], hidden: [...this.columns.hidden] } } : {}),
      savedAt: new Date().toISOString(),
    };
    try {
      await this.store.save(view);
    } catch (error) {
      this.reportStorageError(error);
      return;
    }
    this.viewName = '';
    await this.loadViews();
    this.statusMessage = msg(str`View "${name}" saved.`, { id: 'filter.views.saved' });
  }

  /** Applies a saved view: its filter here, the rest by the host on `invoice-view-apply`. */
  applyView(view: SavedView): void {
    this.value = coerceFilter(view.filter);
    this.emit('invoice-view-apply', { view: { ...view, filter: this.value } });
    this.emit('invoice-filter-change', { filter: this.value });
    const name = viewName(view.name).label;
    this.statusMessage = msg(str`View "${name}" applied.`, { id: 'filter.views.applied' });
  }

  private async deleteView(view: SavedView, index: number): Promise<void> {
    try {
      await this.store.remove(view.id);
    } catch (error) {
      this.reportStorageError(error);
      return;
    }
    await this.loadViews();
    const name = viewName(view.name).label;
    this.statusMessage = msg(str`View "${name}" deleted.`, { id: 'filter.views.deleted' });
    await this.updateComplete;
    // Keep focus in the list: the next view, the previous one, or the name field.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="saved-view-apply"]')];
    (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#view-name'))?.focus();
  }

  private reportStorageError(error: unknown): void {
    const message = msg('Saved views could not be read or stored in this browser.', { id: 'filter.views.storage-error' });
    this.statusMessage = message;
    this.emit('invoice-error', { kind: 'storage', message, error, retryable: false });
  }

  // ---- rendering --------------------------------------------------------------------

  private describedBy(key: FilterKey, hint?: string) {
    const ids = [hint, this.errors.has(key) ? `e-${key}` : undefined].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private errorFor(key: FilterKey): TemplateResult | typeof nothing {
    const code = this.errors.get(key);
    if (!code) return nothing;
    return html`<span class="error" part="error" id=${`e-${key}`}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4v5M8 11v1" stroke="#fff" stroke-width="2" />
      </svg>
      ${filterErrorMessage(code)}
    </span>`;
  }

  private monthField(key: MonthKey): TemplateResult {
    const locale = intlLocale();
    const reading = readMonthInput(this.draft[key], locale);
    return monthField({
      key,
      label: filterFieldLabel(key),
      text: this.draft[key],
      value: 'month' in reading ? reading.month : undefined,
      invalid: this.errors.has(key),
      describedBy: this.describedBy(key),
      error: this.errorFor(key),
      locale,
      picker: this.monthPicker,
      onInput: (text) => this.edit({ [key]: text }, key, 'monthTo'),
      onCommit: () => {
        const typed = readMonthInput(this.draft[key], locale);
        if ('month' in typed) this.edit({ [key]: formatMonth(typed.month, locale) });
      },
    });
  }

  private amountField(key: 'amountMin' | 'amountMax'): TemplateResult {
    return html`<div class="field" part="field">
      <label for=${`f-${key}`}>${filterFieldLabel(key)}</label>
      <input
        id=${`f-${key}`}
        class="input"
        part="input"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${live(this.draft[key])}
        aria-invalid=${this.errors.has(key) ? 'true' : 'false'}
        aria-describedby=${this.describedBy(key)}
        @input=${(e: Event) => this.edit({ [key]: (e.target as HTMLInputElement).value }, key, 'amountMax')}
      />
      ${this.errorFor(key)}
    </div>`;
  }

  private currencyField(): TemplateResult {
    const locale = intlLocale();
    const codes = [...this.currencies];
    if (this.draft.currency && !codes.includes(this.draft.currency)) codes.push(this.draft.currency);
    return html`<div class="field" part="field">
      <label for="f-currency">${filterFieldLabel('currency')}</label>
      <select
        id="f-currency"
        class="input"
        part="select"
        .value=${live(this.draft.currency)}
        aria-invalid=${this.errors.has('currency') ? 'true' : 'false'}
        aria-describedby=${this.describedBy('currency')}
        @change=${(e: Event) => this.edit({ currency: (e.target as HTMLSelectElement).value }, 'currency')}
      >
        <option value="" ?selected=${!this.draft.currency}>${msg('Any currency', { id: 'filter.currency.any' })}</option>
        ${codes.map((code) => html`<option value=${code} ?selected=${this.draft.currency === code}>${code} – ${currencyName(code, locale)}</option>`)}
      </select>
      ${this.errorFor('currency')}
    </div>`;
  }

  private checkGroup<T extends string>(
    key: 'statuses' | 'kinds',
    options: readonly T[],
    label: (value: T) => string,
    selected: T[],
  ): TemplateResult {
    return html`<fieldset class="field" part="field" id=${`f-${key}`}>
      <legend>${filterFieldLabel(key)}</legend>
      ${options.map(
        (option) =>
          html`<label class="check">
            <input
              type="checkbox"
              .checked=${live(selected.includes(option))}
              value=${option}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                this.edit({ [key]: this.toggleIn(this.draft[key] as string[], option, on) } as Partial<Draft>, key);
              }}
            />
            ${label(option)}
          </label>`,
      )}
    </fieldset>`;
  }

  private textField(field: FilterTextField): TemplateResult {
    const label = filterFieldLabel(field);
    const condition = this.draft.text[field];
    return html`<div class="field" part="field">
      <label for=${`f-${field}`}>${label}</label>
      <div class="text-field">
        <select
          class="input"
          part="select"
          aria-label=${msg(str`Match for ${label}`, { id: 'filter.op.label' })}
          .value=${live(condition.op)}
          @change=${(e: Event) => this.editText(field, { op: (e.target as HTMLSelectElement).value as TextMatchOp })}
        >
          ${(['contains', 'equals'] as const).map((op) => html`<option value=${op} ?selected=${condition.op === op}>${textOpLabel(op)}</option>`)}
        </select>
        <input
          id=${`f-${field}`}
          class="input"
          part="input"
          type="text"
          autocomplete="off"
          .value=${live(condition.value)}
          @input=${(e: Event) => this.editText(field, { value: (e.target as HTMLInputElement).value })}
        />
      </div>
    </div>`;
  }

  /** The date-relative conditions, offered when the adapter gives billing figures or the value already uses them. */
  private paymentFields(): TemplateResult | typeof nothing {
    if (typeof this.adapter?.billingSummary !== 'function' && !hasDateConditions(this.value)) return nothing;
    const count = (key: 'dueWithinDays' | 'paidWithinMonths') =>
      html`<div class="field" part="field">
        <label for=${`f-${key}`}>${filterFieldLabel(key)}</label>
        <input
          id=${`f-${key}`}
          class="input"
          part="input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(this.draft[key])}
          aria-invalid=${this.errors.has(key) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(key)}
          @input=${(e: Event) => this.edit({ [key]: (e.target as HTMLInputElement).value }, key)}
        />
        ${this.errorFor(key)}
      </div>`;
    return html`<fieldset class="field payment" part="field">
      <legend>${msg('Payment', { id: 'filter.payment' })}</legend>
      <label class="check">
        <input
          id="f-overdue"
          type="checkbox"
          .checked=${live(this.draft.overdue)}
          @change=${(e: Event) => this.edit({ overdue: (e.target as HTMLInputElement).checked }, 'overdue')}
        />
        ${filterFieldLabel('overdue')}
      </label>
      ${count('dueWithinDays')} ${count('paidWithinMonths')}
    </fieldset>`;
  }

  private renderSavedViews(): TemplateResult | typeof nothing {
    if (this.noSavedViews) return nothing;
    return html`<section part="saved-views" aria-labelledby="views-heading">
      <h3 id="views-heading">${msg('Saved views', { id: 'filter.views.heading' })}</h3>
      <form class="save-view" novalidate @submit=${this.saveView}>
        <div class="field" part="field">
          <label for="view-name">${msg('View name', { id: 'filter.views.name' })}</label>
          <input
            id="view-name"
            class="input"
            part="input"
            type="text"
            autocomplete="off"
            .value=${live(this.viewName)}
            aria-invalid=${this.viewNameError ? 'true' : 'false'}
            aria-describedby=${this.viewNameError ? 'e-view-name' : nothing}
            @input=${(e: Event) => {
              this.viewName = (e.target as HTMLInputElement).value;
              this.viewNameError = '';
            }}
          />
          ${this.viewNameError ? html`<span class="error" part="error" id="e-view-name">${this.viewNameError}</span>` : nothing}
        </div>
        <button type="submit" class="button" part="save-view-button">${msg('Save view', { id: 'filter.views.save' })}</button>
      </form>
      ${this.renderViewList()}
    </section>`;
  }

  private renderViewList(): TemplateResult {
    const all = this.views.views.length;
    if (!all) return html`<p class="empty">${msg('No saved views yet.', { id: 'filter.views.empty' })}</p>`;
    const paged = all > SAVED_VIEWS_PAGE_SIZE;
    const shown = pageOfViews(this.views, paged ? this.viewSearch : '', this.viewPage);
    const locale = intlLocale();
    const from = formatCount(shown.start + 1, locale);
    const to = formatCount(shown.start + shown.views.length, locale);
    const of = formatCount(shown.matches, locale);
    return html`${
      paged
        ? html`<div class="field" part="field">
            <label for="view-search">${msg('Search saved views', { id: 'filter.views.search' })}</label>
            <input
              id="view-search"
              class="input"
              part="input saved-view-search"
              type="search"
              autocomplete="off"
              .value=${live(this.viewSearch)}
              @input=${(e: Event) => {
                this.viewSearch = (e.target as HTMLInputElement).value;
                this.viewPage = 0;
              }}
            />
          </div>`
        : nothing
    }
    ${
      shown.views.length
        ? html`<ul part="saved-view-list" aria-labelledby="views-heading">
            ${shown.views.map((view, index) => {
              const name = viewName(view.name);
              return html`<li part="saved-view">
                <button
                  type="button"
                  class="button ghost"
                  part="saved-view-apply"
                  title=${name.capped ? name.full : nothing}
                  aria-label=${msg(str`Apply view: ${name.label}`, { id: 'filter.views.apply' })}
                  @click=${() => this.applyView(view)}
                >
                  <bdi>${name.shown}</bdi>
                </button>
                <button
                  type="button"
                  class="button ghost"
                  part="saved-view-delete"
                  aria-label=${msg(str`Delete view: ${name.label}`, { id: 'filter.views.delete' })}
                  @click=${() => void this.deleteView(view, index)}
                >
                  ${msg('Delete', { id: 'filter.views.delete-short' })}
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p class="empty">${msg('No saved view has this name.', { id: 'filter.views.no-match' })}</p>`
    }
    ${
      paged
        ? html`<div part="saved-view-pager">
            <span role="status"> ${shown.matches ? msg(str`Views ${from}–${to} of ${of}`, { id: 'filter.views.range' }) : ''} </span>
            <button
              type="button"
              class="button"
              part="saved-view-previous"
              aria-label=${msg('Previous saved views', { id: 'filter.views.previous' })}
              ?disabled=${shown.page === 0}
              @click=${() => (this.viewPage = shown.page - 1)}
            >
              ${msg('Previous', { id: 'filter.views.previous-short' })}
            </button>
            <button
              type="button"
              class="button"
              part="saved-view-next"
              aria-label=${msg('Next saved views', { id: 'filter.views.next' })}
              ?disabled=${shown.page >= shown.pages - 1}
              @click=${() => (this.viewPage = shown.page + 1)}
            >
              ${msg('Next', { id: 'filter.views.next-short' })}
            </button>
          </div>`
        : nothing
    }`;
  }

  protected override render() {
    return html`<div part="panel" @keydown=${this.onKeyDown}>
      <h2 part="heading" id="heading">${msg('Advanced filter', { id: 'filter.heading' })}</h2>
      <form part="form" novalidate aria-labelledby="heading" @submit=${this.onSubmit}>
        <div part="fields">
          ${this.monthField('monthFrom')} ${this.monthField('monthTo')} ${this.amountField('amountMin')} ${this.amountField('amountMax')}
          ${this.currencyField()} ${this.checkGroup('statuses', INVOICE_STATUSES, statusLabel, this.draft.statuses)}
          ${this.checkGroup('kinds', LINEAGE_KINDS, lineageKindLabel, this.draft.kinds)}
          ${FILTER_TEXT_FIELDS.map((field) => this.textField(field))} ${this.paymentFields()}
        </div>
        <div part="actions">
          <button type="submit" class="button primary" part="apply-button">${msg('Apply', { id: 'filter.apply' })}</button>
          <button type="button" class="button" part="clear-button" @click=${this.clear}>${msg('Clear', { id: 'filter.clear' })}</button>
          ${
            this.closable
              ? html`<button
                  type="button"
                  class="button ghost"
                  part="close-button"
                  @click=${() => this.emit('invoice-filter-toggle', { open: false })}
                >
                  ${msg('Close', { id: 'filter.close' })}
                </button>`
              : nothing
          }
          <span part="status-message" role="status">${this.statusMessage}</span>
        </div>
      </form>
      ${this.renderSavedViews()}
    </div>`;
  }
}
