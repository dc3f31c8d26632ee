import type { BillingSummaryData, BillingSummaryRequest, InvoiceDetailData } from './billing-types.js';
import { summarizeBilling } from './billing-summary.js';
import { isValidDate, localToday } from './dates.js';
import { InvoiceAdapterError, throwIfAborted } from './errors.js';
import { downloadDefaults, fetchBlob, withIdleTimeout } from './fetch-blob.js';
import { parseInvoiceNumber } from './lineage.js';
import { normalizeText } from './normalize.js';
import { compileFilter, hasDateConditions, isFilterEmpty } from './query.js';
import { ResumableBuild, runWhenIdle } from './resumable-build.js';
import { newestFirst, rowFactsSteps, scanMonths, type MonthFacts, type RowFacts } from './row-facts.js';
import { numberHits, searchIndexSteps, valueHits, type SearchIndex } from './search-index.js';
import { byKeys, sortIndexSteps, type SortIndex } from './sort-index.js';
import { isOutstanding, signedAmount, type InvoiceTotals } from './totals.js';
import { textOf } from './validate.js';
import {
  INVOICE_STATUSES,
  type InvoiceStatus,
  type FetchDocumentOptions,
  type Invoice,
  type InvoiceDataAdapter,
  type InvoiceDocument,
  type InvoicePage,
  type InvoiceQuery,
  type RequestOptions,
  type SortKey,
  type StatusCounts,
} from './types.js';

export interface InMemoryAdapterOptions {
  /** ISO date-time reported as `lastRefreshed` ("Payment status as of …"). */
  lastRefreshed?: string | Date;
  /** Artificial latency in ms, for demos of loading states. */
  latencyMs?: number;
  /** Produces a document's bytes when it has no `url` (sample data, tests). */
  documentContent?: (document: InvoiceDocument, signal?: AbortSignal) => Blob | Promise<Blob>;
  /** Locale whose collation orders text columns. Default: the runtime's. */
  collationLocale?: string;
  /**
   * Produces an invoice's detail (line items, tax) when its row carries none (sample data:
   * `sampleInvoiceDetail`). `getInvoiceDetail` answers the row's own `lineItems`, `tax`,
   * `ticketReference`, `dueDate`, `paidAt`, `amountDue` and `issuedAt`, completed by this.
   */
  invoiceDetail?: (invoice: Invoice, signal?: AbortSignal) => InvoiceDetailData | Promise<InvoiceDetailData>;
}

/** The row fields `getInvoiceDetail` answers. */
const DETAIL_FIELDS = ['lineItems', 'tax', 'ticketReference', 'dueDate', 'paidAt', 'amountDue', 'issuedAt'] as const;

/** Sort orders built in idle time after the first answer (the others are built on first use). */
const WARM_SORT_FIELDS = ['amount'];
/**
 * From this many rows, the first page of a list whose matches need no row facts (no status,
 * no sort) is answered before the totals: they follow in `pendingTotals`, summed in idle time.
 */
export const DEFER_TOTALS_FROM = 10_000;

/** Adapters whose row facts an answer waits for (`pendingTotals`, counts): held until they are read. */
const AWAITED = new Set<object>();
/** Status codes (index into INVOICE_STATUSES) that count as outstanding. */
const OWED = Uint8Array.from(INVOICE_STATUSES, (status) => (isOutstanding(status) ? 1 : 0));

interface MatchCache {
  key: string;
  /** The key without the search text. */
  rest: string;
  search: string;
  matches: Int32Array;
  totals: Record<string, number>;
  outstanding: Record<string, number>;
  /** Totals still being summed (then `totals` and `outstanding` are empty until it settles). */
  pendingTotals?: Promise<InvoiceTotals>;
}

