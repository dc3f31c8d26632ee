import type { BillingFigure, BillingSummaryData, BillingSummaryRequest, CurrencyBillingSummary } from '../data/billing-types.js';
import { summarizeBilling } from '../data/billing-summary.js';
import { addMonths, isValidDate } from '../data/dates.js';
import type { InMemoryInvoiceAdapter } from '../data/in-memory-adapter.js';
import { isValidMonth } from '../data/validate.js';
import type { Invoice, InvoiceDataAdapter, InvoiceQuery } from '../data/types.js';

/** What the suite lends the billing checks (they register into its 'billing' group). */
export interface BillingCheckHelpers {
  add: (name: string, run: (adapter: InvoiceDataAdapter) => Promise<void>) => void;
  /** Compares the adapter's page for the query with the reference adapter's. */
  listMatches: (adapter: InvoiceDataAdapter, overrides: Partial<InvoiceQuery>) => Promise<void>;
  /** Compares the adapter's status counts for the query with the reference adapter's. */
  countsMatch: (adapter: InvoiceDataAdapter, overrides: Partial<InvoiceQuery>) => Promise<void>;
  fail: (message: string) => never;
  show: (value: unknown) => string;
}

/**
 * The day the checks judge payments against: the 20th of the month after the newest billing
 * month in the data, so the newest invoices are due soon and older unpaid ones overdue.
 */
export function conformanceToday(invoices: readonly Invoice[]): string {
  let newest = '';
  for (const row of invoices) if (row && isValidMonth(row.billingMonth) && row.billingMonth > newest) newest = row.billingMonth;
  return addMonths(`${newest || '2026-10'}-20`, 1);
}

const FIGURES = ['outstanding', 'overdue', 'dueSoon', 'paid'] as const;

/**
 * The 'billing' group: the filter's payment conditions (judged against a fixed `today`)
 * compared with the reference adapter, `billingSummary` compared with `summarizeBilling` over
 * the data set, and `getInvoiceDetail` answering the rows' own payment fields. An adapter
 * without `billingSummary` fails these with a message saying to skip the group.
 */
export function addBillingChecks(invoices: readonly Invoice[], reference: InMemoryInvoiceAdapter, h: BillingCheckHelpers): void {
  const today = conformanceToday(invoices);
  const needsBilling = (a: InvoiceDataAdapter, method: 'billingSummary' | 'getInvoiceDetail') => {
    if (typeof a[method] !== 'function')
      h.fail(`The adapter has no ${method}(). An adapter without billing figures skips the 'billing' group (skip: ['billing']).`);
  };
  // The payment conditions come with billing figures: an adapter without them skips the group.
  const sameList = (name: string, overrides: Partial<InvoiceQuery>) =>
    h.add(name, async (a) => {
      needsBilling(a, 'billingSummary');
      await h.listMatches(a, { ...overrides, today });
    });

  sameList('filters overdue invoices (due date before today, something still owed)', { filter: { version: 1, overdue: true }, limit: 100 });
  sameList('filters invoices due in the next 30 days', { filter: { version: 1, dueWithinDays: 30 }, limit: 100 });
  sameList('filters closed invoices paid in the last 12 months', { filter: { version: 1, paidWithinMonths: 12 }, limit: 100 });
  sameList('combines a payment condition with currency, status and sort', {
    filter: { version: 1, overdue: true, currency: invoices.find((row) => row?.currency)?.currency ?? 'JPY' },
    statuses: ['open', 'disputed'],
    sort: [{ field: 'amount', direction: 'desc' }],
  });
  h.add('counts follow a payment condition', async (a) => {
    needsBilling(a, 'billingSummary');
    await h.countsMatch(a, { filter: { version: 1, dueWithinDays: 45 }, today });
  });

  const request: BillingSummaryRequest = { today, dueWithinDays: 30, paidWithinMonths: 12, months: 12 };
  h.add('billingSummary answers each currency apart, with outstanding, overdue, due soon, paid and 12 months of spend', async (a) => {
    needsBilling(a, 'billingSummary');
    const actual = await a.billingSummary!(request);
    compareSummaries(actual, summarizeBilling(invoices, request), `billingSummary(${h.show(request)})`, h);
  });
  h.add('billingSummary follows its windows (due in 7 days, paid in 3 months, 6 months of spend)', async (a) => {
    needsBilling(a, 'billingSummary');
    const narrow = { today, dueWithinDays: 7, paidWithinMonths: 3, months: 6 };
    compareSummaries(await a.billingSummary!(narrow), summarizeBilling(invoices, narrow), `billingSummary(${h.show(narrow)})`, h);
  });

  const withPayments = [
    invoices.find((row) => row?.status === 'disputed' && typeof row.ticketReference === 'string'),
    invoices.find((row) => row?.status === 'open' && typeof row.amountDue === 'number'),
    invoices.find((row) => row?.status === 'closed' && typeof row.paidAt === 'string'),
  ].filter((row): row is Invoice => !!row);
  for (const invoice of withPayments) {
    h.add(`getInvoiceDetail(${invoice.invoiceNumber}) answers an object that agrees with the row`, async (a) => {
      needsBilling(a, 'getInvoiceDetail');
      const detail = (await a.getInvoiceDetail!(invoice)) as Record<string, unknown> | null;
      const where = `getInvoiceDetail(${invoice.invoiceNumber})`;
      if (!detail || typeof detail !== 'object' || Array.isArray(detail))
        h.fail(`${where} resolved with ${h.show(detail)}, not an object.`);
      const expected = await reference.getInvoiceDetail(invoice);
      for (const field of ['dueDate', 'paidAt', 'amountDue', 'ticketReference'] as const) {
        if (detail[field] !== undefined && detail[field] !== expected[field])
          h.fail(`${where}: ${field} ${h.show(detail[field])}, but the row says ${h.show(expected[field])}.`);
      }
      if (detail.lineItems !== undefined) {
        if (!Array.isArray(detail.lineItems)) h.fail(`${where}: lineItems is not an array.`);
        for (const item of detail.lineItems as unknown[]) {
          const line = item as { description?: unknown; amount?: unknown } | null;
          if (!line || typeof line.description !== 'string' || typeof line.amount !== 'number' || !Number.isFinite(line.amount))
            h.fail(`${where}: line item ${h.show(item)} needs a description and a finite amount.`);
        }
      }
      const tax = detail.tax as { lines?: unknown } | undefined;
      if (tax !== undefined && (!tax || !Array.isArray(tax.lines))) h.fail(`${where}: tax has no lines array.`);
    });
  }
}

