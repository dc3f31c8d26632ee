import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { parseInvoiceNumber } from '../../data/lineage.js';
import { textOf } from '../../data/validate.js';
import type { Invoice, InvoiceStatus } from '../../data/types.js';
import { formatMoney, formatMonth } from '../../format/formatters.js';
import {
  documentsSummary,
  invalidValueLabel,
  lineageKindLabel,
  reissueLabel,
  statusLabel,
  supersededStatusLabel,
} from '../../internal/labels.js';

/**
 * What a cell renderer receives besides the invoice. The grid reuses one context object for
 * every cell of a render pass (no allocation per cell), so a renderer must read it at once
 * and never keep it.
 */
export interface InvoiceCellContext {
  /** Intl locale of the UI ("ja-JP"). */
  locale: string;
  /** Fields of this row that failed validation (`amount`, `billingMonth`, …). */
  problems: ReadonlySet<string>;
  /** True when a later reissue of this invoice is in the same result. */
  superseded: boolean;
  /** Absolute row index in the result (0-based). */
  index: number;
}

/** Cell value kind, used by the export to type spreadsheet cells. */
export type InvoiceColumnKind = 'text' | 'money' | 'month' | 'status' | 'number' | 'date';

/**
 * A column of the grid. Portals pass their own array to add, relabel or remove columns.
 * Built-in interactive cells are wired by data attributes on a button, so a custom renderer
 * can reuse them: `data-grid-action="documents"` opens the row's documents and
 * `data-grid-action="actions"` opens the row's action menu.
 */
export interface InvoiceColumn {
  /** Stable id; also the key under which the layout is remembered. */
  id: string;
  /** Header text and the column's accessible name. A function is read at render time (localised). */
  label: string | (() => string);
  /** Invoice field shown (and sorted by, unless `sortField` says otherwise). */
  field?: string;
  /** Value of the cell for sorting-free uses (export, default text rendering). Defaults to `invoice[field]`. */
  accessor?: (invoice: Invoice) => unknown;
  /** Whether the header sorts. The adapter sorts by `sortField ?? field ?? id`. */
  sortable?: boolean;
  sortField?: string;
  /** Shown by default (true unless false). */
  visible?: boolean;
  /** Whether the user may hide it (true unless false). */
  hideable?: boolean;
  /** Renders the cell. Text results are bound as text, never as markup. */
  render?: (invoice: Invoice, ctx: InvoiceCellContext) => TemplateResult | string;
  align?: 'start' | 'center' | 'end';
  /** Initial width in px. */
  width?: number;
  /** Smallest width in px when resizing. */
  minWidth?: number;
  /** How the export types this column; `text` unless set. Columns with `export: false` are not exported. */
  kind?: InvoiceColumnKind;
  export?: boolean;
}

/** Reads a column's label (a string or a function returning one). */
export function columnLabel(column: InvoiceColumn): string {
  return typeof column.label === 'function' ? column.label() : column.label;
}

/** The raw value of a column for an invoice. */
export function columnValue(column: InvoiceColumn, invoice: Invoice): unknown {
  if (column.accessor) return column.accessor(invoice);
  const field = column.field ?? column.id;
  return invoice && typeof invoice === 'object' ? invoice[field] : undefined;
}

/** The visible placeholder of a missing or malformed value. */
export function invalidPlaceholder(): TemplateResult {
  return html`<span class="invalid" part="invalid-value">${invalidValueLabel()}</span>`;
}

/** Renders `text`, or the placeholder when the field is invalid or the text empty. */
function textCell(invoice: Invoice, field: string, ctx: InvoiceCellContext): TemplateResult | string {
  if (ctx.problems.has(field)) return invalidPlaceholder();
  return textOf(invoice?.[field]);
}

export function monthCell(invoice: Invoice, ctx: InvoiceCellContext): TemplateResult | string {
  const text = ctx.problems.has('billingMonth') ? '' : formatMonth(invoice.billingMonth, ctx.locale);
  return text || invalidPlaceholder();
}

export function amountCell(invoice: Invoice, ctx: InvoiceCellContext): TemplateResult | string {
  const bad = ctx.problems.has('amount') || ctx.problems.has('currency');
  const text = bad ? '' : formatMoney(invoice.amount, invoice.currency, ctx.locale);
  return text || invalidPlaceholder();
}

export function invoiceNumberCell(invoice: Invoice, ctx: InvoiceCellContext): TemplateResult {
  if (ctx.problems.has('invoiceNumber')) return invalidPlaceholder();
  const number = textOf(invoice.invoiceNumber);
  const parts = parseInvoiceNumber(number);
  const badge =
    parts.kind === 'credit-note'
      ? html`<span class="tag credit" part="lineage-badge">${lineageKindLabel('credit-note')}</span>`
      : parts.kind === 'reissue'
        ? html`<span class="tag reissue" part="lineage-badge">${reissueLabel(parts.reissue)}</span>`
        : '';
  const superseded =
    ctx.superseded || invoice.supersededBy
      ? html`<span class="tag superseded" part="lineage-badge">${msg('Superseded', { id: 'grid.superseded' })}</span>`
      : '';
  return html`<span class="number">${number}</span>${badge}${superseded}`;
}

