import { isAbortError } from '../data/errors.js';
import { InMemoryInvoiceAdapter } from '../data/in-memory-adapter.js';
import { parseInvoiceNumber } from '../data/lineage.js';
import { defaultQuery } from '../data/query.js';
import { generateInvoices, sampleDocumentContent, seedInvoices } from '../data/sample.js';
import { invoiceTotals } from '../data/totals.js';
import { addBillingChecks } from './conformance-billing.js';
import { isValidMonth, textOf } from '../data/validate.js';
import type {
  Invoice,
  InvoiceDataAdapter,
  InvoiceDocument,
  InvoicePage,
  InvoiceQuery,
  InvoiceStatus,
  StatusCounts,
} from '../data/types.js';
import { INVOICE_STATUSES } from '../data/types.js';

/** The groups of the suite; each can be skipped by name. */
export type ConformanceGroup =
  | 'shape'
  | 'search'
  | 'filter'
  | 'sort'
  | 'order'
  | 'paging'
  | 'counts'
  | 'totals'
  | 'billing'
  | 'documents'
  | 'abort'
  | 'errors'
  | 'concurrency';

export const CONFORMANCE_GROUPS: readonly ConformanceGroup[] = [
  'shape',
  'search',
  'filter',
  'sort',
  'order',
  'paging',
  'counts',
  'totals',
  'billing',
  'documents',
  'abort',
  'errors',
  'concurrency',
];

/** What `makeAdapter` receives: the invoices the adapter must serve. */
export interface ConformanceContext {
  invoices: readonly Invoice[];
}

export type MakeAdapter = (context: ConformanceContext) => InvoiceDataAdapter | Promise<InvoiceDataAdapter>;

/** An adapter whose every call must fail (a server that answers 5xx, a backend that is down). */
export interface FailingAdapterCheck {
  make: () => InvoiceDataAdapter | Promise<InvoiceDataAdapter>;
  /** The error code expected (`InvoiceAdapterError.code`), when it is known. */
  code?: string;
  /** The `retryable` flag expected, when it is known. */
  retryable?: boolean;
}

type SuiteFn = (name: string, body: () => void) => unknown;
type TestFn = (name: string, body: () => Promise<void>) => unknown;

export interface ConformanceOptions {
  /**
   * The invoices the adapter under test serves. Default: `conformanceInvoices()`. A server
   * that cannot be seeded passes the invoices it holds (all of them, in its natural order).
   */
  invoices?: readonly Invoice[];
  /** Locale of the reference adapter's collation, to match the server's. Default: the runtime's. */
  collationLocale?: string;
  /**
   * Groups not to run (e.g. `['documents']` for an adapter without document content,
   * `['billing']` for one without `billingSummary` and the payment filter conditions).
   */
  skip?: readonly ConformanceGroup[];
  /** Milliseconds a single check may take before it fails. Default 10,000. */
  timeoutMs?: number;
  /** Checks the error contract against an adapter that always fails. */
  failing?: FailingAdapterCheck;
  /** Title of the registered suite. Default "Invoice adapter conformance". */
  title?: string;
  /**
   * `true`: register the checks with `describe`/`it` (given here or found as globals: mocha,
   * jest, vitest; pass `node:test`'s explicitly). `false`: run them now and resolve with the
   * report. Default: register when `describe` and `it` are available.
   */
  register?: boolean;
  describe?: SuiteFn;
  it?: TestFn;
}

export interface ConformanceResult {
  group: ConformanceGroup;
  name: string;
  ok: boolean;
  /** Why it failed. */
  message?: string;
  durationMs: number;
}

export interface ConformanceReport {
  ok: boolean;
  passed: number;
  failed: number;
  results: ConformanceResult[];
}

/** One check of the suite. `run` throws a `ConformanceError` saying what differs. */
export interface ConformanceCase {
  group: ConformanceGroup;
  name: string;
  run: () => Promise<void>;
}

export class ConformanceError extends Error {
  override readonly name = 'ConformanceError';
}

/**
 * The default data set: the five rows of the original screen plus 300 generated invoices
 * (seed 7) with reissues, credit notes, several currencies and documents. The reference
 * server (`examples/server/api.mjs`) serves the same set in the library's own tests.
 */
export function conformanceInvoices(): Invoice[] {
  return [...seedInvoices(), ...generateInvoices(300, { seed: 7 })];
}