/**
 * Serves an array of invoices: search, filter, multi-key sort, paging, counts and totals, in
 * the browser. Built for 100,000 rows:
 *
 * - **Default order**: with no sort, rows come newest billing month first; rows of the same
 *   month keep the data's order, rows without a valid month come last. Every sort is stable:
 *   ties keep the data's order.
 * - **Totals** per currency leave out "Not applicable" rows and count credit notes (`CN`) as
 *   negative; `outstanding` is the open and disputed part (see `InvoiceTotals`).
 * - **First answer without waiting**: the first page of a list with no status and no sort
 *   reads only each row's billing month (one pass into a typed array) and orders the rows
 *   newest first by counting. That is all it waits for. The rest of each row (status, amount,
 *   currency, credit note) is read in the page's idle time, a slice at a time; until it is,
 *   from `DEFER_TOTALS_FROM` rows, the page comes with `pendingTotals` instead of `totals`,
 *   and `countByStatus` answers once it is read. The amount order and the search keys are
 *   built after that, in idle time too; a query that needs one sooner finishes just that one,
 *   keeping what idle time already did. Other sort orders are built on first use;
 *   `prepare()` builds them ahead of time.
 * - The last match list is kept, so paging and virtual scrolling cost only the page, and
 *   typing on in the search box narrows it instead of scanning every row.
 */
export class InMemoryInvoiceAdapter implements InvoiceDataAdapter {
  readonly invoices: readonly Invoice[];
  private readonly options: InMemoryAdapterOptions;
  private months: MonthFacts | undefined;
  private factsBuild: ResumableBuild<RowFacts> | undefined;
  /** Called once the row facts are read (deferred totals, status counts). */
  private factsWaiters: (() => void)[] = [];
  private searchBuild: ResumableBuild<SearchIndex> | undefined;
  private readonly sortBuilds = new Map<string, ResumableBuild<SortIndex>>();
  private warming = false;
  /** The last match list of a list (ordered, with totals) and of counts (neither), kept apart so tabs and grid don't evict each other. */
  private readonly caches = new Map<boolean, MatchCache>();
  private lineageIndex: Map<string, Invoice[]> | undefined;

  constructor(invoices: readonly Invoice[] = [], options: InMemoryAdapterOptions = {}) {
    this.invoices = Array.isArray(invoices) ? invoices : [];
    this.options = options;
  }

  /** Builds the search keys and the sort orders of `fields` now, instead of on first use. */
  prepare(fields: readonly string[] = ['amount', 'billingMonth']): void {
    this.rowFacts();
    this.searchIndex();
    for (const field of fields) this.sortIndex(field);
  }

  async listInvoices(query: InvoiceQuery, options: RequestOptions = {}): Promise<InvoicePage> {
    await this.settle(options.signal);
    const { matches, totals, outstanding, pendingTotals } = this.match(query, true);
    const offset = Math.max(0, Math.floor(query.offset) || 0);
    const limit = Math.max(0, Math.floor(query.limit) || 0);
    const end = Math.min(matches.length, offset + limit);
    const rows: Invoice[] = [];
    for (let i = offset; i < end; i++) rows.push(this.invoices[matches[i] as number] as Invoice);
    const page: InvoicePage = pendingTotals
      ? {
          rows,
          total: matches.length,
          pendingTotals: pendingTotals.then((sums) => ({ totals: { ...sums.totals }, outstanding: { ...sums.outstanding } })),
        }
      : { rows, total: matches.length, totals: { ...totals }, outstanding: { ...outstanding } };
    this.warmUp();
    const refreshed = this.options.lastRefreshed;
    if (refreshed) page.lastRefreshed = typeof refreshed === 'string' ? refreshed : refreshed.toISOString();
    return page;
  }

  async countByStatus(query: InvoiceQuery, options: RequestOptions = {}): Promise<StatusCounts> {
    await this.settle(options.signal);
    // Counts read every row's status: asked for with a first page, they wait for that page's idle time.
    if (this.invoices.length >= DEFER_TOTALS_FROM && !this.factsBuild?.done) {
      await this.whenFacts();
      throwIfAborted(options.signal);
    }
    const counts: StatusCounts = { open: 0, disputed: 0, closed: 0, na: 0 };
    const { matches } = this.match({ ...query, statuses: [], sort: [] }, false);
    const { status } = this.rowFacts();
    for (const index of matches) {
      const code = status[index] as number;
      if (code >= 0) counts[INVOICE_STATUSES[code] as InvoiceStatus]++;
    }
    this.warmUp();
    return counts;
  }

