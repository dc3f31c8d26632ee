import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { LoadController } from '../../controllers/load-controller.js';
import type { BillingSummaryData, BillingSummaryRequest } from '../../data/billing-types.js';
import { normalizeSummaryRequest } from '../../data/billing-summary.js';
import { isValidDate, localToday } from '../../data/dates.js';
import { filterToParams } from '../../data/query.js';
import { isSafeLink } from '../../data/safe-url.js';
import type { InvoiceFilter } from '../../data/types.js';
import { formatDate } from '../../format/formatters.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { loadErrorMessage } from '../../internal/labels.js';
import { adoptLateStyles } from '../../internal/late-styles.js';
import { intlLocale } from '../../localization.js';
import { billingSummaryHostStyles } from './billing-summary.host-styles.js';
import { ChartWidthController } from './chart-width-controller.js';

/**
 * What the customer owes and has paid, per currency: outstanding, overdue, due in
 * the next 30 days and paid in the last 12 months, each a link that filters the invoices,
 * and a 12-month spend chart drawn in SVG with its data table.
 *
 * Figures come from `adapter.billingSummary()`; with an adapter that has none, the element
 * shows nothing (and carries the `unavailable` attribute). Currencies are never summed
 * together: each has its own card. Each figure links to the invoices it adds up (its
 * currency and condition as `f.*` URL parameters). Without `href`, choosing a figure fires
 * `invoice-filter-change` with that filter and the page stays (the section applies it);
 * with `href` (the invoices page of the portal), the link navigates there.
 *
 * The chart is hidden from assistive technology, which reads the data table behind it; "Show
 * table" shows the table on screen too. Bars and text take the theme's colours.
 *
 * @summary What the customer owes and has paid, per currency, with a 12-month spend chart.
 *
 * @csspart base - Everything.
 * @csspart heading - The heading ("Billing overview").
 * @csspart as-of - "As of 20 Nov 2026".
 * @csspart currencies - The list of currency cards.
 * @csspart currency - One currency's card.
 * @csspart currency-heading - Its heading ("JPY · Japanese Yen").
 * @csspart figures - The figures of a currency (a description list).
 * @csspart figure - One figure; also `figure-outstanding`, `figure-overdue`, `figure-due-soon` or `figure-paid`.
 * @csspart figure-outstanding - The outstanding figure (with `figure`).
 * @csspart figure-overdue - The overdue figure.
 * @csspart figure-due-soon - The "due in the next N days" figure.
 * @csspart figure-paid - The "paid in the last N months" figure.
 * @csspart figure-label - A figure's label.
 * @csspart figure-value - A figure's amount (a link when it counts any invoice).
 * @csspart figure-link - The link of a figure.
 * @csspart figure-count - "4 invoices".
 * @csspart invalid-value - The placeholder of an amount the adapter sent malformed.
 * @csspart chart - The spend chart and its table (`figure`).
 * @csspart chart-caption - The chart's caption.
 * @csspart chart-plot - The box the SVG is drawn in.
 * @csspart chart-svg - The SVG.
 * @csspart chart-bar - A bar; `chart-bar-negative` for a month of credits.
 * @csspart chart-bar-negative - A bar below zero.
 * @csspart chart-grid - A grid line.
 * @csspart chart-axis-label - An amount on the axis.
 * @csspart chart-month-label - A month (and year) under the bars.
 * @csspart table-toggle - "Show table".
 * @csspart chart-table - The data table.
 * @csspart skeleton - A placeholder card while loading.
 * @csspart empty - "No invoices to summarise yet."
 * @csspart error - The load error.
 * @csspart retry-button - Its "Retry" button.
 *
 * @cssprop --inv-summary-card-bg - Currency card background.
 * @cssprop --inv-summary-card-border-color - Currency card border.
 * @cssprop --inv-summary-card-radius - Currency card corner radius.
 * @cssprop --inv-summary-gap - Space between cards.
 * @cssprop --inv-summary-label-color - Figure labels and counts.
 * @cssprop --inv-summary-value-color - Figure amounts.
 * @cssprop --inv-summary-overdue-color - The overdue amount when something is overdue.
 * @cssprop --inv-summary-link-color - Figure links.
 * @cssprop --inv-summary-bar-color - Chart bars.
 * @cssprop --inv-summary-bar-negative-color - Bars of months with more credits than charges.
 * @cssprop --inv-summary-grid-color - Chart grid lines.
 * @cssprop --inv-summary-axis-color - Chart labels.
 *
 * @fires {InvoiceFilterChangeDetail} invoice-filter-change - A figure was chosen (without `href`): the filter that lists its invoices.
 * @fires {InvoiceErrorDetail} invoice-error - The figures could not be loaded (`kind: 'summary'`).
 */