function fail(message: string): never {
  throw new ConformanceError(message);
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function describeQuery(query: InvoiceQuery): string {
  const parts: string[] = [];
  if (query.search) parts.push(`search ${JSON.stringify(query.search)}`);
  if (query.statuses.length) parts.push(`statuses ${query.statuses.join(',')}`);
  const { version: _version, ...filter } = query.filter;
  if (Object.keys(filter).length) parts.push(`filter ${JSON.stringify(filter)}`);
  if (query.sort.length) parts.push(`sort ${query.sort.map((s) => `${s.field}:${s.direction}`).join(',')}`);
  parts.push(`offset ${query.offset} limit ${query.limit}`);
  return parts.join(', ');
}

const ROW_FIELDS = [
  'invoiceNumber',
  'billingMonth',
  'amount',
  'currency',
  'customerName',
  'ocn',
  'bcn',
  'billingEntityName',
  'status',
] as const;

function checkPageShape(page: unknown, query: InvoiceQuery): asserts page is InvoicePage {
  if (!page || typeof page !== 'object') fail(`listInvoices(${describeQuery(query)}) resolved with ${show(page)}, not a page.`);
  const { rows, total } = page as InvoicePage;
  if (!Array.isArray(rows)) fail(`listInvoices(${describeQuery(query)}): rows is not an array.`);
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0)
    fail(`listInvoices(${describeQuery(query)}): total ${show(total)} is not a non-negative integer.`);
  if (rows.length > query.limit) fail(`listInvoices(${describeQuery(query)}) returned ${rows.length} rows, more than the limit.`);
}

function comparePages(actual: InvoicePage, expected: InvoicePage, query: InvoiceQuery): void {
  const where = `listInvoices(${describeQuery(query)})`;
  if (actual.total !== expected.total) fail(`${where}: total ${actual.total}, expected ${expected.total}.`);
  const ids = actual.rows.map((row) => row?.id);
  const wanted = expected.rows.map((row) => row.id);
  if (ids.length !== wanted.length || ids.some((id, i) => String(id) !== String(wanted[i]))) {
    fail(`${where}: rows ${show(ids)}, expected ${show(wanted)}.`);
  }
  actual.rows.forEach((row, i) => {
    const reference = expected.rows[i] as Invoice;
    for (const field of ROW_FIELDS) {
      if (JSON.stringify(row[field]) !== JSON.stringify(reference[field])) {
        fail(`${where}: row ${String(reference.id)} has ${field} ${show(row[field])}, expected ${show(reference[field])}.`);
      }
    }
  });
  if (actual.totals !== undefined) compareSums(actual.totals, expected.totals ?? {}, `${where}: totals`);
  if (actual.outstanding !== undefined) compareSums(actual.outstanding, expected.outstanding ?? {}, `${where}: outstanding`);
}

/** Sums per currency: the same currencies, each equal up to rounding. */
function compareSums(actual: unknown, expected: Record<string, number>, where: string): void {
  if (!actual || typeof actual !== 'object') fail(`${where} is ${show(actual)}, not an object of sums per currency.`);
  const got = actual as Record<string, unknown>;
  const currencies = [...new Set([...Object.keys(got), ...Object.keys(expected)])];
  for (const currency of currencies) {
    const value = got[currency];
    const want = expected[currency];
    if (want === undefined) fail(`${where} has ${currency} ${show(value)}, expected no ${currency} (${show(expected)}).`);
    // Sums of decimal amounts depend on the order of addition, so compare with a relative tolerance.
    if (typeof value !== 'number' || Math.abs(value - want) > 1e-9 * Math.max(1, Math.abs(want))) {
      fail(`${where}[${currency}] ${show(value)}, expected ${want}.`);
    }
  }
}

/**
 * The default order, computed from the data set itself: newest billing month first, ties in
 * the data's order, rows without a valid month last.
 */
function newestFirst(invoices: readonly Invoice[]): Invoice[] {
  const month = (row: Invoice) => (row && isValidMonth(row.billingMonth) ? row.billingMonth : '');
  return invoices
    .map((row, i) => ({ row, i, month: month(row) }))
    .sort((a, b) => (a.month === b.month ? a.i - b.i : a.month < b.month ? 1 : -1))
    .map(({ row }) => row);
}

