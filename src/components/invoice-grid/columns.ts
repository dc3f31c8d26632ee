import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { parseInvoiceNumber } from '../../data/lineage.js';
import { textOf } from '../../data/validate.js';
import type { Invoice, InvoiceStatus } from '../../data/types.js';
import { formatCount, formatMoney, formatMonth } from '../../format/formatters.js';
import { shownText } from '../invoice-download-dialog/shown-text.js';
import {
  documentsSummary,
  invalidValueLabel,
  lineageKindLabel,
  reissueLabel,
  statusLabel,
  supersededStatusLabel,
} from '../../internal/labels.js';

/**
 * What a cell renderer receives: table-core's cell context (`row`, `column`, `getValue()`)
 * plus the invoice and what the grid knows about it. A new object per cell; read it at once.
 */
export interface InvoiceCellContext {
  /** The row's invoice (`row.original`). */
  invoice: Invoice;
  /** table-core's row: its `id` is the row key; `getIsSelected()`, `getIsExpanded()`, `subRows`, … */
  row: InvoiceGridRow | undefined;
  /** The column's definition. */
  column: InvoiceColumnDef;
  /** The column's accessor applied to the invoice. */
  getValue: () => unknown;
  /** Intl locale of the UI ("ja-JP"). */
  locale: string;
  /** Fields of this row that failed validation (`amount`, `billingMonth`, …). */
  problems: ReadonlySet<string>;
  /** True when a later reissue of this invoice is in the same result. */
  superseded: boolean;
  /** The number of the invoice that replaced this one, when known (`supersededBy`, or a reissue in the result). */
  replacedBy: string | undefined;
  /** Absolute row index in the result (0-based). */
  index: number;
}

/** The part of table-core's row a cell renderer may use (table-core is bundled, not a peer). */
export interface InvoiceGridRow {
  id: string;
  index: number;
  depth: number;
  original: Invoice;
  subRows: InvoiceGridRow[];
  getIsSelected(): boolean;
  getIsExpanded(): boolean;
  getCanExpand(): boolean;
  toggleExpanded(expanded?: boolean): void;
}

/** Cell value kind, used by the export to type spreadsheet cells. */
export type InvoiceColumnKind = 'text' | 'money' | 'month' | 'status' | 'number' | 'date';

/** What the grid reads from a column definition's `meta`. */
export interface InvoiceColumnMeta {
  /** Alignment of the header and cells (`start` unless set). */
  align?: 'start' | 'center' | 'end';
  /** How the export types this column; `text` unless set. */
  kind?: InvoiceColumnKind;
  /** `false` leaves the column out of exports. */
  export?: boolean;
  /** The field the adapter sorts by (`accessorKey`, else the id, unless set). */
  sortField?: string;
  /** `false` hides the column until the user shows it. */
  visible?: boolean;
  /**
   * Pinned to the start or the end of the row while the other columns scroll sideways (the
   * user's layout may change it). The defaults pin Month and Invoice number to the start, and
   * Status and Actions to the end.
   */
  pin?: 'start' | 'end';
  /**
   * How long the column stays in the table when the grid is too narrow for every column: the
   * columns with the highest numbers move first into each row's expandable detail (1 stays
   * longest; default 5). Pinned columns never move.
   */
  priority?: number;
  /**
   * The value may be shortened to fit (two lines in paged mode, one when virtual), its full
   * text kept in the cell's title and accessible name. Otherwise the column is always as wide
   * as its widest value (identifiers, amounts, statuses). Default false.
   */
  truncate?: boolean;
}

/**
 * A column of the grid, in TanStack Table's column definition shape: `id`, an accessor
 * (`accessorKey` or `accessorFn`), `header`, `cell`, sizes, `enable*` switches and `meta`.
 * Portals pass their own array to add, relabel or remove columns. Built-in interactive cells
 * are wired by data attributes on a button, so a custom `cell` can reuse them:
 * `data-grid-action="documents"` opens the row's documents and `data-grid-action="actions"`
 * opens the row's action menu.
 */
