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

/** The header row: the selection checkbox, then one header cell per shown column. */
export function header(v: HeaderView): TemplateResult {
  return html`<div role="rowgroup" class="head">
    <div role="row" part="header-row" class="row header" aria-rowindex="1" data-index="-1">
      <div role="columnheader" class="cell select" part="header-cell" data-c="0" tabindex=${v.tabIndex(0, 0)}>
        <input
          type="checkbox"
          part="row-checkbox"
          tabindex="-1"
          aria-label=${v.selectLabel}
          data-grid-action="select-page"
          .checked=${v.allSelected}
          .indeterminate=${v.someSelected}
        />
      </div>
      ${v.columns.map((column, i) => headerCell(column, i, v))}
    </div>
  </div>`;
}

/**
 * A column header that owns its sort state and ARIA, read from table-core: `aria-sort` on the
 * header, a real button for a sortable column (with the key's rank in a multi-key sort), and
 * the resize handle.
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
