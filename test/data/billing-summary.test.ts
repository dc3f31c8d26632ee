import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { summarizeBilling } from '../../src/data/billing-summary.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { amountStillDue, isDueWithin, isOverdue, isPaidWithin } from '../../src/data/payments.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices, sampleInvoiceDetail } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { BILLING_TODAY, billingAccount } from '../helpers/billing-account.js';

const figure = (amount: number, count: number) => ({ amount, count });

describe('summarizeBilling: the account in three currencies, worked out by hand', () => {
  const summary = summarizeBilling(billingAccount(), { today: BILLING_TODAY });
  const of = (currency: string) => summary.currencies.find((c) => c.currency === currency)!;

  it('lists each currency apart, most invoices first (JPY 9 counted rows, SGD 4, USD 3)', () => {
    expect(summary.today).to.equal('2026-11-20');
    expect(summary.currencies.map((c) => c.currency)).to.deep.equal(['JPY', 'SGD', 'USD']);
  });

  it('JPY: outstanding ¥225,000 (4), overdue ¥75,000 (2), due in 30 days ¥120,000 (1), paid in 12 months ¥220,000 (3)', () => {
    const jpy = of('JPY');
    // 120,000 (j1) + 30,000 left of j2 + 45,000 (j3, disputed) + 30,000 (j9)
    expect(jpy.outstanding).to.deep.equal(figure(225_000, 4));
    // j2's 30,000 (due 31 Oct) + j3's 45,000 (due 30 Sep)
    expect(jpy.overdue).to.deep.equal(figure(75_000, 2));
    // j1, due 30 Nov; j9 (31 Dec) is after 20 Dec
    expect(jpy.dueSoon).to.deep.equal(figure(120_000, 1));
    // j4 60,000 + j6 70,000 (paid 21 Nov 2025, the first day in) + j8-1 90,000; j5 (20 Nov 2025) is out; j8 is NA
    expect(jpy.paid).to.deep.equal(figure(220_000, 3));
  });

  it('JPY spend: 12 months Dec 2025 – Nov 2026, the credit note negative, the superseded original left out', () => {
    const spend = Object.fromEntries(of('JPY').spend.map((m) => [m.month, m.amount]));
    expect(of('JPY').spend.map((m) => m.month)).to.deep.equal([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(spend).to.deep.equal({
      '2025-12': 0,
      '2026-01': 0,
      '2026-02': 0,
      '2026-03': 0,
      '2026-04': 0,
      '2026-05': 0,
      '2026-06': 90_000,
      '2026-07': 60_000,
      '2026-08': 45_000,
      '2026-09': 75_000,
      '2026-10': 120_000,
      '2026-11': 30_000,
    });
    expect(of('JPY').spend.find((m) => m.month === '2026-09')?.count).to.equal(2);
  });

  it('SGD: outstanding S$2,330.80 (3), overdue S$980.25 (1), due in 30 days S$1,350.55 (2), paid S$2,000.00 (1)', () => {
    const sgd = of('SGD');
    expect(sgd.outstanding.amount).to.be.closeTo(2330.8, 1e-9);
    expect(sgd.outstanding.count).to.equal(3);
    expect(sgd.overdue).to.deep.equal(figure(980.25, 1));
    expect(sgd.dueSoon.amount).to.be.closeTo(1350.55, 1e-9);
    expect(sgd.dueSoon.count).to.equal(2);
    expect(sgd.paid).to.deep.equal(figure(2000, 1));
    expect(sgd.spend.filter((m) => m.amount !== 0).map((m) => [m.month, m.amount])).to.deep.equal([
      ['2026-08', 980.25],
      ['2026-09', 2000],
      ['2026-10', 1550.6],
    ]);
  });

  it('USD: outstanding $5,000.00 (1), nothing overdue or due soon, paid $1,200.00 (1)', () => {
    const usd = of('USD');
    expect(usd.outstanding).to.deep.equal(figure(5000, 1));
    expect(usd.overdue).to.deep.equal(figure(0, 0));
    expect(usd.dueSoon).to.deep.equal(figure(0, 0));
    expect(usd.paid).to.deep.equal(figure(1200, 1));
  });

  it('follows its windows: due in 7 days, paid in 3 months, 6 months of spend', () => {
    const narrow = summarizeBilling(billingAccount(), { today: BILLING_TODAY, dueWithinDays: 7, paidWithinMonths: 3, months: 6 });
    const jpy = narrow.currencies.find((c) => c.currency === 'JPY')!;
    expect(jpy.dueSoon).to.deep.equal(figure(0, 0));
    // Paid after 20 Aug 2026: j4 (25 Aug) only.
    expect(jpy.paid).to.deep.equal(figure(60_000, 1));
    expect(jpy.spend.map((m) => m.month)).to.deep.equal(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
  });

  it('clamps the windows it is given and judges against the local date when today is malformed', () => {
    const summary = summarizeBilling(billingAccount(), { today: '2026-02-30', dueWithinDays: 10_000, months: 0 });
    expect(summary.today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(summary.currencies[0]?.spend).to.have.length(1);
  });

  it('leaves out rows without a finite amount or a currency code, and a currency with nothing to show', () => {
    const rows: Invoice[] = [
      ...billingAccount(),
      { ...billingAccount()[0]!, id: 'x1', currency: 'yen', amount: 1 },
      { ...billingAccount()[0]!, id: 'x2', amount: Number.NaN },
      { ...billingAccount()[0]!, id: 'x3', currency: 'EUR', status: 'closed', billingMonth: '2019-01' },
    ];
    expect(summarizeBilling(rows, { today: BILLING_TODAY }).currencies.map((c) => c.currency)).to.deep.equal(['JPY', 'SGD', 'USD']);
  });
});

describe('summarizeBilling agrees with the filter conditions the summary links apply', () => {
  it('each figure is the sum, over the rows its filter lists, of what is still owed (or was paid)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 90 }), async (seed, offset) => {
        const rows = generateInvoices(300, { seed });
        const today = `2026-${offset < 30 ? '10' : offset < 60 ? '11' : '12'}-${String(1 + (offset % 28)).padStart(2, '0')}`;
        const adapter = new InMemoryInvoiceAdapter(rows);
        const summary = await adapter.billingSummary({ today });
        for (const currency of summary.currencies) {
          const list = async (filter: object) =>
            (
              await adapter.listInvoices(
                defaultQuery({ filter: { version: 1, currency: currency.currency, ...filter }, today, limit: 1000 }),
              )
            ).rows;
          const owed = (listed: Invoice[]) => listed.reduce((sum, row) => sum + (amountStillDue(row) ?? 0), 0);
          const overdue = await list({ overdue: true });
          expect(overdue.every((row) => isOverdue(row, today))).to.equal(true);
          expect(overdue.length).to.equal(currency.overdue.count);
          expect(owed(overdue)).to.be.closeTo(currency.overdue.amount, 1e-6);
          const soon = await list({ dueWithinDays: 30 });
          expect(soon.every((row) => isDueWithin(row, today, 30))).to.equal(true);
          expect(soon.length).to.equal(currency.dueSoon.count);
          const paid = await list({ paidWithinMonths: 12 });
          expect(paid.every((row) => isPaidWithin(row, today, 12))).to.equal(true);
          expect(paid.length).to.equal(currency.paid.count);
          const outstanding = await list({ statuses: ['open', 'disputed'] });
          expect(outstanding.length).to.equal(currency.outstanding.count);
          expect(owed(outstanding)).to.be.closeTo(currency.outstanding.amount, 1e-6);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('generated invoices carry payment fields, and a detail in their entity’s form', () => {
  it('due at the end of the month after billing; closed ones paid; disputed ones with a ticket reference', () => {
    const rows = generateInvoices(400, { seed: 3 });
    const original = rows.find((row) => row.billingMonth === '2026-01' && !row.invoiceNumber.endsWith('CN'));
    expect(original?.dueDate).to.equal('2026-02-28');
    expect(
      rows.filter((row) => row.status === 'closed' && !row.invoiceNumber.endsWith('CN')).every((row) => typeof row.paidAt === 'string'),
    ).to.equal(true);
    expect(rows.filter((row) => row.status === 'disputed').every((row) => /^BT-\d{6}-\d{5}$/.test(String(row.ticketReference)))).to.equal(
      true,
    );
    expect(rows.some((row) => row.status === 'open' && typeof row.amountDue === 'number' && row.amountDue < row.amount)).to.equal(true);
  });

  it("adds up: line items plus tax make the invoice's amount, per rate", () => {
    for (const row of generateInvoices(60, { seed: 5 })) {
      const detail = sampleInvoiceDetail(row);
      const lines = detail.lineItems!.reduce((sum, item) => sum + item.amount, 0);
      const tax = detail.tax!.lines.reduce((sum, line) => sum + line.taxAmount, 0);
      expect(lines + tax, row.invoiceNumber).to.be.closeTo(row.amount, 0.011);
      if (row.legalEntity === 'HK') expect(detail.tax!.lines).to.deep.equal([]);
    }
  });
});
