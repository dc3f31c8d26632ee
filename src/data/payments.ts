import { addDays, addMonths, calendarDate, daysBetween, isValidDate } from './dates.js';
import { isCreditNoteNumber } from './lineage.js';
import { isOutstanding, signedAmount } from './totals.js';
import type { Invoice } from './types.js';

/**
 * What a customer still owes on one invoice, in its currency (the rule every billing figure,
 * filter condition and element follows):
 *
 * - Only open and disputed invoices owe anything; closed and "Not applicable" ones owe 0.
 * - `amountDue` when the invoice gives it (what is left after partial payments and credit
 *   notes), else its whole `amount`.
 * - A credit note (`CN`) owes a negative amount, as in totals.
 *
 * `undefined` when the amount it would use is not a finite number.
 */
export function amountStillDue(invoice: Invoice): number | undefined {
  if (!invoice || typeof invoice !== 'object') return undefined;
  if (!isOutstanding(invoice.status)) return 0;
  const due = invoice.amountDue;
  const value = typeof due === 'number' && Number.isFinite(due) ? due : invoice.amount;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return signedAmount(value, isCreditNoteNumber(invoice.invoiceNumber));
}

/** True when something is still owed on the invoice (a positive amount still due). */
export function owesSomething(invoice: Invoice): boolean {
  const due = amountStillDue(invoice);
  return due !== undefined && due > 0;
}

/** The invoice's due date when it is a real calendar date. */
export function dueDateOf(invoice: Invoice): string | undefined {
  return invoice && isValidDate(invoice.dueDate) ? invoice.dueDate : undefined;
}

/** The day the invoice was paid in full (the date part of `paidAt`), when given and valid. */
export function paidDateOf(invoice: Invoice): string | undefined {
  return invoice ? calendarDate(invoice.paidAt) : undefined;
}

/**
 * The derived overdue state: the due date has passed (it is before `today`) and something is
 * still owed on an open or disputed invoice.
 */
export function isOverdue(invoice: Invoice, today: string): boolean {
  const due = dueDateOf(invoice);
  return due !== undefined && due < today && owesSomething(invoice);
}

/** Days past the due date of an overdue invoice; 0 when it is not overdue. */
export function daysOverdue(invoice: Invoice, today: string): number {
  const due = dueDateOf(invoice);
  return due !== undefined && isOverdue(invoice, today) ? daysBetween(due, today) : 0;
}

/**
 * True when something is still owed and the invoice falls due between `today` and `days`
 * days later, both included (an overdue invoice is not "due in the next N days").
 */
export function isDueWithin(invoice: Invoice, today: string, days: number): boolean {
  const due = dueDateOf(invoice);
  return due !== undefined && due >= today && due <= addDays(today, days) && owesSomething(invoice);
}

/**
 * True when a closed invoice was paid in full within the last `months` months: its payment
 * day is after the same day `months` months before `today` and not after `today`.
 */
export function isPaidWithin(invoice: Invoice, today: string, months: number): boolean {
  if (!invoice || invoice.status !== 'closed') return false;
  const paid = paidDateOf(invoice);
  return paid !== undefined && paid > addMonths(today, -months) && paid <= today;
}

/** Where an invoice stands on payment, for badges and the detail panel. */
export type PaymentState = 'paid' | 'overdue' | 'due' | 'credit' | 'none';

/**
 * `paid` (closed with a payment date), `overdue`, `due` (something owed, not yet overdue),
 * `credit` (an open credit note), or `none` (nothing to say: NA, closed without a date, …).
 */
export function paymentState(invoice: Invoice, today: string): PaymentState {
  if (!invoice || typeof invoice !== 'object') return 'none';
  if (invoice.status === 'closed') return paidDateOf(invoice) ? 'paid' : 'none';
  const due = amountStillDue(invoice);
  if (due === undefined || due === 0) return 'none';
  if (due < 0) return 'credit';
  return isOverdue(invoice, today) ? 'overdue' : 'due';
}
