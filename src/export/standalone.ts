/**
 * `@invoice-section/elements/export`: the export's building blocks with no DOM, no Lit and
 * no elements, so they run in a Worker, in Node or in a portal's own code. Formula-safe
 * cells, the CSV and streaming .xlsx writers, the compact column form rows travel in, the
 * job writer the export Worker runs, and {@link writeInWorker} to run one in that Worker.
 *
 * ```js
 * import { encodeColumns, writeInWorker } from '@invoice-section/elements/export';
 * const columns = await encodeColumns(myColumns, invoices);
 * const blob = await writeInWorker({ format: 'xlsx', locale: 'en', statusLabels, rowCount: invoices.length, columns, sheetName: 'Invoices' });
 * ```
 */
export {
  safeCellText,
  csvText,
  csvEscape,
  csvField,
  spreadsheetWouldConvert,
  cellFor,
  cellOf,
  cellContext,
  dateSerial,
  serialToIsoDate,
  moneyNumberFormat,
  monthNumberFormat,
  ENGLISH_STATUS_LABELS,
  type CellContext,
  type ExportCell,
  type ExportColumn,
  type ExportColumnKind,
} from './cells.js';
export { writeCsv, type CsvSource } from './csv-writer.js';
export { writeXlsx, safeSheetName, uniqueSheetName, columnName, xmlEscape, type SheetSpec } from './xlsx-writer.js';
export { encodeColumns, valueAt, columnBuffers, EMPTY, NUMBER, TEXT, type ColumnValues, type EncodedColumn } from './columnar.js';
export { writeExportJob, XLSX_MIME, CSV_MIME, type ExportJob, type WriteOptions } from './job.js';
export { writeInWorker, prepareExportWorker, releaseExportWorker, WorkerUnavailableError } from './worker-client.js';
export { EXPORT_WORKER_POLICY } from './spawn-worker.js';
export { exportFileName } from './file-name.js';
export { ExportLimitError, MAX_EXPORT_ROWS } from './limits.js';
