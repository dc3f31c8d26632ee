import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LoadController } from '../../controllers/load-controller.js';
import { defaultQuery, filterToParams } from '../../data/query.js';
import { INVOICE_STATUSES, type InvoiceQuery, type InvoiceStatus, type StatusCounts } from '../../data/types.js';
import { formatCount } from '../../format/formatters.js';
import { readCount } from '../../data/validate.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { invalidValueLabel, loadErrorMessage, statusLabel } from '../../internal/labels.js';
import { intlLocale } from '../../localization.js';
import { statusTabsStyles } from './invoice-status-tabs.styles.js';

/** One tab: a status, or `null` for "All". */
type TabValue = InvoiceStatus | null;

const statusConverter = {
  fromAttribute: (value: string | null): InvoiceStatus | null =>
    value !== null && (INVOICE_STATUSES as readonly string[]).includes(value) ? (value as InvoiceStatus) : null,
  toAttribute: (value: InvoiceStatus | null): string | null => value,
};

/**
 * Open / Disputed / Closed status tabs (optionally All and Not applicable), each with its
 * live count for the current search and filter.
 *
 * A WAI-ARIA tablist whose tabs control another element (usually the grid) rather than
 * panels of their own: name that element's id in `controls` and every tab points at it
 * with `aria-controls` (through ARIA element reflection, which crosses into the page from
 * the shadow root). Arrow keys move (mirrored right-to-left), Home/End jump, and the
 * selection follows focus. Choosing a tab fires a cancelable `invoice-status-change`; the
 * tab only changes when no listener prevents it.
 *
 * @summary The status tabs of the invoice section, with live counts.
 *
 * @csspart tablist - The row of tabs (`role="tablist"`).
 * @csspart tab - Each tab; the selected one also has `tab-selected`.
 * @csspart tab-selected - The selected tab.
 * @csspart label - A tab's label.
 * @csspart count - A tab's count badge.
 * @csspart count-placeholder - The pulsing placeholder shown before counts arrive.
 * @csspart invalid-value - With `count`: a count the adapter sent malformed (NaN, negative, `1e308`), shown as "—".
 * @csspart error - The message shown when the counts could not be loaded.
 * @csspart retry-button - Its "Retry" button.
 *
 * @cssprop --inv-tabs-gap - Space between tabs.
 * @cssprop --inv-tabs-tab-padding-inline - Space before and after a tab's text.
 * @cssprop --inv-tabs-border-color - The line under the tabs.
 * @cssprop --inv-tabs-tab-bg - Tab background.
 * @cssprop --inv-tabs-tab-hover-bg - Tab background on hover.
 * @cssprop --inv-tabs-tab-color - Text of unselected tabs.
 * @cssprop --inv-tabs-tab-selected-color - Text of the selected tab.
 * @cssprop --inv-tabs-indicator-color - The bar under the selected tab.
 * @cssprop --inv-tabs-count-bg - Count badge background.
 * @cssprop --inv-tabs-count-selected-bg - Count badge background on the selected tab.
 * @cssprop --inv-tabs-count-color - Count badge text.
 * @cssprop --inv-tabs-error-bg - Error message background.
 * @cssprop --inv-tabs-error-color - Error message text.
 *
 * @fires {InvoiceStatusChangeDetail} invoice-status-change - Cancelable; a tab was chosen (`status: null` is "All").
 * @fires {InvoiceErrorDetail} invoice-error - The counts could not be loaded, or some arrived malformed (`kind: 'counts'`).
 */
@localized()
export class InvoiceStatusTabs extends InvoiceElement {
  static override styles = statusTabsStyles;

  /** Every `part` the element renders, as its JSDoc lists them (`<invoice-section>` exports them with a prefix). */
  static readonly parts: readonly string[] = [
    'tablist',
    'tab',
    'tab-selected',
    'label',
    'count',
    'count-placeholder',
    'invalid-value',
    'error',
    'retry-button',
  ];

  /** The query whose search and filter the counts follow (its own status constraint is ignored). */
  @property({ attribute: false }) query: InvoiceQuery = defaultQuery();

  /** The selected status; `null` (no attribute) selects "All". */
  @property({ reflect: true, converter: statusConverter }) status: InvoiceStatus | null = null;

  /** Adds an "All" tab before the others. */
  @property({ type: Boolean, attribute: 'show-all' }) showAll = false;

  /** Adds a "Not applicable" tab after the others. */
  @property({ type: Boolean, attribute: 'show-na' }) showNa = false;

