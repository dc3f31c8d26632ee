import type { Invoice } from '../data/types.js';
import { INVOICE_STATUSES, type InvoiceStatus } from '../data/types.js';
import { isKnownCurrency, isValidMonth, textOf } from '../data/validate.js';
import { currencyDigits } from '../format/formatters.js';
import { statusLabel } from '../internal/labels.js';

/** What a column holds; decides the cell type and number format. */
export type ExportColumnKind = 'text' | 'money' | 'month' | 'status' | 'number' | 'date';

/** One exported column. `header` arrives localised; `value` reads the raw value from an invoice. */
export interface ExportColumn {
  id: string;
  header: string;
  kind: ExportColumnKind;
  /**
   * The raw value: text for `text`, a status for `status`, a number for `number`, `YYYY-MM`
   * for `month`, `YYYY-MM-DD` (or an ISO date-time) for `date`, and for `money` either the
   * amount (the invoice's `currency` applies) or `{ amount, currency }`.
   */
  value(invoice: Invoice): unknown;
}

/** A cell ready to write: text, or a number with an optional spreadsheet number format. */
export type ExportCell = { t: 's'; v: string } | { t: 'n'; v: number; z?: string; /** decimals of a money amount */ d?: number };

// A spreadsheet reads these first characters as the start of a formula or a DDE call.
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/**
 * Text that a spreadsheet will never evaluate: a value that starts with `=`, `+`, `-`, `@`,
 * tab or CR (also after leading whitespace) gets a leading apostrophe, as OWASP advises
 * against CSV/formula injection. Anything that is not text becomes text first.
 */
export function safeCellText(value: unknown): string {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : textOf(value) || String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): finite numbers as they are, everything else formula-safe text,
 * quoted when it holds a comma, a quote or a line break (quotes doubled).
 */
export function csvEscape(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = safeCellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Days between the spreadsheet epoch (1899-12-30) and 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25569;
const DAY_MS = 86_400_000;

/** The spreadsheet serial number of a calendar date (UTC parts, so no time zone shifts it). */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS + EPOCH_OFFSET_DAYS;
}

/** Number format of an amount in `currency`: its own decimals (JPY none, SGD two) and its code. */
export function moneyNumberFormat(currency: string): string {
  const digits = currencyDigits(currency);
  const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  return `"${currency}" ${number};-"${currency}" ${number}`;
}

/** Month format for a locale: "May 2020" style where month names read well, else `2020-05`. */
export function monthNumberFormat(locale: string): string {
  return /^en\b/i.test(locale) ? 'mmm yyyy' : 'yyyy-mm';
}

export const DATE_NUMBER_FORMAT = 'yyyy-mm-dd';
export const NUMBER_FORMAT = '#,##0.##########';

/** How cells of each kind are formatted for one export. */
export interface CellContext {
  locale: string;
  monthFormat: string;
  /** Money format and decimals per currency, computed once per export. */
  money: Map<string, { z: string; d: number }>;
  /** Localised status labels, looked up once per export. */
  statuses: Map<unknown, string>;
}

export function cellContext(locale: string): CellContext {
  return { locale, monthFormat: monthNumberFormat(locale), money: new Map(), statuses: new Map() };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const STATUSES = new Set<unknown>(INVOICE_STATUSES);

/**
 * The cell for `column` of `invoice`. Values that do not fit the column's kind (a NaN
 * amount, an impossible month) are kept as formula-safe text so nothing is lost or evaluated.
 */
export function cellFor(column: ExportColumn, invoice: Invoice, context: CellContext): ExportCell | null {
  let value: unknown;
  try {
    value = column.value(invoice);
  } catch {
    return null;
  }
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'money': {
      let amount: unknown = value;
      let currency: unknown = invoice?.currency;
      if (typeof value === 'object' && value !== null && 'amount' in value) {
        amount = (value as { amount: unknown }).amount;
        currency = (value as { currency?: unknown }).currency ?? currency;
      }
      if (typeof amount !== 'number' || !Number.isFinite(amount)) return textCell(amount);
      if (!isKnownCurrency(currency)) return { t: 'n', v: amount, z: NUMBER_FORMAT };
      let format = context.money.get(currency);
      if (!format) context.money.set(currency, (format = { z: moneyNumberFormat(currency), d: currencyDigits(currency) }));
      return { t: 'n', v: amount, z: format.z, d: format.d };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { t: 'n', v: value, z: NUMBER_FORMAT } : textCell(value);
    case 'month': {
      if (!isValidMonth(value)) return textCell(value);
      return { t: 'n', v: dateSerial(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 1), z: context.monthFormat };
    }
    case 'date': {
      const match = typeof value === 'string' ? DATE.exec(value) : null;
      if (!match) return textCell(value);
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (m < 1 || m > 12 || d < 1 || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return textCell(value);
      return { t: 'n', v: dateSerial(y, m, d), z: DATE_NUMBER_FORMAT };
    }
    case 'status': {
      if (!STATUSES.has(value)) return textCell(value);
      let label = context.statuses.get(value);
      if (label === undefined) context.statuses.set(value, (label = statusLabel(value as InvoiceStatus)));
      return textCell(label);
    }
    default:
      return textCell(value);
  }
}

function textCell(value: unknown): ExportCell | null {
  const text = safeCellText(value);
  return text === '' ? null : { t: 's', v: text };
}

/** The CSV field of a cell: amounts with their currency's decimals, months as `YYYY-MM`, dates as `YYYY-MM-DD`. */
export function csvField(column: ExportColumn, cell: ExportCell | null): string {
  if (!cell) return '';
  if (cell.t === 's') return csvEscape(cell.v);
  switch (column.kind) {
    case 'money':
      return cell.d === undefined ? String(cell.v) : cell.v.toFixed(cell.d);
    case 'month':
    case 'date': {
      const date = new Date((cell.v - EPOCH_OFFSET_DAYS) * DAY_MS).toISOString();
      return column.kind === 'month' ? date.slice(0, 7) : date.slice(0, 10);
    }
    default:
      return String(cell.v);
  }
}
