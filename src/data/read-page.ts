import { InvoiceAdapterError } from './errors.js';
import { groupLineages } from './lineage.js';
import type { RowKeys } from './row-keys.js';
import type { Invoice, InvoicePage } from './types.js';
import { isKnownCurrency, isPlausibleAmount, readCount, validateInvoice, type InvoiceProblem } from './validate.js';

/** Every field a row can have a placeholder for: a row that is not an object shows them all. */
const ALL_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'invoiceNumber',
  'billingMonth',
  'amount',
  'currency',
  'customerName',
  'ocn',
  'bcn',
  'billingEntityName',
  'status',
]);

/** A malformed row: the fields to show as placeholders and what was wrong, as received. */
export interface MalformedRow {
  row: Invoice;
  input: unknown;
  fields: ReadonlySet<string>;
  problems: InvoiceProblem[];
}

/**
 * Sums per currency as read: a number, or `null` for a currency whose sum is there but
 * cannot be read (NaN, text, beyond 2^53 − 1), shown as a placeholder. Entries whose key is
 * not an ISO 4217 currency are left out (a malformed row's currency is not one to total).
 */
export type ReadSums = Record<string, number | null>;

/** A part of the answer other than its rows that could not be read: reported, shown as a placeholder. */
export interface PageFault {
  field: 'total' | 'totals' | 'outstanding';
  /** For `totals` and `outstanding`: the currency whose sum could not be read. */
  currency?: string;
  value: unknown;
}

/** An adapter's answer, read once: sanitised, validated, lineages grouped, rows keyed. */
export interface ReadPage {
  rows: Invoice[];
  /**
   * A finite, non-negative count. When the adapter's cannot be read (see `totalUnreadable`),
   * the rows seen so far: `offset` plus the rows of this answer.
   */
  total: number;
  /** The answer has a total that cannot be read (negative, NaN, text, beyond 2^53 − 1). */
  totalUnreadable: boolean;
  totals?: ReadSums;
  /** The open and disputed part of `totals`. */
  outstanding?: ReadSums;
  /** The answer's `pendingTotals` (when it has no `totals`): read it with `readTotals` once it resolves. */
  pendingTotals?: PromiseLike<unknown>;
  /** Parts other than rows that could not be read. */
  faults: PageFault[];
  lastRefreshed?: string;
  malformed: MalformedRow[];
  /** Originals superseded by a reissue within these rows. */
  superseded: Invoice[];
  /** Each superseded row's replacement: the number of its lineage's latest reissue. */
  replacedBy: Map<Invoice, string>;
  /** Ids that distinct invoices share (each now has its own row key). */
  duplicateIds: string[];
}

/** Passes an answer that has a rows array; throws a retryable `bad-response` error otherwise. */
export function assertPage(value: unknown): InvoicePage {
  const answer = value as Partial<InvoicePage> | null | undefined;
  if (!answer || typeof answer !== 'object' || !Array.isArray(answer.rows)) {
    throw new InvoiceAdapterError('bad-response', 'The page has no rows array.', { retryable: true });
  }
  return answer as InvoicePage;
}

/**
 * Reads an adapter's answer. An answer without a rows array cannot be read and throws a
 * retryable `bad-response` error (it is not an empty result); anything else is kept: a row
 * that is not an object becomes an empty one with every field marked, an unusable `total`
 * becomes the row count.
 */
export function readPage(value: unknown, keys: RowKeys, offset = 0): ReadPage {
  const answer: Partial<InvoicePage> = assertPage(value);
  const input: readonly unknown[] = answer.rows ?? [];
  const rows = input.map((row) => (row && typeof row === 'object' ? (row as Invoice) : ({ id: '' } as unknown as Invoice)));
  const malformed: MalformedRow[] = [];
  rows.forEach((row, i) => {
    const problems = validateInvoice(input[i]);
    if (problems.length === 0) return;
    const fields = problems.some((p) => p.code === 'not-object') ? ALL_FIELDS : new Set(problems.map((p) => p.field));
    malformed.push({ row, input: input[i], fields, problems });
  });
  const superseded: Invoice[] = [];
  const replacedBy = new Map<Invoice, string>();
  for (const lineage of groupLineages(rows.filter((r) => typeof r.invoiceNumber === 'string')).values()) {
    superseded.push(...lineage.superseded);
    for (const row of lineage.superseded) if (lineage.current) replacedBy.set(row, lineage.current.invoiceNumber);
  }
  const faults: PageFault[] = [];
  const counted = readCount(answer.total);
  const totalUnreadable = counted === undefined && answer.total !== undefined;
  if (totalUnreadable) faults.push({ field: 'total', value: answer.total });
  const seen = Math.max(0, Math.floor(readCount(offset) ?? 0)) + rows.length;
  const total = counted ?? seen;
  const page: ReadPage = { rows, total, totalUnreadable, malformed, superseded, replacedBy, duplicateIds: keys.assign(rows), faults };
  const totals = readSums(answer.totals, 'totals', faults);
  if (totals) page.totals = totals;
  const outstanding = readSums(answer.outstanding, 'outstanding', faults);
  if (outstanding) page.outstanding = outstanding;
  const pending = answer.pendingTotals as unknown;
  if (!totals && pending && typeof (pending as PromiseLike<unknown>).then === 'function')
    page.pendingTotals = pending as PromiseLike<unknown>;
  if (typeof answer.lastRefreshed === 'string') page.lastRefreshed = answer.lastRefreshed;
  return page;
}

/** Reads what a page's `pendingTotals` resolved with, as `readPage` reads a page's `totals` and `outstanding`. */
export function readTotals(value: unknown): Pick<ReadPage, 'totals' | 'outstanding' | 'faults'> {
  const faults: PageFault[] = [];
  const sums = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const out: Pick<ReadPage, 'totals' | 'outstanding' | 'faults'> = { faults };
  const totals = readSums(sums.totals, 'totals', faults);
  if (totals) out.totals = totals;
  const outstanding = readSums(sums.outstanding, 'outstanding', faults);
  if (outstanding) out.outstanding = outstanding;
  return out;
}

/** Reads sums per currency (see `ReadSums`); every sum present but unreadable is a fault. */
function readSums(value: unknown, field: 'totals' | 'outstanding', faults: PageFault[]): ReadSums | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const sums: ReadSums = {};
  for (const [currency, sum] of Object.entries(value as Record<string, unknown>)) {
    if (!isKnownCurrency(currency)) continue;
    if (isPlausibleAmount(sum)) sums[currency] = sum;
    else {
      sums[currency] = null;
      faults.push({ field, currency, value: sum });
    }
  }
  return sums;
}
