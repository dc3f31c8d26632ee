import { isCreditNoteNumber } from './lineage.js';
import type { BuildSteps } from './resumable-build.js';
import { countsInTotals, isCurrencyCode } from './totals.js';
import { INVOICE_STATUSES, type Invoice } from './types.js';

/**
 * Each row's billing month, read in one pass: all the default order (newest first) needs, so
 * all the first page of an unfiltered list waits for.
 */
export interface MonthFacts {
  /** `year × 12 + month − 1` of a valid `YYYY-MM` (years 1900–2999), 0 otherwise. */
  month: Uint16Array;
  /** The newest and oldest month codes (0 and 0xffff when no row has a valid month). */
  newestMonth: number;
  oldestMonth: number;
  /** True when every row has a valid month, so `month` orders them as their text does. */
  monthsValid: boolean;
}

/**
 * What every query reads about each row, gathered into typed arrays (the months first, the
 * rest in a second pass that can run in idle time), so that filtering by status, totals and
 * the default order never touch a row object again.
 */
export interface RowFacts extends MonthFacts {
  /** Index into INVOICE_STATUSES, -1 when unknown. */
  status: Int8Array;
  /** The amount when it is a finite number, NaN otherwise. */
  amount: Float64Array;
  /**
   * Index into `currencies` when the row counts in totals (open, disputed or closed, a finite
   * amount, a currency code), -1 otherwise. Three capital letters make at most 17,576 codes.
   */
  currency: Int16Array;
  /** 1 for a credit note (`CN`) that counts in totals. */
  creditNote: Uint8Array;
  currencies: string[];
}

/** Rows the second pass reads per step (a few ms at most). */
const FACTS_STEP_ROWS = 4096;

/** Status codes that count in totals (open, disputed, closed). */
const COUNTED = Uint8Array.from(INVOICE_STATUSES, (status) => (countsInTotals(status) ? 1 : 0));

const [S0, S1, S2, S3] = INVOICE_STATUSES;

/** Index into INVOICE_STATUSES (four of them), -1 when unknown: compared directly, as this runs for every row. */
function statusCode(status: unknown): number {
  return status === S0 ? 0 : status === S1 ? 1 : status === S2 ? 2 : status === S3 ? 3 : -1;
}

/** `year × 12 + month − 1` for a valid `YYYY-MM` between 1900 and 2999 (as `isValidMonth`), else 0. */
export function monthCode(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== 0x2d) return 0;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const digit = value.charCodeAt(k) - 0x30;
    if (digit < 0 || digit > 9) return 0;
    year = year * 10 + digit;
  }
  const tens = value.charCodeAt(5) - 0x30;
  const ones = value.charCodeAt(6) - 0x30;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return 0;
  const month = tens * 10 + ones;
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 ? year * 12 + month - 1 : 0;
}

/** Reads every row's billing month (the first pass). */
export function scanMonths(rows: readonly Invoice[]): MonthFacts {
  const n = rows.length;
  const month = new Uint16Array(n);
  let newestMonth = 0;
  let oldestMonth = 0xffff;
  let monthsValid = true;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const m = row && typeof row === 'object' ? monthCode(row.billingMonth) : 0;
    month[i] = m;
    if (m === 0) monthsValid = false;
    else {
      if (m > newestMonth) newestMonth = m;
      if (m < oldestMonth) oldestMonth = m;
    }
  }
  return { month, newestMonth, oldestMonth, monthsValid };
}

/**
 * The second pass, in steps of `FACTS_STEP_ROWS` rows (yielding between them): status,
 * amount, currency and credit note of every row, added to the months of the first.
 */
export function* rowFactsSteps(rows: readonly Invoice[], months: MonthFacts, stepRows = FACTS_STEP_ROWS): BuildSteps<RowFacts> {
  const n = rows.length;
  const facts: RowFacts = {
    ...months,
    status: new Int8Array(n),
    amount: new Float64Array(n),
    currency: new Int16Array(n),
    creditNote: new Uint8Array(n),
    currencies: [],
  };
  const ids = new Map<unknown, number>();
  for (let from = 0; from < n; from += stepRows) {
    if (from > 0) yield;
    readFacts(rows, facts, ids, from, Math.min(n, from + stepRows));
  }
  return facts;
}

/** Both passes at once. */
export function scanRows(rows: readonly Invoice[]): RowFacts {
  const steps = rowFactsSteps(rows, scanMonths(rows), Infinity);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Status, amount, currency and credit note of rows `from` to `to`; `ids` maps currency codes seen to their index (-1: not one). */
function readFacts(rows: readonly Invoice[], facts: RowFacts, ids: Map<unknown, number>, from: number, to: number): void {
  const { status, amount, currency, creditNote, currencies } = facts;
  let lastCode: unknown;
  let lastId = -1;
  for (let i = from; i < to; i++) {
    const row = rows[i];
    if (!row || typeof row !== 'object') {
      status[i] = -1;
      amount[i] = NaN;
      currency[i] = -1;
      continue;
    }
    const code = statusCode(row.status);
    status[i] = code;
    const value = row.amount;
    const finite = typeof value === 'number' && Number.isFinite(value);
    amount[i] = finite ? value : NaN;
    let id = -1;
    if (finite && code >= 0 && COUNTED[code]) {
      if (isCreditNoteNumber(row.invoiceNumber)) creditNote[i] = 1;
      const currencyCode = row.currency;
      if (currencyCode === lastCode) id = lastId;
      else {
        id = ids.get(currencyCode) ?? -2;
        if (id === -2) {
          id = isCurrencyCode(currencyCode) ? currencies.push(currencyCode) - 1 : -1;
          ids.set(currencyCode, id);
        }
        lastCode = currencyCode;
        lastId = id;
      }
    }
    currency[i] = id;
  }
}

/**
 * The default order of some rows (ascending indices): newest billing month first, ties in
 * the data's order, rows without a valid month last. A counting sort by month, reading only
 * `facts.month`, in two passes.
 */
export function newestFirst(rows: Int32Array, { month, newestMonth, oldestMonth }: MonthFacts): Int32Array {
  const span = newestMonth >= oldestMonth ? newestMonth - oldestMonth + 1 : 0;
  // Bucket b holds month `newestMonth - b`; bucket `span` the rows without a month.
  const start = new Int32Array(span + 2);
  for (let k = 0; k < rows.length; k++) {
    const m = month[rows[k] as number] as number;
    start[(m ? newestMonth - m : span) + 1]++;
  }
  for (let b = 1; b < start.length; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
  const ordered = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const m = month[i] as number;
    ordered[start[m ? newestMonth - m : span]++] = i;
  }
  return ordered;
}