export interface InvoiceColumnDef {
  /** Stable id; also the key under which the layout is remembered. */
  id: string;
  /** Invoice field shown (and sorted by, unless `meta.sortField` says otherwise). */
  accessorKey?: string;
  /** The cell's value (export, default text rendering); wins over `accessorKey`. */
  accessorFn?: (invoice: Invoice) => unknown;
  /** Header text and the column's accessible name. A function is read at render time (localised). */
  header: string | (() => string);
  /** Renders the cell. Text results are bound as text, never as markup. Default: the value as text. */
  cell?: (ctx: InvoiceCellContext) => TemplateResult | string;
  /**
   * Width in px. Without it the column is as wide as its content (and the free space); with
   * it, that width, never narrower than the content of a column that may not be shortened.
   * `minSize` and `maxSize` bound what the user can resize it to (40 to 1200).
   */
  size?: number;
  minSize?: number;
  maxSize?: number;
  /** Whether the header sorts (true for a column with an accessor unless false). */
  enableSorting?: boolean;
  /** Whether the user may hide it (true unless false). */
  enableHiding?: boolean;
  /** Whether the column may be pinned to the start or end (true unless false). */
  enablePinning?: boolean;
  meta?: InvoiceColumnMeta;
}

/**
 * The column shape of version 0.1, still accepted: `label` for `header`, `field` for
 * `accessorKey`, `accessor` for `accessorFn`, `render(invoice, ctx)` for `cell`, `width` and
 * `minWidth` for `size` and `minSize`, `sortable` for `enableSorting` (false unless set),
 * `hideable` for `enableHiding`, and `align`, `kind`, `export`, `sortField`, `visible` for
 * their `meta` namesakes. A definition may mix both (`{ ...defaultColumn, label: 'OCN' }`):
 * the 0.1 name wins.
 */
export interface InvoiceColumn {
  id: string;
  label: string | (() => string);
  field?: string;
  accessor?: (invoice: Invoice) => unknown;
  sortable?: boolean;
  sortField?: string;
  visible?: boolean;
  hideable?: boolean;
  render?: (invoice: Invoice, ctx: InvoiceCellContext) => TemplateResult | string;
  align?: 'start' | 'center' | 'end';
  width?: number;
  minWidth?: number;
  kind?: InvoiceColumnKind;
  export?: boolean;
}

/** Either column shape. */
export type InvoiceGridColumn = InvoiceColumnDef | InvoiceColumn;

/** Reads a column in either shape as a column definition. */
export function toColumnDef(column: InvoiceGridColumn): InvoiceColumnDef {
  const old = column as Partial<InvoiceColumn>;
  const def = column as Partial<InvoiceColumnDef>;
  const legacy = !('header' in column);
  const field = old.field ?? def.accessorKey;
  const accessorFn =
    old.accessor ??
    def.accessorFn ??
    (field || legacy
      ? (invoice: Invoice) => (invoice && typeof invoice === 'object' ? invoice[field ?? column.id] : undefined)
      : undefined);
  const render = old.render;
  const cell = render ? (ctx: InvoiceCellContext) => render(ctx.invoice, ctx) : def.cell;
  const meta: InvoiceColumnMeta = { ...def.meta };
  if (old.align !== undefined) meta.align = old.align;
  if (old.kind !== undefined) meta.kind = old.kind;
  if (old.export !== undefined) meta.export = old.export;
  if (old.sortField !== undefined) meta.sortField = old.sortField;
  if (old.visible !== undefined) meta.visible = old.visible;
  const result: InvoiceColumnDef = {
    id: String(column.id),
    header: old.label ?? def.header ?? String(column.id),
    enableSorting: old.sortable ?? def.enableSorting ?? (!legacy && !!accessorFn),
    meta,
  };
  if (field !== undefined) result.accessorKey = field;
  if (accessorFn) result.accessorFn = accessorFn;
  if (cell) result.cell = cell;
  const size = old.width ?? def.size;
  const minSize = old.minWidth ?? def.minSize;
  if (size !== undefined) result.size = size;
  if (minSize !== undefined) result.minSize = minSize;
  if (def.maxSize !== undefined) result.maxSize = def.maxSize;
  const hideable = old.hideable ?? def.enableHiding;
  if (hideable !== undefined) result.enableHiding = hideable;
  if (def.enablePinning !== undefined) result.enablePinning = def.enablePinning;
  return result;
}

