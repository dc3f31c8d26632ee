import { msg, str } from '@lit/localize';
import type { BillingSummaryRequest, CurrencyBillingSummary } from '../../data/billing-types.js';
import type { InvoiceFilter } from '../../data/types.js';
import { formatCount, pluralCategory } from '../../format/formatters.js';

export type SummaryFigure = 'outstanding' | 'overdue' | 'dueSoon' | 'paid';

export const SUMMARY_FIGURES: readonly SummaryFigure[] = ['outstanding', 'overdue', 'dueSoon', 'paid'];

/** The label of a figure: "Outstanding", "Overdue", "Due in the next 30 days", "Paid in the last 12 months". */
export function figureLabel(
  figure: SummaryFigure,
  request: Pick<BillingSummaryRequest, 'dueWithinDays' | 'paidWithinMonths'>,
  locale: string,
): string {
  switch (figure) {
    case 'outstanding':
      return msg('Outstanding', { id: 'summary.outstanding' });
    case 'overdue':
      return msg('Overdue', { id: 'summary.overdue' });
    case 'dueSoon': {
      const n = formatCount(request.dueWithinDays, locale);
      return pluralCategory(request.dueWithinDays, locale) === 'one'
        ? msg(str`Due in the next ${n} day`, { id: 'summary.due-soon.one' })
        : msg(str`Due in the next ${n} days`, { id: 'summary.due-soon.other' });
    }
    case 'paid': {
      const n = formatCount(request.paidWithinMonths, locale);
      return pluralCategory(request.paidWithinMonths, locale) === 'one'
        ? msg(str`Paid in the last ${n} month`, { id: 'summary.paid.one' })
        : msg(str`Paid in the last ${n} months`, { id: 'summary.paid.other' });
    }
  }
}

/** "4 invoices" / "1 invoice". */
export function invoiceCountLabel(count: number, locale: string): string {
  const n = formatCount(count, locale);
  return pluralCategory(count, locale) === 'one'
    ? msg(str`${n} invoice`, { id: 'summary.count.one' })
    : msg(str`${n} invoices`, { id: 'summary.count.other' });
}

/**
 * The filter that lists exactly the invoices a figure adds up: its currency and its
 * condition (outstanding: open and disputed; overdue; due within the window; paid within it).
 */
export function figureFilter(
  figure: SummaryFigure,
  currency: CurrencyBillingSummary['currency'],
  request: Pick<BillingSummaryRequest, 'dueWithinDays' | 'paidWithinMonths'>,
): InvoiceFilter {
  const filter: InvoiceFilter = { version: 1, currency };
  switch (figure) {
    case 'outstanding':
      return { ...filter, statuses: ['open', 'disputed'] };
    case 'overdue':
      return { ...filter, overdue: true };
    case 'dueSoon':
      return { ...filter, dueWithinDays: request.dueWithinDays };
    case 'paid':
      return { ...filter, paidWithinMonths: request.paidWithinMonths };
  }
}
