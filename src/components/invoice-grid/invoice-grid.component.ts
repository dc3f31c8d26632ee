import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query as queryElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { LoadController } from '../../controllers/load-controller.js';
import { GridNavigationController } from '../../controllers/grid-navigation-controller.js';
import { VirtualRowsController, type VirtualRange } from '../../controllers/virtual-rows-controller.js';
import { InvoiceAdapterError, isAbortError } from '../../data/errors.js';
import { groupLineages } from '../../data/lineage.js';
import { activeFilterKeys, defaultQuery, emptyFilter, sameQuery } from '../../data/query.js';
import { isKnownCurrency, textOf, validateInvoice } from '../../data/validate.js';
import type { Invoice, InvoicePage, InvoiceQuery, SortKey } from '../../data/types.js';
import type { InvoiceExportDetail, InvoiceSelectionChangeDetail } from '../../events/invoice-events.js';
import type { SaveFile } from '../../files/save.js';
import { formatCount, formatDateTime, formatMoney, pluralCategory } from '../../format/formatters.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { loadErrorMessage, statusLabel } from '../../internal/labels.js';
import { controlStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';
import { intlLocale } from '../../localization.js';
import { applyOrder, clearLayout, loadLayout, moveId, saveLayout } from './column-layout.js';
import { columnLabel, columnValue, defaultCell, defaultColumns, type InvoiceCellContext, type InvoiceColumn } from './columns.js';
import { gridStyles } from './invoice-grid.styles.js';
import {
  columnWidth,
  nextSorting,
  visibleColumnIds,
  type ColumnOrderState,
  type ColumnSizingState,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from './grid-state.js';
import { RowWindow } from './row-window.js';
import { cssProps } from './css-props.js';

export type ExportFormat = InvoiceExportDetail['format'];
export type ExportScope = InvoiceExportDetail['scope'];
export type GridDensity = 'comfortable' | 'compact';

const PAGE_SIZES = [10, 25, 50, 100];
const ROW_HEIGHT = { comfortable: 44, compact: 32 } as const;
const SKELETON_ROWS = 5;
const MENU_WIDTH = 200;
const BONE = html`<span class="bone"></span>`;
const EMPTY_ROWS: Invoice[] = [];
const NO_PROBLEMS: ReadonlySet<string> = new Set();
const NO_PROPS: Record<string, string> = {};
const ALL_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'invoiceNumber',
  'billingMonth',
  'amount',
  'currency',
  'customerName',
  'ocn',
  'bcn',
  'billingEntityName',
  'status',
]);

interface MenuState {
  invoice: Invoice;
  button: HTMLElement;
  scrollTop: number;
  top: number;
  left: number;
}

interface WindowAnswer {
  generation: number;
  offset: number;
  page: InvoicePage;
}

/**
 * The invoice list: sortable columns, search, paging or virtual scrolling, selection, column
 * customisation (remembered), row actions, Excel/CSV export, and loading, empty and error
 * states. Every row comes from the `adapter`, so the same element serves five invoices or a
 * server holding millions.
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
 * @csspart grid - The element with role grid (the scroll container in virtual mode).
 * @csspart header-row - The header row.
 * @csspart header-cell - Each column header.
 * @csspart sort-button - The sort button inside a sortable header.
 * @csspart column-resizer - The drag handle that resizes a column.
 * @csspart row - Each data row.
 * @csspart cell - Each data cell.
 * @csspart row-checkbox - The selection checkbox of a row.
 * @csspart status-badge - The status badge (also `status-open`, `status-disputed`, `status-closed`, `status-na`).
 * @csspart lineage-badge - "Reissue 1", "Credit note", "Superseded".
 * @csspart documents-button - The Download cell's button.
 * @csspart actions-button - The row's Actions menu button.
 * @csspart actions-menu - The row action menu.
 * @csspart invalid-value - The placeholder of a malformed value.
 * @csspart skeleton - Placeholder rows of the first load.
 * @csspart progress - The bar shown while a later load runs.
 * @csspart empty - The "No invoices match" state.
 * @csspart error - The load error state.
 * @csspart selection-bar - "Select all … matching" and the selection count.
 * @csspart footer - Paging, totals and the refresh stamp.
 * @csspart pager - The paging controls.
 * @csspart totals - Totals per currency.
 * @csspart refreshed - "Payment status as of …".
 * @csspart columns-panel - The "Customize columns" panel.
 * @csspart export-panel - The export options and progress.
 *
 * @cssprop --inv-grid-bg - Background of the grid.
 * @cssprop --inv-grid-header-bg - Background of the header row.
 * @cssprop --inv-grid-header-color - Text colour of the header row.
 * @cssprop --inv-grid-border-color - Lines between rows and around the grid.
 * @cssprop --inv-grid-row-hover-bg - Background of a hovered row.
 * @cssprop --inv-grid-row-selected-bg - Background of a selected row.
 * @cssprop --inv-grid-row-height - Row height (comfortable density).
 * @cssprop --inv-grid-row-height-compact - Row height (compact density).
 * @cssprop --inv-grid-virtual-height - Height of the scrolling area in virtual mode.
 * @cssprop --inv-grid-radius - Corner radius of the grid frame.
 *
 * @fires {InvoiceQueryChangeDetail} invoice-query-change - Search, sort, page or page size changed by the user, or "Clear search and filters".
 * @fires {InvoiceSelectionChangeDetail} invoice-selection-change - The selection changed.
 * @fires {InvoiceFilterToggleDetail} invoice-filter-toggle - "Advanced filter" was pressed.
 * @fires {InvoiceOpenDocumentsDetail} invoice-open-documents - Cancelable: a row's documents are asked for; the grid opens `<invoice-download-dialog>` unless prevented.
 * @fires {InvoiceActionDetail} invoice-action - Cancelable: a row action (`download`, `raise-ticket`, `copy-number`); the default runs unless prevented.
 * @fires {InvoiceExportDetail} invoice-export-request - Cancelable: an export is about to start.
 * @fires {InvoiceExportDetail} invoice-export-complete - An export file was saved.
 * @fires {InvoiceColumnsChangeDetail} invoice-columns-change - Columns were shown, hidden, moved or resized.
 * @fires {InvoiceErrorDetail} invoice-error - A load failed (`load`), a row is malformed (`row`), an export failed (`export`).
 * @fires {InvoiceLoadDetail} invoice-load - A result arrived.
 *
 * @dependency invoice-download-dialog - Opened for a row's documents when it is defined.
 */
@localized()
export class InvoiceGrid extends InvoiceElement {
  static override styles = [tokenStyles, controlStyles, gridStyles];

  /** The query shown. Set it from outside (tabs, filter); the grid updates it on search, sort and paging. */
  @property({ attribute: false }) query: InvoiceQuery = defaultQuery();

  /** Column configuration. Defaults to `defaultColumns()`. */
  @property({ attribute: false }) columns: InvoiceColumn[] = defaultColumns();

  /** Virtual scrolling for long results: only visible rows are in the DOM; rows are fetched by window. */
  @property({ type: Boolean, reflect: true }) virtual = false;

  /** Rows per page (10, 25, 50 or 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Where to remember column order, visibility, widths and sort (localStorage). */
  @property({ attribute: 'storage-key' }) storageKey: string | undefined;

  @property({ reflect: true }) density: GridDensity = 'comfortable';

  @property({ type: Boolean, reflect: true, attribute: 'hide-toolbar' }) hideToolbar = false;

  /** Whether the advanced filter is open (reflected by the button's `aria-expanded`). */
  @property({ type: Boolean, reflect: true, attribute: 'filter-open' }) filterOpen = false;

  /** Where exported files go (and the download dialog's files). Default: the browser's download. */
  @property({ attribute: false }) saveFile: SaveFile | undefined;