/** Reads a column's header (a string or a function returning one). */
export function columnLabel(column: Pick<InvoiceColumnDef, 'header'>): string {
  return typeof column.header === 'function' ? column.header() : column.header;
}

/** The raw value of a column for an invoice. */
export function columnValue(column: InvoiceColumnDef, invoice: Invoice): unknown {
  return column.accessorFn ? column.accessorFn(invoice) : undefined;
}

/** The query field a column sorts by. */
export function sortFieldOf(column: InvoiceColumnDef): string {
  return column.meta?.sortField ?? column.accessorKey ?? column.id;
}

/** The visible placeholder of a missing or malformed value. */
export function invalidPlaceholder(): TemplateResult {
  return html`<span class="invalid" part="invalid-value">${invalidValueLabel()}</span>`;
}

/** Longest text laid out in a cell; the whole value stays in its title. */
export const MAX_CELL_TEXT = 300;

/**
 * The value as text (a column that may be shortened gets the full text as its title), or the
 * placeholder when the column's field is invalid.
 */
export function textCell(ctx: InvoiceCellContext): TemplateResult | string {
  const field = ctx.column.accessorKey;
  if (field && ctx.problems.has(field)) return invalidPlaceholder();
  const { full, shown, capped } = shownText(textOf(ctx.getValue()), MAX_CELL_TEXT);
  return html`<span class="text" title=${ctx.column.meta?.truncate || capped ? full : nothing}>${shown}</span>`;
}

export function monthCell({ invoice, problems, locale }: InvoiceCellContext): TemplateResult | string {
  const text = problems.has('billingMonth') ? '' : formatMonth(invoice.billingMonth, locale);
  return text || invalidPlaceholder();
}

export function amountCell({ invoice, problems, locale }: InvoiceCellContext): TemplateResult | string {
  const bad = problems.has('amount') || problems.has('currency');
  const text = bad ? '' : formatMoney(invoice.amount, invoice.currency, locale);
  return text || invalidPlaceholder();
}

/**
 * The invoice number with its lineage: a "Reissue n" or "Credit note" badge, and for an
 * original that a reissue replaced, "Superseded" and which invoice replaced it. A row with
 * lineage sub-rows (paged mode groups a reissue and a credit note under their original)
 * gets the button that shows or hides them; a sub-row is indented under its original.
 */
export function invoiceNumberCell(ctx: InvoiceCellContext): TemplateResult {
  const { invoice, problems, superseded, replacedBy, row } = ctx;
  if (problems.has('invoiceNumber')) return invalidPlaceholder();
  const number = textOf(invoice.invoiceNumber);
  const parts = parseInvoiceNumber(number);
  const badge =
    parts.kind === 'credit-note'
      ? html`<span class="tag credit" part="lineage-badge">${lineageKindLabel('credit-note')}</span>`
      : parts.kind === 'reissue'
        ? html`<span class="tag reissue" part="lineage-badge">${reissueLabel(parts.reissue)}</span>`
        : nothing;
  const isSuperseded = superseded || !!invoice.supersededBy;
  const replaced = replacedBy ? msg(str`Replaced by ${shownText(replacedBy, 60).shown}`, { id: 'grid.replaced-by' }) : '';
  const supersededBadge = isSuperseded
    ? html`<span class="tag superseded" part="lineage-badge" title=${replaced || nothing}
        >${msg('Superseded', { id: 'grid.superseded' })}</span
      >`
    : nothing;
  const expandable = !!row?.getCanExpand();
  const expanded = expandable && row!.getIsExpanded();
  const related = expandable ? formatCount(row!.subRows.length, ctx.locale) : '';
  return html`${
      expandable
        ? html`<button
            type="button"
            class="expand"
            part="expand-button"
            tabindex="-1"
            data-grid-action="expand"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-label=${msg(str`Related invoices of ${number} (${related})`, { id: 'grid.related' })}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
              <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
            </svg>
          </button>`
        : (row?.depth ?? 0) > 0
          ? html`<span class="branch" aria-hidden="true"></span>`
          : nothing
    }<span class="number">${number}</span> ${badge} ${supersededBadge}
    ${replaced ? html`<span class="replaced" part="replaced-by">${replaced}</span>` : nothing}`;
}