  /** Id of the element the tabs control (in the same tree as this element), e.g. the grid's. */
  @property() controls = '';

  /** Accessible name of the tablist. Default: "Invoice status". */
  @property() label = '';

  /** Index of the tab that holds the roving tabindex. */
  @state() private focusIndex = -1;

  private readonly counts = new LoadController<StatusCounts>(this, {
    onValue: (value) => this.reportMalformedCounts(value),
    onError: (error) =>
      this.emit('invoice-error', {
        kind: 'counts',
        message: loadErrorMessage(error),
        error,
        retryable: (error as { retryable?: boolean })?.retryable ?? true,
      }),
  });

  /** What the last count load was for, to skip loads a new query does not need. */
  private loadedKey: string | undefined;
  private loadedAdapter: unknown;

  /** The tabs shown, in order. */
  get tabValues(): TabValue[] {
    const values: TabValue[] = ['open', 'disputed', 'closed'];
    if (this.showAll) values.unshift(null);
    if (this.showNa) values.push('na');
    return values;
  }

  /** The counts last loaded, if any. */
  get statusCounts(): StatusCounts | undefined {
    return this.counts.value;
  }

  /** Settles when the counts in flight have settled. */
  get countsSettled(): Promise<void> {
    return this.counts.settled;
  }

  /** Loads the counts again (also what "Retry" does). */
  refresh(): Promise<void> {
    this.loadedKey = undefined;
    return this.loadCounts();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A disconnect aborts the load in flight; load again when put back on the page.
    this.loadedKey = undefined;
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') || changed.has('showAll') || changed.has('showNa')) this.focusIndex = -1;
    if (changed.has('adapter') || changed.has('query') || this.loadedKey === undefined) void this.loadCounts();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.linkControlled();
    if (changed.has('status') || changed.has('showAll') || changed.has('showNa')) this.revealSelected();
  }

  /** Scrolls the tablist (only it, never the page) so the selected tab is visible on narrow screens. */
  private revealSelected(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[role="tablist"]');
    const tab = this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    if (!list || !tab || list.scrollWidth <= list.clientWidth) return;
    const listBox = list.getBoundingClientRect();
    const tabBox = tab.getBoundingClientRect();
    if (tabBox.left < listBox.left) list.scrollLeft -= listBox.left - tabBox.left;
    else if (tabBox.right > listBox.right) list.scrollLeft += tabBox.right - listBox.right;
  }

  private countsKey(): string {
    const query = this.query ?? defaultQuery();
    return `${query.search ?? ''}\u0000${filterToParams(query.filter ?? { version: 1 }).toString()}`;
  }

  private loadCounts(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return Promise.resolve();
    const key = this.countsKey();
    if (key === this.loadedKey && adapter === this.loadedAdapter) return this.counts.settled;
    this.loadedKey = key;
    this.loadedAdapter = adapter;
    const query = { ...(this.query ?? defaultQuery()), statuses: [] };
    return this.counts.run((signal) => adapter.countByStatus(query, { signal }));
  }

  /** Points each tab's `aria-controls` at the controlled element (ARIA element reflection). */
  private linkControlled(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = this.controls ? root.getElementById?.(this.controls) : null;
    for (const tab of this.tabElements()) {
      const reflecting = tab as HTMLElement & { ariaControlsElements?: Element[] | null };
      if ('ariaControlsElements' in reflecting) reflecting.ariaControlsElements = target ? [target] : null;
    }
  }

