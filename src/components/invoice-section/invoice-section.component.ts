import { localized, msg, str } from '@lit/localize';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query as queryElement, state } from 'lit/decorators.js';
import type { SavedViewColumns, SavedViewsStore } from '../../data/saved-views.js';
import { UrlSyncController } from '../../controllers/url-sync-controller.js';
import {
  activeFilterKeys,
  clampOffset,
  defaultQuery,
  emptyFilter,
  sameQuery,
  withoutFilterKey,
  type FilterKey,
  type UnreadPart,
} from '../../data/query.js';
import { textOf } from '../../data/validate.js';
import type { Invoice, InvoiceFilter, InvoiceQuery, InvoiceStatus } from '../../data/types.js';
import type { InvoiceQueryChangeDetail } from '../../events/invoice-events.js';
import { formatDateTime } from '../../format/formatters.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { retentionNotice } from '../../internal/retention-notice.js';
import { intlLocale } from '../../localization.js';
import { AdvancedFilter } from '../advanced-filter/advanced-filter.component.js';
import { defaultColumns, type InvoiceGridColumn } from '../invoice-grid/columns.js';
import { InvoiceGrid } from '../invoice-grid/invoice-grid.component.js';
import { loadPanels } from '../invoice-grid/panels-loader.js';
import { InvoiceDownloadDialog } from '../invoice-download-dialog/invoice-download-dialog.component.js';
import { InvoiceStatusTabs } from '../invoice-status-tabs/invoice-status-tabs.component.js';
import { BillingSummary } from '../billing-summary/billing-summary.component.js';
import { DETAIL_PARAM, InvoiceDetail } from '../invoice-detail/invoice-detail.component.js';
import { InvoiceTicketDialog } from '../invoice-ticket-dialog/invoice-ticket-dialog.component.js';
import { localToday } from '../../data/dates.js';
import { invoiceSectionStyles } from './invoice-section.styles.js';
import { loadSectionParts, loadedSectionParts } from './section-parts-loader.js';
import { whenIdle } from '../../internal/when-idle.js';

/** `part:prefix__part` for each part an element declares, so the page can style it through the section. */
const exportParts = (prefix: string, parts: readonly string[]) => parts.map((part) => `${part}:${prefix}__${part}`).join(', ');
const TABS_EXPORT = exportParts('tabs', InvoiceStatusTabs.parts);
const FILTER_EXPORT = exportParts('filter', AdvancedFilter.parts);
const GRID_EXPORT = exportParts('grid', InvoiceGrid.parts);
const DIALOG_EXPORT = exportParts('dialog', InvoiceDownloadDialog.parts);
const SUMMARY_EXPORT = exportParts('summary', BillingSummary.parts);
const DETAIL_EXPORT = exportParts('detail', InvoiceDetail.parts);
const TICKET_EXPORT = exportParts('ticket', InvoiceTicketDialog.parts);

type DownloadDialog = HTMLElement & {
  invoice?: Invoice | undefined;
  invoices?: Invoice[];
  show?: () => void;
  preload?: () => Promise<void>;
};