/** Every match of `query`, fetched a page of `pageSize` at a time. */
async function listAll(adapter: InvoiceDataAdapter, query: InvoiceQuery, pageSize = 500): Promise<{ rows: Invoice[]; first: InvoicePage }> {
  const rows: Invoice[] = [];
  let first: InvoicePage | undefined;
  for (let offset = 0; ; offset += pageSize) {
    const q = { ...query, offset, limit: pageSize };
    const page = await adapter.listInvoices(q);
    checkPageShape(page, q);
    first ??= page;
    rows.push(...page.rows);
    if (page.rows.length < pageSize || rows.length >= page.total) return { rows, first };
  }
}

/** Where two lists of rows first differ, said with their months. */
function firstDifference(actual: readonly Invoice[], expected: readonly Invoice[]): string {
  const i = expected.findIndex((row, k) => String(actual[k]?.id) !== String(row?.id));
  if (i < 0) return `${actual.length} rows, expected ${expected.length}`;
  const say = (row: Invoice | undefined) => (row ? `${String(row.id)} (${show(row.billingMonth)})` : 'nothing');
  return `row ${i} is ${say(actual[i])}, expected ${say(expected[i])}`;
}

function checkCounts(actual: unknown, expected: StatusCounts, query: InvoiceQuery): void {
  const where = `countByStatus(${describeQuery(query)})`;
  if (!actual || typeof actual !== 'object') fail(`${where} resolved with ${show(actual)}, not an object.`);
  for (const status of INVOICE_STATUSES) {
    const got = (actual as Record<string, unknown>)[status];
    if (got !== expected[status]) fail(`${where}: ${status} ${show(got)}, expected ${expected[status]}.`);
  }
}

const ERROR_CODES = new Set([
  'network',
  'timeout',
  'aborted',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server',
  'bad-request',
  'bad-response',
  'unsafe-url',
  'unavailable',
]);

/** A rejection as the elements expect it: an `InvoiceAdapterError` (checked by shape, so a second copy of the library passes). */
function checkAdapterError(
  error: unknown,
  where: string,
  expected: { code?: string | undefined; retryable?: boolean | undefined } = {},
): void {
  const e = error as { name?: unknown; code?: unknown; retryable?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') fail(`${where} rejected with ${show(error)}, not an InvoiceAdapterError.`);
  if (e.name !== 'InvoiceAdapterError')
    fail(`${where} rejected with a ${String(e.name)} (${String(e.message)}), not an InvoiceAdapterError.`);
  if (typeof e.code !== 'string' || !ERROR_CODES.has(e.code))
    fail(`${where}: error code ${show(e.code)} is not one of ${[...ERROR_CODES].join(', ')}.`);
  if (typeof e.retryable !== 'boolean') fail(`${where}: error has no boolean retryable flag.`);
  if (typeof e.message !== 'string' || !e.message.trim()) fail(`${where}: error has no message.`);
  if (expected.code !== undefined && e.code !== expected.code) fail(`${where}: error code ${e.code}, expected ${expected.code}.`);
  if (expected.retryable !== undefined && e.retryable !== expected.retryable)
    fail(`${where}: retryable ${String(e.retryable)}, expected ${expected.retryable}.`);
}

async function rejection(promise: Promise<unknown>, where: string): Promise<unknown> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error;
  }
  fail(`${where} resolved with ${show(value)}; it should have rejected.`);
}

