import { msg } from '@lit/localize';
import { InvoiceAdapterError, throwIfAborted } from '../data/errors.js';
import type { Invoice, InvoiceDataAdapter, InvoiceQuery } from '../data/types.js';
import { readCount, textOf } from '../data/validate.js';
import { TimeSlicer } from '../files/slice.js';
import { formatDateTime } from '../format/formatters.js';
import { cellContext, cellFor, safeCellText as safe, type ExportCell, type ExportColumn } from './cells.js';
import { exportFileName } from './file-name.js';
import { ExportLimitError, MAX_EXPORT_ROWS } from './limits.js';
import type { SheetSpec } from './xlsx-writer.js';

export interface ExportMeta {
  exportedAt: Date;
  /** Intl locale for formatting the details sheet and choosing the month format (`en`, `ja-JP`, …). */
  locale: string;
  /** Human description of the search, tab and filter that produced the rows. */
  filterDescription?: string;
  /** ISO date-time payment statuses were refreshed ("Payment status as of"). */
  lastRefreshed?: string;
  sheetName?: string;
  metaSheetName?: string;
  /**
   * Overrides for the details sheet's labels: `exportedAt`, `filter`, `noFilter`,
   * `paymentStatusAsOf`, `rowCount`, `unknown`.
   */
  labels?: Record<string, string>;
}

export interface ExportOptions {
  format: 'xlsx' | 'csv';
  /** Visible columns in their order; headers already localised. */
  columns: ExportColumn[];
  /** Export exactly these rows (the page or the selection)… */
  rows?: readonly Invoice[];
  /** …or every row matching `query`, fetched page by page from `adapter`. */
  adapter?: InvoiceDataAdapter;
  query?: InvoiceQuery;
  fileName?: string;
  signal?: AbortSignal;
  /**
   * Progress in rows. When fetching from the adapter, `phase` is `fetch` while pages arrive
   * and `write` while the file is built; with `rows` given, only `write` is reported.
   */
  onProgress?(done: number, total: number, phase?: 'fetch' | 'write'): void;
  meta: ExportMeta;
  /** Rows per adapter request when fetching everything. Default 2,000. */
  pageSize?: number;
  /**
   * The most rows one export holds. Default 1,048,575, what one spreadsheet sheet holds (and
   * what Excel and LibreOffice open of a CSV). Checked against the adapter's `total` after its
   * first page, before any further request, and against the rows as they arrive.
   */
  maxRows?: number;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  rowCount: number;
}

/**
 * Exports invoices to .xlsx or CSV. With `rows`, exactly those rows; otherwise every row
 * matching `query`, fetched from `adapter` page by page (progress, cancellable through
 * `signal`). The work is sliced so the page stays responsive. Rejects with an AbortError
 * when cancelled and with the adapter's error when a page cannot be fetched.
 */
export async function exportInvoices(options: ExportOptions): Promise<ExportResult> {
  const { signal, meta } = options;
  throwIfAborted(signal);
  let lastRefreshed = meta.lastRefreshed;
  let rows: readonly Invoice[];
  if (options.rows) rows = options.rows;
  else {
    if (!options.adapter || !options.query) throw new TypeError('exportInvoices needs rows, or an adapter and a query.');
    const fetched = await fetchAllRows(
      options.adapter,
      options.query,
      options.pageSize ?? 2000,
      signal,
      (done, total) => options.onProgress?.(done, total, 'fetch'),
      options.maxRows,
    );
    rows = fetched.rows;
    lastRefreshed ??= fetched.lastRefreshed;
  }
  const total = rows.length;
  const maxRows = options.maxRows ?? MAX_EXPORT_ROWS;
  if (total > maxRows) throw new ExportLimitError(total, maxRows);
  const onRow = (done: number) => options.onProgress?.(Math.min(done, total), total, 'write');
  const columns = options.columns;
  const context = cellContext(meta.locale);
  const ext = options.format === 'csv' ? 'csv' : 'xlsx';
  const fileName = options.fileName ?? exportFileName(msg('invoices', { id: 'export.file-prefix' }), meta.exportedAt, ext);

  // The writers (and fflate, which the .xlsx writer loads) are fetched on the first export.
  let blob: Blob;
  if (options.format === 'csv') {
    const { writeCsv } = await import('./csv-writer.js');
    blob = await writeCsv(columns, rows, context, { ...(signal ? { signal } : {}), onRow });
  } else {
    const { safeSheetName, uniqueSheetName, writeXlsx } = await import('./xlsx-writer.js');
    const cells = (index: number): Array<ExportCell | null> => columns.map((column) => cellFor(column, rows[index] as Invoice, context));
    const dataName = safeSheetName(meta.sheetName ?? msg('Invoices', { id: 'export.sheet.invoices' }), 'Invoices');
    const metaName = uniqueSheetName(meta.metaSheetName ?? msg('Export details', { id: 'export.sheet.details' }), 'Export details', [
      dataName,
    ]);
    const data: SheetSpec = {
      name: dataName,
      header: columns.map((c) => safe(c.header)),
      widths: columnWidths(columns, rows, cells),
      rowCount: total,
      row: cells,
    };
    blob = await writeXlsx([data, detailsSheet(metaName, meta, lastRefreshed, total)], { ...(signal ? { signal } : {}), onRow });
  }
  throwIfAborted(signal);
  return { blob, fileName, rowCount: total };
}

