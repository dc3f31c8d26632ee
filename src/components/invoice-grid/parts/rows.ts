import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Invoice } from '../../../data/types.js';
import { textOf } from '../../../data/validate.js';
import { columnValue, textCell, type InvoiceCellContext } from '../columns.js';
import { cssProps } from '../css-props.js';
import type { RowStatus } from '../controllers/row-window.js';
import type { GridColumn, GridRow } from '../controllers/table-features.js';
import { defOf, pinnedGroups } from './header.js';

const SKELETON_ROWS = 5;
const BONE = html`<span class="bone"></span>`;
const NO_PROPS: Record<string, string> = {};

/** One row of the body, as the grid knows it. */
export interface RowSlot {
  /** The row's `data-index` (its place in the body: page-relative, or absolute in virtual mode). */
  index: number;
  /** Its place in the whole result (0-based). */
  absolute: number;
  invoice: Invoice | undefined;
  /** table-core's row (absent while the row is not fetched). */
  row: GridRow | undefined;
  status: RowStatus;
  selected: boolean;
  problems: ReadonlySet<string>;
  superseded: boolean;
  /** The number of the invoice that replaced this one, when known. */
  replacedBy: string | undefined;
  /** The row's detail (the columns that did not fit) is open. */
  detailOpen: boolean;
  /** Offset in a virtual body (px). */
  top?: number;
}

export interface RowsView {
  /** The columns shown in the row, in display order. */
  columns: GridColumn[];
  labels: string[];
  /** The columns in each row's detail (too little room for them in the row), and their labels. */
  detailColumns: GridColumn[];
  detailLabels: string[];
  locale: string;
  tabIndex: (row: number, column: number) => 0 | -1;
  onRetry: () => void;
}

/** A page of rows. */
export function pagedBody(slots: RowSlot[], v: RowsView): TemplateResult | typeof nothing {
  if (slots.length === 0) return nothing;
  return html`<div role="rowgroup" class="body">${slots.map((slot) => row(slot, v))}</div>`;
}

/**
 * The rows of a virtual window, in a body as tall as every row. Keyed by row index, with one
 * template for fetched, pending and failed rows, so a row keeps its element (and a focused
 * cell) while it is in the window, the rows stay in reading order, and a row's data arriving
 * only fills in its cells.
 */
export function virtualBody(indexes: number[], slotAt: (index: number) => RowSlot, height: number, v: RowsView): TemplateResult {
  return html`<div role="rowgroup" class="body" ${cssProps({ height: `${height}px` })}>
    ${repeat(
      indexes,
      (index) => index,
      (index) => row(slotAt(index), v),
    )}
  </div>`;
}

/** Placeholder rows of the first load. */
export function skeleton(columnCount: number): TemplateResult {
  const cells = Array.from({ length: columnCount + 1 }, () => html`<div class="cell"><span class="bone"></span></div>`);
  return html`<div class="skeleton" part="skeleton" aria-hidden="true">
    ${Array.from({ length: SKELETON_ROWS }, () => html`<div class="row">${cells}</div>`)}
  </div>`;
}

function row(slot: RowSlot, v: RowsView): TemplateResult {
  const { invoice, selected, problems } = slot;
  const r = slot.index + 1;
  const number = invoice ? textOf(invoice.invoiceNumber) : '';
  const failed = slot.status === 'failed';
  const depth = slot.row?.depth ?? 0;
  const hasDetail = v.detailColumns.length > 0 && !!invoice;
  const classes = [
    'row',
    selected ? 'selected' : '',
    problems.size ? 'malformed' : '',
    invoice ? '' : failed ? 'failed' : 'pending',
    slot.superseded ? 'superseded' : '',
    depth > 0 ? 'child' : '',
    slot.detailOpen ? 'open' : '',
  ];
  const select = html`<div role="gridcell" class="cell select" data-c="0" tabindex=${v.tabIndex(r, 0)}>
    ${
      hasDetail
        ? html`<button
            type="button"
            class="detail-toggle"
            part="detail-button"
            tabindex="-1"
            data-grid-action="detail"
            aria-expanded=${slot.detailOpen ? 'true' : 'false'}
            aria-label=${msg(str`More about ${number}`, { id: 'grid.detail' })}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.2" />
              <path d=${slot.detailOpen ? 'M5 8h6' : 'M5 8h6M8 5v6'} stroke="currentColor" stroke-width="1.4" />
            </svg>
          </button>`
        : nothing
    }
    <input
      type="checkbox"
      part="row-checkbox"
      tabindex="-1"
      data-grid-action="select"
      aria-label=${msg(str`Select invoice ${number}`, { id: 'grid.select-row' })}
      ?hidden=${!invoice}
      .checked=${selected}
    />
  </div>`;
  return html`<div
    role="row"
    part="row"
    class=${classes.filter(Boolean).join(' ')}
    aria-rowindex=${slot.absolute + 2}
    aria-selected=${selected ? 'true' : 'false'}
    data-index=${slot.index}
    ${cssProps(slot.top === undefined ? NO_PROPS : { transform: `translateY(${slot.top}px)` })}
  >
    ${pinnedGroups(
      v.columns,
      select,
      (column, c) =>
        html`<div
          role="gridcell"
          part="cell"
          class="cell align-${defOf(column).meta?.align ?? 'start'}"
          data-c=${c + 1}
          data-column-id=${column.id}
          tabindex=${v.tabIndex(r, c + 1)}
        >
          <span class="content">${cellContent(slot, column, c, v)}</span>
        </div>`,
    )}
    ${slot.detailOpen && hasDetail ? detail(slot, v, r) : nothing}
  </div>`;
}

/** The columns that did not fit, as label and value pairs, in a cell across the row under it. */
function detail(slot: RowSlot, v: RowsView, r: number): TemplateResult {
  const c = v.columns.length + 1;
  return html`<div role="gridcell" class="cell detail" part="row-detail" data-c=${c} tabindex=${v.tabIndex(r, c)}>
    <dl>
      ${v.detailColumns.map(
        (column, i) =>
          html`<div class="pair" data-column-id=${column.id}>
            <dt>${v.detailLabels[i]}</dt>
            <dd>${cellContent(slot, column, c + i, v)}</dd>
          </div>`,
      )}
    </dl>
  </div>`;
}

function cellContent(slot: RowSlot, column: GridColumn, c: number, v: RowsView): unknown {
  const invoice = slot.invoice;
  if (!invoice) {
    if (slot.status !== 'failed') return BONE;
    // A row whose fetch failed says so once, in its first cell, with the way out.
    return c === 0
      ? html`<span class="row-failed">${msg('Not loaded', { id: 'grid.row-failed' })}</span>
          <button type="button" class="link" part="row-retry-button" tabindex="-1" @click=${v.onRetry}>
            ${msg('Retry', { id: 'grid.retry' })}
          </button>`
      : nothing;
  }
  const def = defOf(column);
  const ctx: InvoiceCellContext = {
    invoice,
    row: slot.row,
    column: def,
    getValue: () => columnValue(def, invoice),
    locale: v.locale,
    problems: slot.problems,
    superseded: slot.superseded,
    replacedBy: slot.replacedBy,
    index: slot.absolute,
  };
  return def.cell ? def.cell(ctx) : textCell(ctx);
}
