import { html, nothing, type TemplateResult } from 'lit';
import type { GridColumn } from '../controllers/table-features.js';
import type { InvoiceColumnDef } from '../columns.js';

export interface HeaderView {
  /** The shown columns in display order, as table-core holds them. */
  columns: GridColumn[];
  labels: string[];
  /** The header checkbox: "Select all on this page" or "Select all matching". */
  selectLabel: string;
  allSelected: boolean;
  someSelected: boolean;
  /** More than one sort key: each sorted header shows its rank. */
  multiSort: boolean;
  tabIndex: (row: number, column: number) => 0 | -1;
  onResizeStart: (event: PointerEvent) => void;
  onResizeMove: (event: PointerEvent) => void;
  onResizeEnd: (event: PointerEvent) => void;
}

/** The column's definition, kept in table-core's `meta`. */
export const defOf = (column: GridColumn): InvoiceColumnDef => (column.columnDef.meta as { def: InvoiceColumnDef }).def;

/** The side a shown column is pinned to (table-core's pinning state), or false. */
export const pinOf = (column: GridColumn): 'start' | 'end' | false => column.getIsPinned() || false;

/**
 * Cells of one row in three groups: the start group (the selection cell and the columns pinned
 * to the start) and the end group stay in place while the columns between them scroll
 * sideways. The groups are plain elements between the row and its cells.
 */
export function pinnedGroups<T>(
  columns: GridColumn[],
  selectCell: TemplateResult,
  cell: (column: GridColumn, index: number) => T,
): TemplateResult {
  const start: T[] = [];
  const middle: T[] = [];
  const end: T[] = [];
  columns.forEach((column, i) => {
    const pin = pinOf(column);
    (pin === 'start' ? start : pin === 'end' ? end : middle).push(cell(column, i));
  });
  return html`<div class="pin pin-start">${selectCell}${start}</div>
    ${middle}
    <div class="pin pin-end">${end}</div>`;
}

/** The header row: the selection checkbox, then one header cell per shown column. */
export function header(v: HeaderView): TemplateResult {
  const select = html`<div role="columnheader" class="cell select" part="header-cell" data-c="0" tabindex=${v.tabIndex(0, 0)}>
    <input
      type="checkbox"
      part="row-checkbox"
      tabindex="-1"
      aria-label=${v.selectLabel}
      data-grid-action="select-page"
      .checked=${v.allSelected}
      .indeterminate=${v.someSelected}
    />
  </div>`;
  return html`<div role="rowgroup" class="head">
    <div role="row" part="header-row" class="row header" aria-rowindex="1" data-index="-1">
      ${pinnedGroups(v.columns, select, (column, i) => headerCell(column, i, v))}
    </div>
  </div>`;
}

/**
 * A column header that owns its sort state and ARIA, read from table-core: `aria-sort` on the
 * header, a real button for a sortable column (with the key's rank in a multi-key sort), and
 * the resize handle. Its label wraps between words only.
 */
function headerCell(column: GridColumn, i: number, v: HeaderView): TemplateResult {
  const label = v.labels[i];
  const sortable = column.getCanSort();
  const sorted = column.getIsSorted();
  return html`<div
    role="columnheader"
    class="cell align-${defOf(column).meta?.align ?? 'start'}"
    part="header-cell"
    data-c=${i + 1}
    data-column-id=${column.id}
    tabindex=${v.tabIndex(0, i + 1)}
    aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
    aria-sort=${sortable ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : nothing}
  >
    ${
      sortable
        ? html`<button type="button" class="sort" part="sort-button" tabindex="-1" data-grid-action="sort" data-column-id=${column.id}>
            <span class="label">${label}</span>
            <span class="sort-icon ${sorted || 'none'}" aria-hidden="true"></span>
            ${v.multiSort && sorted ? html`<span class="sort-order" aria-hidden="true">${column.getSortIndex() + 1}</span>` : nothing}
          </button>`
        : html`<span class="label">${label}</span>`
    }
    <div
      class="resizer"
      part="column-resizer"
      aria-hidden="true"
      data-resize=${column.id}
      @pointerdown=${v.onResizeStart}
      @pointermove=${v.onResizeMove}
      @pointerup=${v.onResizeEnd}
      @pointercancel=${v.onResizeEnd}
    ></div>
  </div>`;
}