  /** Milliseconds the search waits after the last keystroke. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = 250;

  @state() private columnOrder: ColumnOrderState = [];
  @state() private columnVisibility: VisibilityState = {};
  @state() private columnSizing: ColumnSizingState = {};
  @state() private rowSelection: RowSelectionState = {};
  @state() private allMatching = false;
  @state() private customizeOpen = false;
  @state() private exportOpen = false;
  @state() private exportFormat: ExportFormat = 'xlsx';
  @state() private exportScope: ExportScope = 'page';
  @state() private exportProgress: { done: number; total: number } | undefined;
  @state() private exportError = '';
  @state() private menu: MenuState | undefined;
  @state() private announcement = '';

  @queryElement('[part~="grid"]') private gridElement!: HTMLElement | null;

  private readonly loader = new LoadController<InvoicePage>(this, {
    onValue: (value) => this.receivePage(value as InvoicePage),
    onError: (error) => this.reportLoadError(error),
  });
  private readonly windowLoader = new LoadController<WindowAnswer>(this, {
    onValue: (value) => this.receiveWindow(value as WindowAnswer),
    onError: (error) => this.reportLoadError(error),
  });
  private readonly nav = new GridNavigationController(this, (row, column) => void this.focusCell(row, column));
  private readonly virtualRows = new VirtualRowsController(this, {
    getScrollElement: () => (this.virtual ? this.gridElement : null),
    getHeaderElement: () => this.gridElement?.querySelector<HTMLElement>('[part~="header-row"]') ?? null,
    getRowElement: () => this.gridElement?.querySelector<HTMLElement>('.body > [part~="row"]') ?? null,
    rowHeight: ROW_HEIGHT.comfortable,
  });

  private columnsById = new Map<string, InvoiceColumn>();
  private rows: Invoice[] = EMPTY_ROWS;
  private page: InvoicePage | undefined;
  private readonly window = new RowWindow(100);
  private windowGeneration = 0;
  private pendingWindow: { offset: number; limit: number } | undefined;
  private readonly problems = new WeakMap<object, ReadonlySet<string>>();
  private readonly superseded = new WeakSet<object>();
  private readonly selectedInvoices = new Map<string, Invoice>();
  private readonly cellContext: InvoiceCellContext = { locale: 'en', problems: NO_PROBLEMS, superseded: false, index: 0 };
  private lastRequest: { query: InvoiceQuery; virtual: boolean; adapter: unknown } | undefined;
  private restoredKey: string | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchText: string | undefined;
  private dragColumn: string | undefined;
  private exportAbort: AbortController | undefined;
  private dialog: HTMLElement | undefined;
  private resizing: { id: string; startX: number; startWidth: number } | undefined;

  // ---- public API -------------------------------------------------------------------------

  /** The selection: ids, loaded invoices, whether every matching row is selected, and the count. */
  get selection(): InvoiceSelectionChangeDetail {
    const ids = Object.keys(this.rowSelection).filter((id) => this.rowSelection[id]);
    const total = this.currentTotal();
    return {
      selectedIds: ids,
      invoices: ids.map((id) => this.selectedInvoices.get(id)).filter((i): i is Invoice => !!i),
      allMatching: this.allMatching,
      count: this.allMatching ? total : ids.length,
    };
  }

  /** Loads the current query again. */
  reload(): Promise<void> {
    this.lastRequest = undefined;
    this.load();
    return this.loader.settled;
  }

  /** Moves focus into the grid, at the cell focused last. */
  focusGrid(): void {
    void this.focusCell(this.nav.row, this.nav.column);
  }

  clearSelection(): void {
    if (!this.allMatching && Object.keys(this.rowSelection).length === 0) return;
    this.rowSelection = {};
    this.selectedInvoices.clear();
    this.allMatching = false;
    this.emitSelection();
  }

  /**
   * Exports the visible columns to a file: `page` (the rows shown), `selected` (the selection;
   * every matching row when all are selected) or `all` (every matching row, fetched from the
   * adapter). Resolves when the file is saved, cancelled or failed.
   */
  async exportTo(format: ExportFormat = 'xlsx', scope: ExportScope = 'all'): Promise<void> {
    const selection = this.selection;
    const effectiveScope: ExportScope = scope === 'selected' && selection.allMatching ? 'all' : scope;
    const rows = effectiveScope === 'page' ? this.exportPageRows() : effectiveScope === 'selected' ? selection.invoices : undefined;
    const rowCount = rows ? rows.length : this.currentTotal();
    const request = this.emit('invoice-export-request', { format, scope, rowCount }, { cancelable: true });
    if (request.defaultPrevented || (!this.adapter && !rows)) return;
    this.exportAbort?.abort();
    const abort = new AbortController();
    this.exportAbort = abort;
    this.exportError = '';
    this.exportProgress = { done: 0, total: rowCount };
    try {
      const { exportInvoices, saveBlob } = await import('../../export/index.js');
      const locale = intlLocale();
      const columns = this.visibleColumns()
        .filter((c) => c.export !== false)
        .map((c) => ({ id: c.id, header: columnLabel(c), kind: c.kind ?? 'text', value: (invoice: Invoice) => columnValue(c, invoice) }));
      const lastRefreshed = this.page?.lastRefreshed;
      const result = await exportInvoices({
        format,
        columns,
        ...(rows ? { rows } : { adapter: this.adapter, query: { ...this.query, offset: 0 } }),
        signal: abort.signal,
        onProgress: (done, total) => {
          if (this.exportAbort === abort) this.exportProgress = { done, total };
        },
        meta: { exportedAt: new Date(), locale, filterDescription: this.describeQuery(), ...(lastRefreshed ? { lastRefreshed } : {}) },
      });
      if (abort.signal.aborted) return;
      await (this.saveFile ?? saveBlob)(result.blob, result.fileName);
      this.exportOpen = false;
      const exported = formatCount(result.rowCount, locale);
      this.announce(
        pluralCategory(result.rowCount, locale) === 'one'
          ? msg(str`Exported ${exported} invoice.`, { id: 'grid.export.done.one' })
          : msg(str`Exported ${exported} invoices.`, { id: 'grid.export.done.other' }),
      );
      this.emit('invoice-export-complete', { format, scope, rowCount: result.rowCount, fileName: result.fileName });
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return;
      this.exportError = msg('The export failed.', { id: 'grid.export.failed' });
      this.emit('invoice-error', { kind: 'export', message: this.exportError, error });
    } finally {
      if (this.exportAbort === abort) {
        this.exportAbort = undefined;
        this.exportProgress = undefined;
      }
    }
  }