export function documentsCell(invoice: Invoice): TemplateResult {
  const documents = Array.isArray(invoice.documents) ? invoice.documents : undefined;
  let text: string;
  if (!documents) {
    text = msg('Documents', { id: 'grid.documents' });
  } else {
    let hasInvoice = false;
    let others = 0;
    for (const document of documents) {
      if (document?.kind === 'invoice' || document?.kind === 'credit-note') hasInvoice = true;
      else others++;
    }
    text = documentsSummary(hasInvoice, others);
  }
  return html`<button type="button" class="link" part="documents-button" tabindex="-1" data-grid-action="documents">${text}</button>`;
}

const STATUS_CLASS: Record<InvoiceStatus, string> = { open: 'open', disputed: 'disputed', closed: 'closed', na: 'na' };

export function statusCell(invoice: Invoice, ctx: InvoiceCellContext): TemplateResult {
  if (ctx.problems.has('status')) return invalidPlaceholder();
  const status = invoice.status;
  const label = status === 'na' && (ctx.superseded || invoice.supersededBy) ? supersededStatusLabel() : statusLabel(status);
  return html`<span class="badge ${STATUS_CLASS[status]}" part="status-badge status-${status}"
    ><span class="dot" aria-hidden="true"></span>${label}</span
  >`;
}

export function actionsCell(invoice: Invoice): TemplateResult {
  const number = textOf(invoice?.invoiceNumber);
  return html`<button
    type="button"
    class="icon-button"
    part="actions-button"
    tabindex="-1"
    aria-haspopup="menu"
    aria-expanded="false"
    aria-label=${msg(str`Actions for ${number}`, { id: 'grid.actions-for' })}
    data-grid-action="actions"
  >
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="3" cy="8" r="1.5" fill="currentColor"></circle>
      <circle cx="8" cy="8" r="1.5" fill="currentColor"></circle>
      <circle cx="13" cy="8" r="1.5" fill="currentColor"></circle>
    </svg>
  </button>`;
}

/**
 * The columns of SPEC §4, in the seed's order. Returns a new array each call, so a portal
 * can change it freely: `grid.columns = defaultColumns().filter((c) => c.id !== 'bcn')`.
 */
export function defaultColumns(): InvoiceColumn[] {
  return [
    {
      id: 'billingMonth',
      field: 'billingMonth',
      label: () => msg('Month', { id: 'grid.col.month' }),
      sortable: true,
      width: 150,
      kind: 'month',
      render: monthCell,
    },
    {
      id: 'amount',
      field: 'amount',
      label: () => msg('Amount', { id: 'grid.col.amount' }),
      sortable: true,
      align: 'end',
      width: 140,
      kind: 'money',
      render: amountCell,
    },
    {
      id: 'invoiceNumber',
      field: 'invoiceNumber',
      label: () => msg('Invoice number', { id: 'grid.col.number' }),
      sortable: true,
      width: 160,
      render: invoiceNumberCell,
    },
    {
      id: 'customerName',
      field: 'customerName',
      label: () => msg('Customer name', { id: 'grid.col.customer' }),
      sortable: true,
      width: 150,
      render: (i, c) => textCell(i, 'customerName', c),
    },
    {
      id: 'ocn',
      field: 'ocn',
      label: () => msg('Customer number (OCN)', { id: 'grid.col.ocn' }),
      sortable: true,
      width: 110,
      render: (i, c) => textCell(i, 'ocn', c),
    },
    {
      id: 'bcn',
      field: 'bcn',
      label: () => msg('Customer number (BCN)', { id: 'grid.col.bcn' }),
      sortable: true,
      width: 110,
      render: (i, c) => textCell(i, 'bcn', c),
    },
    {
      id: 'billingEntityName',
      field: 'billingEntityName',
      label: () => msg('Billing entity', { id: 'grid.col.entity' }),
      sortable: true,
      width: 150,
      render: (i, c) => textCell(i, 'billingEntityName', c),
    },
    { id: 'documents', label: () => msg('Download', { id: 'grid.col.download' }), width: 148, render: documentsCell, export: false },
    {
      id: 'status',
      field: 'status',
      label: () => msg('Status', { id: 'grid.col.status' }),
      sortable: true,
      width: 150,
      kind: 'status',
      render: statusCell,
    },
    {
      id: 'actions',
      label: () => msg('Actions', { id: 'grid.col.actions' }),
      width: 84,
      align: 'center',
      render: actionsCell,
      export: false,
    },
  ];
}

/** Default rendering of a custom column without `render`: its value as text. */
export function defaultCell(column: InvoiceColumn, invoice: Invoice, ctx: InvoiceCellContext): TemplateResult | string {
  if (column.field && ctx.problems.has(column.field)) return invalidPlaceholder();
  return textOf(columnValue(column, invoice));
}
