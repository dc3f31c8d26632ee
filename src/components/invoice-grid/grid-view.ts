import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { activeFilterKeys, lastPageOffset } from '../../data/query.js';
import type { Invoice, InvoiceQuery } from '../../data/types.js';
import type { InvoiceQueryChangeDetail } from '../../events/invoice-events.js';
import { loadErrorMessage } from '../../internal/labels.js';
import type { InvoiceColumnDef } from './columns.js';
import type { ColumnDragController } from './controllers/column-drag-controller.js';
import type { ColumnsController } from './controllers/columns-controller.js';
import type { DataController } from './controllers/data-controller.js';
import type { ExportController, ExportFormat, ExportScope } from './controllers/export-controller.js';
import type { GridShape, KeyboardController } from './controllers/keyboard-controller.js';
import type { MenuController } from './controllers/menu-controller.js';
import type { SelectionController } from './controllers/selection-controller.js';
import type { TableController } from './controllers/table-controller.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, type GridColumn } from './controllers/table-features.js';
import type { VirtualRowsController } from './controllers/virtual-rows-controller.js';
import type { WidthColumn, WidthController } from './controllers/width-controller.js';
import { applyCssProps, cssProps, serverStyle } from './css-props.js';
import { loadedPanels, loadPanels } from './panels-loader.js';
import type { SortChoice } from './parts/cards-bar.js';
import { loadedCards } from './cards-loader.js';
import { footer } from './parts/footer.js';
import { defOf, header, pinOf } from './parts/header.js';
import { pagedBody, skeleton, virtualBody, type RowSlot, type RowsView } from './parts/rows.js';
import { selectionBar } from './parts/selection-bar.js';
import { emptyState, errorState, type EmptyKind } from './parts/states.js';

/** What the view needs of the element. */
export interface GridViewHost {
  readonly virtual: boolean;
  readonly density: string;
  readonly query: InvoiceQuery;
  openDocuments(invoices: Invoice[]): void;
  exportTo(format: ExportFormat, scope: ExportScope): Promise<void>;
  commitQuery(next: InvoiceQuery, reason: InvoiceQueryChangeDetail['reason']): void;
  requestUpdate(): void;
  /** Adds the style sheets of a part loaded later to the grid's shadow root. */
  adoptStyles(styles: CSSResultGroup): void;
}

export interface GridViewParts {
  data: DataController;
  table: TableController;
  layout: ColumnsController;
  selection: SelectionController;
  keyboard: KeyboardController;
  virtualRows: VirtualRowsController;
  exports: ExportController;
  /** The row menu's controller, once the menu has been opened (it loads with the panels). */
  menus: () => MenuController | undefined;
  /** Opens or closes a row's menu (loading it first if it has not been). */
  toggleMenu: (button: HTMLElement, invoice: Invoice) => void;
  widths: WidthController;
  drag: ColumnDragController;
}

/**
 * The grid's rendering: it reads the controllers' state once per update (`prepare()`, from
 * `willUpdate`) and composes the parts from it, and it turns what happens in the grid (a
 * click, a checkbox, a key) into the controllers' actions. It starts no work: loads and
 * window fetches belong to the data controller.
 */
export class GridView {
  /** Every shown column (table-core's visible columns in display order). */
  private allColumns: GridColumn[] = [];
  /** The columns in each row (the rest are in the detail, or left out of a virtual card). */
  private columns: GridColumn[] = [];
  private labels: string[] = [];
  private detailColumns: GridColumn[] = [];
  private detailLabels: string[] = [];
  private range = { first: 0, last: -1 };
  private windowData: Invoice[] = [];
  private windowDataKey = '';
  private panelStylesAdopted = false;
  private cardStylesAdopted = false;

  constructor(
    private readonly host: GridViewHost,
    private readonly c: GridViewParts,
  ) {}

  /**
   * Works out what this update shows: the virtual window, table-core's state, the layout
   * (column widths, cards, the columns in each row's detail) and the labels.
   */
  prepare(): void {
    const { data, table, keyboard, virtualRows, widths, layout } = this.c;
    if (this.host.virtual) {
      virtualRows.configure(data.windowed.count);
      this.range = virtualRows.range();
      keyboard.window(this.range.first, this.range.last);
    } else {
      keyboard.allRowsRendered();
    }
    table.sync();
    this.allColumns = table.visibleColumns();
    const fit = widths.plan();
    const inRow =
      fit.mode === 'cards' ? (column: GridColumn) => isCardColumn(column) : (column: GridColumn) => !fit.detail.includes(column.id);
    this.columns = this.allColumns.filter(inRow);
    // A virtual card has one fixed height: what is not on it has no detail to go to.
    this.detailColumns = this.host.virtual ? [] : this.allColumns.filter((column) => !inRow(column));
    // Labels once per update, not once per cell.
    this.labels = this.columns.map((column) => layout.label(column.id));
    this.detailLabels = this.detailColumns.map((column) => layout.label(column.id));
    // Cards have no header row to hold the tab stop; a table may have fewer columns than before.
    keyboard.clamp(this.shape());
  }