/**
 * The whole invoices section: status tabs with counts, the toolbar (search, Advanced
 * filter, Customize columns, Export to Excel, portal buttons), the filter panel and its
 * chips, the grid, the download dialog, the retention notice and "Payment status as of".
 *
 * One `adapter` feeds every part and the section owns one `query` that the tabs, the filter,
 * the search box and the grid share: no glue code. It starts unfiltered, with "All" selected
 * and every tab counting; choosing a tab filters. With `sync-url` the query lives in
 * `location.search` (each user change adds a history entry; back and forward restore it).
 *
 * With an adapter that gives billing figures (`adapter.billingSummary`), a billing summary
 * heads the section (unless `no-summary`): choosing one of its figures shows the invoices it
 * adds up (search and tab cleared, its filter applied). "View details" in a row's menu, or
 * Enter on a row, opens the invoice's detail panel; "Raise ticket" (in the menu or the panel)
 * opens the ticket form, whose `invoice-ticket-request` reaches the page. With `sync-url`, a
 * link carrying `invoice=<invoice number>` (the detail panel's lineage links) opens that
 * invoice's detail.
 *
 * @summary The invoices section, composed: billing summary, tabs, toolbar, filter, grid, detail panel, download dialog and ticket form.
 *
 * @slot raise-ticket - A button shown in the toolbar, e.g. "Raise ticket".
 * @slot tools - Further toolbar content, e.g. a "Call Analyser Tool" download link.
 * @slot heading - Above the tabs (a title or breadcrumbs).
 *
 * @csspart base - Everything.
 * @csspart header - The row holding the tabs and the refresh stamp.
 * @csspart tabs - The `<invoice-status-tabs>`; its parts are exported as `tabs__<part>`.
 * @csspart refreshed - "Payment status as of …".
 * @csspart grid - The `<invoice-grid>`; its parts are exported as `grid__<part>`.
 * @csspart below-toolbar - The area under the toolbar holding the chips and the filter panel.
 * @csspart chips-bar - The active-filter chips and "Clear all filters".
 * @csspart chips - The list of chips.
 * @csspart chip - One chip.
 * @csspart chip-label - A chip's label.
 * @csspart chip-value - A chip's value.
 * @csspart chip-remove - A chip's remove button.
 * @csspart chips-clear - "Clear all filters".
 * @csspart filter - The `<advanced-filter>`; its parts are exported as `filter__<part>`.
 * @csspart link-notice - Says what of the link the section was opened with could not be read in full.
 * @csspart link-notice-text - Its sentences.
 * @csspart link-notice-dismiss - Its "Dismiss" button.
 * @csspart notice - The retention and billing-contact notice.
 * @csspart contact-link - The billing contact link.
 * @csspart dialog - The `<invoice-download-dialog>`; its parts are exported as `dialog__<part>`.
 * @csspart summary - The `<billing-summary>`; its parts are exported as `summary__<part>`.
 * @csspart detail - The `<invoice-detail>` panel; its parts are exported as `detail__<part>`.
 * @csspart ticket - The `<invoice-ticket-dialog>`; its parts are exported as `ticket__<part>`.
 *
 * @cssprop --inv-section-gap - Space between the parts.
 * @cssprop --inv-section-muted-color - Text of the refresh stamp.
 * @cssprop --inv-section-notice-bg - Notice background.
 * @cssprop --inv-section-notice-accent - Notice side bar.
 * @cssprop --inv-section-link-color - The contact link.
 * @cssprop --inv-section-link-notice-bg - Background of the notice about a link that could not be read in full.
 * @cssprop --inv-section-link-notice-accent - Its side bar.
 *
 * @fires {InvoiceQueryChangeDetail} invoice-query-change - The shared query changed (tab, filter, saved view, chip, URL; search, sort and paging come from the grid).
 * @fires {InvoiceStatusChangeDetail} invoice-status-change - Cancelable, from the tabs; prevent it to keep the current tab.
 * @fires {InvoiceFilterChangeDetail} invoice-filter-change - From the filter panel or a figure of the billing summary.
 * @fires {InvoiceViewApplyDetail} invoice-view-apply - A saved view was applied.
 * @fires {InvoiceOpenDocumentsDetail} invoice-open-documents - From the grid or the detail panel; the section opens its download dialog.
 * @fires {InvoiceOpenDetailDetail} invoice-open-detail - From the grid; the section opens its detail panel.
 * @fires {InvoiceOpenTicketDetail} invoice-open-ticket - From the grid or the detail panel; the section opens its ticket form.
 * @fires {InvoiceTicketRequestDetail} invoice-ticket-request - Cancelable, from the ticket form: the ticket the customer filled in.
 * @fires {InvoiceErrorDetail} invoice-error - From any part.
 *
 * @dependency invoice-status-tabs
 * @dependency invoice-grid
 * @dependency advanced-filter
 * @dependency invoice-download-dialog
 * @dependency billing-summary
 * @dependency invoice-detail
 * @dependency invoice-ticket-dialog
 */