@localized()
export class BillingSummary extends InvoiceElement {
  static override styles = billingSummaryHostStyles;

  /** Every `part` the element renders, as its JSDoc lists them (`<invoice-section>` exports them with a prefix). */
  static readonly parts: readonly string[] = [
    'base',
    'heading',
    'as-of',
    'currencies',
    'currency',
    'currency-heading',
    'figures',
    'figure',
    'figure-outstanding',
    'figure-overdue',
    'figure-due-soon',
    'figure-paid',
    'figure-label',
    'figure-value',
    'figure-link',
    'figure-count',
    'invalid-value',
    'chart',
    'chart-caption',
    'chart-plot',
    'chart-svg',
    'chart-bar',
    'chart-bar-negative',
    'chart-grid',
    'chart-axis-label',
    'chart-month-label',
    'table-toggle',
    'chart-table',
    'skeleton',
    'empty',
    'error',
    'retry-button',
  ];

  /** The day the figures are judged against, `YYYY-MM-DD`. Default: the viewer's local date. */
  @property() today = '';

  /** "Due in the next N days" (1–366). */
  @property({ type: Number, attribute: 'due-days' }) dueWithinDays = 30;

  /** "Paid in the last N months" (1–120). */
  @property({ type: Number, attribute: 'paid-months' }) paidWithinMonths = 12;

  /** Months in the spend chart, ending with this month (1–36). */
  @property({ type: Number }) months = 12;

  /**
   * The invoices page the figure links open (`/billing/invoices`; http(s) or relative, anything
   * else is ignored). Empty: the links filter this page (see the events).
   */
  @property() href = '';

  /** The heading. Default: "Billing overview". */
  @property() label = '';

  /** True when the adapter gives no billing figures, so nothing is shown. */
  @property({ type: Boolean, reflect: true }) unavailable = false;

  @state() private tablesShown = new Set<string>();

  private readonly summary = new LoadController<BillingSummaryData>(this, {
    onError: (error) =>
      this.emit('invoice-error', {
        kind: 'summary',
        message: loadErrorMessage(error),
        error,
        retryable: (error as { retryable?: boolean })?.retryable ?? true,
      }),
  });

  private readonly chartWidths = new ChartWidthController(this, '[part~="chart-plot"]');
  /** The figures, the chart and their styles, imported while the figures load (so nothing waits for them). */
  private readonly view = new LazyModuleController(this, () => import('./summary-view.js'));
  private lateStyles = false;
  private loadedKey: string | undefined;

  /** The request sent to the adapter, windows clamped to their ranges. */
  get request(): BillingSummaryRequest {
    return normalizeSummaryRequest({
      today: isValidDate(this.today) ? this.today : localToday(),
      dueWithinDays: this.dueWithinDays,
      paidWithinMonths: this.paidWithinMonths,
      months: this.months,
    });
  }

  /** The figures last loaded. */
  get value(): BillingSummaryData | undefined {
    return this.summary.value;
  }

  /** Settles when the load in flight has settled. */
  get loaded(): Promise<void> {
    return this.summary.settled.then(() =>
      this.summary.value ? this.view.load().then(() => this.updateComplete.then(() => undefined)) : undefined,
    );
  }

