import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Invoice } from '../../../data/types.js';
import { textOf } from '../../../data/validate.js';
import { columnValue, textCell, type InvoiceCellContext } from '../columns.js';
import { cssProps } from '../css-props.js';
import type { RowStatus } from '../controllers/row-window.js';
import type { GridColumn, GridRow } from '../controllers/table-features.js';
import { defOf } from './header.js';

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
  /** Offset in a virtual body (px). */
  top?: number;
}

export interface RowsView {
  columns: GridColumn[];
  labels: string[];
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
  return html`<div
    role="row"
    part="row"
    class="row ${selected ? 'selected' : ''} ${problems.size ? 'malformed' : ''} ${invoice ? '' : failed ? 'failed' : 'pending'}"
    aria-rowindex=${slot.absolute + 2}
    aria-selected=${selected ? 'true' : 'false'}
    data-index=${slot.index}
    ${cssProps(slot.top === undefined ? NO_PROPS : { transform: `translateY(${slot.top}px)` })}
  >
    <div role="gridcell" class="cell select" data-c="0" tabindex=${v.tabIndex(r, 0)}>
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
    ${v.columns.map(
      (column, c) =>
        html`<div
          role="gridcell"
          part="cell"
          class="cell align-${defOf(column).meta?.align ?? 'start'}"
          data-c=${c + 1}
          data-label=${v.labels[c]}
          tabindex=${v.tabIndex(r, c + 1)}
        >
          <span class="content">${cellContent(slot, column, c, v)}</span>
        </div>`,
    )}
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
    index: slot.absolute,
  };
  return def.cell ? def.cell(ctx) : textCell(ctx);
}
