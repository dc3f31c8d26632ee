// SheetJS side of the export benchmark: the same rows, read into the same job as the library's
// export Worker gets, written by SheetJS in a module Worker of the same kind.
import { defaultQuery } from '../../src/data/query.js';
import type { InvoiceDataAdapter } from '../../src/data/types.js';
import { fetchAllRows, type ExportColumn } from '../../src/export/index.js';
import { columnBuffers, encodeColumns, ENGLISH_STATUS_LABELS, type ExportJob } from '../../src/export/standalone.js';

let spare: { worker: Worker; ready: Promise<void> } | undefined;

/** Starts the SheetJS Worker ahead of the export, as the library's is when the export panel opens. */
export function prepareSheetJsWorker(): Promise<void> {
  if (!spare) {
    const worker = new Worker(new URL('./sheetjs-worker.ts', import.meta.url), { type: 'module' });
    const ready = new Promise<void>((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<{ ready?: boolean }>) => e.data.ready && resolve(), { once: true });
      worker.addEventListener('error', (e) => reject(new Error(e.message || 'SheetJS worker failed')), { once: true });
    });
    spare = { worker, ready };
  }
  return spare.ready;
}

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
  const taken = spare ?? (prepareSheetJsWorker(), spare!);
  spare = undefined;
  await taken.ready;
  const worker = taken.worker;
  try {
    const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<{ buffer?: ArrayBuffer }>) => e.data.buffer && resolve(e.data.buffer));
      worker.addEventListener('error', (e) => reject(new Error(e.message || 'SheetJS worker failed')));
      worker.postMessage(job, { transfer: columnBuffers(job.columns) });
    });
    return { blob: new Blob([buffer]), rowCount: rows.length };
  } finally {
    worker.terminate();
  }
}