  /** Loads the figures again (also what "Retry" does). */
  refresh(): Promise<void> {
    this.loadedKey = undefined;
    return this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A disconnect aborts the load in flight; load again when put back.
    this.loadedKey = undefined;
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override updated(): void {
    const view = this.view.value;
    if (view && !this.lateStyles) {
      // The cards' and the chart's styles came with them.
      adoptLateStyles(this, view.summaryStyles);
      this.lateStyles = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.unavailable = typeof this.adapter?.billingSummary !== 'function';
    if (
      changed.has('adapter') ||
      changed.has('today') ||
      changed.has('dueWithinDays') ||
      changed.has('paidWithinMonths') ||
      changed.has('months')
    )
      this.loadedKey = undefined;
    if (this.loadedKey === undefined) void this.load();
  }

  private load(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter || typeof adapter.billingSummary !== 'function') {
      this.summary.abort();
      return Promise.resolve();
    }
    const request = this.request;
    this.loadedKey = JSON.stringify(request);
    void this.view.load();
    return this.summary.run((signal) => adapter.billingSummary!(request, { signal }));
  }

  /** The invoices page the links open, when it is a safe link (http(s) or relative); '' otherwise. */
  private get page(): string {
    return isSafeLink(this.href) ? this.href : '';
  }

  private hrefFor(filterParams: URLSearchParams): string {
    const query = filterParams.toString();
    const page = this.page;
    if (!page) return `?${query}`;
    return `${page}${page.includes('?') ? '&' : '?'}${query}`;
  }

  private onFigureClick(event: MouseEvent, filter: InvoiceFilter): void {
    // With an invoices page to go to, the link navigates; a modified click opens a new tab as links do.
    if (this.page || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.emit('invoice-filter-change', { filter });
  }

  private toggleTable(currency: string): void {
    const next = new Set(this.tablesShown);
    if (next.has(currency)) next.delete(currency);
    else next.add(currency);
    this.tablesShown = next;
  }

  private renderBody(locale: string) {
    const value = this.summary.value;
    if (this.summary.state === 'error' && !value) {
      return html`<div part="error" role="alert">
        <span>${msg('The billing overview could not be loaded.', { id: 'summary.error' })} ${loadErrorMessage(this.summary.error)}</span>
        <button type="button" class="button" part="retry-button" @click=${() => void this.summary.retry()}>
          ${msg('Retry', { id: 'summary.retry' })}
        </button>
      </div>`;
    }
    const view = this.view.value;
    if (!value || !view)
      return html`<div part="currencies" class="currencies">${[0, 1].map(() => html`<div part="skeleton" class="skeleton"></div>`)}</div>`;
    const currencies = Array.isArray(value.currencies) ? value.currencies.filter((c) => c && typeof c.currency === 'string') : [];
    if (currencies.length === 0) return html`<p part="empty">${msg('No invoices to summarise yet.', { id: 'summary.empty' })}</p>`;
    return view.summaryCurrencies(currencies, {
      request: this.request,
      locale,
      hrefFor: (filter) => this.hrefFor(filterToParams(filter)),
      onFigure: (event, filter) => this.onFigureClick(event, filter),
      chartWidth: (currency) => this.chartWidths.widthOf(currency),
      tableShown: (currency) => this.tablesShown.has(currency),
      toggleTable: (currency) => this.toggleTable(currency),
    });
  }

  protected override render() {
    if (this.unavailable) return nothing;
    const locale = intlLocale();
    const asOf = formatDate(this.request.today, locale);
    const busy = this.summary.state === 'loading';
    return html`<section part="base" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
      <div class="header">
        <h2 part="heading" id="heading">${this.label || msg('Billing overview', { id: 'summary.heading' })}</h2>
        <p part="as-of">${msg(str`As of ${asOf}`, { id: 'summary.as-of' })}</p>
      </div>
      ${this.renderBody(locale)}
    </section>`;
  }
}
