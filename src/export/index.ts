/**
 * Spreadsheet and CSV export of invoices: formula-safe cells, numeric amounts with their
 * currency's format, months as real dates, a details sheet, and file naming. The .xlsx
 * writer streams its XML through fflate, loaded with `import()` only when exporting.
 */
export { exportInvoices, fetchAllRows, type ExportMeta, type ExportOptions, type ExportResult } from './export.js';
export {
  safeCellText,
  csvEscape,
  cellFor,
  cellContext,
  dateSerial,
  moneyNumberFormat,
  monthNumberFormat,
  type ExportCell,
  type ExportColumn,
  type ExportColumnKind,
} from './cells.js';
export { exportFileName } from './file-name.js';
export { saveBlob, type SaveFile } from '../download/save.js';
