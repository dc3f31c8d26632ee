import { isCreditNoteNumber } from './lineage.js';
import type { Invoice } from './types.js';

/**
 * Totals of a list of invoices, per currency (never summed across currencies):
 *
 * - `totals`: every open, disputed or closed invoice. "Not applicable" rows (a superseded
 *   original reads NA) and rows with an unrecognised status are left out.
 * - `outstanding`: the open and disputed ones, with the same currencies as `totals` (0 when
 *   nothing is owed in a currency).
 *
 * A credit note (invoice number suffixed `CN`) counts as negative, whatever the sign of its
 * stored amount. Rows without a finite amount or an ISO 4217-shaped currency code (three
 * capital letters) are left out.
 */
export interface InvoiceTotals {
  totals: Record<string, number>;
  outstanding: Record<string, number>;
}

/** True for a status whose invoices count in totals (open, disputed, closed). */
export function countsInTotals(status: unknown): boolean {
  return status === 'open' || status === 'disputed' || status === 'closed';
}

/** True for a status whose invoices count as outstanding (open, disputed). */
export function isOutstanding(status: unknown): boolean {
  return status === 'open' || status === 'disputed';
}

/** True for a currency code of ISO 4217's shape (three capital letters), the keys totals may have. */
export function isCurrencyCode(currency: unknown): currency is string {
  return typeof currency === 'string' && /^[A-Z]{3}$/.test(currency);
}

/** What an amount adds to totals: negative for a credit note, as stored otherwise. */
export function signedAmount(amount: number, creditNote: boolean): number {
  return creditNote ? -Math.abs(amount) : amount;
}

/**
 * Sums invoices by the totals rule (see `InvoiceTotals`), in the order given; currencies
 * appear in the order their first counted invoice does.
 */
export function invoiceTotals(invoices: Iterable<Invoice | null | undefined>): InvoiceTotals {
  const totals: Record<string, number> = {};
  const outstanding: Record<string, number> = {};
  for (const invoice of invoices) {
    if (!invoice || typeof invoice !== 'object' || !countsInTotals(invoice.status)) continue;
    const { amount, currency } = invoice;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || !isCurrencyCode(currency)) continue;
    const value = signedAmount(amount, isCreditNoteNumber(invoice.invoiceNumber));
    totals[currency] = (totals[currency] ?? 0) + value;
    outstanding[currency] = (outstanding[currency] ?? 0) + (isOutstanding(invoice.status) ? value : 0);
  }
  return { totals, outstanding };
}
