// SheetJS side of the export benchmark: the same rows, read into the same job as the library's
// export Worker gets, written by SheetJS in a module Worker of the same kind.
import { defaultQuery } from '../../src/data/query.js';
import type { InvoiceDataAdapter } from '../../src/data/types.js';
import { fetchAllRows, type ExportColumn } from '../../src/export/index.js';
import { columnBuffers, encodeColumns, ENGLISH_STATUS_LABELS, type ExportJob } from '../../src/export/standalone.js';

/** SheetJS in a module Worker, given the same job the library's Worker gets. */
export async function sheetJsExport(
  adapter: InvoiceDataAdapter,
  columns: readonly ExportColumn[],
  locale: string,
): Promise<{ blob: Blob; rowCount: number }> {
  const { rows } = await fetchAllRows(adapter, defaultQuery(), 2000, undefined);
  const job: ExportJob = {
    format: 'xlsx',
    locale,
    statusLabels: ENGLISH_STATUS_LABELS,
    rowCount: rows.length,
    columns: await encodeColumns(columns, rows),
    sheetName: 'Invoices',
  };
  const worker = new Worker(new URL('./sheetjs-worker.ts', import.meta.url), { type: 'module' });
  try {
    const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<{ buffer: ArrayBuffer }>) => resolve(e.data.buffer));
      worker.addEventListener('error', (e) => reject(new Error(e.message || 'SheetJS worker failed')));
      worker.postMessage(job, { transfer: columnBuffers(job.columns) });
    });
    return { blob: new Blob([buffer]), rowCount: rows.length };
  } finally {
    worker.terminate();
  }
}