  async listDocuments(invoice: Invoice, options: RequestOptions = {}): Promise<InvoiceDocument[]> {
    await this.settle(options.signal);
    const members = this.lineageOf(invoice);
    const documents: InvoiceDocument[] = [];
    const seen = new Set<string>();
    for (const member of members) {
      for (const document of Array.isArray(member.documents) ? member.documents : []) {
        if (!document || seen.has(document.id)) continue;
        seen.add(document.id);
        documents.push(document.invoiceNumber ? document : { ...document, invoiceNumber: member.invoiceNumber });
      }
    }
    return documents;
  }

  /**
   * The account's billing figures per currency (`summarizeBilling` over every row), judged
   * against `request.today`.
   */
  async billingSummary(request: Partial<BillingSummaryRequest> = {}, options: RequestOptions = {}): Promise<BillingSummaryData> {
    await this.settle(options.signal);
    const summary = summarizeBilling(this.invoices, request);
    const refreshed = this.options.lastRefreshed;
    if (refreshed) summary.lastRefreshed = typeof refreshed === 'string' ? refreshed : refreshed.toISOString();
    return summary;
  }

  /** The invoice's detail: the row's own detail fields, completed by the `invoiceDetail` option's answer. */
  async getInvoiceDetail(invoice: Invoice, options: RequestOptions = {}): Promise<InvoiceDetailData> {
    await this.settle(options.signal);
    const detail: Record<string, unknown> = {};
    for (const field of DETAIL_FIELDS) if (invoice?.[field] !== undefined) detail[field] = invoice[field];
    const make = this.options.invoiceDetail;
    if (make) {
      const made = await make(invoice, options.signal);
      throwIfAborted(options.signal);
      Object.assign(detail, made);
    }
    return detail as InvoiceDetailData;
  }

  async fetchDocument(document: InvoiceDocument, options: FetchDocumentOptions = {}): Promise<Blob> {
    throwIfAborted(options.signal);
    if (document.url) return fetchBlob(document.url, options);
    const content = this.options.documentContent;
    if (!content) throw new InvoiceAdapterError('not-found', 'This document has no content.', { retryable: false });
    // No byte arrives before the content does: all of the wait counts as silence.
    return withIdleTimeout(options.signal, downloadDefaults.idleTimeoutMs, async (signal) => {
      await this.settle(signal);
      const blob = await content(document, signal);
      throwIfAborted(signal);
      options.onProgress?.(blob.size, blob.size);
      return blob;
    });
  }