async function expectAbort(promise: Promise<unknown>, where: string): Promise<void> {
  const error = await rejection(promise, where);
  if (!isAbortError(error)) {
    const e = error as { name?: unknown; message?: unknown } | null;
    fail(`${where} rejected with ${String(e?.name)}: ${String(e?.message)}; expected an AbortError.`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConformanceError(`"${name}" did not settle within ${ms} ms.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Picks values from the data set so the queries match something whatever the data. */
function probes(invoices: readonly Invoice[]) {
  const valid = invoices.filter(
    (row) => row && typeof row.invoiceNumber === 'string' && /^\d{4}-\d{2}$/.test(row.billingMonth) && Number.isFinite(row.amount),
  );
  const byCount = <K extends keyof Invoice>(field: K): string[] => {
    const counts = new Map<string, number>();
    for (const row of valid) {
      const value = row[field];
      if (typeof value === 'string' && value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
  };
  const months = byCount('billingMonth').sort();
  const amounts = valid.map((row) => row.amount).sort((a, b) => a - b);
  const sample = valid[Math.floor(valid.length / 2)] ?? valid[0];
  const withDocuments = valid.filter((row) => Array.isArray(row.documents) && row.documents.length > 0);
  const reissue = valid.find((row) => /-\d{1,4}$/.test(row.invoiceNumber));
  const original = reissue && valid.find((row) => row.invoiceNumber === reissue.invoiceNumber.replace(/-\d{1,4}$/, ''));
  return {
    sample,
    customer: byCount('customerName')[0] ?? '',
    currency: byCount('currency')[0] ?? 'JPY',
    entity: byCount('billingEntityName')[0] ?? '',
    monthFrom: months[Math.floor(months.length / 4)] ?? '2020-01',
    monthTo: months[Math.floor((months.length * 3) / 4)] ?? '2030-12',
    amountMin: amounts[Math.floor(amounts.length / 4)] ?? 0,
    amountMax: amounts[Math.floor((amounts.length * 3) / 4)] ?? 0,
    documentHolders: [original, reissue, ...withDocuments.slice(0, 3)].filter((row): row is Invoice => !!row),
  };
}

/** Full-width form of ASCII letters and digits, to prove search folds width. */
function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * The checks of the suite, each comparing the adapter under test with an
 * `InMemoryInvoiceAdapter` over the same invoices. Use it to run the checks in your own way;
 * `runAdapterConformance` registers or runs them for you.
 */
export function conformanceCases(makeAdapter: MakeAdapter, options: ConformanceOptions = {}): ConformanceCase[] {
  const invoices = options.invoices ?? conformanceInvoices();
  const reference = new InMemoryInvoiceAdapter(invoices, {
    documentContent: sampleDocumentContent,
    ...(options.collationLocale ? { collationLocale: options.collationLocale } : {}),
  });
  let adapter: Promise<InvoiceDataAdapter> | undefined;
  const subject = () => (adapter ??= Promise.resolve(makeAdapter({ invoices })));
  const p = probes(invoices);
  const cases: ConformanceCase[] = [];
  const add = (group: ConformanceGroup, name: string, run: (adapter: InvoiceDataAdapter) => Promise<void>) =>
    cases.push({ group, name, run: async () => run(await subject()) });

  const listMatches = async (a: InvoiceDataAdapter, overrides: Partial<InvoiceQuery>) => {
    const query = defaultQuery(overrides);
    const actual = await a.listInvoices(query);
    checkPageShape(actual, query);
    comparePages(actual, await reference.listInvoices(query), query);
  };
  const countsMatch = async (a: InvoiceDataAdapter, overrides: Partial<InvoiceQuery>) => {
    const query = defaultQuery(overrides);
    checkCounts(await a.countByStatus(query), await reference.countByStatus(query), query);
  };
  const sameList = (group: ConformanceGroup, name: string, overrides: Partial<InvoiceQuery>) =>
    add(group, name, (a) => listMatches(a, overrides));
  const sameCounts = (name: string, overrides: Partial<InvoiceQuery>) => add('counts', name, (a) => countsMatch(a, overrides));

  // shape
  sameList('shape', 'lists the first page unfiltered, with no sort: newest billing month first', {});
  add('shape', 'answers a page object with rows and an integer total', async (a) => {
    const query = defaultQuery({ limit: 5 });
    const page = await a.listInvoices(query);
    checkPageShape(page, query);
    for (const row of page.rows) {
      if (!row || typeof row !== 'object' || typeof row.id !== 'string' || typeof row.invoiceNumber !== 'string') {
        fail(`listInvoices: row ${show(row)} has no string id and invoiceNumber.`);
      }
    }
  });

  // search
  const number = p.sample?.invoiceNumber ?? '';
  sameList('search', 'searches the invoice number (substring)', { search: number.slice(2, 9) });
  sameList('search', 'searches ignoring full-width forms', { search: fullWidth(number.slice(0, 7)) });
  sameList('search', 'searches the customer name ignoring case', { search: p.customer.slice(0, 6).toUpperCase() });
  sameList('search', 'searches OCN', { search: p.sample?.ocn ?? '' });
  sameList('search', 'searches BCN', { search: p.sample?.bcn ?? '' });
  sameList('search', 'searches the billing entity name', { search: p.entity.slice(0, 5) });
  sameList('search', 'finds nothing for text that matches nothing', { search: 'zz-no-such-invoice-zz' });
  sameList('search', 'combines search with a status constraint', { search: number.slice(0, 4), statuses: ['closed', 'na'] });

  // filter
  sameList('filter', 'filters a month range (inclusive)', { filter: { version: 1, monthFrom: p.monthFrom, monthTo: p.monthTo } });
  sameList('filter', 'filters an amount range (inclusive)', { filter: { version: 1, amountMin: p.amountMin, amountMax: p.amountMax } });
  sameList('filter', 'filters one currency', { filter: { version: 1, currency: p.currency } });
  sameList('filter', 'filters statuses inside the filter', { filter: { version: 1, statuses: ['open', 'disputed'] } });
  sameList('filter', 'filters reissues and credit notes', { filter: { version: 1, kinds: ['reissue', 'credit-note'] } });
  sameList('filter', 'filters originals only', { filter: { version: 1, kinds: ['invoice'] } });
  sameList('filter', 'filters customer name (contains, any case)', {
    filter: { version: 1, customerName: { op: 'contains', value: p.customer.slice(1, 6).toLowerCase() } },
  });
  sameList('filter', 'filters OCN (equals)', { filter: { version: 1, ocn: { op: 'equals', value: p.sample?.ocn ?? '' } } });
  sameList('filter', 'filters invoice number (contains) and billing entity', {
    filter: {
      version: 1,
      invoiceNumber: { op: 'contains', value: number.slice(0, 3) },
      billingEntityName: { op: 'contains', value: p.entity.slice(0, 4) },
    },
  });
  sameList('filter', 'filters BCN (equals)', { filter: { version: 1, bcn: { op: 'equals', value: p.sample?.bcn ?? '' } } });
  sameList('filter', 'combines filter, search and statuses', {
    search: p.currency === 'JPY' ? '2' : '1',
    statuses: ['closed', 'open'],
    filter: { version: 1, currency: p.currency, monthFrom: p.monthFrom },
  });

  // sort
  sameList('sort', 'sorts by amount ascending', { sort: [{ field: 'amount', direction: 'asc' }] });
  sameList('sort', 'sorts by amount descending', { sort: [{ field: 'amount', direction: 'desc' }] });
  sameList('sort', 'sorts by month descending, ties in data order', { sort: [{ field: 'billingMonth', direction: 'desc' }], limit: 60 });
  sameList('sort', 'sorts by invoice number', { sort: [{ field: 'invoiceNumber', direction: 'asc' }] });
  sameList('sort', 'sorts text by customer name with the collator', { sort: [{ field: 'customerName', direction: 'asc' }], limit: 100 });
  sameList('sort', 'sorts by several keys', {
    sort: [
      { field: 'status', direction: 'asc' },
      { field: 'amount', direction: 'desc' },
    ],
    limit: 100,
  });
  sameList('sort', 'sorts a filtered, paged result', {
    sort: [
      { field: 'billingMonth', direction: 'asc' },
      { field: 'invoiceNumber', direction: 'desc' },
    ],
    filter: { version: 1, currency: p.currency },
    offset: 10,
    limit: 15,
  });

  // order: the default order, checked against the data set itself
  const newest = newestFirst(invoices);
  const defaultOrder = (name: string, overrides: Partial<InvoiceQuery>, keep: (row: Invoice | null) => boolean, pageSize?: number) =>
    add('order', name, async (a) => {
      const query = defaultQuery(overrides);
      const { rows } = await listAll(a, query, pageSize);
      const expected = newest.filter(keep);
      const ids = rows.map((row) => String(row?.id));
      if (ids.join('\n') !== expected.map((row) => String(row.id)).join('\n')) {
        fail(
          `listInvoices(${describeQuery(query)}), no sort: ${firstDifference(rows, expected)}. With no sort, rows come newest billing month first, ties in the data's order, rows without a valid month last.`,
        );
      }
    });
  defaultOrder('with no sort, lists newest billing month first, ties in the data order', {}, () => true);
  defaultOrder('pages the default order without gaps or repeats', {}, () => true, 40);
  const closedOrNa = (row: Invoice | null) => row?.status === 'closed' || row?.status === 'na';
  defaultOrder('keeps the default order in a status tab', { statuses: ['closed', 'na'] }, closedOrNa);
  defaultOrder(
    'keeps the default order under a filter',
    { filter: { version: 1, currency: p.currency } },
    (row) => row?.currency === p.currency,
  );

  // paging
  sameList('paging', 'pages with offset and limit', { offset: 25, limit: 10 });
  sameList('paging', 'answers one row with limit 1', { offset: 7, limit: 1 });
  sameList('paging', 'answers a short last page', { offset: Math.max(0, invoices.length - 3), limit: 10 });
  sameList('paging', 'answers no rows past the end, with the total', { offset: invoices.length + 10, limit: 10 });
  sameList('paging', 'pages a sorted result', { sort: [{ field: 'amount', direction: 'desc' }], offset: 50, limit: 25 });
  add('paging', 'pages partition the result without gaps or repeats', async (a) => {
    const base = defaultQuery({ sort: [{ field: 'billingMonth', direction: 'asc' }], filter: { version: 1, currency: p.currency } });
    const all = await reference.listInvoices({ ...base, limit: invoices.length || 1 });
    const seen: string[] = [];
    for (let offset = 0; offset < all.total; offset += 40) {
      const query = { ...base, offset, limit: 40 };
      const page = await a.listInvoices(query);
      checkPageShape(page, query);
      if (page.total !== all.total) fail(`listInvoices(${describeQuery(query)}): total ${page.total}, expected ${all.total}.`);
      seen.push(...page.rows.map((row) => String(row.id)));
    }
    const wanted = all.rows.map((row) => row.id);
    if (seen.join('\n') !== wanted.join('\n')) fail(`Paging through ${all.total} rows by 40 gave ${show(seen)}, expected ${show(wanted)}.`);
  });

  // counts
  sameCounts('counts every status unfiltered', {});
  sameCounts('counts ignore the status constraint (the tabs)', { statuses: ['open'] });
  sameCounts('counts follow the search', { search: number.slice(0, 5) });
  sameCounts('counts follow the filter', { filter: { version: 1, currency: p.currency, monthFrom: p.monthFrom } });
  sameCounts('counts are zero when nothing matches', { search: 'zz-no-such-invoice-zz' });
  add('counts', 'counts agree with the list totals', async (a) => {
    const query = defaultQuery({ filter: { version: 1, amountMin: p.amountMin } });
    const counts = await a.countByStatus(query);
    for (const status of INVOICE_STATUSES) {
      const list = await a.listInvoices({ ...query, statuses: [status as InvoiceStatus], limit: 1 });
      if (list.total !== counts[status])
        fail(`countByStatus says ${status} ${counts[status]}, listInvoices with that status says ${list.total}.`);
    }
  });

  // totals: checked against the totals rule applied to the data set itself
  const sums = (name: string, overrides: Partial<InvoiceQuery>, keep: (row: Invoice | null) => boolean) =>
    add('totals', name, async (a) => {
      const query = defaultQuery({ ...overrides, limit: 5 });
      const answer = await a.listInvoices(query);
      checkPageShape(answer, query);
      // Totals that follow the rows are checked once they arrive.
      const page = answer.totals === undefined && answer.pendingTotals ? { ...answer, ...(await answer.pendingTotals) } : answer;
      const where = `listInvoices(${describeQuery(query)})`;
      if (page.totals === undefined || page.outstanding === undefined) {
        fail(
          `${where} answered no ${page.totals === undefined ? 'totals' : 'outstanding'}. (An adapter that answers no totals skips the 'totals' group.)`,
        );
      }
      const expected = invoiceTotals(invoices.filter(keep));
      compareSums(page.totals, expected.totals, `${where}: totals`);
      compareSums(page.outstanding, expected.outstanding, `${where}: outstanding`);
    });
  sums('totals per currency leave out NA rows and count credit notes as negative; outstanding is open + disputed', {}, () => true);
  sums('totals follow the status tab (a closed tab owes nothing)', { statuses: ['closed', 'na'] }, closedOrNa);
  sums(
    'totals follow the filter (reissues and credit notes)',
    { filter: { version: 1, kinds: ['reissue', 'credit-note'] } },
    (row) => !!row && parseInvoiceNumber(textOf(row.invoiceNumber)).kind !== 'invoice',
  );
  sums('totals of nothing are empty', { search: 'zz-no-such-invoice-zz' }, () => false);

  // billing: the payment filter conditions, the summary and the detail
  addBillingChecks(invoices, reference, { add: (name, run) => add('billing', name, run), listMatches, countsMatch, fail, show });

  // documents
  for (const invoice of p.documentHolders.slice(0, 4)) {
    add('documents', `lists the documents of ${invoice.invoiceNumber} and its lineage`, async (a) => {
      const actual = await a.listDocuments(invoice);
      if (!Array.isArray(actual)) fail(`listDocuments(${invoice.invoiceNumber}) resolved with ${show(actual)}, not an array.`);
      const expected = await reference.listDocuments(invoice);
      const got = actual.map((d) => `${d?.id} ${d?.kind}`);
      const want = expected.map((d) => `${d.id} ${d.kind}`);
      if (got.join('\n') !== want.join('\n')) fail(`listDocuments(${invoice.invoiceNumber}): ${show(got)}, expected ${show(want)}.`);
      for (const document of actual) {
        for (const field of ['name', 'fileName', 'mimeType'] as const) {
          if (typeof document[field] !== 'string' || !document[field])
            fail(`listDocuments(${invoice.invoiceNumber}): document ${document.id} has no ${field}.`);
        }
      }
    });
  }
  const firstHolder = p.documentHolders[0];
  if (firstHolder) {
    add('documents', 'fetches a document as a Blob, reporting progress up to its size', async (a) => {
      const [document] = await a.listDocuments(firstHolder);
      if (!document) fail(`listDocuments(${firstHolder.invoiceNumber}) returned no document.`);
      let loaded = -1;
      const blob = await a.fetchDocument(document, { onProgress: (bytes) => (loaded = bytes) });
      if (!(blob instanceof Blob)) fail(`fetchDocument(${document.id}) resolved with ${show(blob)}, not a Blob.`);
      if (blob.size === 0) fail(`fetchDocument(${document.id}) returned an empty Blob.`);
      if (loaded !== blob.size)
        fail(`fetchDocument(${document.id}): the last progress report said ${loaded} bytes; the Blob has ${blob.size}.`);
    });
  }

  // abort
  const aborted = () => {
    const controller = new AbortController();
    controller.abort();
    return controller.signal;
  };
  const someDocument = (): InvoiceDocument =>
    firstHolder?.documents?.[0] ?? { id: 'x', kind: 'invoice', name: 'x', fileName: 'x.pdf', mimeType: 'application/pdf' };
  add('abort', 'listInvoices rejects with an AbortError when the signal is already aborted', (a) =>
    expectAbort(a.listInvoices(defaultQuery(), { signal: aborted() }), 'listInvoices(aborted signal)'),
  );
  add('abort', 'countByStatus rejects with an AbortError when the signal is already aborted', (a) =>
    expectAbort(a.countByStatus(defaultQuery(), { signal: aborted() }), 'countByStatus(aborted signal)'),
  );
  add('abort', 'listDocuments rejects with an AbortError when the signal is already aborted', (a) =>
    expectAbort(a.listDocuments(firstHolder ?? (invoices[0] as Invoice), { signal: aborted() }), 'listDocuments(aborted signal)'),
  );
  add('abort', 'fetchDocument rejects with an AbortError when the signal is already aborted', (a) =>
    expectAbort(a.fetchDocument(someDocument(), { signal: aborted() }), 'fetchDocument(aborted signal)'),
  );
  add('abort', 'a call aborted while in flight rejects with an AbortError, never resolves', async (a) => {
    const controller = new AbortController();
    const pending = a.listInvoices(defaultQuery({ sort: [{ field: 'amount', direction: 'asc' }] }), { signal: controller.signal });
    controller.abort();
    await expectAbort(pending, 'listInvoices(aborted in flight)');
    const counts = new AbortController();
    const pendingCounts = a.countByStatus(defaultQuery(), { signal: counts.signal });
    counts.abort();
    await expectAbort(pendingCounts, 'countByStatus(aborted in flight)');
  });
  add('abort', 'an abort does not break later calls', async (a) => {
    const controller = new AbortController();
    const pending = a.listInvoices(defaultQuery({ search: number.slice(0, 4) }), { signal: controller.signal });
    controller.abort();
    await pending.catch(() => undefined);
    const query = defaultQuery({ search: number.slice(0, 4), limit: 10 });
    comparePages(await a.listInvoices(query), await reference.listInvoices(query), query);
  });

  // errors
  add('errors', 'refuses a javascript: document URL with an unsafe-url error', async (a) => {
    const error = await rejection(a.fetchDocument({ ...someDocument(), url: 'javascript:alert(1)' }), 'fetchDocument(javascript: URL)');
    checkAdapterError(error, 'fetchDocument(javascript: URL)', { code: 'unsafe-url', retryable: false });
  });
  add('errors', 'refuses a data: document URL with an unsafe-url error', async (a) => {
    const error = await rejection(a.fetchDocument({ ...someDocument(), url: 'data:text/html,<b>x</b>' }), 'fetchDocument(data: URL)');
    checkAdapterError(error, 'fetchDocument(data: URL)', { code: 'unsafe-url', retryable: false });
  });
  const failing = options.failing;
  if (failing) {
    const calls: [string, (a: InvoiceDataAdapter) => Promise<unknown>][] = [
      ['listInvoices', (a) => a.listInvoices(defaultQuery())],
      ['countByStatus', (a) => a.countByStatus(defaultQuery())],
      ['listDocuments', (a) => a.listDocuments(firstHolder ?? (invoices[0] as Invoice))],
    ];
    for (const [method, call] of calls) {
      cases.push({
        group: 'errors',
        name: `a failing backend makes ${method} reject with a typed, retry-aware error`,
        run: async () => {
          const error = await rejection(call(await failing.make()), `${method} (failing backend)`);
          checkAdapterError(error, `${method} (failing backend)`, { code: failing.code, retryable: failing.retryable });
        },
      });
    }
  }

  // concurrency
  add('concurrency', 'answers concurrent queries each with its own result', async (a) => {
    const queries = [
      defaultQuery({ sort: [{ field: 'amount', direction: 'desc' }], limit: 5 }),
      defaultQuery({ search: number.slice(0, 5), limit: 5 }),
      defaultQuery({ statuses: ['closed'], offset: 5, limit: 5 }),
      defaultQuery({ filter: { version: 1, currency: p.currency }, limit: 5 }),
      defaultQuery({ sort: [{ field: 'billingMonth', direction: 'asc' }], offset: 3, limit: 5 }),
    ];
    const answers = await Promise.all(queries.map((query) => a.listInvoices(query)));
    for (const [i, query] of queries.entries()) comparePages(answers[i] as InvoicePage, await reference.listInvoices(query), query);
  });

  const skip = new Set(options.skip ?? []);
  return cases.filter((c) => !skip.has(c.group));
}