@localized()
export class InvoiceSection extends InvoiceElement {
  static override styles = invoiceSectionStyles;

  /** The query shared by the tabs, the filter, the search box and the grid. */
  @property({ attribute: false }) query: InvoiceQuery = defaultQuery();

  /** Grid columns (see `defaultColumns()`); the grid's defaults when unset. */
  @property({ attribute: false }) columns: InvoiceGridColumn[] | undefined;

  /** Adds a "Not applicable" tab. */
  @property({ type: Boolean, attribute: 'show-na' }) showNa = false;

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Where the grid remembers its layout and the filter its saved views (localStorage key prefix). */
  @property({ attribute: 'storage-key' }) storageKey: string | undefined;

  /** Virtual scrolling in the grid (long lists). */
  @property({ type: Boolean }) virtual = false;

  /** Keeps the query in `location.search`. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** First billing month whose documents can be downloaded, `YYYY-MM`. */
  @property({ attribute: 'available-from' }) availableFrom = '2020-05';

  /** Months after which documents are removed from the portal. */
  @property({ type: Number, attribute: 'retention-months' }) retentionMonths = 12;

  /**
   * The day the download dialog judges documents' availability against (the retention
   * period). Default: today. Set it to the server's date, or to a fixed day for screenshots.
   */
  @property({ attribute: false }) today: Date | undefined;

  /** Billing contact address when no per-entity address applies. */
  @property({ attribute: 'billing-contact' }) billingContact = '';

  /** Billing contact address per legal entity code (`JP`, `SG`, `HK`, `KR`, …). */
  @property({ attribute: false }) billingContacts: Record<string, string> = {};

  /** The legal entity whose contact the section's notice names (the dialog uses each invoice's own). */
  @property({ attribute: 'legal-entity' }) legalEntity = '';

  /** Where saved views are kept (default: localStorage under `storage-key`). */
  @property({ attribute: false }) savedViewsStore: SavedViewsStore | undefined;

  /** Leaves out the billing summary (it shows only with an adapter that gives billing figures). */
  @property({ type: Boolean, attribute: 'no-summary' }) noSummary = false;

  /** Whether the advanced filter panel is open. */
  @property({ type: Boolean, reflect: true, attribute: 'filter-open' }) filterOpen = false;

  @state() private lastRefreshed: string | undefined;
  /** A page has arrived (until then the line of "Payment status as of" is kept). */
  @state() private loaded = false;
  /** What of the link the section was opened with could not be read, for the notice. */
  @state() private linkUnread: readonly UnreadPart[] = [];
  @state() private linkPastEnd = false;
  /** Whether the query shown now is the one a link gave (so a page past the end is the link's). */
  private queryFromLink = false;
  @state() private columnLayout: SavedViewColumns | undefined;

  @queryElement('invoice-grid') private grid!: InvoiceGrid | null;
  @queryElement('advanced-filter') private filterElement!: AdvancedFilter | null;
  @queryElement('invoice-download-dialog') private dialog!: DownloadDialog | null;
  @queryElement('invoice-detail') private detail!: InvoiceDetail | null;
  @queryElement('invoice-ticket-dialog') private ticket!: InvoiceTicketDialog | null;
  /** The invoice number a link asked to open (`invoice=`), until it was looked up. */
  private linkedInvoice: string | undefined;

  private filterOpener: HTMLElement | undefined;
  private partsPrefetched = false;
  private cancelPartsPrefetch: (() => void) | undefined;
  /** One stable array, so the grid is not reconfigured on every render. */
  private readonly gridDefaultColumns = defaultColumns();