/**
 * Fetches every row of `query`, page by page, reporting rows fetched of the total. The
 * adapter's `total` is a claim, not a promise: past `maxRows` (checked after the first page,
 * before any other request) the export stops with an {@link ExportLimitError}; a page that
 * repeats the one before (an adapter that ignores `offset`) stops it with a `bad-response`
 * error; a short page ends it. Between pages the event loop gets a turn whenever a time slice
 * is used up, so an adapter that answers at once cannot starve timers and rendering.
 */
export async function fetchAllRows(
  adapter: InvoiceDataAdapter,
  query: InvoiceQuery,
  pageSize: number,
  signal: AbortSignal | undefined,
  onProgress?: (done: number, total: number) => void,
  maxRows: number = MAX_EXPORT_ROWS,
): Promise<{ rows: Invoice[]; lastRefreshed?: string }> {
  const rows: Invoice[] = [];
  let total = Infinity;
  let lastRefreshed: string | undefined;
  let previousPage: string | undefined;
  const limit = Math.max(1, Math.floor(pageSize));
  const slicer = new TimeSlicer();
  while (rows.length < total) {
    throwIfAborted(signal);
    const page = await adapter.listInvoices({ ...query, offset: rows.length, limit }, signal ? { signal } : {});
    throwIfAborted(signal);
    const pageRows = Array.isArray(page?.rows) ? page.rows : [];
    // An absurd or missing total (1e308, -1, NaN) says nothing: then the rows decide, up to a short page.
    const claimed = readCount(page?.total);
    const received = rows.length + pageRows.length;
    if (Math.max(claimed ?? 0, received) > maxRows) throw new ExportLimitError(Math.max(claimed ?? 0, received), maxRows);
    total = claimed === undefined ? Infinity : Math.max(claimed, received);
    const signature = pageRows.map((row) => textOf((row as Partial<Invoice> | null)?.id)).join('\u0000');
    if (pageRows.length > 0 && signature === previousPage) {
      throw new InvoiceAdapterError('bad-response', `The adapter answered offset ${rows.length} with the page before it again.`);
    }
    previousPage = signature;
    lastRefreshed ??= page?.lastRefreshed;
    for (const row of pageRows) rows.push(row);
    onProgress?.(rows.length, Number.isFinite(total) ? total : rows.length);
    // A short page means the data shrank while we were reading (or the end came early); stop rather than loop.
    if (pageRows.length < limit) break;
    if (slicer.due()) await slicer.yield(signal);
  }
  return lastRefreshed ? { rows, lastRefreshed } : { rows };
}

function columnWidths(
  columns: readonly ExportColumn[],
  rows: readonly Invoice[],
  cells: (index: number) => Array<ExportCell | null>,
): number[] {
  const widths = columns.map((c) => Math.max(c.header.length + 2, c.kind === 'money' ? 16 : c.kind === 'text' ? 12 : 11));
  // A sample is enough to size columns, and keeps this step short for any row count.
  const sample = Math.min(rows.length, 200);
  for (let r = 0; r < sample; r++) {
    cells(r).forEach((cell, c) => {
      if (cell?.t === 's') widths[c] = Math.max(widths[c] as number, cell.v.length + 2);
    });
  }
  return widths;
}

function detailsSheet(name: string, meta: ExportMeta, lastRefreshed: string | undefined, rowCount: number): SheetSpec {
  const label = (key: string, fallback: string) => meta.labels?.[key] ?? fallback;
  const text = (v: string): ExportCell => ({ t: 's', v });
  const exportedAt = formatDateTime(meta.exportedAt, meta.locale);
  const refreshed = lastRefreshed ? formatDateTime(lastRefreshed, meta.locale) : '';
  const rows: Array<Array<ExportCell | null>> = [
    [text(label('exportedAt', msg('Exported at', { id: 'export.meta.exported-at' }))), text(exportedAt)],
    [
      text(label('filter', msg('Filter', { id: 'export.meta.filter' }))),
      text(meta.filterDescription?.trim() || label('noFilter', msg('None (all invoices)', { id: 'export.meta.no-filter' }))),
    ],
    [
      text(label('paymentStatusAsOf', msg('Payment status as of', { id: 'export.meta.status-as-of' }))),
      text(refreshed || label('unknown', msg('Unknown', { id: 'export.meta.unknown' }))),
    ],
    [text(label('rowCount', msg('Rows', { id: 'export.meta.rows' }))), { t: 'n', v: rowCount }],
  ];
  return {
    name,
    header: [safe(msg('Item', { id: 'export.meta.item' })), safe(msg('Value', { id: 'export.meta.value' }))],
    widths: [28, 48],
    rowCount: rows.length,
    // Through the same writer as the data: text cells are made formula-safe here too.
    row: (index) => (rows[index] ?? []).map((cell) => (cell?.t === 's' ? { t: 's', v: safe(cell.v) } : cell)),
  };
}
