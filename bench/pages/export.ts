// Exports 100,000 invoices the way the grid does (every row of the query, fetched page by page
// from the adapter) and records the time and the main thread's long tasks meanwhile, in three
// setups: the library's export Worker (`worker`), the same writers on the page in time slices
// (`page`, the fallback and the export before the Worker), and SheetJS in the same Worker setup
// (`sheetjs`). The harness clicks a button during the export; its handler records the input delay.
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { exportInvoices, preloadExport, type ExportColumn } from '../../src/export/index.js';

const columns: ExportColumn[] = [
  { id: 'billingMonth', header: 'Month', kind: 'month', value: (r: Invoice) => r.billingMonth },
  { id: 'amount', header: 'Amount', kind: 'money', value: (r: Invoice) => r.amount },
  { id: 'invoiceNumber', header: 'Invoice number', kind: 'text', value: (r: Invoice) => r.invoiceNumber },
  { id: 'customerName', header: 'Customer name', kind: 'text', value: (r: Invoice) => r.customerName },
  { id: 'ocn', header: 'Customer number (OCN)', kind: 'text', value: (r: Invoice) => r.ocn },
  { id: 'bcn', header: 'Customer number (BCN)', kind: 'text', value: (r: Invoice) => r.bcn },
  { id: 'billingEntityName', header: 'Billing entity', kind: 'text', value: (r: Invoice) => r.billingEntityName },
  { id: 'status', header: 'Status', kind: 'status', value: (r: Invoice) => r.status },
];

export type ExportMode = 'worker' | 'page' | 'sheetjs';

interface ExportRun {
  format: 'xlsx' | 'csv';
  mode: ExportMode;
  rows: number;
  ms: number;
  longestTaskMs: number;
  longTasks: number;
  bytes: number;
  /** Input delay of each click during the export (event handler start − hardware timestamp), ms. */
  clickDelaysMs: number[];
  /** Where the long tasks fell: [start, duration] in ms from the export's start. */
  longTaskSpans: Array<[number, number]>;
  /** When the last page arrived and when the first written rows were reported, ms from the start. */
  phases: { fetched?: number; writing?: number };
}

declare global {
  interface Window {
    benchExport: {
      generate(n: number): Promise<number>;
      /** What opening the grid's export panel does before the click: the export's modules and Worker get ready. */
      openPanel(mode?: ExportMode): Promise<void>;
      run(format: 'xlsx' | 'csv', mode?: ExportMode): Promise<ExportRun>;
      start(format: 'xlsx' | 'csv', mode?: ExportMode): void;
      done(): ExportRun | { error: string } | undefined;
    };
  }
}

let adapter = new InMemoryInvoiceAdapter([]);
const meta = { exportedAt: new Date(Date.UTC(2026, 10, 1)), locale: 'en' };

const target = document.createElement('button');
target.id = 'click-target';
target.textContent = 'Click me during the export';
document.body.append(target);
let clickDelays: number[] = [];
target.addEventListener('click', (event) => clickDelays.push(performance.now() - event.timeStamp));

let current: ExportRun | { error: string } | undefined;

window.benchExport = {
  async generate(n) {
    adapter = new InMemoryInvoiceAdapter(generateInvoices(n));
    // A grid has shown these rows for a while when someone exports them: the adapter's order and
    // search indexes are built (in idle time on a real page), so the export is measured alone.
    await adapter.listInvoices({ ...defaultQuery(), search: '0', limit: 1 });
    // …and it shows the query being exported (the adapter keeps that query's matches, as it does
    // for the grid's query; the export asks for the same query page by page).
    await adapter.listInvoices({ ...defaultQuery(), limit: 50 });
    // …for a while: the garbage of generating 100,000 invoices at once (a benchmark's doing,
    // not a page's) is collected now rather than in the middle of the export (the runner
    // starts Chromium with --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    return adapter.invoices.length;
  },
  async openPanel(mode = 'worker') {
    if (mode === 'sheetjs') {
      const { prepareSheetJsWorker } = await import('./sheetjs-export.js');
      await Promise.all([preloadExport({ worker: false, locale: meta.locale }), prepareSheetJsWorker()]);
    } else await preloadExport({ worker: mode === 'worker', locale: meta.locale });
  },
  async run(format, mode = 'worker') {
    const tasks: PerformanceEntry[] = [];
    clickDelays = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    const phases: ExportRun['phases'] = {};
    const onProgress = (_done: number, _total: number, phase?: string) => {
      if (phase === 'fetch') phases.fetched = performance.now() - start;
      else phases.writing ??= performance.now() - start;
    };
    const result =
      mode === 'sheetjs'
        ? await (await import('./sheetjs-export.js')).sheetJsExport(adapter, columns, meta.locale)
        : await exportInvoices({ format, columns, adapter, query: defaultQuery(), meta, worker: mode === 'worker', onProgress });
    const ms = performance.now() - start;
    // Long-task entries are delivered asynchronously; give the observer a frame.
    await new Promise((resolve) => setTimeout(resolve, 50));
    tasks.push(...observer.takeRecords());
    observer.disconnect();
    return {
      format,
      mode,
      rows: result.rowCount,
      ms,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      longTaskSpans: tasks.map((t) => [Math.round(t.startTime - start), Math.round(t.duration)]),
      phases,
      bytes: result.blob.size,
      clickDelaysMs: clickDelays,
    };
  },
  start(format, mode) {
    current = undefined;
    this.run(format, mode).then(
      (r) => (current = r),
      (e: unknown) => (current = { error: String((e as Error)?.message ?? e) }),
    );
  },
  done: () => current,
};
