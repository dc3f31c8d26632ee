/**
 * Spreadsheet and CSV export of invoices: formula-safe cells, numeric amounts with their
 * currency's format, months as real dates, a details sheet, and file naming.
 *
 * The .xlsx file is written by a small streaming SpreadsheetML writer rather than by
 * SheetJS: SheetJS's `write()` builds the whole file in one synchronous call, while this
 * writer produces the XML as it goes and deflates it with fflate (loaded with `import()` only
 * when exporting). The file is written in a module Worker (./export-worker.ts), or on the page
 * in time slices where no Worker can start. Only inline strings and numbers are written,
 * never a formula. The tests read every produced
 * file back with SheetJS (`@e965/xlsx`) to prove it opens as intended.
 */
export { exportInvoices, fetchAllRows, preloadExport, type ExportMeta, type ExportOptions, type ExportResult } from './export.js';
export {
  safeCellText,
  csvText,
  csvEscape,
  spreadsheetWouldConvert,
  cellFor,
  cellContext,
  dateSerial,
  serialToIsoDate,
  moneyNumberFormat,
  monthNumberFormat,
  type ExportCell,
  type ExportColumn,
  type ExportColumnKind,
} from './cells.js';
export { exportFileName } from './file-name.js';
export { ExportLimitError, MAX_EXPORT_ROWS } from './limits.js';
export { csvFormatNote, exportErrorMessage } from './messages.js';
export { saveBlob, type SaveFile } from '../files/save.js';
