import { expect } from '@open-wc/testing';
import { DEFER_TOTALS_FROM, InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { newestFirst, rowFactsSteps, scanMonths, scanRows } from '../../src/data/row-facts.js';
import { generateInvoices } from '../../src/data/sample.js';
import { invoiceTotals } from '../../src/data/totals.js';
import type { Invoice } from '../../src/data/types.js';

const row = (billingMonth: unknown, extra: Partial<Record<keyof Invoice, unknown>> = {}) =>
  ({ id: String(billingMonth), invoiceNumber: '1', billingMonth, amount: 10, currency: 'JPY', status: 'open', ...extra }) as Invoice;

describe('row facts', () => {
  it('reads the months in one pass: codes, newest and oldest, and whether every month is valid', () => {
    const months = scanMonths([row('2026-10'), row('2019-01'), row('2026-13'), row(null), null as unknown as Invoice]);
    expect([...months.month]).to.deep.equal([2026 * 12 + 9, 2019 * 12, 0, 0, 0]);
    expect(months.newestMonth).to.equal(2026 * 12 + 9);
    expect(months.oldestMonth).to.equal(2019 * 12);
    expect(months.monthsValid).to.equal(false);
    expect(scanMonths([row('2020-05')]).monthsValid).to.equal(true);
  });

  it('orders newest month first from the months alone, ties in the data order, rows without a month last', () => {
    const rows = [row('2025-01'), row('bad'), row('2026-03'), row('2025-01'), row('2026-03')];
    const order = newestFirst(Int32Array.from(rows.keys()), scanMonths(rows));
    expect([...order]).to.deep.equal([2, 4, 0, 3, 1]);
  });

  it('reads the rest in steps and gives what one pass gives, whatever the step', () => {
    const rows = generateInvoices(3000, { seed: 4 });
    rows[7] = { ...rows[7]!, currency: 'usd' };
    rows[9] = null as unknown as Invoice;
    const whole = scanRows(rows);
    for (const stepRows of [1, 500, 2999, 3000, 5000]) {
      const steps = rowFactsSteps(rows, scanMonths(rows), stepRows);
      let yields = 0;
      let next = steps.next();
      while (!next.done) {
        yields++;
        next = steps.next();
      }
      expect(yields, `step ${stepRows}`).to.equal(Math.ceil(rows.length / stepRows) - 1);
      const facts = next.value;
      expect([...facts.status], `step ${stepRows}`).to.deep.equal([...whole.status]);
      expect([...facts.amount].map(String)).to.deep.equal([...whole.amount].map(String));
      expect([...facts.currency]).to.deep.equal([...whole.currency]);
      expect([...facts.creditNote]).to.deep.equal([...whole.creditNote]);
      expect(facts.currencies).to.deep.equal(whole.currencies);
    }
    expect(whole.currency[7]).to.equal(-1);
    expect(whole.status[9]).to.equal(-1);
    expect(whole.creditNote.some((flag) => flag === 1)).to.equal(true);
  });
});

describe('InMemoryInvoiceAdapter, a large list', () => {
  const rows = generateInvoices(DEFER_TOTALS_FROM + 500, { seed: 3 });

  it('answers the first page before the totals, which then follow, correct', async () => {
    const adapter = new InMemoryInvoiceAdapter(rows);
    const page = await adapter.listInvoices(defaultQuery({ limit: 3 }));
    expect(page.total).to.equal(rows.length);
    expect(page.rows.map((r) => r.id)).to.have.length(3);
    expect(page.totals).to.equal(undefined);
    expect(page.pendingTotals).to.be.instanceOf(Promise);
    const expected = invoiceTotals(rows);
    const sums = await page.pendingTotals!;
    expect(Object.keys(sums.totals).sort()).to.deep.equal(Object.keys(expected.totals).sort());
    for (const currency of Object.keys(expected.totals)) {
      expect(sums.totals[currency]).to.be.closeTo(expected.totals[currency]!, 1e-6);
      expect(sums.outstanding[currency]).to.be.closeTo(expected.outstanding[currency]!, 1e-6);
    }
    // The next page of the same result comes with them.
    const next = await adapter.listInvoices(defaultQuery({ limit: 3, offset: 3 }));
    expect(next.pendingTotals).to.equal(undefined);
    expect(next.totals).to.deep.equal(sums.totals);
  });

  it('counts by status once the rows are read, and a status tab has its totals at once', async () => {
    const adapter = new InMemoryInvoiceAdapter(rows);
    const first = await adapter.listInvoices(defaultQuery({ limit: 3 }));
    const counts = await adapter.countByStatus(defaultQuery());
    const expected = { open: 0, disputed: 0, closed: 0, na: 0 };
    for (const r of rows) expected[r.status]++;
    expect(counts).to.deep.equal(expected);
    await first.pendingTotals;
    const closed = await new InMemoryInvoiceAdapter(rows).listInvoices(defaultQuery({ statuses: ['closed'], limit: 3 }));
    expect(closed.pendingTotals).to.equal(undefined);
    expect(closed.totals).to.deep.equal(invoiceTotals(rows.filter((r) => r.status === 'closed')).totals);
  });

  it('keeps the totals inline for a small list', async () => {
    const page = await new InMemoryInvoiceAdapter(rows.slice(0, 200)).listInvoices(defaultQuery({ limit: 3 }));
    expect(page.pendingTotals).to.equal(undefined);
    expect(page.totals).to.deep.equal(invoiceTotals(rows.slice(0, 200)).totals);
  });
});
