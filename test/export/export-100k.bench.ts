// Not part of `npm test` (not a *.test.ts file): measures 100,000-row exports. Run it with
//   INVOICE_BROWSERS=chromium node scripts/test.mjs --files test/export/export-100k.bench.ts
// and read the figures in the browser log. Long tasks are observed in Chromium only.
import { expect } from '@open-wc/testing';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices } from '../../src/data/sample.js';
import { exportInvoices, type ExportColumn } from '../../src/export/index.js';

const columns: ExportColumn[] = [
  { id: 'billingMonth', header: 'Month', kind: 'month', value: (i) => i.billingMonth },
  { id: 'amount', header: 'Amount', kind: 'money', value: (i) => i.amount },
  { id: 'invoiceNumber', header: 'Invoice number', kind: 'text', value: (i) => i.invoiceNumber },
  { id: 'customerName', header: 'Customer name', kind: 'text', value: (i) => i.customerName },
  { id: 'ocn', header: 'Customer number (OCN)', kind: 'text', value: (i) => i.ocn },
  { id: 'bcn', header: 'Customer number (BCN)', kind: 'text', value: (i) => i.bcn },
  { id: 'billingEntityName', header: 'Billing entity', kind: 'text', value: (i) => i.billingEntityName },
  { id: 'documents', header: 'Download', kind: 'number', value: (i) => i.documents?.length ?? 0 },
  { id: 'status', header: 'Status', kind: 'status', value: (i) => i.status },
  { id: 'dueDate', header: 'Due date', kind: 'date', value: (i) => i.dueDate },
];

describe('export benchmark, 100,000 rows × 10 columns', function (this: { timeout(ms: number): void }) {
  this.timeout(120_000);
  const rows = generateInvoices(100_000, { seed: 1 });

  const adapter = new InMemoryInvoiceAdapter(rows);
  const scenarios = [
    { name: 'xlsx', format: 'xlsx', source: { rows } },
    { name: 'csv', format: 'csv', source: { rows } },
    // As the grid's "every matching row": pages fetched from an in-memory adapter.
    { name: 'xlsx via adapter', format: 'xlsx', source: { adapter, query: defaultQuery() } },
  ] as const;
  for (const { name, format, source } of scenarios) {
    it(name, async () => {
      const runs: string[] = [];
      for (let run = 0; run < 3; run++) {
        const tasks: number[] = [];
        const observer =
          typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
            ? new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)))
            : undefined;
        observer?.observe({ type: 'longtask' });
        // A timer that should fire every 16 ms shows how late the page would answer input.
        let lastTick = performance.now();
        let worstGap = 0;
        const ticker = setInterval(() => {
          const now = performance.now();
          worstGap = Math.max(worstGap, now - lastTick);
          lastTick = now;
        }, 16);
        const start = performance.now();
        const result = await exportInvoices({
          format,
          columns,
          ...source,
          meta: { exportedAt: new Date(), locale: 'en', lastRefreshed: new Date().toISOString() },
        });
        const elapsed = performance.now() - start;
        await new Promise((r) => setTimeout(r, 100));
        clearInterval(ticker);
        observer?.disconnect();
        expect(result.rowCount).to.equal(100_000);
        runs.push(
          `${name} run ${run + 1}: ${elapsed.toFixed(0)} ms, ${(result.blob.size / 1048576).toFixed(2)} MiB, ` +
            `long tasks: ${observer ? `${tasks.length} (longest ${Math.max(0, ...tasks).toFixed(0)} ms)` : 'n/a'}, worst timer gap ${worstGap.toFixed(0)} ms`,
        );
      }
      console.log(runs.join('\n'));
    });
  }

  it('reference: SheetJS json_to_sheet + write (one synchronous task)', async () => {
    const XLSX = await import('@e965/xlsx');
    const data = rows.map((i) => ({
      month: i.billingMonth,
      amount: i.amount,
      number: i.invoiceNumber,
      name: i.customerName,
      ocn: i.ocn,
      bcn: i.bcn,
      entity: i.billingEntityName,
      docs: i.documents?.length ?? 0,
      status: i.status,
      due: i.dueDate,
    }));
    for (const compression of [true, false]) {
      const start = performance.now();
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.json_to_sheet(data), 'Invoices');
      const out = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression }) as ArrayBuffer;
      console.log(
        `SheetJS compression=${compression}: ${(performance.now() - start).toFixed(0)} ms in one task, ${(out.byteLength / 1048576).toFixed(2)} MiB`,
      );
    }
  });
});