async function runCase(c: ConformanceCase, timeoutMs: number): Promise<ConformanceResult> {
  const started = Date.now();
  try {
    await withTimeout(c.run(), timeoutMs, c.name);
    return { group: c.group, name: c.name, ok: true, durationMs: Date.now() - started };
  } catch (error) {
    const message =
      error instanceof ConformanceError
        ? error.message
        : `Threw ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`;
    return { group: c.group, name: c.name, ok: false, message, durationMs: Date.now() - started };
  }
}

/**
 * Proves that an adapter (or the server behind it) honours search, filter, sort, paging,
 * counts, abort and errors exactly as `InMemoryInvoiceAdapter` does over the same invoices.
 *
 * With `describe`/`it` available (mocha in @web/test-runner, jest, vitest; or `node:test`'s
 * passed in options) it registers one test per check and resolves with the report when they
 * have all run. Otherwise, or with `register: false`, it runs the checks in sequence and
 * resolves with the report; it never throws for a failed check, so read `report.ok`.
 *
 * ```ts
 * runAdapterConformance(({ invoices }) => new MyAdapter(invoices));
 * ```
 */
export function runAdapterConformance(makeAdapter: MakeAdapter, options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const cases = conformanceCases(makeAdapter, options);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const results: ConformanceResult[] = [];
  const report = (): ConformanceReport => {
    const failed = results.filter((r) => !r.ok).length;
    return { ok: failed === 0, passed: results.length - failed, failed, results };
  };
  const globals = globalThis as { describe?: SuiteFn; it?: TestFn };
  const describe = options.describe ?? globals.describe;
  const it = options.it ?? globals.it;
  const register = options.register ?? (typeof describe === 'function' && typeof it === 'function');

  if (!register) {
    return (async () => {
      for (const c of cases) results.push(await runCase(c, timeoutMs));
      return report();
    })();
  }
  if (typeof describe !== 'function' || typeof it !== 'function') {
    throw new TypeError('runAdapterConformance: register needs describe and it (globals or options).');
  }
  return new Promise<ConformanceReport>((resolve) => {
    describe(options.title ?? 'Invoice adapter conformance', () => {
      for (const group of CONFORMANCE_GROUPS) {
        const inGroup = cases.filter((c) => c.group === group);
        if (!inGroup.length) continue;
        describe(group, () => {
          for (const c of inGroup) {
            it(c.name, async () => {
              const result = await runCase(c, timeoutMs);
              results.push(result);
              if (results.length === cases.length) resolve(report());
              if (!result.ok) throw new ConformanceError(result.message);
            });
          }
        });
      }
    });
  });
}