  /** The shown columns as the width controller sees them. */
  widthColumns(): WidthColumn[] {
    const sizing = this.c.layout.sizing;
    return this.allColumns.map((column) => {
      const def = defOf(column);
      return {
        id: column.id,
        pin: pinOf(column),
        priority: def.meta?.priority ?? 5,
        truncate: !!def.meta?.truncate,
        fixed: sizing[column.id] ?? def.size,
        minSize: def.minSize ?? 0,
        maxSize: def.maxSize ?? MAX_COLUMN_WIDTH,
      };
    });
  }

  /** What the content widths depend on besides the columns. */
  widthContent(locale: string): readonly unknown[] {
    return [this.tableData(), locale, this.host.density, this.host.virtual, this.c.table.rows().length];
  }

  /** The rows table-core holds: the page, or the fetched rows of the virtual window (the same array until they change). */
  tableData(): Invoice[] {
    const { data } = this.c;
    if (!this.host.virtual) return data.paged.top;
    const window = data.windowed.window;
    const key = `${this.range.first}:${this.range.last}:${window.version}`;
    if (key !== this.windowDataKey) {
      this.windowDataKey = key;
      const rows: Invoice[] = [];
      for (let index = this.range.first; index <= this.range.last; index++) {
        const row = window.get(index);
        if (row) rows.push(row);
      }
      this.windowData = rows;
    }
    return this.windowData;
  }

  visibleDefs(): InvoiceColumnDef[] {
    return this.c.table.visibleColumns().map(defOf);
  }

  shape(): GridShape {
    const { data, virtualRows, widths } = this.c;
    const rows = this.host.virtual ? data.windowed.count : this.c.table.rows().length;
    return {
      rows: rows + 1,
      // An open detail is one more cell at the end of its row.
      columns: this.columns.length + 1 + (widths.openDetails.size && this.detailColumns.length ? 1 : 0),
      pageRows: this.host.virtual ? virtualRows.pageRows() : 10,
      // Cards have no header row (their sort and "select all" are above them).
      firstRow: widths.fit.mode === 'cards' ? 1 : 0,
    };
  }

  // ---- what happens in the grid -------------------------------------------------------

  /** The invoice of the row at `data-index` `index`. */
  rowAt(index: number): Invoice | undefined {
    return this.host.virtual ? this.c.data.windowed.rowAt(index) : this.c.table.rows()[index]?.original;
  }

  toggleRow(index: number): void {
    const invoice = this.rowAt(index);
    if (!invoice || this.c.selection.deselectFromAll(invoice)) return;
    this.c.table.rowOf(invoice)?.toggleSelected();
  }

  /** The header checkbox: the page (paged), or every matching row (virtual). */
  toggleAll(): void {
    const { selection } = this.c;
    if (selection.allMatching) selection.clear();
    else if (this.host.virtual) selection.selectAllMatching();
    else {
      // Every row of the page, the sub-rows of a closed lineage too.
      const select = !this.pageSelected();
      const next = { ...selection.state };
      for (const row of this.c.data.paged.rows) {
        const key = this.c.data.keys.keyOf(row);
        if (select) next[key] = true;
        else delete next[key];
      }
      selection.apply(next);
    }
  }

  activate(control: HTMLElement, shift: boolean): void {
    if (control.dataset.gridAction === 'sort') this.c.table.toggleSorting(control.dataset.columnId as string, shift);
    else control.click();
  }

