// Exports 100,000 invoices the way the grid does (every row of the query, fetched page by page
// from the adapter) and records the time and the main thread's long tasks meanwhile.
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { exportInvoices, type ExportColumn } from '../../src/export/index.js';

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

interface ExportRun {
  format: 'xlsx' | 'csv';
  rows: number;
  ms: number;
  longestTaskMs: number;
  longTasks: number;
  bytes: number;
}

declare global {
  interface Window {
    benchExport: { generate(n: number): number; run(format: 'xlsx' | 'csv'): Promise<ExportRun> };
  }
}

let adapter = new InMemoryInvoiceAdapter([]);

window.benchExport = {
  generate(n) {
    adapter = new InMemoryInvoiceAdapter(generateInvoices(n));
    return adapter.invoices.length;
  },
  async run(format) {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    const result = await exportInvoices({
      format,
      columns,
      adapter,
      query: defaultQuery(),
      meta: { exportedAt: new Date(Date.UTC(2026, 10, 1)), locale: 'en' },
    });
    const ms = performance.now() - start;
    // Long-task entries are delivered asynchronously; give the observer a frame.
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const entry of observer.takeRecords()) tasks.push(entry.duration);
    observer.disconnect();
    return { format, rows: result.rowCount, ms, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, bytes: result.blob.size };
  },
};