function closeEnough(actual: unknown, expected: number): boolean {
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function compareFigure(actual: BillingFigure | undefined, expected: BillingFigure, where: string, h: BillingCheckHelpers): void {
  if (!actual || typeof actual !== 'object') h.fail(`${where} is ${h.show(actual)}, not { amount, count }.`);
  if (actual.count !== expected.count) h.fail(`${where}.count ${h.show(actual.count)}, expected ${expected.count}.`);
  if (!closeEnough(actual.amount, expected.amount)) h.fail(`${where}.amount ${h.show(actual.amount)}, expected ${expected.amount}.`);
}

function compareSummaries(actual: BillingSummaryData, expected: BillingSummaryData, where: string, h: BillingCheckHelpers): void {
  if (!actual || typeof actual !== 'object' || !Array.isArray(actual.currencies)) h.fail(`${where} resolved with ${h.show(actual)}.`);
  if (!isValidDate(actual.today) || actual.today !== expected.today)
    h.fail(`${where}: today ${h.show(actual.today)}, expected ${expected.today}.`);
  const got = actual.currencies.map((c: CurrencyBillingSummary) => c?.currency);
  const want = expected.currencies.map((c) => c.currency);
  if (got.join() !== want.join())
    h.fail(`${where}: currencies ${h.show(got)}, expected ${h.show(want)} (most invoices first, ties by code).`);
  expected.currencies.forEach((currency, i) => {
    const mine = actual.currencies[i] as CurrencyBillingSummary;
    for (const figure of FIGURES) compareFigure(mine[figure], currency[figure], `${where} ${currency.currency}.${figure}`, h);
    if (!Array.isArray(mine.spend) || mine.spend.length !== currency.spend.length)
      h.fail(`${where} ${currency.currency}.spend has ${h.show(mine.spend?.length)} months, expected ${currency.spend.length}.`);
    currency.spend.forEach((month, k) => {
      const other = mine.spend[k];
      if (other?.month !== month.month)
        h.fail(`${where} ${currency.currency}.spend[${k}].month ${h.show(other?.month)}, expected ${month.month}.`);
      compareFigure(other, month, `${where} ${currency.currency}.spend[${month.month}]`, h);
    });
  });
}
