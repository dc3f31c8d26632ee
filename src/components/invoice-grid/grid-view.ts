import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { lastPageOffset } from '../../data/query.js';
import type { Invoice, InvoiceQuery } from '../../data/types.js';
import type { InvoiceQueryChangeDetail } from '../../events/invoice-events.js';
import { loadErrorMessage } from '../../internal/labels.js';
import type { InvoiceColumnDef } from './columns.js';
import type { ColumnsController } from './controllers/columns-controller.js';
import type { DataController } from './controllers/data-controller.js';
import type { ExportController, ExportFormat, ExportScope } from './controllers/export-controller.js';
import type { GridShape, KeyboardController } from './controllers/keyboard-controller.js';
import type { MenuController } from './controllers/menu-controller.js';
import type { SelectionController } from './controllers/selection-controller.js';
import type { TableController } from './controllers/table-controller.js';
import type { GridColumn } from './controllers/table-features.js';
import type { VirtualRowsController } from './controllers/virtual-rows-controller.js';
import { cssProps } from './css-props.js';
import { columnsPanel } from './parts/columns-panel.js';
import { exportPanel } from './parts/export-panel.js';
import { footer } from './parts/footer.js';
import { defOf, header } from './parts/header.js';
import { rowMenu } from './parts/row-menu.js';
import { pagedBody, skeleton, virtualBody, type RowSlot, type RowsView } from './parts/rows.js';
import { selectionBar } from './parts/selection-bar.js';
import { emptyState, errorState } from './parts/states.js';

/** What the view needs of the element. */
export interface GridViewHost {
  readonly virtual: boolean;
  readonly query: InvoiceQuery;
  openDocuments(invoices: Invoice[]): void;
  exportTo(format: ExportFormat, scope: ExportScope): Promise<void>;
  commitQuery(next: InvoiceQuery, reason: InvoiceQueryChangeDetail['reason']): void;
}

export interface GridViewParts {
  data: DataController;
  table: TableController;
  layout: ColumnsController;
  selection: SelectionController;
  keyboard: KeyboardController;
  virtualRows: VirtualRowsController;
  exports: ExportController;
  menus: MenuController;
}

/**
 * The grid's rendering: it reads the controllers' state once per update (`prepare()`, from
 * `willUpdate`) and composes the parts from it, and it turns what happens in the grid (a
 * click, a checkbox, a key) into the controllers' actions. It starts no work: loads and
 * window fetches belong to the data controller.
 */
export class GridView {
  private columns: GridColumn[] = [];
  private labels: string[] = [];
  private range = { first: 0, last: -1 };
  private windowData: Invoice[] = [];
  private windowDataKey = '';

  constructor(
    private readonly host: GridViewHost,
    private readonly c: GridViewParts,
  ) {}

  /** Works out what this update shows: the virtual window, table-core's state, the shown columns and their labels. */
  prepare(): void {
    const { data, table, keyboard, virtualRows } = this.c;
    if (this.host.virtual) {
      virtualRows.configure(data.windowed.count);
      this.range = virtualRows.range();
      keyboard.window(this.range.first, this.range.last);
    } else {
      keyboard.allRowsRendered();
    }
    table.sync();
    this.columns = table.visibleColumns();
    // Labels once per update, not once per cell.
    this.labels = this.columns.map((column) => this.c.layout.label(column.id));
  }