  private readonly url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    base: () => defaultQuery({ limit: this.pageSize }),
    restore: (query, unread) => {
      this.linkUnread = unread;
      this.linkPastEnd = false;
      this.queryFromLink = true;
      this.changeQuery(query, 'url', { history: 'none' });
    },
  });

  /** Opens the advanced filter panel and moves focus into it. */
  async openFilter(): Promise<void> {
    this.filterOpen = true;
    await this.updateComplete;
    // The filter's form loads on its first showing (when the page was not idle before): wait for it.
    await this.filterElement?.updateComplete;
    this.filterElement?.focusFirstField();
  }

  /** Closes the filter panel; focus returns to the "Advanced filter" button. */
  async closeFilter(): Promise<void> {
    const hadFocus = !!this.filterElement?.matches(':focus-within');
    this.filterOpen = false;
    await this.updateComplete;
    if (hadFocus) this.filterButton()?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The chips and the link notice come up rarely: fetched when the page is idle, not up front.
    if (!isServer && !loadedSectionParts()) this.cancelPartsPrefetch = whenIdle(() => void loadSectionParts().catch(() => undefined));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPartsPrefetch?.();
    this.cancelPartsPrefetch = undefined;
  }

  /**
   * An update that shows filter chips or the link notice waits for their code (loaded on first
   * use), so a filter or a link restored on the first paint shows its chips with it, never
   * after a flash without them. A failed load renders without them.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!loadedSectionParts() && this.needsSectionParts()) await loadSectionParts().catch(() => undefined);
    super.scheduleUpdate();
  }

  private needsSectionParts(): boolean {
    return activeFilterKeys(this.query.filter).length > 0 || this.linkUnread.length > 0 || this.linkPastEnd;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') && this.pageSize > 0 && this.query.limit !== this.pageSize) {
      this.query = { ...this.query, limit: this.pageSize, offset: 0 };
    }
    // The payment conditions (overdue, due within, paid within) are judged on the section's day,
    // the day its summary's figures are: the links list exactly what the figures add up.
    const day = this.day;
    if (this.query.today !== day) this.query = { ...this.query, today: day };
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.isConnected) this.url.sync();
    this.linkFilterButton();
    if ((changed.has('syncUrl') || changed.has('adapter')) && this.syncUrl) void this.openLinkedInvoice();
  }

  /** The day figures and payments are judged against: `today` when set, else the viewer's. */
  private get day(): string {
    return localToday(this.today instanceof Date && !Number.isNaN(this.today.getTime()) ? this.today : new Date());
  }

  /**
   * With `sync-url`, opens the detail of the invoice a link names (`invoice=<invoice number>`),
   * once: looked up through the adapter by its number, ignored when none or several match.
   */
  private async openLinkedInvoice(): Promise<void> {
    const number = new URLSearchParams(location.search).get(DETAIL_PARAM)?.trim();
    const adapter = this.adapter;
    if (!number || !adapter || number === this.linkedInvoice || number.length > 64) return;
    this.linkedInvoice = number;
    try {
      const page = await adapter.listInvoices(
        defaultQuery({ filter: { version: 1, invoiceNumber: { op: 'equals', value: number } }, limit: 2 }),
      );
      const rows = Array.isArray(page?.rows) ? page.rows.filter((row) => textOf(row?.invoiceNumber).trim() === number) : [];
      if (rows.length === 1 && adapter === this.adapter) this.showDetail(rows[0] as Invoice);
    } catch (error) {
      // The grid reports load failures; a link that cannot be followed just opens nothing.
      void error;
    }
  }

  /** Opens the detail panel for `invoice` (focus returns to the element focused now). */
  showDetail(invoice: Invoice): void {
    this.detail?.show(invoice);
  }

  /** Opens the ticket form for `invoice` (focus returns to the element focused now). */
  showTicket(invoice?: Invoice): void {
    this.ticket?.show(invoice);
  }

  /** Points the grid's "Advanced filter" button at the panel it opens (ARIA element reflection). */
  private linkFilterButton(): void {
    const button = this.filterButton() as (HTMLElement & { ariaControlsElements?: Element[] | null }) | null;
    if (button && this.filterElement && 'ariaControlsElements' in button && button.ariaControlsElements?.[0] !== this.filterElement) {
      button.ariaControlsElements = [this.filterElement];
    }
  }

  /** Makes `next` the shared query: tells the page, and the URL when syncing. */
  private changeQuery(
    next: InvoiceQuery,
    reason: InvoiceQueryChangeDetail['reason'],
    options: { history?: 'push' | 'replace' | 'none'; emit?: boolean; byUser?: boolean } = {},
  ): void {
    if (sameQuery(next, this.query)) return;
    // The user has moved on from the link: its notice goes (not for the URL itself, a layout
    // the grid restores from storage, or the page clamp below).
    if (reason !== 'url' && options.byUser !== false) this.forgetLink();
    this.query = next;
    if (options.emit !== false) this.emit('invoice-query-change', { query: next, reason });
    const history = options.history ?? 'push';
    if (history === 'push') this.url.push(next);
    else if (history === 'replace') this.url.replace(next);
  }

  private statusOf(query: InvoiceQuery): InvoiceStatus | null {
    return query.statuses?.length === 1 ? (query.statuses[0] as InvoiceStatus) : null;
  }

  private filterButton(): HTMLElement | null {
    if (this.filterOpener?.isConnected) return this.filterOpener;
    return this.grid?.filterButton ?? null;
  }

  // ---- events from the parts --------------------------------------------------------

  private onStatusChange(event: CustomEvent<{ status: InvoiceStatus | null }>): void {
    // The event is cancelable by the page, whose listeners run after this one: act once it is done.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const status = event.detail.status;
      this.changeQuery({ ...this.query, statuses: status ? [status] : [], offset: 0 }, 'status');
    });
  }

  private onGridQueryChange(event: CustomEvent<InvoiceQueryChangeDetail>): void {
    if (event.target !== this.grid) return;
    // The grid's own event already reaches the page; only the shared query and URL follow it.
    this.changeQuery(event.detail.query, event.detail.reason, {
      emit: false,
      history: event.detail.reason === 'view' ? 'replace' : 'push',
      byUser: event.detail.reason !== 'view',
    });
  }

  private onFilterToggle(event: CustomEvent<{ open: boolean }>): void {
    if (event.target === this.grid) {
      // The grid's "Advanced filter" button asked: focus returns there when the panel closes.
      this.filterOpener = this.grid?.filterButton ?? undefined;
      if (event.detail.open) void this.openFilter();
      else this.filterOpen = false;
    } else if (!event.detail.open) {
      void this.closeFilter();
    }
  }

  private onFilterChange(event: CustomEvent<{ filter: InvoiceFilter }>): void {
    this.changeQuery({ ...this.query, filter: event.detail.filter, offset: 0 }, 'filter');
  }

  private onViewApply(
    event: CustomEvent<{ view: { search: string; filter: InvoiceFilter; sort: InvoiceQuery['sort']; columns?: SavedViewColumns } }>,
  ): void {
    const { view } = event.detail;
    this.changeQuery({ ...this.query, search: view.search, filter: view.filter, sort: view.sort, offset: 0 }, 'view');
    if (view.columns) this.grid?.setColumnLayout(view.columns);
  }

  private onColumnsChange(event: CustomEvent<{ order: string[]; hidden: string[] }>): void {
    this.columnLayout = { order: [...event.detail.order], hidden: [...event.detail.hidden] };
  }

  private onLoad(event: CustomEvent<{ query: InvoiceQuery; total: number; lastRefreshed?: string }>): void {
    if (event.target !== this.grid) return;
    this.loaded = true;
    this.prefetchParts();
    this.lastRefreshed = event.detail.lastRefreshed;
    // The section moves past-the-end pages itself (below), replacing its history entry.
    event.preventDefault();
    // A page past the end (a link's offset=1e308, or rows that went away) shows the last page instead.
    const clamped = clampOffset(this.query, event.detail.total);
    if (clamped === this.query || !sameQuery(event.detail.query, this.query)) return;
    this.changeQuery(clamped, 'page', { history: 'replace', byUser: false });
    if (this.queryFromLink) this.linkPastEnd = true;
  }

  /**
   * After the first rows, fetches what a first click opens: the filter's form, the dialog's
   * content and the grid's panels (each also does it when the page is idle).
   */
  private prefetchParts(): void {
    if (this.partsPrefetched) return;
    this.partsPrefetched = true;
    const ignore = () => undefined;
    void this.filterElement?.preload().catch(ignore);
    void this.dialog?.preload?.().catch(ignore);
    void loadPanels().catch(ignore);
    void loadSectionParts().catch(ignore);
  }

  private forgetLink(): void {
    this.queryFromLink = false;
    this.linkUnread = [];
    this.linkPastEnd = false;
  }

  private dismissLinkNotice(): void {
    const hadFocus = !!this.renderRoot.querySelector('[part~="link-notice"]')?.matches(':focus-within');
    this.linkUnread = [];
    this.linkPastEnd = false;
    // The button goes away with the notice: focus moves on to the grid's first control.
    if (hadFocus) void this.updateComplete.then(() => this.grid?.shadowRoot?.querySelector<HTMLElement>('input, button')?.focus());
  }

  private onOpenDocuments(event: CustomEvent<{ invoices: Invoice[] }>): void {
    const dialog = this.dialog;
    if (!dialog?.show) return;
    event.preventDefault();
    const invoices = event.detail.invoices;
    dialog.invoice = invoices.length === 1 ? invoices[0] : undefined;
    dialog.invoices = invoices;
    dialog.show();
  }

  private onOpenDetail(event: CustomEvent<{ invoice: Invoice }>): void {
    if (!this.detail) return;
    event.preventDefault();
    this.showDetail(event.detail.invoice);
  }

  private onOpenTicket(event: CustomEvent<{ invoice: Invoice }>): void {
    if (!this.ticket) return;
    event.preventDefault();
    this.showTicket(event.detail.invoice);
  }

  /** A figure of the billing summary: the invoices it adds up, whatever was searched or filtered before. */
  private onSummaryFilter(event: CustomEvent<{ filter: InvoiceFilter }>): void {
    if (event.target !== this.renderRoot.querySelector('billing-summary')) return;
    this.changeQuery({ ...this.query, search: '', statuses: [], filter: event.detail.filter, offset: 0 }, 'filter');
    this.grid?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }

  private async removeChip(key: FilterKey): Promise<void> {
    const index = activeFilterKeys(this.query.filter).indexOf(key);
    this.changeQuery({ ...this.query, filter: withoutFilterKey(this.query.filter, key), offset: 0 }, 'filter');
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip-remove"]')];
    (buttons[Math.min(index, buttons.length - 1)] ?? this.filterButton())?.focus();
  }

  private async clearFilters(): Promise<void> {
    this.changeQuery({ ...this.query, filter: emptyFilter(), offset: 0 }, 'filter');
    await this.updateComplete;
    this.filterButton()?.focus();
  }

  // ---- rendering --------------------------------------------------------------------

  private contacts(): string[] {
    const map = this.billingContacts && typeof this.billingContacts === 'object' ? this.billingContacts : {};
    const entity = this.legalEntity;
    const own = entity && Object.hasOwn(map, entity) ? textOf(map[entity]).trim() : '';
    if (own) return [own];
    if (this.billingContact.trim()) return [this.billingContact.trim()];
    return [
      ...new Set(
        Object.values(map)
          .map((c) => textOf(c).trim())
          .filter(Boolean),
      ),
    ];
  }

  private renderNotice(): TemplateResult {
    return retentionNotice({ availableFrom: this.availableFrom, retentionMonths: this.retentionMonths, contacts: this.contacts() });
  }

  private renderRefreshed(): TemplateResult | typeof nothing {
    const stamp = formatDateTime(this.lastRefreshed, intlLocale());
    // Until the first page arrives its line is kept, so the toolbar does not move down when it does.
    if (!stamp) return this.loaded ? nothing : html`<p part="refreshed" class="reserved" aria-hidden="true"></p>`;
    // One line: the paragraph's text is the message alone, with no template whitespace around it.
    const text = msg(str`Payment status as of ${stamp}. Statuses are refreshed daily.`, { id: 'section.refreshed' });
    return html`<p part="refreshed">${text}</p>`;
  }

  protected override render() {
    const query = this.query;
    // Loaded before any update that needs them (see scheduleUpdate), and before server rendering (preloadParts).
    const parts = loadedSectionParts();
    const chips = parts
      ? parts.filterChips(query.filter, (key) => void this.removeChip(key), { onClearAll: () => void this.clearFilters() })
      : nothing;
    const belowToolbarEmpty = chips === nothing && !this.filterOpen;
    const linkState = { unread: this.linkUnread, pastEnd: this.linkPastEnd };
    const day = this.day;
    return html`<div part="base">
      <slot name="heading"></slot>
      ${
        this.noSummary
          ? nothing
          : html`<billing-summary
              part="summary"
              exportparts=${SUMMARY_EXPORT}
              .adapter=${this.adapter}
              today=${day}
              @invoice-filter-change=${this.onSummaryFilter}
            ></billing-summary>`
      }
      <div part="header">
        <invoice-status-tabs
          part="tabs"
          exportparts=${TABS_EXPORT}
          show-all
          ?show-na=${this.showNa}
          controls="grid"
          .adapter=${this.adapter}
          .query=${query}
          .status=${this.statusOf(query)}
          @invoice-status-change=${this.onStatusChange}
        ></invoice-status-tabs>
        ${this.renderRefreshed()}
      </div>
      ${parts ? parts.linkNotice(linkState, () => this.dismissLinkNotice()) : nothing}
      <div class="visually-hidden" role="status">${parts ? parts.linkNoticeSentences(linkState).join(' ') : ''}</div>
      <invoice-grid
        id="grid"
        part="grid"
        exportparts=${GRID_EXPORT}
        .adapter=${this.adapter}
        .query=${query}
        .columns=${this.columns ?? this.gridDefaultColumns}
        page-size=${this.pageSize}
        storage-key=${this.storageKey ?? nothing}
        ?virtual=${this.virtual}
        ?filter-open=${this.filterOpen}
        @invoice-query-change=${this.onGridQueryChange}
        @invoice-filter-toggle=${this.onFilterToggle}
        @invoice-open-documents=${this.onOpenDocuments}
        @invoice-open-detail=${this.onOpenDetail}
        @invoice-open-ticket=${this.onOpenTicket}
        @invoice-columns-change=${this.onColumnsChange}
        @invoice-load=${this.onLoad}
      >
        <slot name="raise-ticket" slot="toolbar-end"></slot>
        <slot name="tools" slot="toolbar-end"></slot>
        <div part="below-toolbar" slot="toolbar-below" ?hidden=${belowToolbarEmpty}>
          ${chips}
          <advanced-filter
            part="filter"
            exportparts=${FILTER_EXPORT}
            closable
            ?hidden=${!this.filterOpen}
            storage-key=${this.storageKey ?? 'invoice-section'}
            .adapter=${this.adapter}
            .savedViewsStore=${this.savedViewsStore}
            .value=${query.filter}
            .search=${query.search}
            .sort=${query.sort}
            .columns=${this.columnLayout}
            @invoice-filter-change=${this.onFilterChange}
            @invoice-view-apply=${this.onViewApply}
          ></advanced-filter>
        </div>
      </invoice-grid>
      ${this.renderNotice()}
      <invoice-download-dialog
        part="dialog"
        exportparts=${DIALOG_EXPORT}
        .adapter=${this.adapter}
        available-from=${this.availableFrom}
        retention-months=${this.retentionMonths}
        billing-contact=${this.billingContact}
        .billingContacts=${this.billingContacts}
        .today=${this.today}
      ></invoice-download-dialog>
      <invoice-detail
        part="detail"
        exportparts=${DETAIL_EXPORT}
        .adapter=${this.adapter}
        today=${day}
        @invoice-open-documents=${this.onOpenDocuments}
        @invoice-open-ticket=${this.onOpenTicket}
      ></invoice-detail>
      <invoice-ticket-dialog part="ticket" exportparts=${TICKET_EXPORT} .adapter=${this.adapter}></invoice-ticket-dialog>
    </div>`;
  }
}