  private async settle(signal: AbortSignal | undefined): Promise<void> {
    throwIfAborted(signal);
    const latency = this.options.latencyMs ?? 0;
    if (latency > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, latency);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError'));
          },
          { once: true },
        );
      });
    } else {
      await Promise.resolve();
    }
    throwIfAborted(signal);
  }

  private lineageOf(invoice: Invoice): Invoice[] {
    if (!this.lineageIndex) {
      this.lineageIndex = new Map();
      for (const row of this.invoices) {
        const base = parseInvoiceNumber(textOf(row?.invoiceNumber)).base;
        const list = this.lineageIndex.get(base);
        if (list) list.push(row);
        else this.lineageIndex.set(base, [row]);
      }
    }
    const members = this.lineageIndex.get(parseInvoiceNumber(textOf(invoice?.invoiceNumber)).base);
    return members && members.includes(invoice) ? members : (members ?? [invoice]);
  }

  private monthFacts(): MonthFacts {
    return (this.months ??= scanMonths(this.invoices));
  }

  private factsSteps(): ResumableBuild<RowFacts> {
    return (this.factsBuild ??= new ResumableBuild(rowFactsSteps(this.invoices, this.monthFacts())));
  }

  private rowFacts(): RowFacts {
    const facts = this.factsSteps().finish();
    this.releaseFactsWaiters();
    return facts;
  }

  /** Resolves once the row facts are read (in idle time, or sooner by a query that needs them). */
  private whenFacts(): Promise<void> {
    if (this.factsBuild?.done) return Promise.resolve();
    const ready = new Promise<void>((resolve) => this.factsWaiters.push(resolve));
    // The idle work holds its adapter weakly; while an answer waits for it, keep it alive.
    AWAITED.add(this);
    this.warmUp();
    return ready;
  }

  private releaseFactsWaiters(): void {
    const waiters = this.factsWaiters;
    AWAITED.delete(this);
    if (waiters.length === 0) return;
    this.factsWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private sortBuild(field: string): ResumableBuild<SortIndex> {
    let build = this.sortBuilds.get(field);
    if (!build) {
      build = new ResumableBuild(sortIndexSteps(this.invoices, field, this.rowFacts(), this.options.collationLocale));
      this.sortBuilds.set(field, build);
    }
    return build;
  }

  private sortIndex(field: string): SortIndex {
    return this.sortBuild(field).finish();
  }

  private searchIndex(): SearchIndex {
    return (this.searchBuild ??= new ResumableBuild(searchIndexSteps(this.invoices))).finish();
  }

  /**
   * After the first answer, reads the row facts, then builds the amount order and the search
   * keys in the page's idle time, so the first sort or search costs only its scan and
   * rendering never waits.
   */
  private warmUp(): void {
    if (this.warming) return;
    this.warming = true;
    runWhenIdle(this, (self) => {
      const facts = self.factsSteps();
      if (!facts.done) return facts;
      self.releaseFactsWaiters();
      for (const field of WARM_SORT_FIELDS) {
        const build = self.sortBuild(field);
        if (!build.done) return build;
      }
      const search = (self.searchBuild ??= new ResumableBuild(searchIndexSteps(self.invoices)));
      return search.done ? undefined : search;
    });
  }

  /**
   * Some rows (ascending indices) in the order of `sort`: the default order (no sort) is
   * newest billing month first; a sort walks its index and keeps the rows asked for.
   */
  private inOrder(rows: Int32Array, sort: readonly SortKey[]): Int32Array {
    if (sort.length === 0) return newestFirst(rows, this.monthFacts());
    const n = this.invoices.length;
    const order = byKeys(sort, (field) => this.sortIndex(field), n);
    if (rows.length === n) return order;
    const wanted = new Uint8Array(n);
    for (let k = 0; k < rows.length; k++) wanted[rows[k] as number] = 1;
    const out = new Int32Array(rows.length);
    let o = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      if (wanted[i]) out[o++] = i;
    }
    return out;
  }

  /**
   * The rows that match the query: for a list in the query's order with their totals, for
   * counts in any order without. Rows are tested in the data's order (typed arrays read front
   * to back), then ordered; totals are summed in the data's order, so they do not change with
   * the sort.
   */
  private match(query: InvoiceQuery, forList: boolean): MatchCache {
    const search = normalizeText(query.search ?? '');
    const statuses = Array.isArray(query.statuses) ? query.statuses.filter((s) => INVOICE_STATUSES.includes(s)) : [];
    const filter = query.filter ?? { version: 1 };
    const sort = forList && Array.isArray(query.sort) ? query.sort : [];
    // Overdue today is not overdue tomorrow: the day is part of the key when the filter depends on it.
    const today = hasDateConditions(filter) ? (isValidDate(query.today) ? query.today : localToday()) : '';
    const rest = JSON.stringify([[...statuses].sort(), filter, sort, forList, today]);
    const key = JSON.stringify([search, rest]);
    const cached = this.caches.get(forList);
    if (cached?.key === key) return cached;
    // Typing on in the search box only narrows the last result: test its matches (already in
    // order, already past status and filter) instead of every row.
    const narrowing = cached && cached.rest === rest && search.includes(cached.search) ? cached.matches : undefined;

    const rows = this.invoices;
    const statusMask = statuses.length ? Uint8Array.from(INVOICE_STATUSES, (s) => (statuses.includes(s) ? 1 : 0)) : undefined;
    const index = search ? this.searchIndex() : undefined;
    const [nameIds, ocnIds, bcnIds, entityIds] = (index?.ids ?? []) as Int32Array[];
    const [nameHits, ocnHits, bcnHits, entityHits] = (index ? valueHits(index, search) : []) as Uint8Array[];
    const numberHit = index ? numberHits(index, search) : undefined;
    const test = isFilterEmpty(filter) ? undefined : compileFilter(filter, today || undefined);
    // Only a status tab reads the row facts here: the first page of a plain list waits for nothing else.
    const status = statusMask ? this.rowFacts().status : undefined;
    const candidates = narrowing ? narrowing.length : rows.length;
    const kept = new Int32Array(candidates);
    let count = 0;
    // One tight loop over typed arrays; it reads a row object only for the advanced filter.
    for (let k = 0; k < candidates; k++) {
      const i = narrowing ? (narrowing[k] as number) : k;
      if (statusMask && !statusMask[status![i] as number]) continue;
      if (
        numberHit &&
        !(
          nameHits![nameIds![i] as number] ||
          ocnHits![ocnIds![i] as number] ||
          bcnHits![bcnIds![i] as number] ||
          entityHits![entityIds![i] as number] ||
          numberHit[i]
        )
      ) {
        continue;
      }
      if (test) {
        const row = rows[i];
        if (!(row && typeof row === 'object' && test(row))) continue;
      }
      kept[count++] = i;
    }
    const matched = kept.subarray(0, count);
    let result: MatchCache = { key, rest, search, matches: matched, totals: {}, outstanding: {} };
    if (forList) {
      // Narrowing keeps the order; otherwise the rows are in the data's order, to be sorted.
      const matches = narrowing ? matched : this.inOrder(matched, sort);
      const inDataOrder = narrowing ? matched.slice().sort() : matched;
      if (this.factsBuild?.done || rows.length < DEFER_TOTALS_FROM) result = { ...result, matches, ...this.totalsOf(inDataOrder) };
      else {
        const pending: MatchCache = { ...result, matches };
        pending.pendingTotals = this.whenFacts().then(() => {
          const sums = this.totalsOf(inDataOrder);
          // Later pages of the same result come with the totals.
          pending.totals = sums.totals;
          pending.outstanding = sums.outstanding;
          delete pending.pendingTotals;
          return sums;
        });
        result = pending;
      }
    }
    this.caches.set(forList, result);
    return result;
  }

  /** Totals and outstanding of some rows (ascending indices) by the totals rule, from the row facts. */
  private totalsOf(rows: Int32Array): { totals: Record<string, number>; outstanding: Record<string, number> } {
    const { status, currency, amount, creditNote, currencies } = this.rowFacts();
    const sums = new Float64Array(currencies.length);
    const owed = new Float64Array(currencies.length);
    const seen = new Uint8Array(currencies.length);
    const order: number[] = [];
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k] as number;
      const c = currency[i] as number;
      if (c < 0) continue;
      const value = signedAmount(amount[i] as number, creditNote[i] === 1);
      sums[c] = (sums[c] as number) + value;
      if (OWED[status[i] as number]) owed[c] = (owed[c] as number) + value;
      if (!seen[c]) {
        seen[c] = 1;
        order.push(c);
      }
    }
    const totals: Record<string, number> = {};
    const outstanding: Record<string, number> = {};
    for (const c of order) {
      totals[currencies[c] as string] = sums[c] as number;
      outstanding[currencies[c] as string] = owed[c] as number;
    }
    return { totals, outstanding };
  }
}
