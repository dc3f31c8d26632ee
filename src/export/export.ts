import { msg } from '@lit/localize';
import { InvoiceAdapterError, throwIfAborted } from '../data/errors.js';
import type { Invoice, InvoiceDataAdapter, InvoiceQuery } from '../data/types.js';
import { readCount, textOf } from '../data/validate.js';
import { TimeSlicer, yieldToEventLoop } from '../files/slice.js';
import { formatDateTime } from '../format/formatters.js';
import { INVOICE_STATUSES, type InvoiceStatus } from '../data/types.js';
import { statusLabel } from '../internal/labels.js';
import type { ExportCell, ExportColumn } from './cells.js';
import { exportFileName } from './file-name.js';
import type { ExportJob, WriteOptions } from './job.js';
import { ExportLimitError, MAX_EXPORT_ROWS } from './limits.js';

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
  /**
   * Write the file in a module Worker (default), so the page keeps answering: the rows go over
   * as columns of values and the file comes back as a transferred buffer. Where no Worker can
   * start (a Content-Security-Policy without `worker-src`, no Worker API) the file is written on
   * the page in time slices, as with `false`.
   */
  worker?: boolean;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  rowCount: number;
}

/**
 * Exports invoices to .xlsx or CSV. With `rows`, exactly those rows; otherwise every row
 * matching `query`, fetched from `adapter` page by page (progress, cancellable through
 * `signal`). The file is written in a Worker (on the page in time slices where none can
 * start), so the page stays responsive. Rejects with an AbortError
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
  const ext = options.format === 'csv' ? 'csv' : 'xlsx';
  const fileName = options.fileName ?? exportFileName(msg('invoices', { id: 'export.file-prefix' }), meta.exportedAt, ext);
  const job = await exportJob(options, rows, lastRefreshed);
  const writeOptions = { ...(signal ? { signal } : {}), onRow };
  let blob: Blob;
  if (options.worker === false) blob = await writeOnPage(job, writeOptions);
  else {
    // The file is written in a Worker; where none can start, on the page in time slices.
    const { writeInWorker, WorkerUnavailableError } = await import('./worker-client.js');
    blob = await writeInWorker(job, writeOptions).catch((error: unknown) => {
      if (error instanceof WorkerUnavailableError) return writeOnPage(job, writeOptions);
      throw error;
    });
  }
  throwIfAborted(signal);
  return { blob, fileName, rowCount: total };
}

let preloaded: Promise<void> | undefined;

/**
 * Gets an export ready ahead of the click (the grid calls it when its export panel opens):
 * loads the modules that read the rows into columns and talk to the Worker, and starts the
 * export Worker, whose module loads the writers and fflate, so none of that loading and
 * compiling falls into the export itself. With `worker: false`, loads the on-page writers
 * instead; with `locale`, also makes the details sheet's date format. Safe to call often;
 * resolves when the page's modules have loaded and the Worker is ready (or could not start).
 */
export function preloadExport(options: { worker?: boolean; locale?: string } = {}): Promise<void> {
  // The details sheet's date format: the first Intl.DateTimeFormat of a locale costs tens of
  // milliseconds on a slow phone, which would otherwise land in the export's last page task.
  if (options.locale) formatDateTime(new Date(), options.locale);
  const modules = (preloaded ??= Promise.all([import('./columnar.js'), import('./xlsx-writer.js')]).then(
    () => undefined,
    (error: unknown) => {
      preloaded = undefined;
      throw error;
    },
  ));
  const worker =
    options.worker === false
      ? import('./job.js').then(() => undefined)
      : import('./worker-client.js').then(({ prepareExportWorker }) => prepareExportWorker());
  return Promise.all([modules, worker]).then(() => undefined);
}

/** The job of an export: the columns' values read from the rows, labels in the user's language. */
async function exportJob(options: ExportOptions, rows: readonly Invoice[], lastRefreshed: string | undefined): Promise<ExportJob> {
  const { meta, columns } = options;
  const statusLabels = Object.fromEntries(INVOICE_STATUSES.map((s) => [s, statusLabel(s)])) as Record<InvoiceStatus, string>;
  // Loaded with the writers, on the first export.
  const { encodeColumns } = await import('./columnar.js');
  const encoded = await encodeColumns(columns, rows, options.signal);
  // The last slice of reading ran up to here: a turn for input before the job is assembled.
  await yieldToEventLoop();
  throwIfAborted(options.signal);
  const job: ExportJob = {
    format: options.format,
    locale: meta.locale,
    statusLabels,
    rowCount: rows.length,
    columns: encoded,
    sheetName: '',
  };
  if (options.format === 'xlsx') {
    // Sheet names follow Excel's rules (safeSheetName), checked here where the labels are read.
    const { safeSheetName, uniqueSheetName } = await import('./xlsx-writer.js');
    job.sheetName = safeSheetName(meta.sheetName ?? msg('Invoices', { id: 'export.sheet.invoices' }), 'Invoices');
    const metaName = uniqueSheetName(meta.metaSheetName ?? msg('Export details', { id: 'export.sheet.details' }), 'Export details', [
      job.sheetName,
    ]);
    job.details = detailsSheet(metaName, meta, lastRefreshed, rows.length);
  }
  return job;
}

/** Writes the file on the page, in time slices (no Worker). */
async function writeOnPage(job: ExportJob, options: WriteOptions): Promise<Blob> {
  const { writeExportJob } = await import('./job.js');
  return writeExportJob(job, options);
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

function detailsSheet(name: string, meta: ExportMeta, lastRefreshed: string | undefined, rowCount: number): ExportJob['details'] {
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
  return { name, header: [msg('Item', { id: 'export.meta.item' }), msg('Value', { id: 'export.meta.value' })], rows };
}
