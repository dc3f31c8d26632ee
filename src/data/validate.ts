import { isCreditNoteNumber } from './lineage.js';
import { INVOICE_STATUSES, type Invoice } from './types.js';

export type InvoiceProblemCode =
  | 'missing'
  | 'not-text'
  | 'not-finite'
  | 'impossible-month'
  | 'impossible-date'
  | 'out-of-range'
  | 'unknown-status'
  | 'unknown-currency'
  | 'not-object'
  /** Another invoice in the result has this id (reported by the grid; the rows keep distinct keys). */
  | 'duplicate-id'
  /** A page's total or a sum of its totals cannot be read (reported by the grid with kind `page`). */
  | 'unreadable';

export interface InvoiceProblem {
  field: string;
  code: InvoiceProblemCode;
  /** The offending value, as received. */
  value: unknown;
}

const REQUIRED_TEXT = ['id', 'invoiceNumber', 'customerName', 'ocn', 'bcn'] as const;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/** Earliest and latest year of a month or date the library reads as real (as spreadsheets and billing systems hold them). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/**
 * The largest magnitude read as an amount, a total or a count: 2^53 − 1. Beyond it a number
 * cannot even count in whole units exactly, so `1e308` from an adapter is a fault, not a figure.
 */
export const MAX_MAGNITUDE = Number.MAX_SAFE_INTEGER;

/** True for a finite number whose magnitude is at most `MAX_MAGNITUDE` (an amount or a total). */
export function isPlausibleAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
}

/**
 * Reads a count an adapter sent (a total, a tab count): a finite number from 0 to
 * `MAX_MAGNITUDE`, rounded down; `undefined` for anything else (negative, NaN, `1e308`, text).
 */
export function readCount(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_MAGNITUDE) return undefined;
  return Math.floor(value);
}

/**
 * The UTC midnight of a calendar date, for any year from 0 on. `Date.UTC` reads years 0–99
 * as 1900–1999, so the year is set on its own; `undefined` when the day does not exist
 * (`2024-02-30`, `1900-02-29`).
 */
export function utcDate(year: number, month: number, day: number): Date | undefined {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * The parts of a real calendar date `YYYY-MM-DD` (or of the date part of an ISO date-time)
 * between `MIN_YEAR` and `MAX_YEAR`; `undefined` for an impossible or out-of-range date.
 */
export function parseCalendarDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || !utcDate(year, month, day)) return undefined;
  return { year, month, day };
}

let knownCurrencies: Set<string> | undefined;

/** True for an ISO 4217 code the runtime's Intl knows. */
export function isKnownCurrency(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  if (!supported) return true;
  knownCurrencies ??= new Set(supported('currency'));
  return knownCurrencies.has(code);
}

/** True for a real calendar month `YYYY-MM` between `MIN_YEAR` and `MAX_YEAR` (1900–2999). */
export function isValidMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = MONTH.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

/**
 * Lists what is wrong with a row so a component can show a placeholder for each field and
 * report the row, without dropping it. An empty array means the row is sound.
 */
export function validateInvoice(row: unknown): InvoiceProblem[] {
  if (row === null || typeof row !== 'object') return [{ field: '', code: 'not-object', value: row }];
  const invoice = row as Partial<Record<keyof Invoice, unknown>>;
  const problems: InvoiceProblem[] = [];
  for (const field of REQUIRED_TEXT) {
    const value = invoice[field];
    if (value === undefined || value === null || value === '') problems.push({ field, code: 'missing', value });
    else if (typeof value !== 'string' && typeof value !== 'number') problems.push({ field, code: 'not-text', value });
  }
  if (invoice.billingEntityName != null && typeof invoice.billingEntityName !== 'string') {
    problems.push({ field: 'billingEntityName', code: 'not-text', value: invoice.billingEntityName });
  }
  const month = invoice.billingMonth;
  if (month === undefined || month === null || month === '') problems.push({ field: 'billingMonth', code: 'missing', value: month });
  else if (!isValidMonth(month)) problems.push({ field: 'billingMonth', code: 'impossible-month', value: month });

  const amount = invoice.amount;
  if (amount === undefined || amount === null) problems.push({ field: 'amount', code: 'missing', value: amount });
  else if (typeof amount !== 'number' || !Number.isFinite(amount)) problems.push({ field: 'amount', code: 'not-finite', value: amount });
  else if (!isPlausibleAmount(amount)) problems.push({ field: 'amount', code: 'out-of-range', value: amount });

  const currency = invoice.currency;
  if (currency === undefined || currency === null || currency === '')
    problems.push({ field: 'currency', code: 'missing', value: currency });
  else if (!isKnownCurrency(currency)) problems.push({ field: 'currency', code: 'unknown-currency', value: currency });

  const status = invoice.status;
  if (status === undefined || status === null || status === '') problems.push({ field: 'status', code: 'missing', value: status });
  else if (!INVOICE_STATUSES.includes(status as Invoice['status']))
    problems.push({ field: 'status', code: 'unknown-status', value: status });
  problems.push(...paymentProblems(invoice));
  return problems;
}

/**
 * What is wrong with the optional payment fields: a `dueDate` that is not a calendar date, a
 * `paidAt` that is neither a date nor a date-time, an `amountDue` that is not a finite number
 * or lies outside 0 … |amount| (a credit note's may be negative), a `ticketReference` that is not text.
 */
function paymentProblems(invoice: Partial<Record<keyof Invoice, unknown>>): InvoiceProblem[] {
  const problems: InvoiceProblem[] = [];
  const { dueDate, paidAt, amountDue, amount, ticketReference } = invoice;
  const isDate = (value: unknown) => typeof value === 'string' && value.length === 10 && parseCalendarDate(value) !== undefined;
  if (dueDate != null && dueDate !== '' && !isDate(dueDate)) problems.push({ field: 'dueDate', code: 'impossible-date', value: dueDate });
  if (paidAt != null && paidAt !== '' && parseCalendarDate(paidAt) === undefined)
    problems.push({ field: 'paidAt', code: 'impossible-date', value: paidAt });
  if (amountDue != null) {
    if (typeof amountDue !== 'number' || !Number.isFinite(amountDue))
      problems.push({ field: 'amountDue', code: 'not-finite', value: amountDue });
    else if (
      (amountDue < 0 && !isCreditNoteNumber(invoice.invoiceNumber)) ||
      (typeof amount === 'number' && Number.isFinite(amount) && Math.abs(amountDue) > Math.abs(amount))
    )
      problems.push({ field: 'amountDue', code: 'out-of-range', value: amountDue });
  }
  if (ticketReference != null && typeof ticketReference !== 'string' && typeof ticketReference !== 'number')
    problems.push({ field: 'ticketReference', code: 'not-text', value: ticketReference });
  return problems;
}

/** Text for a field of an untrusted row: strings and finite numbers pass, anything else is empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
