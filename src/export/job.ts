import type { InvoiceStatus } from '../data/types.js';
import { cellContext, cellOf, safeCellText, type ExportCell } from './cells.js';
import { valueAt, type EncodedColumn } from './columnar.js';
import type { SheetSpec } from './xlsx-writer.js';

/**
 * Everything needed to write one export file, and nothing that cannot travel to a Worker:
 * the columns' values in their compact form, labels already in the user's language.
 */
export interface ExportJob {
  format: 'xlsx' | 'csv';
  /** Intl locale of the export (month format). */
  locale: string;
  /** Status labels in the user's language. */
  statusLabels: Readonly<Record<InvoiceStatus, string>>;
  rowCount: number;
  columns: EncodedColumn[];
  /** Name of the data sheet (.xlsx). */
  sheetName: string;
  /** The "Export details" sheet (.xlsx); its text cells are made formula-safe when written. */
  details?: { name: string; header: string[]; rows: Array<Array<ExportCell | null>> };
}

export interface WriteOptions {
  signal?: AbortSignal;
  /** Rows written so far (data rows, then the details sheet's). */
  onRow?: (done: number) => void;
  /** Milliseconds of work between two yields to the event loop. Default 8 (a page's main thread). */
  sliceMs?: number;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv;charset=utf-8';

/** Writes the file of `job`: the same bytes on the main thread and in a Worker. */
export async function writeExportJob(job: ExportJob, options: WriteOptions = {}): Promise<Blob> {
  const context = cellContext(job.locale, job.statusLabels);
  const columns = job.columns;
  const cell = (row: number, c: number): ExportCell | null => {
    const column = columns[c] as EncodedColumn;
    return cellOf(column.kind, valueAt(column.values, row), valueAt(column.currency, row), context);
  };
  if (job.format === 'csv') {
    const { writeCsv } = await import('./csv-writer.js');
    return writeCsv({ header: columns.map((c) => c.header), kinds: columns.map((c) => c.kind), rowCount: job.rowCount, cell }, options);
  }
  const { writeXlsx } = await import('./xlsx-writer.js');
  const row = (index: number) => columns.map((_, c) => cell(index, c));
  const sheets: SheetSpec[] = [
    {
      name: job.sheetName,
      header: columns.map((c) => safeCellText(c.header)),
      widths: columnWidths(job, row),
      rowCount: job.rowCount,
      row,
    },
  ];
  const details = job.details;
  if (details) {
    sheets.push({
      name: details.name,
      header: details.header.map((h) => safeCellText(h)),
      widths: [28, 48],
      rowCount: details.rows.length,
      // Through the same writer as the data: text cells are made formula-safe here too.
      row: (index) => (details.rows[index] ?? []).map((c) => (c?.t === 's' ? { t: 's', v: safeCellText(c.v) } : c)),
    });
  }
  return writeXlsx(sheets, options);
}

function columnWidths(job: ExportJob, row: (index: number) => Array<ExportCell | null>): number[] {
  const widths = job.columns.map((c) => Math.max(c.header.length + 2, c.kind === 'money' ? 16 : c.kind === 'text' ? 12 : 11));
  // A sample is enough to size columns, and keeps this step short for any row count.
  const sample = Math.min(job.rowCount, 200);
  for (let r = 0; r < sample; r++) {
    row(r).forEach((cell, c) => {
      if (cell?.t === 's') widths[c] = Math.max(widths[c] as number, cell.v.length + 2);
    });
  }
  return widths;
}