  /** The rows table-core holds: the page, or the fetched rows of the virtual window (the same array until they change). */
  tableData(): Invoice[] {
    const { data } = this.c;
    if (!this.host.virtual) return data.paged.rows;
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
    const { data, virtualRows } = this.c;
    const rows = this.host.virtual ? data.windowed.count : this.c.table.rows().length;
    return { rows: rows + 1, columns: this.columns.length + 1, pageRows: this.host.virtual ? virtualRows.pageRows() : 10 };
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
    const { selection, table } = this.c;
    if (selection.allMatching) selection.clear();
    else if (this.host.virtual) selection.selectAllMatching();
    else table.table.toggleAllPageRowsSelected(!this.pageSelected());
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
    else if (action === 'actions') this.c.menus.toggle(control, invoice);
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

  columnsPanel(onKeydown: (event: KeyboardEvent) => void, onDone: () => void): TemplateResult {
    const { layout, table } = this.c;
    return columnsPanel({
      columns: layout.currentOrder().map((id) => {
        const def = layout.def(id) as InvoiceColumnDef;
        const column = table.table.getColumn(id);
        return {
          id,
          label: layout.label(id),
          visible: layout.visibility[id] !== false,
          hideable: def.enableHiding !== false,
          width: column?.getSize() ?? 150,
          minWidth: column?.columnDef.minSize ?? 60,
          maxWidth: column?.columnDef.maxSize ?? 1200,
        };
      }),
      onVisible: (id, visible) => layout.setVisible(id, visible),
      onWidth: (id, width) => layout.resize(id, width),
      onMove: (id, delta) => layout.move(id, delta),
      onDragStart: (id, event) => layout.dragStart(id, event),
      onDrop: (id, event) => layout.drop(id, event),
      onReset: () => layout.reset(),
      onDone,
      onKeydown,
    });
  }

  exportPanel(locale: string, total: number, onKeydown: (event: KeyboardEvent) => void, onClose: () => void): TemplateResult {
    const exports = this.c.exports;
    return exportPanel({
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
    const { data, keyboard, layout, menus, selection } = this.c;
    const state = data.loader.state;
    const firstLoad = data.firstLoad;
    const virtual = this.host.virtual;
    const total = data.total;
    const template = this.gridTemplate();
    const pageSelected = virtual ? selection.allMatching : this.pageSelected();
    const rows: RowsView = {
      columns: this.columns,
      labels: this.labels,
      locale,
      tabIndex: (r, c) => keyboard.tabIndexFor(r, c),
      onRetry: on.onRetry,
    };
    return html`<div
        class="progress"
        part="progress"
        role="progressbar"
        aria-label=${msg('Loading invoices', { id: 'grid.loading' })}
        ?hidden=${!data.busy || firstLoad}
      ></div>
      <div
        part="grid"
        class="grid ${virtual ? 'virtual' : 'paged'}"
        role="grid"
        tabindex="-1"
        aria-label=${msg('Invoices', { id: 'grid.label' })}
        aria-multiselectable="true"
        aria-rowcount=${state === 'error' ? -1 : (virtual ? data.windowed.count : total) + 1}
        aria-colcount=${this.columns.length + 1}
        aria-busy=${data.busy ? 'true' : 'false'}
        ${cssProps({ '--_cols': template.columns, '--_grid-width': `${template.width}px` })}
        @click=${this.onClick}
        @change=${this.onChange}
        @keydown=${keyboard.onKeydown}
        @focusin=${keyboard.onFocusIn}
        @scroll=${menus.menu ? menus.onScroll : nothing}
      >
        ${header({
          columns: this.columns,
          labels: this.labels,
          selectLabel: virtual
            ? msg('Select all matching', { id: 'grid.select-all-matching-short' })
            : msg('Select all on this page', { id: 'grid.select-page' }),
          allSelected: pageSelected,
          someSelected: !pageSelected && (virtual ? selection.size > 0 : data.paged.rows.some((row) => selection.isSelected(row))),
          multiSort: (this.host.query.sort?.length ?? 0) > 1,
          tabIndex: rows.tabIndex,
          onResizeStart: layout.onResizeStart,
          onResizeMove: layout.onResizeMove,
          onResizeEnd: layout.onResizeEnd,
        })}
        ${state === 'error' ? nothing : firstLoad ? skeleton(this.columns.length) : virtual ? this.virtualRows(rows) : this.pagedRows(rows)}
      </div>
      ${state === 'error' ? errorState(loadErrorMessage(data.loader.error), on.onRetry) : nothing}
      ${state === 'ready' && total === 0 ? emptyState(on.onClearSearch) : nothing}`;
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
      lastRefreshed: data.result?.lastRefreshed,
      onPageSize,
      onPage: (offset) => this.goToPage(offset),
    });
  }

  menu(): TemplateResult | typeof nothing {
    const menus = this.c.menus;
    return menus.menu ? rowMenu(menus.menu, menus) : nothing;
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
    const { data, selection } = this.c;
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
        top: index * height,
      };
    };
    return virtualBody(indexes, slotAt, virtualRows.totalSize(), v);
  }

  /** The CSS grid tracks: the selection column, then each column's width from table-core (the last one takes the rest). */
  private gridTemplate(): { columns: string; width: number } {
    let width = 48;
    const sizes = this.columns.map((column, i) => {
      const size = column.getSize();
      width += size;
      return i === this.columns.length - 1 ? `minmax(${size}px, 1fr)` : `${size}px`;
    });
    return { columns: ['48px', ...sizes].join(' '), width };
  }
}