  private onClick = (event: MouseEvent): void => {
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-grid-action]');
    const action = control?.dataset.gridAction;
    if (!control || action === 'select-page' || action === 'select') return;
    if (action === 'sort') {
      this.c.table.toggleSorting(control.dataset.columnId as string, event.shiftKey);
      return;
    }
    const index = control.closest<HTMLElement>('[data-index]')?.dataset.index;
    const invoice = index === undefined ? undefined : this.rowAt(Number(index));
    if (!invoice) return;
    if (action === 'documents') this.host.openDocuments([invoice]);
    else if (action === 'actions') this.c.toggleMenu(control, invoice);
    else if (action === 'expand') this.c.table.rowOf(invoice)?.toggleExpanded();
    else if (action === 'detail') this.c.widths.toggleDetail(this.c.data.keys.keyOf(invoice));
  };

  private onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const action = target.dataset.gridAction;
    if (action === 'select-page') this.toggleAll();
    else if (action === 'select') this.toggleRow(Number(target.closest<HTMLElement>('[data-index]')?.dataset.index));
  };

  private pageSelected(): boolean {
    const rows = this.c.data.paged.rows;
    return rows.length > 0 && rows.every((row) => this.c.selection.isSelected(row));
  }

  // ---- parts ----------------------------------------------------------------------------

  /**
   * The cards' parts, loaded before an update that shows cards (see the grid's scheduleUpdate);
   * their styles are added the first time.
   */
  private cards() {
    const cards = loadedCards();
    if (cards && !this.cardStylesAdopted) {
      this.host.adoptStyles(cards.cardStyles);
      this.cardStylesAdopted = true;
    }
    return cards;
  }

  /** The panels load on first use: until they have, nothing shows and the grid updates when they arrive. */
  private panels() {
    const panels = loadedPanels();
    if (!panels) void loadPanels().then(() => this.host.requestUpdate());
    else if (!this.panelStylesAdopted) {
      // The panels' styles came with them: added to this grid's shadow root the first time one shows.
      this.host.adoptStyles(panels.panelStyles);
      this.panelStylesAdopted = true;
    }
    return panels;
  }

  columnsPanel(onKeydown: (event: KeyboardEvent) => void, onDone: () => void): TemplateResult | typeof nothing {
    const { layout, widths, drag } = this.c;
    const panels = this.panels();
    if (!panels) return nothing;
    return panels.columnsPanel({
      columns: layout.displayOrder().map((id) => {
        const def = layout.def(id) as InvoiceColumnDef;
        const pin = layout.pinning.start?.includes(id) ? 'start' : layout.pinning.end?.includes(id) ? 'end' : false;
        return {
          id,
          label: layout.label(id),
          visible: layout.visibility[id] !== false,
          hideable: def.enableHiding !== false,
          pin,
          canMoveUp: layout.canMove(id, -1),
          canMoveDown: layout.canMove(id, 1),
          width: Math.round(widths.widthOf(id)),
          minWidth: Math.max(def.minSize ?? MIN_COLUMN_WIDTH, widths.minWidthOf(id)),
          maxWidth: def.maxSize ?? MAX_COLUMN_WIDTH,
        };
      }),
      dragging: drag.dragging,
      onVisible: (id, visible) => layout.setVisible(id, visible),
      onWidth: (id, width) => layout.resize(id, width),
      onMove: (id, delta) => layout.move(id, delta),
      onDragStart: drag.onPointerDown,
      onDragMove: drag.onPointerMove,
      onDragEnd: drag.onPointerUp,
      onReset: () => layout.reset(),
      onDone,
      onKeydown,
    });
  }

  exportPanel(
    locale: string,
    total: number,
    onKeydown: (event: KeyboardEvent) => void,
    onClose: () => void,
  ): TemplateResult | typeof nothing {
    const exports = this.c.exports;
    const panels = this.panels();
    if (!panels) return nothing;
    return panels.exportPanel({
      locale,
      total,
      format: exports.format,
      scope: exports.scope,
      progress: exports.progress,
      error: exports.error,
      selected: this.c.selection.detail.count,
      onFormat: (format) => exports.set({ format }),
      onScope: (scope) => exports.set({ scope }),
      onExport: () => void this.host.exportTo(exports.format, exports.scope),
      onCancelExport: () => exports.cancel(),
      onClose,
      onKeydown,
    });
  }

  selectionBar(locale: string, onDownload: () => void): TemplateResult | typeof nothing {
    const { selection, data } = this.c;
    const detail = selection.detail;
    return selectionBar({
      locale,
      count: detail.count,
      total: data.total,
      allMatching: detail.allMatching,
      offerAllMatching: this.host.virtual || this.pageSelected(),
      onSelectAllMatching: () => selection.selectAllMatching(),
      onDownload,
      onClear: () => selection.clear(),
    });
  }

  /** The grid element (header, body or placeholders), its progress bar, and the empty or error state. */
  frame(locale: string, on: { onClearSearch: () => void; onRetry: () => void }): TemplateResult {
    const { data, keyboard, layout, selection, widths } = this.c;
    const menus = this.c.menus();
    const state = data.loader.state;
    const firstLoad = data.firstLoad;
    const virtual = this.host.virtual;
    const total = data.total;
    const fit = widths.fit;
    const cards = fit.mode === 'cards';
    const cardParts = cards ? this.cards() : undefined;
    const pageSelected = virtual ? selection.allMatching : this.pageSelected();
    const someSelected = !pageSelected && (virtual ? selection.size > 0 : data.paged.rows.some((row) => selection.isSelected(row)));
    const selectLabel = virtual
      ? msg('Select all matching', { id: 'grid.select-all-matching-short' })
      : msg('Select all on this page', { id: 'grid.select-page' });
    const rows: RowsView = {
      columns: this.columns,
      labels: this.labels,
      detailColumns: this.detailColumns,
      detailLabels: this.detailLabels,
      locale,
      tabIndex: (r, c) => keyboard.tabIndexFor(r, c),
      onRetry: on.onRetry,
    };
    // The shadows at the pinned edges (`more-start`, `more-end`) are the width controller's to set.
    const classes = ['grid', virtual ? 'virtual' : 'paged', fit.mode];
    const tracks = this.tracks();
    return html`<div
        class="progress"
        part="progress"
        role="progressbar"
        aria-label=${msg('Loading invoices', { id: 'grid.loading' })}
        ?hidden=${!data.busy || firstLoad}
      ></div>
      ${
        cardParts && state !== 'error' && total > 0
          ? cardParts.cardsBar({
              choices: this.sortChoices(),
              value: this.sortValue(),
              selectLabel,
              allSelected: pageSelected,
              someSelected,
              onSort: (value) => this.sortBy(value),
              onSelectAll: () => this.toggleAll(),
            })
          : nothing
      }
      <div
        part="grid"
        class=${classes.filter(Boolean).join(' ')}
        role="grid"
        tabindex="-1"
        aria-label=${msg('Invoices', { id: 'grid.label' })}
        aria-multiselectable="true"
        aria-rowcount=${state === 'error' ? -1 : (virtual ? data.windowed.count : total) + 1}
        aria-colcount=${this.columns.length + 1}
        aria-busy=${data.busy ? 'true' : 'false'}
        style=${serverStyle(tracks)}
        ${cssProps(tracks)}
        @click=${this.onClick}
        @change=${this.onChange}
        @keydown=${keyboard.onKeydown}
        @focusin=${keyboard.onFocusIn}
        @scroll=${menus?.menu ? menus.onScroll : nothing}
      >
        ${header({
          columns: this.columns,
          labels: this.labels,
          selectLabel,
          allSelected: pageSelected,
          someSelected,
          multiSort: (this.host.query.sort?.length ?? 0) > 1,
          tabIndex: rows.tabIndex,
          onResizeStart: layout.onResizeStart,
          onResizeMove: layout.onResizeMove,
          onResizeEnd: layout.onResizeEnd,
        })}
        ${state === 'error' ? nothing : firstLoad ? skeleton(this.columns.length) : virtual ? this.virtualRows(rows) : this.pagedRows(rows)}
      </div>
      ${state === 'error' ? errorState(loadErrorMessage(data.loader.error), on.onRetry) : nothing}
      ${state === 'ready' && total === 0 ? emptyState(emptyKind(this.host.query), on.onClearSearch) : nothing}`;
  }

  footer(locale: string, onPageSize: (event: Event) => void): TemplateResult {
    const { data } = this.c;
    const query = this.host.query;
    return footer({
      locale,
      pager: !this.host.virtual && data.loader.hasValue && data.loader.state !== 'error',
      offset: query.offset,
      limit: query.limit,
      total: data.total,
      totalUnreadable: !!data.result?.totalUnreadable,
      totals: data.result?.totals,
      outstanding: data.result?.outstanding,
      totalsPending: !!data.result?.totalsPending,
      lastRefreshed: data.result?.lastRefreshed,
      onPageSize,
      onPage: (offset) => this.goToPage(offset),
    });
  }

  menu(): TemplateResult | typeof nothing {
    const menus = this.c.menus();
    const panels = menus?.menu ? this.panels() : undefined;
    return menus?.menu && panels ? panels.rowMenu(menus.menu, menus) : nothing;
  }

  // ---- internals ------------------------------------------------------------------------

  private goToPage(offset: number): void {
    const query = this.host.query;
    const data = this.c.data;
    // An unreadable total is only a lower bound: "Next page" may go past it.
    const last = data.result?.totalUnreadable ? Infinity : lastPageOffset(data.total, query.limit);
    const clamped = Math.max(0, Math.min(offset, last));
    if (clamped !== query.offset) this.host.commitQuery({ ...query, offset: clamped }, 'page');
  }

  private pagedRows(v: RowsView): TemplateResult | typeof nothing {
    const { data, selection, widths } = this.c;
    const offset = data.shownQuery?.offset ?? 0;
    const slots = this.c.table.rows().map((row, index): RowSlot => ({
      index,
      absolute: offset + index,
      invoice: row.original,
      row,
      status: 'ready',
      selected: selection.isSelected(row.original),
      problems: data.problemsOf(row.original),
      superseded: data.isSuperseded(row.original),
      replacedBy: data.replacedBy(row.original),
      detailOpen: widths.openDetails.has(row.id),
    }));
    return pagedBody(slots, v);
  }

  private virtualRows(v: RowsView): TemplateResult | typeof nothing {
    const { data, selection, table, virtualRows } = this.c;
    if (data.windowed.count === 0) return nothing;
    const { first, last } = this.range;
    const indexes: number[] = [];
    for (let index = first; index <= last; index++) indexes.push(index);
    const height = virtualRows.rowHeight;
    const slotAt = (index: number): RowSlot => {
      const invoice = data.windowed.rowAt(index);
      return {
        index,
        absolute: index,
        invoice,
        row: invoice && table.rowOf(invoice),
        status: data.windowed.statusAt(index),
        selected: invoice ? selection.isSelected(invoice) : selection.allMatching,
        problems: data.problemsOf(invoice),
        superseded: data.isSuperseded(invoice),
        replacedBy: data.replacedBy(invoice),
        detailOpen: false,
        top: index * height,
      };
    };
    return virtualBody(indexes, slotAt, virtualRows.totalSize(), v);
  }

  /**
   * Puts the column tracks of the width controller's current layout on the grid element
   * without another render (the widths measured after the first render). Only the tracks may
   * have changed: the same columns are in the rows, in the same mode.
   */
  applyTracks(grid: HTMLElement): void {
    applyCssProps(grid, this.tracks());
  }

  /**
   * The CSS grid tracks of a row: the start group (selection and start-pinned columns), each
   * scrolling column, the end group; and the tracks inside each group.
   */
  private tracks(): Record<string, string | undefined> {
    const fit = this.c.widths.fit;
    if (fit.mode === 'cards') return {};
    const start = [fit.selectWidth];
    const middle: number[] = [];
    const end: number[] = [];
    for (const column of this.columns) {
      const pin = pinOf(column);
      (pin === 'start' ? start : pin === 'end' ? end : middle).push(fit.widths[column.id] ?? 0);
    }
    const px = (values: number[]) => values.map((v) => `${v}px`).join(' ');
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      '--_cols': `${sum(start)}px ${px(middle)} ${sum(end)}px`,
      '--_cols-start': px(start),
      '--_cols-end': end.length ? px(end) : 'none',
      '--_grid-width': `${fit.total}px`,
      '--_viewport': this.c.widths.viewport ? `${this.c.widths.viewport}px` : undefined,
    };
  }

  // ---- cards ----------------------------------------------------------------------------

  private sortChoices(): SortChoice[] {
    return this.allColumns
      .filter((column) => column.getCanSort())
      .map((column) => ({ id: column.id, label: this.c.layout.label(column.id), kind: defOf(column).meta?.kind ?? 'text' }));
  }

  private sortValue(): string {
    const sorting = this.c.layout.sortingOf(this.host.query);
    if (sorting.length === 0) return '';
    if (sorting.length > 1) return 'custom';
    const [key] = sorting as [{ id: string; desc: boolean }];
    return `${key.id}:${key.desc ? 'desc' : 'asc'}`;
  }

  private sortBy(value: string): void {
    if (value === 'custom') return;
    const [id, direction] = value.split(':');
    this.c.table.table.setSorting(id ? [{ id, desc: direction === 'desc' }] : []);
  }
}

/** A column shown on a card: the pinned ones (month, number, status, actions) and the first two by priority (amount, download). */
function isCardColumn(column: GridColumn): boolean {
  return !!pinOf(column) || (defOf(column).meta?.priority ?? 5) <= 2;
}

/** Which empty state: nothing matches the search or filter, nothing has the chosen status, or the account has no invoices. */
function emptyKind(query: InvoiceQuery): EmptyKind {
  if (query.search?.trim() || activeFilterKeys(query.filter).length) return 'no-match';
  return query.statuses?.length ? 'no-status' : 'no-invoices';
}