  // ---- lifecycle --------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.exportAbort?.abort();
    this.menu = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('columns')) this.buildColumns();
    if ((changed.has('storageKey') || changed.has('columns')) && this.storageKey && this.restoredKey !== this.storageKey) {
      this.restoreLayout();
    }
    if (changed.has('pageSize') && PAGE_SIZES.includes(this.pageSize) && this.query.limit !== this.pageSize) {
      this.query = { ...this.query, limit: this.pageSize, offset: 0 };
    }
    if (changed.has('query') && this.searchText !== undefined && this.query.search === this.searchText) {
      this.searchText = undefined;
    }
    if (changed.has('query') || changed.has('adapter') || changed.has('virtual')) this.load();
    this.tabStopOnHeader = false;
    if (this.virtual) {
      // The rows this update renders, worked out once for the body, the tab stop and focus.
      this.virtualRows.configure(this.window.total);
      const { first, last } = (this.windowRange = this.virtualRows.range());
      const wanted = this.nav.row - 1;
      // When the current row is out of the window, the header keeps the tab stop; if that row
      // held focus, its element is about to leave the document: park focus on the grid (arrow
      // keys go on from that row) instead of losing it to the page.
      this.tabStopOnHeader = this.nav.row > 0 && (wanted < first || wanted > last);
      if (this.tabStopOnHeader && this.shadowRoot?.activeElement?.closest('.body')) this.gridElement?.focus({ preventScroll: true });
    }
  }

  // ---- columns and table ------------------------------------------------------------------

  private buildColumns(): void {
    const columns = Array.isArray(this.columns) ? this.columns : [];
    this.columnsById = new Map(columns.map((c) => [c.id, c]));
    const ids = columns.map((c) => c.id);
    this.columnOrder = applyOrder(ids, this.columnOrder);
    const visibility: VisibilityState = {};
    for (const column of columns) visibility[column.id] = this.columnVisibility[column.id] ?? column.visible !== false;
    this.columnVisibility = visibility;
  }

  private defaultVisibility(): VisibilityState {
    const visibility: VisibilityState = {};
    for (const column of this.columns) visibility[column.id] = column.visible !== false;
    return visibility;
  }

  private sortingState(): SortingState {
    return (this.query.sort ?? []).map((key) => ({ id: this.columnIdForField(key.field), desc: key.direction === 'desc' }));
  }

  private columnIdForField(field: string): string {
    for (const column of this.columnsById.values()) if ((column.sortField ?? column.field ?? column.id) === field) return column.id;
    return field;
  }

  private fieldForColumn(id: string): string {
    const column = this.columnsById.get(id);
    return column ? (column.sortField ?? column.field ?? column.id) : id;
  }

  /** The shown columns, in display order. */
  private visibleColumns(): InvoiceColumn[] {
    return visibleColumnIds(this.columns, this.columnOrder, this.columnVisibility)
      .map((id) => this.columnsById.get(id))
      .filter((c): c is InvoiceColumn => !!c);
  }

  private setSorting(next: SortingState): void {
    const sort: SortKey[] = next.map((s) => ({ field: this.fieldForColumn(s.id), direction: s.desc ? 'desc' : 'asc' }));
    this.commitQuery({ ...this.query, sort, offset: 0 }, 'sort');
    this.announce(this.sortAnnouncement(next));
    this.persistLayout(sort);
  }

  private sortAnnouncement(sorting: SortingState): string {
    if (sorting.length === 0) return msg('Sort removed', { id: 'grid.sort.none' });
    const parts = sorting.map((s) => {
      const label = columnLabel(this.columnsById.get(s.id) ?? { id: s.id, label: s.id });
      return s.desc
        ? msg(str`${label}, descending`, { id: 'grid.sort.part-desc' })
        : msg(str`${label}, ascending`, { id: 'grid.sort.part-asc' });
    });
    const [first, ...rest] = parts;
    let text = msg(str`Sorted by ${first}`, { id: 'grid.sort.by' });
    for (const part of rest) text = msg(str`${text}, then by ${part}`, { id: 'grid.sort.then' });
    return text;
  }

  private setLayout(change: { order?: ColumnOrderState; visibility?: VisibilityState; sizing?: ColumnSizingState }): void {
    if (change.order) this.columnOrder = change.order;
    if (change.visibility) this.columnVisibility = change.visibility;
    if (change.sizing) this.columnSizing = change.sizing;
    this.persistLayout();
    this.emit('invoice-columns-change', {
      order: this.columnOrder,
      hidden: Object.keys(this.columnVisibility).filter((id) => this.columnVisibility[id] === false),
      widths: { ...this.columnSizing },
    });
  }

  private persistLayout(sort: SortKey[] = this.query.sort): void {
    if (!this.storageKey) return;
    const saved = saveLayout(this.storageKey, {
      order: this.columnOrder,
      hidden: Object.keys(this.columnVisibility).filter((id) => this.columnVisibility[id] === false),
      widths: { ...this.columnSizing },
      sort,
    });
    if (!saved)
      this.emit('invoice-error', { kind: 'storage', message: msg('The column layout could not be saved.', { id: 'grid.storage-failed' }) });
  }

  private restoreLayout(): void {
    const key = this.storageKey as string;
    this.restoredKey = key;
    const layout = loadLayout(key);
    if (!layout) return;
    const ids = this.columns.map((c) => c.id);
    this.columnOrder = applyOrder(ids, layout.order);
    const hidden = new Set(layout.hidden);
    const visibility: VisibilityState = {};
    for (const column of this.columns) visibility[column.id] = column.hideable === false || !hidden.has(column.id);
    this.columnVisibility = visibility;
    this.columnSizing = Object.fromEntries(Object.entries(layout.widths).filter(([id]) => this.columnsById.has(id)));
    if (layout.sort.length && (this.query.sort ?? []).length === 0) {
      this.query = { ...this.query, sort: layout.sort };
      this.emit('invoice-query-change', { query: this.query, reason: 'view' });
    }
  }

  /**
   * Applies a column layout (a saved view's): the order of the ids given (others keep their
   * place after them), the hidden ids, and widths when given. Remembered under `storage-key`.
   */
  setColumnLayout(layout: { order?: string[]; hidden?: string[]; widths?: Record<string, number> }): void {
    const hidden = new Set(layout.hidden ?? []);
    const visibility: VisibilityState = {};
    for (const column of this.columns) visibility[column.id] = column.hideable === false || !hidden.has(column.id);
    if (layout.widths)
      this.columnSizing = Object.fromEntries(Object.entries(layout.widths).filter(([id, w]) => this.columnsById.has(id) && w > 0));
    this.setLayout({
      order: applyOrder(
        this.columns.map((c) => c.id),
        layout.order ?? [],
      ),
      visibility,
    });
  }

  /** Restores the configured columns: order, visibility and widths. */
  resetColumns(): void {
    this.columnOrder = this.columns.map((c) => c.id);
    this.columnSizing = {};
    this.setLayout({ visibility: this.defaultVisibility() });
    if (this.storageKey) clearLayout(this.storageKey);
  }

  // ---- loading ----------------------------------------------------------------------------

  private normalizedQuery(): InvoiceQuery {
    const q = { ...defaultQuery(), ...(this.query ?? {}) };
    return {
      ...q,
      filter: q.filter ?? emptyFilter(),
      statuses: Array.isArray(q.statuses) ? q.statuses : [],
      sort: Array.isArray(q.sort) ? q.sort : [],
    };
  }

  private load(): void {
    const adapter = this.adapter;
    if (!adapter) return;
    const query = this.normalizedQuery();
    const previous = this.lastRequest;
    if (previous && previous.adapter === adapter && previous.virtual === this.virtual && sameQuery(previous.query, query)) return;
    const queryChanged = !previous || !sameQuery({ ...previous.query, offset: 0 }, { ...query, offset: 0 });
    if (queryChanged && this.allMatching) {
      this.allMatching = false;
      this.emitSelection();
    }
    this.lastRequest = { query, virtual: this.virtual, adapter };
    this.closeMenu(false);
    if (this.virtual) {
      this.windowGeneration++;
      this.windowLoader.abort();
      const request = { ...query, offset: 0, limit: this.window.blockSize };
      void this.loader.run((signal) => adapter.listInvoices(request, { signal }).then(readablePage));
    } else {
      void this.loader.run((signal) => adapter.listInvoices(query, { signal }).then(readablePage));
    }
  }

  private receivePage(value: InvoicePage): void {
    const page = sanitizePage(value);
    const rows = this.inspectRows(page.rows);
    this.page = { ...page, rows };
    if (this.virtual) {
      this.window.reset(page.total);
      this.window.put(0, rows);
      this.rows = EMPTY_ROWS;
      // A new result starts at its first row.
      if (this.gridElement?.scrollTop) this.gridElement.scrollTop = 0;
    } else {
      this.rows = rows;
    }
    this.nav.clamp(this.gridShape());
    const query = this.lastRequest?.query ?? this.query;
    this.emit('invoice-load', { query, total: page.total, ...(page.lastRefreshed ? { lastRefreshed: page.lastRefreshed } : {}) });
  }

  private receiveWindow(answer: WindowAnswer): void {
    if (answer.generation !== this.windowGeneration) return;
    const rows = this.inspectRows(sanitizePage(answer.page).rows);
    this.window.put(answer.offset, rows);
  }

  /** Validates rows once per load: placeholders for bad fields, one `invoice-error` per bad row. */
  private inspectRows(input: readonly unknown[]): Invoice[] {
    const rows = input.map((row) => (row && typeof row === 'object' ? (row as Invoice) : ({ id: '' } as unknown as Invoice)));
    rows.forEach((row, i) => {
      const problems = validateInvoice(input[i]);
      if (problems.length === 0) {
        this.problems.delete(row);
        return;
      }
      const fields = problems.some((p) => p.code === 'not-object') ? ALL_FIELDS : new Set(problems.map((p) => p.field));
      this.problems.set(row, fields);
      this.emit('invoice-error', {
        kind: 'row',
        message: msg('An invoice has missing or invalid values.', { id: 'grid.row-invalid' }),
        problems,
        invoice: input[i],
      });
    });
    assignRowKeys(rows);
    for (const lineage of groupLineages(rows.filter((r) => typeof r.invoiceNumber === 'string')).values()) {
      for (const old of lineage.superseded) this.superseded.add(old);
    }
    return rows;
  }

  private reportLoadError(error: unknown): void {
    this.emit('invoice-error', {
      kind: 'load',
      message: loadErrorMessage(error),
      error,
      retryable: (error as { retryable?: boolean } | null)?.retryable ?? true,
    });
  }

  private fetchWindow(first: number, last: number): void {
    const adapter = this.adapter;
    const request = this.lastRequest;
    if (!adapter || !request || this.loader.state !== 'ready') return;
    const missing = this.window.missing(first, last);
    if (!missing) return;
    const pending = this.pendingWindow;
    if (pending && pending.offset === missing.offset && pending.limit === missing.limit && this.windowLoader.state === 'loading') return;
    this.pendingWindow = missing;
    const generation = this.windowGeneration;
    const query = { ...request.query, ...missing };
    void this.windowLoader.run(async (signal) => ({
      generation,
      offset: missing.offset,
      page: readablePage(await adapter.listInvoices(query, { signal })),
    }));
  }

  private currentTotal(): number {
    return this.page?.total ?? 0;
  }

  // ---- query changes ----------------------------------------------------------------------

  private commitQuery(next: InvoiceQuery, reason: 'search' | 'sort' | 'page' | 'reset'): void {
    this.query = next;
    this.emit('invoice-query-change', { query: next, reason });
  }

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.searchText = value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      if (value === this.query.search) return;
      this.commitQuery({ ...this.query, search: value, offset: 0 }, 'search');
    }, this.searchDelay);
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    clearTimeout(this.searchTimer);
    const value = (event.target as HTMLInputElement).value;
    if (value !== this.query.search) this.commitQuery({ ...this.query, search: value, offset: 0 }, 'search');
  }

  private clearSearchAndFilters(): void {
    this.searchText = undefined;
    this.commitQuery({ ...this.query, search: '', filter: emptyFilter(), offset: 0 }, 'reset');
    // The button goes away with the empty state; keep focus somewhere useful.
    this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus();
  }

  private async retry(): Promise<void> {
    await this.loader.retry();
    await this.updateComplete;
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (!active && this.loader.state !== 'error') this.focusGrid();
  }

  private goToPage(offset: number): void {
    const total = this.currentTotal();
    const limit = this.query.limit;
    const clamped = Math.max(0, Math.min(offset, Math.max(0, Math.ceil(total / limit) - 1) * limit));
    if (clamped === this.query.offset) return;
    this.commitQuery({ ...this.query, offset: clamped }, 'page');
  }

  private onPageSize(event: Event): void {
    const size = Number((event.target as HTMLSelectElement).value);
    if (!PAGE_SIZES.includes(size)) return;
    this.pageSize = size;
    this.commitQuery({ ...this.query, limit: size, offset: 0 }, 'page');
  }

  private toggleFilter(): void {
    this.filterOpen = !this.filterOpen;
    this.emit('invoice-filter-toggle', { open: this.filterOpen });
  }

  private announce(text: string): void {
    // Identical text would not be announced again: vary it invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private describeQuery(): string {
    const q = this.query;
    const parts: string[] = [];
    if (q.search) parts.push(msg(str`Search: ${q.search}`, { id: 'grid.export.search' }));
    if (q.statuses.length)
      parts.push(msg(str`Statuses: ${q.statuses.map((s) => statusLabel(s)).join(', ')}`, { id: 'grid.export.statuses' }));
    const conditions = activeFilterKeys(q.filter).length;
    if (conditions) {
      const n = formatCount(conditions, intlLocale());
      parts.push(
        pluralCategory(conditions, intlLocale()) === 'one'
          ? msg(str`Advanced filter: ${n} condition`, { id: 'grid.export.filter.one' })
          : msg(str`Advanced filter: ${n} conditions`, { id: 'grid.export.filter.other' }),
      );
    }
    return parts.join('; ');
  }

  // ---- selection --------------------------------------------------------------------------

  private applySelection(next: RowSelectionState): void {
    const loaded = this.virtual ? this.window.loaded() : this.rows;
    for (const row of loaded) {
      const id = rowId(row);
      if (next[id]) this.selectedInvoices.set(id, row);
    }
    for (const id of [...this.selectedInvoices.keys()]) if (!next[id]) this.selectedInvoices.delete(id);
    const clean: RowSelectionState = {};
    for (const id of Object.keys(next)) if (next[id]) clean[id] = true;
    this.rowSelection = clean;
    this.allMatching = false;
    this.emitSelection();
  }

  private toggleRow(invoice: Invoice): void {
    const id = rowId(invoice);
    if (this.allMatching) {
      // Leaving "all matching": keep every loaded row except this one.
      const next: RowSelectionState = {};
      for (const row of this.virtual ? this.window.loaded() : this.rows) next[rowId(row)] = true;
      delete next[id];
      this.applySelection(next);
      return;
    }
    const next = { ...this.rowSelection };
    if (next[id]) delete next[id];
    else next[id] = true;
    this.applySelection(next);
  }

  private togglePage(): void {
    if (this.virtual) {
      if (this.allMatching) this.clearSelection();
      else this.selectAllMatching();
      return;
    }
    const all = this.rows.length > 0 && (this.allMatching || this.rows.every((r) => this.rowSelection[rowId(r)]));
    const next = this.allMatching ? {} : { ...this.rowSelection };
    for (const row of this.rows) {
      if (all) delete next[rowId(row)];
      else next[rowId(row)] = true;
    }
    this.applySelection(next);
  }

  private selectAllMatching(): void {
    const next: RowSelectionState = { ...this.rowSelection };
    for (const row of this.virtual ? this.window.loaded() : this.rows) {
      next[rowId(row)] = true;
      this.selectedInvoices.set(rowId(row), row);
    }
    this.rowSelection = next;
    this.allMatching = true;
    this.emitSelection();
  }

  private emitSelection(): void {
    this.emit('invoice-selection-change', this.selection);
  }

  private isSelected(invoice: Invoice): boolean {
    return this.allMatching || !!this.rowSelection[rowId(invoice)];
  }

  // ---- row actions ------------------------------------------------------------------------

  private rowAt(index: number): Invoice | undefined {
    return this.virtual ? this.window.get(index) : this.rows[index];
  }

  private rowOf(target: Element): Invoice | undefined {
    const row = target.closest<HTMLElement>('[data-index]');
    return row ? this.rowAt(Number(row.dataset.index)) : undefined;
  }

  /** Opens an invoice's documents: fires `invoice-open-documents`, then the download dialog unless prevented. */
  openDocuments(invoices: Invoice[]): void {
    const event = this.emit('invoice-open-documents', { invoices }, { cancelable: true });
    if (event.defaultPrevented) return;
    const Dialog = customElements.get('invoice-download-dialog');
    if (!Dialog) return;
    if (!this.dialog || !this.dialog.isConnected) {
      this.dialog = new Dialog() as HTMLElement;
      this.renderRoot.appendChild(this.dialog);
    }
    const dialog = this.dialog as HTMLElement & {
      adapter?: unknown;
      invoice?: Invoice;
      invoices?: Invoice[];
      saveFile?: SaveFile;
      show?: (opener?: HTMLElement | null) => void;
    };
    dialog.adapter = this.adapter;
    dialog.invoice = invoices[0];
    dialog.invoices = invoices.length > 1 ? invoices : [];
    if (this.saveFile) dialog.saveFile = this.saveFile;
    dialog.show?.();
  }

  private runAction(action: 'download' | 'raise-ticket' | 'copy-number', invoice: Invoice): void {
    const event = this.emit('invoice-action', { action, invoice }, { cancelable: true });
    if (event.defaultPrevented) return;
    if (action === 'download') this.openDocuments([invoice]);
    else if (action === 'copy-number') {
      const number = textOf(invoice.invoiceNumber);
      navigator.clipboard?.writeText(number).then(
        () => this.announce(msg(str`Copied ${number}`, { id: 'grid.copied' })),
        () => this.announce(msg('The invoice number could not be copied.', { id: 'grid.copy-failed' })),
      );
    }
  }

  private openMenu(button: HTMLElement, invoice: Invoice): void {
    this.menu = { invoice, button, scrollTop: this.gridElement?.scrollTop ?? 0, ...this.menuPosition(button) };
    button.setAttribute('aria-expanded', 'true');
    void this.updateComplete.then(() => this.menuItems()[0]?.focus());
  }

  private closeMenu(restoreFocus = true): void {
    const menu = this.menu;
    if (!menu) return;
    menu.button.setAttribute('aria-expanded', 'false');
    this.menu = undefined;
    if (restoreFocus && menu.button.isConnected) menu.button.focus();
  }

  private menuItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.menuItems();
    const index = items.indexOf(event.target as HTMLElement);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = (index + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (index - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.closeMenu();
        return;
      case 'Tab':
        event.preventDefault();
        this.closeMenu();
        return;
      default:
        return;
    }
    event.preventDefault();
    items[next]?.focus();
  }

  private onMenuClick(event: Event): void {
    const item = (event.target as Element).closest<HTMLElement>('[data-menu-action]');
    const menu = this.menu;
    if (!item || !menu) return;
    this.closeMenu();
    this.runAction(item.dataset.menuAction as 'download' | 'raise-ticket' | 'copy-number', menu.invoice);
  }

  private onMenuFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && (event.currentTarget as HTMLElement).contains(to)) return;
    if (to === this.menu?.button) return;
    this.closeMenu(false);
  }

  // ---- grid interaction -------------------------------------------------------------------

  private onGridClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    const control = target.closest<HTMLElement>('[data-grid-action]');
    if (!control) return;
    const action = control.dataset.gridAction;
    if (action === 'sort') {
      this.sortBy(control.dataset.columnId as string, event.shiftKey);
      return;
    }
    if (action === 'select-page') return;
    const invoice = this.rowOf(control);
    if (!invoice) return;
    if (action === 'documents') this.openDocuments([invoice]);
    else if (action === 'actions') {
      if (this.menu?.button === control) this.closeMenu();
      else this.openMenu(control, invoice);
    }
  }

  private onGridChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    const action = target.dataset.gridAction;
    if (action === 'select-page') this.togglePage();
    else if (action === 'select') {
      const invoice = this.rowOf(target);
      if (invoice) this.toggleRow(invoice);
    }
  }

  private sortBy(columnId: string, multi: boolean): void {
    // From the current query, not the last render: two clicks may come before one render.
    if (!this.columnsById.get(columnId)?.sortable) return;
    this.setSorting(nextSorting(this.sortingState(), columnId, multi));
  }

  private onGridFocusIn(event: FocusEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-c]');
    const row = cell?.closest<HTMLElement>('[data-index]');
    if (!cell || !row) return;
    this.nav.setCurrent(Number(row.dataset.index) + 1, Number(cell.dataset.c));
  }

  private gridShape(): { rows: number; columns: number; pageRows: number } {
    const dataRows = this.virtual ? this.window.total : this.rows.length;
    const visible = this.virtual ? this.virtualRows.pageRows() : 10;
    return { rows: dataRows + 1, columns: this.visibleColumns().length + 1, pageRows: visible };
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-c]');
    if (!cell) {
      // Focus parked on the grid itself (its row scrolled away): navigate from the current cell.
      if (target === this.gridElement && this.nav.handleKey(event, this.gridShape(), getComputedStyle(this).direction === 'rtl'))
        event.preventDefault();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.activateCell(cell, event.shiftKey);
      return;
    }
    if (event.key === ' ') {
      if (target instanceof HTMLInputElement && target.type === 'checkbox') return;
      event.preventDefault();
      const row = Number(cell.closest<HTMLElement>('[data-index]')?.dataset.index);
      if (row < 0) {
        if (cell.dataset.c === '0') this.togglePage();
        else this.activateCell(cell, event.shiftKey);
        return;
      }
      const invoice = this.rowAt(row);
      if (invoice) this.toggleRow(invoice);
      return;
    }
    if (this.nav.handleKey(event, this.gridShape(), getComputedStyle(this).direction === 'rtl')) event.preventDefault();
  }

  private activateCell(cell: HTMLElement, shift: boolean): void {
    const control = cell.querySelector<HTMLElement>('[data-grid-action], input, button, a');
    if (!control) return;
    if (control.dataset.gridAction === 'sort') {
      this.sortBy(control.dataset.columnId as string, shift);
      return;
    }
    control.click();
  }

  private async focusCell(row: number, column: number): Promise<void> {
    if (this.virtual && row > 0) this.virtualRows.scrollToIndex(row - 1);
    for (let attempt = 0; attempt < 30; attempt++) {
      await this.updateComplete;
      const cell = this.renderRoot.querySelector<HTMLElement>(`[data-index="${row - 1}"] > [data-c="${column}"]`);
      if (cell) {
        cell.focus({ preventScroll: !this.virtual ? false : true });
        if (!this.virtual) cell.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  // ---- column resizing and reordering -----------------------------------------------------

  private onResizeStart(event: PointerEvent): void {
    const handle = event.currentTarget as HTMLElement;
    const id = handle.dataset.resize as string;
    const column = this.columnsById.get(id);
    if (!column) return;
    event.preventDefault();
    event.stopPropagation();
    try {
      handle.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks: resize without capture.
    }
    this.resizing = { id, startX: event.clientX, startWidth: columnWidth(column, this.columnSizing) };
  }

  private onResizeMove(event: PointerEvent): void {
    const resizing = this.resizing;
    if (!resizing) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const delta = (event.clientX - resizing.startX) * (rtl ? -1 : 1);
    this.resizeColumn(resizing.id, resizing.startWidth + delta, false);
  }

  private onResizeEnd(): void {
    if (!this.resizing) return;
    const id = this.resizing.id;
    this.resizing = undefined;
    this.resizeColumn(id, columnWidth(this.columnsById.get(id), this.columnSizing), true);
  }

  private resizeColumn(id: string, width: number, commit: boolean): void {
    const column = this.columnsById.get(id);
    const min = column?.minWidth ?? 60;
    const size = Math.round(Math.max(min, Math.min(1200, width)));
    const sizing = { ...this.columnSizing, [id]: size };
    if (commit) this.setLayout({ sizing });
    else this.columnSizing = sizing;
  }

  private moveColumn(id: string, delta: number): void {
    this.setLayout({ order: moveId(this.currentOrder(), id, delta) });
  }

  private currentOrder(): string[] {
    return applyOrder(
      this.columns.map((c) => c.id),
      this.columnOrder,
    );
  }

  private setColumnVisible(id: string, visible: boolean): void {
    const column = this.columnsById.get(id);
    if (!column || column.hideable === false) return;
    this.setLayout({ visibility: { ...this.columnVisibility, [id]: visible } });
  }

  private onDrop(event: DragEvent, targetId: string): void {
    event.preventDefault();
    const dragged = this.dragColumn;
    this.dragColumn = undefined;
    if (!dragged || dragged === targetId) return;
    const order = this.currentOrder().filter((id) => id !== dragged);
    order.splice(order.indexOf(targetId), 0, dragged);
    this.setLayout({ order });
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const columns = this.visibleColumns();
    // Labels once per render, not once per cell.
    this.columnLabels = columns.map(columnLabel);
    const locale = intlLocale();
    const state = this.loader.state;
    const firstLoad = !this.loader.hasValue && (state === 'loading' || (state === 'idle' && !!this.adapter));
    const busy = state === 'loading' || this.windowLoader.state === 'loading';
    const total = this.currentTotal();
    const template = this.gridTemplate(columns);
    return html`
      ${this.hideToolbar ? nothing : this.renderToolbar(total, locale)}
      <slot name="toolbar-below"></slot>
      ${this.customizeOpen ? this.renderColumnsPanel() : nothing}
      ${this.exportOpen || this.exportProgress ? this.renderExportPanel(total, locale) : nothing} ${this.renderSelectionBar(total, locale)}
      <div class="frame" part="frame">
        <div
          class="progress"
          part="progress"
          role="progressbar"
          aria-label=${msg('Loading invoices', { id: 'grid.loading' })}
          ?hidden=${!busy || firstLoad}
        ></div>
        <div
          part="grid"
          class="grid ${this.virtual ? 'virtual' : 'paged'}"
          role="grid"
          tabindex="-1"
          aria-label=${msg('Invoices', { id: 'grid.label' })}
          aria-multiselectable="true"
          aria-rowcount=${state === 'error' ? -1 : (this.virtual ? this.window.total : total) + 1}
          aria-colcount=${columns.length + 1}
          aria-busy=${busy ? 'true' : 'false'}
          ${cssProps({ '--_cols': template.columns, '--_grid-width': `${template.width}px` })}
          @click=${this.onGridClick}
          @change=${this.onGridChange}
          @keydown=${this.onGridKeydown}
          @focusin=${this.onGridFocusIn}
          @scroll=${this.menu ? this.onGridScroll : nothing}
        >
          ${this.renderHeader(columns)}
          ${
            state === 'error'
              ? nothing
              : firstLoad
                ? this.renderSkeleton(columns.length)
                : this.virtual
                  ? this.renderVirtualBody(columns, locale)
                  : this.renderPagedBody(columns, locale)
          }
        </div>
        ${state === 'error' ? this.renderError() : nothing} ${state === 'ready' && total === 0 ? this.renderEmpty() : nothing}
      </div>
      ${this.renderFooter(total, locale)} ${this.menu ? this.renderMenu(this.menu) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }

  /** A scrolled grid moves the menu's button: follow it sideways, close on vertical scroll (rows are reused). */
  private onGridScroll = (): void => {
    const menu = this.menu;
    if (!menu) return;
    if (this.gridElement?.scrollTop !== menu.scrollTop || !menu.button.isConnected) {
      this.closeMenu(false);
      return;
    }
    this.menu = { ...menu, ...this.menuPosition(menu.button) };
  };

  private menuPosition(button: HTMLElement): { top: number; left: number } {
    const rect = button.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    const left = Math.min(rect.right - host.left - MENU_WIDTH, host.width - MENU_WIDTH);
    return { top: rect.bottom - host.top + 4, left: Math.max(0, left) };
  }

  private gridTemplate(columns: InvoiceColumn[]): { columns: string; width: number } {
    let width = 48;
    const sizes = columns.map((column, i) => {
      const size = columnWidth(column, this.columnSizing);
      width += size;
      return i === columns.length - 1 ? `minmax(${size}px, 1fr)` : `${size}px`;
    });
    return { columns: ['48px', ...sizes].join(' '), width };
  }

  private renderToolbar(total: number, locale: string): TemplateResult {
    const count = this.loader.hasValue
      ? pluralCategory(total, locale) === 'one'
        ? msg(str`${formatCount(total, locale)} invoice`, { id: 'grid.count.one' })
        : msg(str`${formatCount(total, locale)} invoices`, { id: 'grid.count.other' })
      : '';
    return html`<div class="toolbar" part="toolbar">
      <slot name="toolbar-start"></slot>
      <input
        class="input search"
        part="search"
        type="search"
        aria-label=${msg('Search invoices', { id: 'grid.search' })}
        placeholder=${msg('Search invoices', { id: 'grid.search' })}
        .value=${this.searchText ?? this.query.search ?? ''}
        @input=${this.onSearchInput}
        @keydown=${this.onSearchKeydown}
      />
      <button
        type="button"
        class="button"
        part="filter-button"
        aria-expanded=${this.filterOpen ? 'true' : 'false'}
        @click=${this.toggleFilter}
      >
        ${msg('Advanced filter', { id: 'grid.advanced-filter' })}
      </button>
      <button
        type="button"
        class="button"
        part="customize-button"
        id="customize-button"
        aria-expanded=${this.customizeOpen ? 'true' : 'false'}
        aria-controls="columns-panel"
        @click=${() => this.togglePanel('customize')}
      >
        ${msg('Customize columns', { id: 'grid.customize' })}
      </button>
      <button
        type="button"
        class="button"
        part="export-button"
        id="export-button"
        aria-expanded=${this.exportOpen ? 'true' : 'false'}
        aria-controls="export-panel"
        @click=${() => this.togglePanel('export')}
      >
        ${msg('Export to Excel', { id: 'grid.export' })}
      </button>
      <slot name="toolbar-end"></slot>
      <span class="count" part="record-count">${count}</span>
    </div>`;
  }

  private togglePanel(which: 'customize' | 'export'): void {
    if (which === 'customize') {
      this.customizeOpen = !this.customizeOpen;
      if (this.customizeOpen) this.exportOpen = false;
    } else {
      this.exportOpen = !this.exportOpen;
      if (this.exportOpen) {
        this.customizeOpen = false;
        this.exportScope = this.selection.count > 0 ? 'selected' : 'page';
      }
    }
    void this.updateComplete.then(() => {
      const panel = this.renderRoot.querySelector<HTMLElement>(which === 'customize' ? '#columns-panel' : '#export-panel');
      panel?.querySelector<HTMLElement>('input, button, select')?.focus();
    });
  }

  private closePanel(event: KeyboardEvent, which: 'customize' | 'export'): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (which === 'customize') this.customizeOpen = false;
    else this.exportOpen = false;
    this.renderRoot.querySelector<HTMLElement>(which === 'customize' ? '#customize-button' : '#export-button')?.focus();
  }

  private renderColumnsPanel(): TemplateResult {
    const order = this.currentOrder();
    return html`<div
      id="columns-panel"
      class="panel"
      part="columns-panel"
      role="group"
      aria-label=${msg('Customize columns', { id: 'grid.customize' })}
      @keydown=${(e: KeyboardEvent) => this.closePanel(e, 'customize')}
    >
      <ul class="column-list">
        ${order.map((id, index) => {
          const column = this.columnsById.get(id);
          if (!column) return nothing;
          const label = columnLabel(column);
          const width = columnWidth(column, this.columnSizing);
          return html`<li
            draggable="true"
            data-column-id=${id}
            @dragstart=${(e: DragEvent) => {
              this.dragColumn = id;
              e.dataTransfer?.setData('text/plain', id);
            }}
            @dragover=${(e: DragEvent) => e.preventDefault()}
            @drop=${(e: DragEvent) => this.onDrop(e, id)}
          >
            <span class="grip" aria-hidden="true">⠿</span>
            <label class="check">
              <input
                type="checkbox"
                .checked=${this.columnVisibility[id] !== false}
                ?disabled=${column.hideable === false}
                @change=${(e: Event) => this.setColumnVisible(id, (e.target as HTMLInputElement).checked)}
              />
              ${label}
            </label>
            <input
              class="input width"
              type="number"
              min=${column.minWidth ?? 60}
              max="1200"
              step="10"
              .value=${String(width)}
              aria-label=${msg(str`Width of ${label} in pixels`, { id: 'grid.column-width' })}
              @change=${(e: Event) => this.resizeColumn(id, Number((e.target as HTMLInputElement).value) || width, true)}
            />
            <button
              type="button"
              class="button ghost icon"
              aria-label=${msg(str`Move ${label} up`, { id: 'grid.move-up' })}
              ?disabled=${index === 0}
              @click=${() => this.moveColumn(id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="button ghost icon"
              aria-label=${msg(str`Move ${label} down`, { id: 'grid.move-down' })}
              ?disabled=${index === order.length - 1}
              @click=${() => this.moveColumn(id, 1)}
            >
              ↓
            </button>
          </li>`;
        })}
      </ul>
      <div class="panel-actions">
        <button type="button" class="button" @click=${this.resetColumns}>${msg('Reset', { id: 'grid.reset-columns' })}</button>
        <button
          type="button"
          class="button primary"
          @click=${() => {
            this.customizeOpen = false;
            this.renderRoot.querySelector<HTMLElement>('#customize-button')?.focus();
          }}
        >
          ${msg('Done', { id: 'grid.done' })}
        </button>
      </div>
    </div>`;
  }

  private renderExportPanel(total: number, locale: string): TemplateResult {
    const progress = this.exportProgress;
    const selected = this.selection.count;
    const scopes: Array<[ExportScope, string, boolean]> = [
      ['page', msg('This page', { id: 'grid.export.scope-page' }), true],
      ['selected', msg(str`Selected rows (${formatCount(selected, locale)})`, { id: 'grid.export.scope-selected' }), selected > 0],
      ['all', msg(str`All matching rows (${formatCount(total, locale)})`, { id: 'grid.export.scope-all' }), true],
    ];
    return html`<div
      id="export-panel"
      class="panel"
      part="export-panel"
      role="group"
      aria-label=${msg('Export', { id: 'grid.export.title' })}
      @keydown=${(e: KeyboardEvent) => this.closePanel(e, 'export')}
    >
      ${
        progress
          ? html`<div class="export-progress">
              <label for="export-progress">${msg('Exporting…', { id: 'grid.export.running' })}</label>
              <progress id="export-progress" max=${Math.max(1, progress.total)} .value=${progress.done}></progress>
              <span>${formatCount(progress.done, locale)} / ${formatCount(progress.total, locale)}</span>
              <button type="button" class="button" @click=${() => this.exportAbort?.abort()}>
                ${msg('Cancel export', { id: 'grid.export.cancel' })}
              </button>
            </div>`
          : html`<fieldset>
                <legend>${msg('Format', { id: 'grid.export.format' })}</legend>
                <label
                  ><input
                    type="radio"
                    name="format"
                    value="xlsx"
                    .checked=${this.exportFormat === 'xlsx'}
                    @change=${() => (this.exportFormat = 'xlsx')}
                  />
                  ${msg('Excel (.xlsx)', { id: 'grid.export.xlsx' })}</label
                >
                <label
                  ><input
                    type="radio"
                    name="format"
                    value="csv"
                    .checked=${this.exportFormat === 'csv'}
                    @change=${() => (this.exportFormat = 'csv')}
                  />
                  ${msg('CSV', { id: 'grid.export.csv' })}</label
                >
              </fieldset>
              <fieldset>
                <legend>${msg('Rows', { id: 'grid.export.rows' })}</legend>
                ${scopes.map(
                  ([scope, label, enabled]) =>
                    html`<label
                      ><input
                        type="radio"
                        name="scope"
                        value=${scope}
                        ?disabled=${!enabled}
                        .checked=${this.exportScope === scope}
                        @change=${() => (this.exportScope = scope)}
                      />
                      ${label}</label
                    >`,
                )}
              </fieldset>
              ${this.exportError ? html`<p class="error-text" role="alert">${this.exportError}</p>` : nothing}
              <div class="panel-actions">
                <button type="button" class="button" @click=${() => (this.exportOpen = false)}>
                  ${msg('Cancel', { id: 'grid.cancel' })}
                </button>
                <button type="button" class="button primary" @click=${() => void this.exportTo(this.exportFormat, this.exportScope)}>
                  ${msg('Export', { id: 'grid.export.start' })}
                </button>
              </div>`
      }
    </div>`;
  }

  private renderSelectionBar(total: number, locale: string): TemplateResult | typeof nothing {
    const count = this.selection.count;
    if (count === 0) return nothing;
    const pageAllSelected = !this.virtual && this.rows.length > 0 && this.rows.every((r) => this.isSelected(r));
    const totalText = formatCount(total, locale);
    return html`<div class="selection-bar" part="selection-bar">
      <span>
        ${
          this.allMatching
            ? msg(str`All ${totalText} matching invoices are selected.`, { id: 'grid.selected-all' })
            : msg(str`${formatCount(count, locale)} selected`, { id: 'grid.selected-count' })
        }
      </span>
      ${
        !this.allMatching && (pageAllSelected || this.virtual) && total > count
          ? html`<button type="button" class="button ghost" @click=${this.selectAllMatching}>
              ${msg(str`Select all ${totalText} matching`, { id: 'grid.select-all-matching' })}
            </button>`
          : nothing
      }
      ${
        this.allMatching
          ? nothing
          : html`<button type="button" class="button ghost" @click=${() => this.openDocuments(this.selection.invoices)}>
              ${msg('Download selected', { id: 'grid.download-selected' })}
            </button>`
      }
      <button type="button" class="button ghost" @click=${this.clearSelection}>
        ${msg('Clear selection', { id: 'grid.clear-selection' })}
      </button>
    </div>`;
  }

  private renderHeader(columns: InvoiceColumn[]): TemplateResult {
    const sorting = this.sortingState();
    const pageSelected = this.virtual ? this.allMatching : this.rows.length > 0 && this.rows.every((r) => this.isSelected(r));
    const someSelected =
      !pageSelected && (this.virtual ? Object.keys(this.rowSelection).length > 0 : this.rows.some((r) => this.isSelected(r)));
    const selectLabel = this.virtual
      ? msg('Select all matching', { id: 'grid.select-all-matching-short' })
      : msg('Select all on this page', { id: 'grid.select-page' });
    return html`<div role="rowgroup" class="head">
      <div role="row" part="header-row" class="row header" aria-rowindex="1" data-index="-1">
        <div role="columnheader" class="cell select" part="header-cell" data-c="0" tabindex=${this.cellTabIndex(0, 0)}>
          <input
            type="checkbox"
            part="row-checkbox"
            tabindex="-1"
            aria-label=${selectLabel}
            data-grid-action="select-page"
            .checked=${pageSelected}
            .indeterminate=${someSelected}
          />
        </div>
        ${columns.map((column, i) => {
          const label = this.columnLabels[i];
          const sortIndex = sorting.findIndex((key) => key.id === column.id);
          const sorted = sortIndex < 0 ? false : (sorting[sortIndex] as { desc: boolean }).desc ? 'desc' : 'asc';
          const sortable = !!column.sortable;
          const multi = this.query.sort.length > 1 && sorted;
          return html`<div
            role="columnheader"
            class="cell align-${column.align ?? 'start'}"
            part="header-cell"
            data-c=${i + 1}
            data-column-id=${column.id}
            tabindex=${this.cellTabIndex(0, i + 1)}
            aria-sort=${sortable ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : nothing}
          >
            ${
              sortable
                ? html`<button
                    type="button"
                    class="sort"
                    part="sort-button"
                    tabindex="-1"
                    data-grid-action="sort"
                    data-column-id=${column.id}
                  >
                    <span class="label">${label}</span>
                    <span class="sort-icon ${sorted || 'none'}" aria-hidden="true"></span>
                    ${multi ? html`<span class="sort-order" aria-hidden="true">${sortIndex + 1}</span>` : nothing}
                  </button>`
                : html`<span class="label">${label}</span>`
            }
            <div
              class="resizer"
              part="column-resizer"
              aria-hidden="true"
              data-resize=${column.id}
              @pointerdown=${this.onResizeStart}
              @pointermove=${this.onResizeMove}
              @pointerup=${this.onResizeEnd}
              @pointercancel=${this.onResizeEnd}
            ></div>
          </div>`;
        })}
      </div>
    </div>`;
  }

  private renderSkeleton(columnCount: number): TemplateResult {
    const cells = Array.from({ length: columnCount + 1 }, () => html`<div class="cell"><span class="bone"></span></div>`);
    return html`<div class="skeleton" part="skeleton" aria-hidden="true">
      ${Array.from({ length: SKELETON_ROWS }, () => html`<div class="row">${cells}</div>`)}
    </div>`;
  }

  private renderPagedBody(columns: InvoiceColumn[], locale: string): TemplateResult | typeof nothing {
    if (this.rows.length === 0) return nothing;
    const offset = this.page ? (this.lastRequest?.query.offset ?? 0) : 0;
    return html`<div role="rowgroup" class="body">
      ${this.rows.map((invoice, i) => this.renderRow(invoice, i, offset + i, columns, locale, undefined))}
    </div>`;
  }

  private renderVirtualBody(columns: InvoiceColumn[], locale: string): TemplateResult | typeof nothing {
    const total = this.window.total;
    if (total === 0) return nothing;
    const rows = this.virtualRows;
    const { first, last } = this.windowRange;
    if (last >= first) this.fetchWindow(first, last);
    const indexes: number[] = [];
    for (let index = first; index <= last; index++) indexes.push(index);
    const height = rows.rowHeight;
    // Keyed by row index, with one template for loaded and pending rows, so a row keeps its
    // element (and a focused cell) while it is in the window, the rows stay in reading order,
    // and a row's data arriving only fills in its cells.
    return html`<div role="rowgroup" class="body" ${cssProps({ height: `${rows.totalSize()}px` })}>
      ${repeat(
        indexes,
        (index) => index,
        (index) => this.renderRow(this.window.get(index), index, index, columns, locale, index * height),
      )}
    </div>`;
  }

  private renderRow(
    invoice: Invoice | undefined,
    index: number,
    absolute: number,
    columns: InvoiceColumn[],
    locale: string,
    top: number | undefined,
  ): TemplateResult {
    const selected = invoice ? this.isSelected(invoice) : this.allMatching;
    const ctx = this.cellContext;
    ctx.locale = locale;
    ctx.problems = (invoice && this.problems.get(invoice)) ?? NO_PROBLEMS;
    ctx.superseded = !!invoice && this.superseded.has(invoice);
    ctx.index = absolute;
    const number = invoice ? textOf(invoice.invoiceNumber) : '';
    const r = index + 1;
    return html`<div
      role="row"
      part="row"
      class="row ${selected ? 'selected' : ''} ${ctx.problems.size ? 'malformed' : ''} ${invoice ? '' : 'pending'}"
      aria-rowindex=${absolute + 2}
      aria-selected=${selected ? 'true' : 'false'}
      data-index=${index}
      ${cssProps(top === undefined ? NO_PROPS : { transform: `translateY(${top}px)` })}
    >
      <div role="gridcell" class="cell select" data-c="0" tabindex=${this.cellTabIndex(r, 0)}>
        <input
          type="checkbox"
          part="row-checkbox"
          tabindex="-1"
          data-grid-action="select"
          aria-label=${msg(str`Select invoice ${number}`, { id: 'grid.select-row' })}
          ?hidden=${!invoice}
          .checked=${selected}
        />
      </div>
      ${columns.map((column, c) => {
        const content = !invoice ? BONE : column.render ? column.render(invoice, ctx) : defaultCell(column, invoice, ctx);
        return html`<div
          role="gridcell"
          part="cell"
          class="cell align-${column.align ?? 'start'}"
          data-c=${c + 1}
          data-label=${this.columnLabels[c]}
          tabindex=${this.cellTabIndex(r, c + 1)}
        >
          <span class="content">${content}</span>
        </div>`;
      })}
    </div>`;
  }

  /** The roving tab stop; when the current row is scrolled out of a virtual list, the header keeps it. */
  private cellTabIndex(row: number, column: number): 0 | -1 {
    if (this.tabStopOnHeader) return row === 0 && column === this.nav.column ? 0 : -1;
    return this.nav.tabIndexFor(row, column);
  }

  private tabStopOnHeader = false;
  private columnLabels: string[] = [];
  private windowRange: VirtualRange = { first: 0, last: -1 };

  private renderEmpty(): TemplateResult {
    return html`<div class="state empty" part="empty" role="status">
      <p class="state-title">${msg('No invoices match', { id: 'grid.empty' })}</p>
      <button type="button" class="button" @click=${this.clearSearchAndFilters}>
        ${msg('Clear search and filters', { id: 'grid.clear-filters' })}
      </button>
    </div>`;
  }

  private renderError(): TemplateResult {
    return html`<div class="state error" part="error" role="alert">
      <p class="state-title">${loadErrorMessage(this.loader.error)}</p>
      <button type="button" class="button primary" @click=${() => void this.retry()}>${msg('Retry', { id: 'grid.retry' })}</button>
    </div>`;
  }

  private renderFooter(total: number, locale: string): TemplateResult {
    const page = this.page;
    // A malformed row's unknown currency is not a currency to total.
    const totals = page?.totals ? Object.entries(page.totals).filter(([code, sum]) => Number.isFinite(sum) && isKnownCurrency(code)) : [];
    const { offset, limit } = this.query;
    const from = total === 0 ? 0 : Math.min(total, offset + 1);
    const to = Math.min(total, offset + limit);
    const range = msg(str`${formatCount(from, locale)}–${formatCount(to, locale)} of ${formatCount(total, locale)}`, { id: 'grid.range' });
    const refreshed = page?.lastRefreshed ? formatDateTime(page.lastRefreshed, locale) : '';
    return html`<div class="footer" part="footer">
      ${
        this.virtual || !this.loader.hasValue || this.loader.state === 'error'
          ? nothing
          : html`<div class="pager" part="pager">
              <label class="page-size" for="page-size">${msg('Rows per page', { id: 'grid.page-size' })}</label>
              <select id="page-size" class="input" part="page-size" .value=${String(limit)} @change=${this.onPageSize}>
                ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === limit}>${formatCount(size, locale)}</option>`)}
              </select>
              <span class="range" aria-live="polite">${this.loader.hasValue ? range : ''}</span>
              <button
                type="button"
                class="button icon"
                aria-label=${msg('Previous page', { id: 'grid.previous-page' })}
                ?disabled=${offset <= 0 || !this.loader.hasValue}
                @click=${() => this.goToPage(offset - limit)}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
                  <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
                </svg>
              </button>
              <button
                type="button"
                class="button icon"
                aria-label=${msg('Next page', { id: 'grid.next-page' })}
                ?disabled=${offset + limit >= total || !this.loader.hasValue}
                @click=${() => this.goToPage(offset + limit)}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
                  <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
                </svg>
              </button>
            </div>`
      }
      ${
        totals.length
          ? html`<div class="totals" part="totals">
              <span class="totals-label">${msg('Total', { id: 'grid.total' })}</span>
              ${totals.map(([currency, sum]) => html`<span class="total">${formatMoney(sum, currency, locale) || `${sum} ${currency}`}</span>`)}
            </div>`
          : nothing
      }
      ${refreshed ? html`<div class="refreshed" part="refreshed">${msg(str`Payment status as of ${refreshed}`, { id: 'grid.refreshed' })}</div>` : nothing}
    </div>`;
  }

  private renderMenu(menu: MenuState): TemplateResult {
    const number = textOf(menu.invoice.invoiceNumber);
    return html`<div
      class="menu"
      part="actions-menu"
      role="menu"
      aria-label=${msg(str`Actions for ${number}`, { id: 'grid.actions-for' })}
      ${cssProps({ top: `${menu.top}px`, 'inset-inline-start': `${menu.left}px` })}
      @keydown=${this.onMenuKeydown}
      @click=${this.onMenuClick}
      @focusout=${this.onMenuFocusOut}
    >
      <button type="button" role="menuitem" tabindex="-1" data-menu-action="download">
        ${msg('Download…', { id: 'grid.action.download' })}
      </button>
      <button type="button" role="menuitem" tabindex="-1" data-menu-action="raise-ticket">
        ${msg('Raise ticket', { id: 'grid.action.ticket' })}
      </button>
      <button type="button" role="menuitem" tabindex="-1" data-menu-action="copy-number">
        ${msg('Copy invoice number', { id: 'grid.action.copy' })}
      </button>
    </div>`;
  }

  /** Rows a "this page" export writes: the page, or in virtual mode the rows fetched so far. */
  private exportPageRows(): Invoice[] {
    return this.virtual ? this.window.loaded() : [...this.rows];
  }
}

const rowKeys = new WeakMap<object, string>();
let nextGeneratedId = 0;

/**
 * Row identity for selection: the invoice id (else its number), made unique within a load
 * by `assignRowKeys` so that rows sharing a malformed duplicate id are still told apart.
 */
function rowId(invoice: Invoice): string {
  let key = rowKeys.get(invoice);
  if (!key) {
    key = textOf(invoice?.id) || textOf(invoice?.invoiceNumber) || `row-${++nextGeneratedId}`;
    rowKeys.set(invoice, key);
  }
  return key;
}

function assignRowKeys(rows: readonly Invoice[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    let key = textOf(row?.id) || textOf(row?.invoiceNumber) || `row-${++nextGeneratedId}`;
    if (seen.has(key)) key = `${key}#${++nextGeneratedId}`;
    seen.add(key);
    rowKeys.set(row, key);
  }
}

/** An answer without a rows array cannot be read: it is an error, not an empty result. */
function readablePage(value: InvoicePage): InvoicePage {
  if (!value || typeof value !== 'object' || !Array.isArray(value.rows)) {
    throw new InvoiceAdapterError('bad-response', 'The page has no rows array.', { retryable: true });
  }
  return value;
}

/** Reads an adapter answer defensively: rows must be an array, total a finite count. */
function sanitizePage(value: InvoicePage): InvoicePage {
  const rows = Array.isArray(value?.rows) ? value.rows : [];
  const total = Number.isFinite(value?.total) && value.total >= 0 ? Math.floor(value.total) : rows.length;
  const page: InvoicePage = { rows, total };
  if (value?.totals && typeof value.totals === 'object') page.totals = value.totals;
  if (typeof value?.lastRefreshed === 'string') page.lastRefreshed = value.lastRefreshed;
  return page;
}
