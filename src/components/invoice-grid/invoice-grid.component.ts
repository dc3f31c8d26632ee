import { html, isServer, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, query as queryElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { defaultQuery, emptyFilter } from '../../data/query.js';
import type { Invoice, InvoiceQuery } from '../../data/types.js';
import type { InvoiceQueryChangeDetail, InvoiceSelectionChangeDetail } from '../../events/invoice-events.js';
import type { SaveFile } from '../../files/save.js';
import { formatCount, pluralCategory, prepareFormats } from '../../format/formatters.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { adoptLateStyles } from '../../internal/late-styles.js';
import { controlStyles, hostStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';
import { intlLocale } from '../../localization.js';
import { defaultColumns, invalidPlaceholder, type InvoiceGridColumn } from './columns.js';
import type { ColumnLayoutInput } from './column-layout.js';
import { ColumnDragController } from './controllers/column-drag-controller.js';
import { ColumnsController } from './controllers/columns-controller.js';
import { DataController } from './controllers/data-controller.js';
import { ExportController, type ExportFormat, type ExportScope } from './controllers/export-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import type { MenuController } from './controllers/menu-controller.js';
import { SearchController } from './controllers/search-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { TableController } from './controllers/table-controller.js';
import { VirtualRowsController } from './controllers/virtual-rows-controller.js';
import { CARDS_BELOW, WidthController } from './controllers/width-controller.js';
import { GridView } from './grid-view.js';
import { gridBodyStyles } from './grid-body.styles.js';
import { loadedPanels, loadPanels } from './panels-loader.js';
import { loadCards, loadedCards } from './cards-loader.js';
import { whenIdle } from '../../internal/when-idle.js';
import { gridStyles } from './invoice-grid.styles.js';
import { PAGE_SIZES } from './parts/footer.js';
import { exportNotice } from './parts/export-notice.js';
import { toolbar, type GridPanel } from './parts/toolbar.js';
import { GRID_PARTS } from './grid-parts.js';
import { OwnDialogs } from '../../internal/own-dialogs.js';

export type { ExportFormat, ExportScope };
export type GridDensity = 'comfortable' | 'compact';

const ROW_HEIGHT = 44;

/**
 * The invoice list: sortable columns, search, paging or virtual scrolling, selection, column
 * customisation (remembered), row actions, Excel/CSV export, and loading, empty and error
 * states. Every row comes from the `adapter`, so the same element serves five invoices or a
 * server holding millions. Column, sort, selection and expansion state is held by
 * `@tanstack/table-core` (v9, manual mode: the adapter sorts, filters and pages).
 *
 * @summary The invoice list of the invoice section.
 *
 * @slot toolbar-start - Before the search box (portal buttons).
 * @slot toolbar-end - After the built-in toolbar buttons ("Raise ticket", a tools link).
 * @slot toolbar-below - Under the toolbar (the section puts active-filter chips here).
 *
 * @csspart toolbar - The toolbar.
 * @csspart search - The search box.
 * @csspart filter-button - "Advanced filter".
 * @csspart customize-button - "Customize columns".
 * @csspart export-button - "Export to Excel".
 * @csspart record-count - The number of matching invoices.
 * @csspart frame - The box around the grid, its progress bar and its states.
 * @csspart grid - The element with role grid (the scroll container in virtual mode).
 * @csspart header-row - The header row.
 * @csspart header-cell - Each column header.
 * @csspart sort-button - The sort button inside a sortable header.
 * @csspart column-resizer - The drag handle that resizes a column.
 * @csspart row - Each data row.
 * @csspart cell - Each data cell.
 * @csspart row-checkbox - The selection checkbox of a row.
 * @csspart row-retry-button - "Retry" in a virtual row whose fetch failed.
 * @csspart detail-button - The button that shows a row's detail (the columns that did not fit).
 * @csspart row-detail - A row's detail: label and value of each column that did not fit.
 * @csspart status-badge - The status badge.
 * @csspart status-open - The badge of an open invoice (with `status-badge`).
 * @csspart status-disputed - The badge of a disputed invoice.
 * @csspart status-closed - The badge of a closed invoice.
 * @csspart status-na - The badge of a "Not applicable" invoice.
 * @csspart lineage-badge - "Reissue 1", "Credit note", "Superseded".
 * @csspart replaced-by - "Replaced by …" under a superseded original's number.
 * @csspart expand-button - Shows or hides an original's reissues and credit notes (paged mode).
 * @csspart documents-button - The Download cell's button.
 * @csspart actions-button - The row's Actions menu button.
 * @csspart actions-menu - The row action menu.
 * @csspart invalid-value - The placeholder of a malformed value.
 * @csspart skeleton - Placeholder rows of the first load.
 * @csspart progress - The bar shown while a later load runs.
 * @csspart cards-bar - Above the cards of a narrow grid: "Select all" and "Sort by".
 * @csspart sort-select - The "Sort by" select.
 * @csspart empty - The empty state: "No invoices yet", "No invoices with this status" or "No invoices match".
 * @csspart error - The load error state.
 * @csspart selection-bar - "Select all … matching" and the selection count.
 * @csspart footer - Paging, totals and the refresh stamp.
 * @csspart pager - The paging controls.
 * @csspart page-size - The "Rows per page" select.
 * @csspart totals - Totals per currency.
 * @csspart refreshed - "Payment status as of …".
 * @csspart columns-panel - The "Customize columns" panel.
 * @csspart export-panel - The export options and progress.
 * @csspart export-notice - "Saved invoices-….xlsx (5 invoices)." after an export, with "Dismiss".
 * @csspart drag-handle - The handle that drags a column in "Customize columns".
 *
 * @cssprop --inv-grid-bg - Background of the grid.
 * @cssprop --inv-grid-header-bg - Background of the header row.
 * @cssprop --inv-grid-header-color - Text colour of the header row.
 * @cssprop --inv-grid-border-color - Lines between rows and around the grid.
 * @cssprop --inv-grid-row-hover-bg - Background of a hovered row.
 * @cssprop --inv-grid-row-selected-bg - Background of a selected row.
 * @cssprop --inv-grid-row-height - Row height (comfortable density).
 * @cssprop --inv-grid-row-height-compact - Row height (compact density).
 * @cssprop --inv-grid-virtual-height - Height of the scrolling area in virtual mode. Unset, the grid fills the height it is given: all of a sized container's height, or the free space of a flex or grid parent.
 * @cssprop --inv-grid-virtual-min-height - The least height of the scrolling area in virtual mode when the grid is given no height (15rem).
 * @cssprop --inv-grid-card-height - Height of each card of a narrow virtual grid (9.5rem): one height for all, so the window arithmetic holds.
 * @cssprop --inv-grid-pinned-shadow - Shadow at the edge of the pinned columns when there is more to scroll to.
 * @cssprop --inv-grid-radius - Corner radius of the grid frame.
 *
 * @fires {InvoiceQueryChangeDetail} invoice-query-change - Search, sort, page or page size changed by the user, or "Clear search and filters".
 * @fires {InvoiceSelectionChangeDetail} invoice-selection-change - The selection changed.
 * @fires {InvoiceFilterToggleDetail} invoice-filter-toggle - "Advanced filter" was pressed.
 * @fires {InvoiceOpenDocumentsDetail} invoice-open-documents - Cancelable: a row's documents are asked for; the grid opens `<invoice-download-dialog>` unless prevented.
 * @fires {InvoiceActionDetail} invoice-action - Cancelable: a row action (`view-details`, `download`, `raise-ticket`, `copy-number`); the default runs unless prevented.
 * @fires {InvoiceOpenDetailDetail} invoice-open-detail - Cancelable: a row's detail is asked for ("View details", Enter on a row); the grid opens `<invoice-detail>` unless prevented.
 * @fires {InvoiceOpenTicketDetail} invoice-open-ticket - Cancelable: the ticket form is asked for ("Raise ticket"); the grid opens `<invoice-ticket-dialog>` unless prevented.
 * @fires {InvoiceExportDetail} invoice-export-request - Cancelable: an export is about to start.
 * @fires {InvoiceExportDetail} invoice-export-complete - An export file was saved.
 * @fires {InvoiceColumnsChangeDetail} invoice-columns-change - Columns were shown, hidden, moved or resized.
 * @fires {InvoiceErrorDetail} invoice-error - A load failed (`load`), a row is malformed (`row`), invoices share an id (`duplicate-id`), the total or a sum cannot be read (`page`), an export failed (`export`).
 * @fires {InvoiceLoadDetail} invoice-load - Cancelable: a result arrived. For a page past the end of the result the grid then shows the last page, unless prevented.
 *
 * @dependency invoice-download-dialog - Opened for a row's documents when it is defined.
 * @dependency invoice-detail - Opened for a row's detail when it is defined.
 * @dependency invoice-ticket-dialog - Opened for "Raise ticket" when it is defined.
 */
@localized()
export class InvoiceGrid extends InvoiceElement {
  static override styles = [tokenStyles, hostStyles, controlStyles, gridStyles, gridBodyStyles];

  /** Every `part` the grid renders (what `<invoice-section>` exports as `grid__<part>`). */
  static readonly parts: readonly string[] = GRID_PARTS;

  /** The query shown. Set it from outside (tabs, filter); the grid updates it on search, sort and paging. */
  @property({ attribute: false }) query: InvoiceQuery = defaultQuery();

  /** Column definitions (TanStack's shape, or the 0.1 `InvoiceColumn` shape). Defaults to `defaultColumns()`. */
  @property({ attribute: false }) columns: InvoiceGridColumn[] = defaultColumns();

  /** Virtual scrolling for long results: only visible rows are in the DOM; rows are fetched by window. */
  @property({ type: Boolean, reflect: true }) virtual = false;

  /** Rows per page (10, 25, 50 or 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Where to remember column order, visibility, widths, pinning and sort (localStorage). */
  @property({ attribute: 'storage-key' }) storageKey: string | undefined;

  /** Row height: `comfortable` (default) or `compact` for dense screens. */
  @property({ reflect: true }) density: GridDensity = 'comfortable';

  /** Hides the toolbar (search, advanced filter, column customisation, export), for a host that provides its own. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-toolbar' }) hideToolbar = false;

  /**
   * The day the download dialog judges document availability against (documents older than
   * the retention period). Default: today. Set it to the server's date, or to a fixed day for
   * screenshots.
   */
  @property({ attribute: false }) today: Date | undefined;

  /** Whether the advanced filter is open (reflected by the button's `aria-expanded`). */
  @property({ type: Boolean, reflect: true, attribute: 'filter-open' }) filterOpen = false;

  /** Where exported files go (and the download dialog's files). Default: the browser's download. */
  @property({ attribute: false }) saveFile: SaveFile | undefined;

  /** Milliseconds the search waits after the last keystroke. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = 250;

  @state() private panel: GridPanel | undefined;
  private cancelPreload: (() => void) | undefined;
  /** Style sheets that came with parts loaded later, in the order they came. */
  private readonly lateStyles: CSSResultGroup[] = [];
  private cancelFormats: (() => void) | undefined;
  @state() private announcement = '';

  @queryElement('[part~="grid"]') private gridElement!: HTMLElement | null;

  private readonly virtualRows = new VirtualRowsController(this, {
    getScrollElement: () => (this.virtual ? this.gridElement : null),
    getHeaderElement: () => this.gridElement?.querySelector<HTMLElement>('[part~="header-row"]') ?? null,
    getRowElement: () => this.gridElement?.querySelector<HTMLElement>('.body > [part~="row"]') ?? null,
    rowHeight: ROW_HEIGHT,
  });
  private readonly data: DataController = new DataController(this, {
    visibleRange: () => this.virtualRows.current,
    onQueryChange: () => this.selectionState.leaveAllMatching(),
    onResult: () => {
      this.menus?.close(false);
      this.keyboard.clamp(this.view.shape());
      // A new result starts at its first row. The scroll is the one kept from scroll events:
      // reading the grid's own while the rows change would force a layout.
      if (this.virtual && this.gridElement && this.widths.scrolledTop) this.gridElement.scrollTop = 0;
    },
  });
  private readonly layout: ColumnsController = new ColumnsController(this, {
    storageKey: () => this.storageKey,
    isRtl: () => this.isRtl(),
    size: (id) => this.widths.widthOf(id),
    minSize: (id) => this.widths.minWidthOf(id),
  });
  private readonly widths: WidthController = new WidthController(this, {
    grid: () => this.gridElement,
    columns: () => this.view.widthColumns(),
    content: () => this.view.widthContent(intlLocale()),
    result: () => this.data.result,
    wrap: () => !this.virtual,
    detailAllowed: () => !this.virtual,
    deferMeasure: () => this.virtual && this.virtualRows.scrolling,
    // The columns panel shows each column's width: it needs a render to show new ones.
    applyTracks: (grid) => {
      if (this.panel === 'columns') return false;
      this.view.applyTracks(grid);
      return true;
    },
  });
  private readonly selectionState = new SelectionController(this, {
    keys: this.data.keys,
    loadedRows: () => this.data.source.loaded(),
    total: () => this.data.total,
  });
  private readonly tables: TableController = new TableController(this, {
    columns: () => this.layout.tableColumns,
    data: () => this.view.tableData(),
    rowKey: (row) => this.data.keys.keyOf(row),
    subRows: (row) => (this.virtual ? undefined : this.data.paged.children.get(row)),
    sorting: () => this.layout.sortingOf(this.query),
    columnOrder: () => this.layout.order,
    columnVisibility: () => this.layout.visibility,
    columnSizing: () => this.layout.sizing,
    columnPinning: () => this.layout.pinning,
    rowSelection: () => this.selectionState.state,
    onSortingChange: (sorting) => {
      const sort = this.layout.sortKeys(sorting);
      this.commitQuery({ ...this.query, sort, offset: 0 }, 'sort');
      this.announce(this.layout.sortAnnouncement(sorting));
      this.layout.persist(sort);
    },
    onColumnOrderChange: (order) => this.layout.change({ order }),
    onColumnVisibilityChange: (visibility) => this.layout.change({ visibility }),
    onColumnSizingChange: (sizing) => this.layout.change({ sizing }),
    onColumnPinningChange: (pinning) => this.layout.change({ pinning }),
    onRowSelectionChange: (next) => this.selectionState.apply(next),
  });
  private readonly keyboard: KeyboardController = new KeyboardController(this, {
    shape: () => this.view.shape(),
    isRtl: () => this.isRtl(),
    gridElement: () => this.gridElement,
    scrollToRow: (index) => this.virtualRows.scrollToIndex(index),
    toggleRow: (index) => this.view.toggleRow(index),
    toggleAll: () => this.view.toggleAll(),
    activate: (control, shift) => this.view.activate(control, shift),
    resize: (id, delta) => this.layout.resizeBy(id, delta),
    openRow: (index) => {
      const invoice = this.view.rowAt(index);
      if (invoice) this.openDetail(invoice);
    },
  });
  private readonly exports: ExportController = new ExportController(this, {
    columns: () => this.view.visibleDefs(),
    pageRows: () => this.data.source.loaded(),
    selection: () => this.selection,
    total: () => this.data.total,
    lastRefreshed: () => this.data.result?.lastRefreshed,
    saveFile: () => this.saveFile,
  });
  /** The row menu, created the first time one opens: its code loads with the panels. */
  private menus: MenuController | undefined;
  /** A menu asked for before its code had loaded (updateComplete waits for it). */
  private menuPending = false;
  /** Renders the parts from the controllers' state. */
  private readonly view: GridView = new GridView(this, {
    data: this.data,
    table: this.tables,
    layout: this.layout,
    selection: this.selectionState,
    keyboard: this.keyboard,
    virtualRows: this.virtualRows,
    exports: this.exports,
    menus: () => this.menus,
    toggleMenu: (button, invoice) => this.toggleMenu(button, invoice),
    widths: this.widths,
    drag: new ColumnDragController(this, {
      items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('#columns-panel li[data-column-id]')],
      move: (id, delta) => this.layout.move(id, delta),
    }),
  });

  private readonly search = new SearchController(this, () => this.searchDelay);
  private dialog: HTMLElement | undefined;
  /** Detail panels and ticket forms the grid opened itself (no host took the request). */
  private readonly ownDialogs = new OwnDialogs(() => this.renderRoot);

  // ---- public API -------------------------------------------------------------------------

  /** The selection: ids, loaded invoices, whether every matching row is selected, and the count. */
  get selection(): InvoiceSelectionChangeDetail {
    return this.selectionState.detail;
  }

  /** The "Advanced filter" button, for a host that opens the filter panel and returns focus to it. */
  get filterButton(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[part~="filter-button"]') ?? null;
  }

  /** Loads the current query again. */
  reload(): Promise<void> {
    return this.data.reload();
  }

  /** Moves focus into the grid, at the cell focused last. */
  focusGrid(): void {
    this.keyboard.focus();
  }

  clearSelection(): void {
    this.selectionState.clear();
  }

  /**
   * Exports the visible columns to a file: `page` (the rows shown), `selected` (the selection;
   * every matching row when all are selected) or `all` (every matching row, fetched from the
   * adapter). Resolves when the file is saved, cancelled or failed.
   */
  async exportTo(format: ExportFormat = 'xlsx', scope: ExportScope = 'all'): Promise<void> {
    if (await this.exports.run(format, scope)) this.panel = undefined;
  }

  /**
   * Applies a column layout (a saved view's): the order of the ids given (others keep their
   * place after them), the hidden ids, and widths and pinned columns when given. Remembered
   * under `storage-key`.
   */
  setColumnLayout(layout: ColumnLayoutInput): void {
    this.layout.setLayout(layout);
  }

  /** Restores the configured columns: order, visibility, widths and pinning. */
  resetColumns(): void {
    this.layout.reset();
  }

  /** @internal Adds the style sheets of a part loaded later (the panels, the cards) to the shadow root. */
  adoptStyles(styles: CSSResultGroup): void {
    // Each part's sheets are kept: adopting replaces the shadow root's list.
    this.lateStyles.push(styles);
    adoptLateStyles(this, this.lateStyles);
  }

  /**
   * Opens invoices' documents: fires `invoice-open-documents`, then the download dialog unless
   * prevented. Called before the grid's first render, it waits for that render.
   */
  openDocuments(invoices: Invoice[]): void {
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => this.openDocuments(invoices));
      return;
    }
    const event = this.emit('invoice-open-documents', { invoices }, { cancelable: true });
    const Dialog = customElements.get('invoice-download-dialog');
    if (event.defaultPrevented || !Dialog) return;
    if (!this.dialog?.isConnected) {
      this.dialog = new Dialog() as HTMLElement;
      this.renderRoot.appendChild(this.dialog);
    }
    Object.assign(this.dialog, { adapter: this.adapter, invoice: invoices[0], invoices: invoices.length > 1 ? invoices : [] });
    if (this.saveFile) Object.assign(this.dialog, { saveFile: this.saveFile });
    Object.assign(this.dialog, { today: this.today });
    (this.dialog as HTMLElement & { show?: () => void }).show?.();
  }

  /**
   * Opens an invoice's detail: fires `invoice-open-detail`, then, unless prevented, an
   * `<invoice-detail>` panel when that tag is defined ("View details", Enter on a row).
   */
  openDetail(invoice: Invoice): void {
    const event = this.emit('invoice-open-detail', { invoice }, { cancelable: true });
    if (!event.defaultPrevented) this.ownDialogs.open('invoice-detail', { adapter: this.adapter, invoice });
  }

  /**
   * Opens the ticket form for an invoice: fires `invoice-open-ticket`, then, unless prevented,
   * an `<invoice-ticket-dialog>` when that tag is defined ("Raise ticket").
   */
  openTicket(invoice: Invoice): void {
    const event = this.emit('invoice-open-ticket', { invoice }, { cancelable: true });
    if (!event.defaultPrevented) this.ownDialogs.open('invoice-ticket-dialog', { adapter: this.adapter, invoice });
  }

  /** @internal Says `text` through the polite live region (controllers call it). */
  announce(text: string): void {
    // Identical text would not be announced again: vary it invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** @internal Makes `next` the query and tells the page why (controllers call it). */
  commitQuery(next: InvoiceQuery, reason: InvoiceQueryChangeDetail['reason']): void {
    this.query = next;
    this.emit('invoice-query-change', { query: next, reason });
  }

  // ---- lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // The panels load on first use; fetch them ahead of it without competing with the first rows.
    if (!loadedPanels()) this.cancelPreload = whenIdle(() => void loadPanels().catch(() => undefined));
    // The locale's number and date formats take a while to build the first time: while the rows are on their way.
    this.cancelFormats = whenIdle(() => prepareFormats(intlLocale()), 500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPreload?.();
    this.cancelFormats?.();
  }

  /**
   * An update that shows cards (a grid under 640 px) waits for their parts and styles, loaded on
   * first use: they never show unstyled. Before the first layout the viewport's width decides,
   * so a phone loads them before the grid's first paint.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!loadedCards() && this.mayShowCards()) await loadCards().catch(() => undefined);
    super.scheduleUpdate();
  }

  private mayShowCards(): boolean {
    const width = this.widths.viewport;
    if (width > 0) return width < CARDS_BELOW;
    return !isServer && typeof matchMedia === 'function' && matchMedia(`(max-width: ${CARDS_BELOW - 0.02}px)`).matches;
  }

  /** Settles once an open panel is rendered: loaded first if it had not been. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if ((this.panel || this.exports.progress || this.menuPending) && !loadedPanels()) {
      await loadPanels().catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.layout.configure(this.columns);
    if (changed.has('pageSize') && PAGE_SIZES.includes(this.pageSize) && this.query.limit !== this.pageSize) {
      this.query = { ...this.query, limit: this.pageSize, offset: 0 };
    }
    if (changed.has('query') || changed.has('adapter') || changed.has('virtual')) {
      if (!this.adapter) this.menus?.close(false);
      this.data.sync();
    }
    this.view.prepare();
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const v = this.view;
    const locale = intlLocale();
    const total = this.data.total;
    return html`
      ${
        this.hideToolbar
          ? nothing
          : toolbar({
              count: this.countText(total, locale),
              search: this.search.value,
              filterOpen: this.filterOpen,
              panel: this.panel,
              onSearchInput: this.search.onInput,
              onSearchKeydown: this.search.onKeydown,
              onToggleFilter: this.toggleFilter,
              onTogglePanel: this.togglePanel,
            })
      }
      <slot name="toolbar-below"></slot>
      ${this.panel === 'columns' ? v.columnsPanel(this.closePanel, () => this.setPanel(undefined)) : nothing}
      ${this.panel === 'export' || this.exports.progress ? v.exportPanel(locale, total, this.closePanel, () => this.setPanel(undefined)) : nothing}
      ${exportNotice(this.exports.savedMessage(), () => this.exports.dismiss())}
      ${v.selectionBar(locale, () => this.openDocuments(this.selection.invoices))}
      <div class="frame" part="frame">${v.frame(locale, { onClearSearch: this.clearSearchAndFilters, onRetry: this.retry })}</div>
      ${v.footer(locale, this.onPageSize)} ${v.menu()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  private countText(total: number, locale: string): string | TemplateResult {
    if (!this.data.loader.hasValue) return '';
    if (this.data.result?.totalUnreadable) return invalidPlaceholder();
    const n = formatCount(total, locale);
    return pluralCategory(total, locale) === 'one'
      ? msg(str`${n} invoice`, { id: 'grid.count.one' })
      : msg(str`${n} invoices`, { id: 'grid.count.other' });
  }

  // ---- user intent ------------------------------------------------------------------------

  /** Opens or closes a row's menu; the first time, once its code is there (fetched when idle, so seldom awaited). */
  private toggleMenu(button: HTMLElement, invoice: Invoice): void {
    const panels = loadedPanels();
    if (panels) {
      this.menus ??= new panels.MenuController(this, {
        anchor: () => this,
        scroller: () => this.gridElement,
        openDocuments: (invoices) => this.openDocuments(invoices),
        openDetail: (row) => this.openDetail(row),
        openTicket: (row) => this.openTicket(row),
      });
      this.menus.toggle(button, invoice);
      return;
    }
    this.menuPending = true;
    void loadPanels().then(
      () => {
        this.menuPending = false;
        if (button.isConnected && this.isConnected) this.toggleMenu(button, invoice);
      },
      () => {
        this.menuPending = false;
      },
    );
  }

  private clearSearchAndFilters = (): void => {
    this.search.clear();
    this.commitQuery({ ...this.query, search: '', filter: emptyFilter(), offset: 0 }, 'reset');
    // The button goes away with the empty state; keep focus somewhere useful.
    this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus();
  };

  private retry = async (): Promise<void> => {
    await this.data.retry();
    await this.updateComplete;
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (!active && this.data.loader.state !== 'error') this.focusGrid();
  };

  private onPageSize = (event: Event): void => {
    const size = Number((event.target as HTMLSelectElement).value);
    if (!PAGE_SIZES.includes(size)) return;
    this.pageSize = size;
    this.commitQuery({ ...this.query, limit: size, offset: 0 }, 'page');
  };

  private toggleFilter = (): void => {
    this.filterOpen = !this.filterOpen;
    this.emit('invoice-filter-toggle', { open: this.filterOpen });
  };

  private togglePanel = (panel: GridPanel): void => {
    this.setPanel(this.panel === panel ? undefined : panel);
    if (this.panel === 'export') this.exports.opened();
    // updateComplete waits for the panels' first load.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${panel}-panel`)?.querySelector<HTMLElement>('input, button, select')?.focus(),
    );
  };

  private setPanel(panel: GridPanel | undefined): void {
    const closing = this.panel;
    this.panel = panel;
    if (!panel && closing)
      this.renderRoot.querySelector<HTMLElement>(closing === 'columns' ? '#customize-button' : '#export-button')?.focus();
  }

  private closePanel = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.setPanel(undefined);
  };

  private isRtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }
}
