import type { BillingFigure, BillingSummaryData, BillingSummaryRequest, CurrencyBillingSummary } from './billing-types.js';
import { isValidDate, localToday, monthOf, monthsEnding } from './dates.js';
import { isCreditNoteNumber } from './lineage.js';
import { amountStillDue, isDueWithin, isOverdue, isPaidWithin } from './payments.js';
import { countsInTotals, isCurrencyCode, signedAmount } from './totals.js';
import type { Invoice } from './types.js';

export const SUMMARY_DEFAULTS = { dueWithinDays: 30, paidWithinMonths: 12, months: 12 } as const;

const clampInt = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/**
 * A summary request with every field present and in range: `today` a valid date (default the
 * local date), `dueWithinDays` 1–366, `paidWithinMonths` 1–120, `months` 1–36.
 */
export function normalizeSummaryRequest(request: Partial<BillingSummaryRequest> = {}): BillingSummaryRequest {
  return {
    today: isValidDate(request.today) ? request.today : localToday(),
    dueWithinDays: clampInt(request.dueWithinDays, 1, 366, SUMMARY_DEFAULTS.dueWithinDays),
    paidWithinMonths: clampInt(request.paidWithinMonths, 1, 120, SUMMARY_DEFAULTS.paidWithinMonths),
    months: clampInt(request.months, 1, 36, SUMMARY_DEFAULTS.months),
  };
}

interface Tally {
  currency: string;
  invoices: number;
  outstanding: BillingFigure;
  overdue: BillingFigure;
  dueSoon: BillingFigure;
  paid: BillingFigure;
  spend: Map<string, BillingFigure>;
}

const add = (figure: BillingFigure, amount: number) => {
  figure.amount += amount;
  figure.count++;
};

/**
 * Works out the billing figures of a set of invoices, per currency (see
 * `CurrencyBillingSummary`). Rows with status "Not applicable" or an unknown status, a
 * non-finite amount or a currency that is not three capital letters are left out. A currency
 * is listed when any of its figures or spend months counts an invoice.
 */
export function summarizeBilling(
  invoices: Iterable<Invoice | null | undefined>,
  request: Partial<BillingSummaryRequest> = {},
): BillingSummaryData {
  const { today, dueWithinDays, paidWithinMonths, months } = normalizeSummaryRequest(request);
  const window = monthsEnding(monthOf(today), months);
  const inWindow = new Set(window);
  const tallies = new Map<string, Tally>();
  const zero = (): BillingFigure => ({ amount: 0, count: 0 });
  for (const invoice of invoices) {
    if (!invoice || typeof invoice !== 'object' || !countsInTotals(invoice.status)) continue;
    const { amount, currency } = invoice;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || !isCurrencyCode(currency)) continue;
    let tally = tallies.get(currency);
    if (!tally) {
      tally = { currency, invoices: 0, outstanding: zero(), overdue: zero(), dueSoon: zero(), paid: zero(), spend: new Map() };
      tallies.set(currency, tally);
    }
    const signed = signedAmount(amount, isCreditNoteNumber(invoice.invoiceNumber));
    const due = amountStillDue(invoice);
    if (due !== undefined && (invoice.status === 'open' || invoice.status === 'disputed')) {
      add(tally.outstanding, due);
      if (isOverdue(invoice, today)) add(tally.overdue, due);
      else if (isDueWithin(invoice, today, dueWithinDays)) add(tally.dueSoon, due);
    }
    if (isPaidWithin(invoice, today, paidWithinMonths)) add(tally.paid, signed);
    if (typeof invoice.billingMonth === 'string' && inWindow.has(invoice.billingMonth)) {
      let month = tally.spend.get(invoice.billingMonth);
      if (!month) tally.spend.set(invoice.billingMonth, (month = zero()));
      add(month, signed);
    }
    tally.invoices++;
  }
  const currencies: CurrencyBillingSummary[] = [...tallies.values()]
    .filter((t) => t.outstanding.count + t.paid.count + t.spend.size > 0)
    .sort((a, b) => b.invoices - a.invoices || (a.currency < b.currency ? -1 : 1))
    .map((t) => ({
      currency: t.currency,
      outstanding: t.outstanding,
      overdue: t.overdue,
      dueSoon: t.dueSoon,
      paid: t.paid,
      spend: window.map((month) => ({ month, ...(t.spend.get(month) ?? zero()) })),
    }));
  return { today, currencies };
}