  private tabElements(): HTMLElement[] {
    return [...(this.renderRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
  }

  /**
   * A tab's count as the adapter sent it: a missing status counts 0; anything but a count
   * from 0 to 2^53 − 1 (NaN, negative, text, `1e308`) is malformed, `undefined` (a placeholder).
   */
  private countOf(value: TabValue, counts: StatusCounts): number | undefined {
    const count = (status: InvoiceStatus) => {
      if (!counts || typeof counts !== 'object') return undefined;
      const raw: unknown = counts[status];
      return raw === undefined || raw === null ? 0 : readCount(raw);
    };
    if (value !== null) return count(value);
    let sum = 0;
    for (const status of INVOICE_STATUSES) {
      const n = count(status);
      if (n === undefined) return undefined;
      sum += n;
    }
    return readCount(sum);
  }

  /** One `invoice-error` per answer holding malformed counts, as for a malformed row. */
  private reportMalformedCounts(value: unknown): void {
    const counts = value as StatusCounts;
    const bad = INVOICE_STATUSES.filter((status) => this.countOf(status, counts) === undefined);
    if (!bad.length) return;
    this.emit('invoice-error', {
      kind: 'counts',
      message: msg('Some invoice counts could not be read.', { id: 'tabs.counts-invalid' }),
      problems: bad.map((status) => ({
        field: status,
        code: 'out-of-range',
        value: value && typeof value === 'object' ? (value as Record<string, unknown>)[status] : value,
      })),
      retryable: false,
    });
  }

  private renderCount(value: TabValue, counts: StatusCounts, locale: string) {
    const count = this.countOf(value, counts);
    if (count !== undefined) return html`<span part="count">${formatCount(count, locale)}</span>`;
    return html`<span part="count invalid-value"
      ><span aria-hidden="true">—</span><span class="visually-hidden">${invalidValueLabel()}</span></span
    >`;
  }

  private labelOf(value: TabValue): string {
    return value === null ? msg('All', { id: 'tabs.all' }) : statusLabel(value);
  }

  /** Chooses a tab: fires the cancelable event and changes only when it is not prevented. */
  select(value: TabValue): boolean {
    if (value === this.status) return true;
    const event = this.emit('invoice-status-change', { status: value, previous: this.status }, { cancelable: true });
    if (event.defaultPrevented) return false;
    this.status = value;
    return true;
  }

  private selectedIndex(values: TabValue[]): number {
    return values.indexOf(this.status);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const values = this.tabValues;
    const tab = (event.target as HTMLElement).closest('[role="tab"]');
    if (!tab) return;
    const current = this.tabElements().indexOf(tab as HTMLElement);
    const rtl = getComputedStyle(this).direction === 'rtl';
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = current + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = current + (rtl ? 1 : -1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = values.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(values[current] ?? null);
        return;
      default:
        return;
    }
    event.preventDefault();
    next = (next + values.length) % values.length;
    this.focusIndex = next;
    this.select(values[next] ?? null);
    void this.updateComplete.then(() => this.tabElements()[next]?.focus());
  }

  private onFocusOut(event: FocusEvent): void {
    // Leaving the tablist: the next Tab into it lands on the selected tab again.
    const to = event.relatedTarget as Node | null;
    if (!to || !this.renderRoot.contains(to)) this.focusIndex = -1;
  }

  private errorText(): string {
    const reason = loadErrorMessage(this.counts.error);
    // The generic reason speaks of "the invoices"; say what failed here instead.
    return reason === loadErrorMessage(undefined)
      ? msg('The invoice counts could not be loaded.', { id: 'tabs.error.generic' })
      : msg(str`The invoice counts could not be loaded. ${reason}`, { id: 'tabs.error' });
  }

  protected override render() {
    const values = this.tabValues;
    const selected = this.selectedIndex(values);
    const roving = this.focusIndex >= 0 ? this.focusIndex : Math.max(0, selected);
    const counts = this.counts.value;
    const loading = this.counts.state === 'loading' || (!counts && this.counts.state !== 'error');
    const failed = this.counts.state === 'error';
    const locale = intlLocale();
    return html`
      <div
        role="tablist"
        part="tablist"
        aria-label=${this.label || msg('Invoice status', { id: 'tabs.label' })}
        aria-busy=${loading ? 'true' : 'false'}
        @keydown=${this.onKeyDown}
        @focusout=${this.onFocusOut}
      >
        ${values.map((value, index) => {
          const isSelected = index === selected;
          const label = this.labelOf(value);
          return html`<button
            type="button"
            role="tab"
            id=${`tab-${value ?? 'all'}`}
            part=${isSelected ? 'tab tab-selected' : 'tab'}
            aria-selected=${isSelected ? 'true' : 'false'}
            tabindex=${index === roving ? 0 : -1}
            data-status=${value ?? 'all'}
            @click=${() => {
              this.focusIndex = index;
              this.select(value);
            }}
          >
            <span part="label">${label}</span>
            ${counts ? this.renderCount(value, counts, locale) : html`<span part="count-placeholder" aria-hidden="true"></span>`}
          </button>`;
        })}
      </div>
      ${
        failed
          ? html`<div part="error" role="alert">
              <span>${this.errorText()}</span>
              <button type="button" class="button" part="retry-button" @click=${() => void this.counts.retry()}>
                ${msg('Retry', { id: 'tabs.retry' })}
              </button>
            </div>`
          : nothing
      }
    `;
  }
}
