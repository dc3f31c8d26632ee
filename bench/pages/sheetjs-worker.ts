// SheetJS in the same Worker setup as the library's export Worker: the same job (columns of
// values, transferred), the same cells (cellOf: amounts with their currency format, months as
// dates, formula-safe text), written with SheetJS's `XLSX.write`, the file transferred back.
import * as XLSX from '@e965/xlsx';
import { cellContext, cellOf } from '../../src/export/cells.js';
import { valueAt } from '../../src/export/columnar.js';
import type { ExportJob } from '../../src/export/job.js';

self.addEventListener('message', (event: MessageEvent<ExportJob>) => {
  const job = event.data;
  const context = cellContext(job.locale, job.statusLabels);
  const sheet: XLSX.WorkSheet = {};
  job.columns.forEach((column, c) => (sheet[XLSX.utils.encode_cell({ r: 0, c })] = { t: 's', v: column.header }));
  for (let r = 0; r < job.rowCount; r++) {
    for (let c = 0; c < job.columns.length; c++) {
      const column = job.columns[c]!;
      const cell = cellOf(column.kind, valueAt(column.values, r), valueAt(column.currency, r), context);
      if (cell) sheet[XLSX.utils.encode_cell({ r: r + 1, c })] = cell.t === 's' ? { t: 's', v: cell.v } : { t: 'n', v: cell.v, z: cell.z };
    }
  }
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: job.rowCount, c: job.columns.length - 1 } });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, job.sheetName);
  const buffer = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  self.postMessage({ buffer }, { transfer: [buffer] });
});

// Loaded (SheetJS compiled): the page may send the job.
self.postMessage({ ready: true });
