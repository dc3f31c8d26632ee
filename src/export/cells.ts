import type { Invoice } from '../data/types.js';
import { INVOICE_STATUSES, type InvoiceStatus } from '../data/types.js';
import { isKnownCurrency, isValidMonth, parseCalendarDate, textOf, utcDate } from '../data/validate.js';
import { currencyDigits } from '../format/formatters.js';

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

// Where a CSV reader may start a new field or record: the comma, the semicolon (Excel's list
// separator in most of Europe), the tab, and a line break (inside a quoted field for a reader
// with our separator, but the end of a record for one whose separator splits the quote off).
const BOUNDARY_BEFORE_FORMULA = /(\r\n|[,;\t\r\n])(?=[\s"]*[=+\-@])/g;

const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/**
 * Text a spreadsheet's CSV import turns into something else: numbers (`00123` → 123,
 * `2202008003470` → 2.20201E+12, a 20-digit number loses digits, `1E5` → 100000, `1,234`,
 * `(12)`, `10%`, `$5`), dates and times (`2024-05-01`, `5/1`, `12:30`, `May 2020`, `1-May`,
 * `2024年5月1日`), booleans and error values. Read after NFKC folding (full-width digits).
 */
const CONVERTED = [
  /^[\d\s.,:/\\+\-()%$€£¥₩]*\d[\d\s.,:/\\+\-()%$€£¥₩e]*$/i,
  new RegExp(`^(?:\\d{1,4}[\\s\\-/.,]*)?${MONTH_NAME}(?:[\\s\\-/.,]*\\d{1,4}){0,2}$`, 'i'),
  /^\d{1,4}\s*[年년]\s*(?:\d{1,2}\s*[月월]\s*(?:\d{1,2}\s*[日일])?)?$|^\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]$/,
  /^(?:true|false)$/i,
  /^#(?:n\/a|null!|div\/0!|value!|ref!|name\?|num!|getting_data)$/i,
];

/** True when a spreadsheet opening CSV would read `text` as a number, date, boolean or error instead of text. */
export function spreadsheetWouldConvert(text: string): boolean {
  const folded = text.normalize('NFKC').trim();
  return folded !== '' && CONVERTED.some((pattern) => pattern.test(folded));
}

/**
 * Text for a CSV field, safe whichever separator the reader uses (comma, semicolon or tab) and
 * kept as text when the file is opened by double-click:
 * - formula-safe at the start ({@link safeCellText}) and after every comma, semicolon, tab and
 *   line break inside it, where a reader with another separator would start a field
 *   (`a;=1+1` → `a;'=1+1`, `x⏎=2+2` → `x⏎'=2+2`);
 * - a value a spreadsheet would turn into a number or a date (`00123`, `2202008003470`, `1E5`,
 *   `2024-05-01`) starts with an apostrophe, the spreadsheet mark for "text": Excel and
 *   LibreOffice show it (and keep every digit), Google Sheets hides it. Never a formula such
 *   as `="00123"`: exported cells never start one. The .xlsx keeps such values exactly.
 */
export function csvText(value: unknown): string {
  const text = safeCellText(value).replace(BOUNDARY_BEFORE_FORMULA, "$1'");
  return !text.startsWith("'") && spreadsheetWouldConvert(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** A number for a CSV field, with no sign on a zero (`-0`, and `-0.00` after rounding, are `0`). */
function csvNumber(text: string): string {
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * One CSV field (RFC 4180): finite numbers as they are, everything
 * else as {@link csvText}, quoted when it holds a comma, a quote or a line break (quotes doubled).
 */
export function csvEscape(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? csvNumber(String(value)) : '';
  const text = csvText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Days between the spreadsheet epoch (1899-12-30) and 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25569;
const DAY_MS = 86_400_000;
/** Serial 60 is Excel's 29 February 1900, a day that never was (kept from Lotus 1-2-3). */
const FAKE_LEAP_DAY = 60;
/** 9999-12-31, the last day a spreadsheet date can hold. */
const LAST_SERIAL = 2_958_465;

/**
 * The spreadsheet serial number of a calendar date in the 1900 date system, as Excel counts:
 * 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01 (60 is Excel's fictitious 1900-02-29).
 * UTC parts, so no time zone shifts it; years 0–99 are years 0–99, not 1900–1999. `undefined`
 * for a day that does not exist or one no spreadsheet date can hold (before 1900, after 9999).
 */
export function dateSerial(year: number, month: number, day: number): number | undefined {
  const date = utcDate(year, month, day);
  if (!date) return undefined;
  const days = date.getTime() / DAY_MS + EPOCH_OFFSET_DAYS;
  const serial = days < FAKE_LEAP_DAY + 1 ? days - 1 : days;
  return serial >= 1 && serial <= LAST_SERIAL ? serial : undefined;
}

/** The calendar date `YYYY-MM-DD` of a serial from {@link dateSerial}. */
export function serialToIsoDate(serial: number): string {
  const days = serial < FAKE_LEAP_DAY ? serial + 1 : serial;
  return new Date((days - EPOCH_OFFSET_DAYS) * DAY_MS).toISOString().slice(0, 10);
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
  /** Status labels in the export's language. */
  statuses: Map<unknown, string>;
}

/** English status labels, used when an export is given none (the element passes localised ones). */
export const ENGLISH_STATUS_LABELS: Readonly<Record<InvoiceStatus, string>> = {
  open: 'Open',
  disputed: 'Disputed',
  closed: 'Closed',
  na: 'Not applicable',
};

/**
 * The formatting of one export in `locale`. Status labels come from the caller (this module
 * loads no translations, so it runs in a Worker); English when none are given.
 */
export function cellContext(locale: string, statusLabels: Readonly<Record<InvoiceStatus, string>> = ENGLISH_STATUS_LABELS): CellContext {
  const statuses = new Map<unknown, string>(
    INVOICE_STATUSES.map((status) => [status, statusLabels[status] ?? ENGLISH_STATUS_LABELS[status]]),
  );
  return { locale, monthFormat: monthNumberFormat(locale), money: new Map(), statuses };
}

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
  let currency: unknown = invoice?.currency;
  if (column.kind === 'money' && typeof value === 'object' && value !== null && 'amount' in value) {
    currency = (value as { currency?: unknown }).currency ?? currency;
    value = (value as { amount: unknown }).amount;
  }
  return cellOf(column.kind, value, currency, context);
}

/**
 * The cell of one raw value of a column of `kind`; `currency` applies to a money amount.
 * What {@link cellFor} does once the value is read, also used by the Worker, which gets values
 * rather than invoices.
 */
export function cellOf(kind: ExportColumnKind, value: unknown, currency: unknown, context: CellContext): ExportCell | null {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return textCell(value);
      if (!isKnownCurrency(currency)) return { t: 'n', v: value, z: NUMBER_FORMAT };
      let format = context.money.get(currency);
      if (!format) context.money.set(currency, (format = { z: moneyNumberFormat(currency), d: currencyDigits(currency) }));
      return { t: 'n', v: value, z: format.z, d: format.d };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { t: 'n', v: value, z: NUMBER_FORMAT } : textCell(value);
    case 'month': {
      const serial = isValidMonth(value) ? dateSerial(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 1) : undefined;
      return serial === undefined ? textCell(value) : { t: 'n', v: serial, z: context.monthFormat };
    }
    case 'date': {
      // Impossible days (2024-02-30, 1900-02-29) and years outside 1900–2999 stay text, as written.
      const date = parseCalendarDate(value);
      const serial = date && dateSerial(date.year, date.month, date.day);
      return serial === undefined ? textCell(value) : { t: 'n', v: serial, z: DATE_NUMBER_FORMAT };
    }
    case 'status':
      return textCell(context.statuses.get(value) ?? value);
    default:
      return textCell(value);
  }
}

function textCell(value: unknown): ExportCell | null {
  const text = safeCellText(value);
  return text === '' ? null : { t: 's', v: text };
}

/** The CSV field of a cell: amounts with their currency's decimals, months as `YYYY-MM`, dates as `YYYY-MM-DD`. */
export function csvField(kind: ExportColumnKind, cell: ExportCell | null): string {
  if (!cell) return '';
  if (cell.t === 's') return csvEscape(cell.v);
  switch (kind) {
    case 'money':
      return csvNumber(cell.d === undefined ? String(cell.v) : cell.v.toFixed(cell.d));
    case 'month':
      return serialToIsoDate(cell.v).slice(0, 7);
    case 'date':
      return serialToIsoDate(cell.v);
    default:
      return csvNumber(String(cell.v));
  }
}
