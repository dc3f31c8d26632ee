import { InvoiceAdapterError } from './errors.js';
import { groupLineages } from './lineage.js';
import type { RowKeys } from './row-keys.js';
import type { Invoice, InvoicePage } from './types.js';
import { validateInvoice, type InvoiceProblem } from './validate.js';

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

/** An adapter's answer, read once: sanitised, validated, lineages grouped, rows keyed. */
export interface ReadPage {
  rows: Invoice[];
  /** A finite, non-negative count (the number of rows when the adapter's is unusable). */
  total: number;
  totals?: Record<string, number>;
  lastRefreshed?: string;
  malformed: MalformedRow[];
  /** Originals superseded by a reissue within these rows. */
  superseded: Invoice[];
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
export function readPage(value: unknown, keys: RowKeys): ReadPage {
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
  for (const lineage of groupLineages(rows.filter((r) => typeof r.invoiceNumber === 'string')).values())
    superseded.push(...lineage.superseded);
  const total =
    typeof answer.total === 'number' && Number.isFinite(answer.total) && answer.total >= 0 ? Math.floor(answer.total) : rows.length;
  const page: ReadPage = { rows, total, malformed, superseded, duplicateIds: keys.assign(rows) };
  if (answer.totals && typeof answer.totals === 'object') page.totals = answer.totals;
  if (typeof answer.lastRefreshed === 'string') page.lastRefreshed = answer.lastRefreshed;
  return page;
}