export function documentsCell({ invoice }: InvoiceCellContext): TemplateResult {
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

export function statusCell({ invoice, problems, superseded }: InvoiceCellContext): TemplateResult {
  if (problems.has('status')) return invalidPlaceholder();
  const status = invoice.status;
  const label = status === 'na' && (superseded || invoice.supersededBy) ? supersededStatusLabel() : statusLabel(status);
  return html`<span class="badge ${STATUS_CLASS[status]}" part="status-badge status-${status}"
    ><span class="dot" aria-hidden="true"></span>${label}</span
  >`;
}

export function actionsCell({ invoice }: InvoiceCellContext): TemplateResult {
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

/** A column showing an invoice field as text (a placeholder when the field is malformed). */
const textColumn = (id: keyof Invoice & string, header: () => string, meta: InvoiceColumnMeta): InvoiceColumnDef => ({
  id,
  accessorKey: id,
  header,
  cell: textCell,
  meta,
});

/**
 * The columns of SPEC §4, in the seed's order, as TanStack column definitions. Returns a
 * new array each call, so a portal can change it freely:
 * `grid.columns = defaultColumns().filter((c) => c.id !== 'bcn')`.
 *
 * Each column is as wide as its content (none sets `size`). Month and Invoice number are
 * pinned to the start and Status and Actions to the end; customer and billing entity names
 * may be shortened; when the grid is too narrow, the billing entity, BCN, OCN, customer name,
 * Download and Amount move into each row's detail, in that order.
 */
export function defaultColumns(): InvoiceColumnDef[] {
  return [
    {
      id: 'billingMonth',
      accessorKey: 'billingMonth',
      header: () => msg('Month', { id: 'grid.col.month' }),
      cell: monthCell,
      meta: { kind: 'month', pin: 'start' },
    },
    {
      id: 'amount',
      accessorKey: 'amount',
      header: () => msg('Amount', { id: 'grid.col.amount' }),
      cell: amountCell,
      meta: { align: 'end', kind: 'money', priority: 1 },
    },
    {
      id: 'invoiceNumber',
      accessorKey: 'invoiceNumber',
      header: () => msg('Invoice number', { id: 'grid.col.number' }),
      cell: invoiceNumberCell,
      meta: { pin: 'start' },
    },
    textColumn('customerName', () => msg('Customer name', { id: 'grid.col.customer' }), { truncate: true, priority: 3 }),
    textColumn('ocn', () => msg('Customer number (OCN)', { id: 'grid.col.ocn' }), { priority: 4 }),
    textColumn('bcn', () => msg('Customer number (BCN)', { id: 'grid.col.bcn' }), { priority: 5 }),
    textColumn('billingEntityName', () => msg('Billing entity', { id: 'grid.col.entity' }), { truncate: true, priority: 6 }),
    {
      id: 'documents',
      header: () => msg('Download', { id: 'grid.col.download' }),
      cell: documentsCell,
      meta: { export: false, priority: 2 },
    },
    {
      id: 'status',
      accessorKey: 'status',
      header: () => msg('Status', { id: 'grid.col.status' }),
      cell: statusCell,
      meta: { kind: 'status', pin: 'end' },
    },
    {
      id: 'actions',
      header: () => msg('Actions', { id: 'grid.col.actions' }),
      cell: actionsCell,
      meta: { align: 'center', export: false, pin: 'end' },
    },
  ];
}
