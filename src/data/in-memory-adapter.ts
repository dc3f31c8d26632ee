import { InvoiceAdapterError, throwIfAborted } from './errors.js';
import { downloadDefaults, fetchBlob, withIdleTimeout } from './fetch-blob.js';
import { parseInvoiceNumber } from './lineage.js';
import { normalizeText } from './normalize.js';
import { compileFilter, isFilterEmpty } from './query.js';
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
}

const NUMERIC_FIELDS = new Set(['amount']);
const NON_ASCII = /[^\x00-\x7f]/;

function foldFast(value: unknown): string {
  const text = typeof value === 'string' ? value : textOf(value);
  return NON_ASCII.test(text) ? normalizeText(text) : text.toLowerCase();
}

interface SortIndex {
  /** rank[i]: position class of row i (ties share a rank). */
  rank: Int32Array;
  /** Row indices in ascending order, ties in input order. */
  order: Int32Array;
}

/** Searched besides the invoice number; their values repeat across rows. */
const SHARED_SEARCH_FIELDS = ['customerName', 'ocn', 'bcn', 'billingEntityName'] as const;

interface SearchIndex {
  /**
   * Every row's folded invoice number ('' for a malformed row), joined by line breaks: one
   * native `indexOf` scan finds the rows whose number holds the search (which never holds a
   * line break, so no match spans two rows).
   */
  numbers: string;
  /** starts[i]: where row i's number begins in `numbers`; starts[n] is past the end. */
  starts: Int32Array;
  /** Per shared field: row → id of its distinct value (-1 for a malformed row). */
  ids: Int32Array[];
  /** Per shared field: folded text of each distinct value. */
  values: string[][];
}

/** Row facts that every query reads, as typed arrays so a pass over 100,000 rows stays cheap. */
interface RowFacts {
  /** Index into INVOICE_STATUSES, -1 when unknown. */
  status: Int8Array;
  /** Index into `currencies` when amount and currency are usable for totals, else -1. */
  currency: Int32Array;
  amount: Float64Array;
  currencies: string[];
}

interface MatchCache {
  key: string;
  /** The key without the search text. */
  rest: string;
  search: string;
  matches: Int32Array;
  totals: Record<string, number>;
}

/**
 * Serves an array of invoices: search, filter, multi-key sort, paging and counts, in the
 * browser. Built for 100,000 rows: search keys and per-field sort orders are computed once
 * (on first use, or ahead of time with `prepare()`; the search keys also in the page's idle
 * time after the first answer), and the last match list is kept so paging and virtual
 * scrolling cost only the page.
 */
export class InMemoryInvoiceAdapter implements InvoiceDataAdapter {
  readonly invoices: readonly Invoice[];
  private readonly options: InMemoryAdapterOptions;
  private search: SearchIndex | undefined;
  /** A search index being built a slice at a time (idle-time warm-up), until it is done. */
  private building: { next: number; numbers: string[]; ids: Int32Array[]; values: string[][]; seen: Map<unknown, number>[] } | undefined;
  private warming = false;
  private facts: RowFacts | undefined;
  private readonly sortIndexes = new Map<string, SortIndex>();
  /** The last match list with totals (listInvoices) and without (countByStatus), kept apart so tabs and grid don't evict each other. */
  private readonly caches = new Map<boolean, MatchCache>();
  private lineageIndex: Map<string, Invoice[]> | undefined;

  constructor(invoices: readonly Invoice[] = [], options: InMemoryAdapterOptions = {}) {
    this.invoices = Array.isArray(invoices) ? invoices : [];
    this.options = options;
  }

  /** Builds the search keys and the sort orders of `fields` now, instead of on first use. */
  prepare(fields: readonly string[] = ['amount', 'billingMonth']): void {
    this.searchIndex();
    this.rowFacts();
    for (const field of fields) this.sortIndex(field);
  }

  async listInvoices(query: InvoiceQuery, options: RequestOptions = {}): Promise<InvoicePage> {
    await this.settle(options.signal);
    const { matches, totals } = this.match(query, true);
    const offset = Math.max(0, Math.floor(query.offset) || 0);
    const limit = Math.max(0, Math.floor(query.limit) || 0);
    const end = Math.min(matches.length, offset + limit);
    const rows: Invoice[] = [];
    for (let i = offset; i < end; i++) rows.push(this.invoices[matches[i] as number] as Invoice);
    const page: InvoicePage = { rows, total: matches.length, totals: { ...totals } };
    this.warmUp();
    const refreshed = this.options.lastRefreshed;
    if (refreshed) page.lastRefreshed = typeof refreshed === 'string' ? refreshed : refreshed.toISOString();
    return page;
  }

  async countByStatus(query: InvoiceQuery, options: RequestOptions = {}): Promise<StatusCounts> {
    await this.settle(options.signal);
    const counts: StatusCounts = { open: 0, disputed: 0, closed: 0, na: 0 };
    const { matches } = this.match({ ...query, statuses: [], sort: [] }, false);
    const { status } = this.rowFacts();
    for (const index of matches) {
      const code = status[index] as number;
      if (code >= 0) counts[INVOICE_STATUSES[code] as InvoiceStatus]++;
    }
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

  /**
   * Search looks in the number, customer name, OCN, BCN and billing entity. Names, OCN, BCN and
   * entities repeat across rows, so each distinct value is folded (NFKC for non-ASCII text, the
   * costly part) and later tested once per query, not once per row. A search never spans two
   * fields (it holds no line breaks), so testing them apart matches what one joined key would.
   */
  private searchIndex(): SearchIndex {
    if (!this.search) this.buildSearchIndex(Number.POSITIVE_INFINITY);
    return this.search as SearchIndex;
  }

  /**
   * Builds the search keys for up to `budget` more rows, resuming where the last call stopped
   * (idle-time warm-up works in slices), and finishes the index after the last row.
   */
  private buildSearchIndex(budget: number): void {
    const rows = this.invoices;
    const n = rows.length;
    const build = (this.building ??= {
      next: 0,
      numbers: new Array<string>(n),
      ids: SHARED_SEARCH_FIELDS.map(() => new Int32Array(n)),
      values: SHARED_SEARCH_FIELDS.map((): string[] => []),
      seen: SHARED_SEARCH_FIELDS.map(() => new Map<unknown, number>()),
    });
    const { numbers, ids, values, seen } = build;
    const end = Math.min(n, build.next + budget);
    for (let i = build.next; i < end; i++) {
      const row = rows[i];
      if (!row || typeof row !== 'object') {
        numbers[i] = '';
        for (const list of ids) list[i] = -1;
        continue;
      }
      numbers[i] = foldFast(row.invoiceNumber);
      for (let f = 0; f < SHARED_SEARCH_FIELDS.length; f++) {
        const value = row[SHARED_SEARCH_FIELDS[f] as (typeof SHARED_SEARCH_FIELDS)[number]];
        const known = seen[f] as Map<unknown, number>;
        let id = known.get(value);
        if (id === undefined) {
          const distinct = values[f] as string[];
          id = distinct.length;
          distinct.push(foldFast(value));
          known.set(value, id);
        }
        (ids[f] as Int32Array)[i] = id;
      }
    }
    build.next = end;
    if (end < n) return;
    const starts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) starts[i + 1] = (starts[i] as number) + (numbers[i] as string).length + 1;
    this.search = { numbers: numbers.join('\n'), starts, ids, values };
    this.building = undefined;
  }

  /** hits[i] is 1 when row i's invoice number holds `search`. */
  private numberHits(index: SearchIndex, search: string): Uint8Array {
    const { numbers, starts } = index;
    const n = starts.length - 1;
    const hits = new Uint8Array(n);
    let at = numbers.indexOf(search);
    while (at >= 0) {
      // The row whose number holds position `at`: the last start at or before it.
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      hits[lo] = 1;
      at = numbers.indexOf(search, starts[lo + 1] as number);
    }
    return hits;
  }

  /**
   * Builds the search keys in the page's idle time, a slice at a time, so the first search
   * costs only the scan and rendering never waits for the warm-up.
   */
  private warmUp(): void {
    if (this.warming || this.search) return;
    this.warming = true;
    const adapter = new WeakRef(this);
    const idle = typeof requestIdleCallback === 'function';
    const step = (deadline?: IdleDeadline): void => {
      const self = adapter.deref();
      if (!self || self.search) return;
      const until = performance.now() + Math.min(8, deadline ? deadline.timeRemaining() : 8);
      do self.buildSearchIndex(2000);
      while (!self.search && performance.now() < until - 1);
      if (!self.search) schedule();
    };
    const schedule = (): void => {
      if (idle) requestIdleCallback(step);
      else setTimeout(step, 20);
    };
    schedule();
  }

  private rowFacts(): RowFacts {
    if (!this.facts) {
      const rows = this.invoices;
      const n = rows.length;
      const status = new Int8Array(n);
      const currency = new Int32Array(n);
      const amount = new Float64Array(n);
      const currencies: string[] = [];
      const currencyIds = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const row = rows[i];
        const ok = !!row && typeof row === 'object';
        status[i] = ok ? INVOICE_STATUSES.indexOf(row.status) : -1;
        const value = ok ? row.amount : undefined;
        const code = ok ? row.currency : undefined;
        if (typeof value === 'number' && Number.isFinite(value) && typeof code === 'string') {
          let id = currencyIds.get(code);
          if (id === undefined) {
            id = currencies.length;
            currencies.push(code);
            currencyIds.set(code, id);
          }
          currency[i] = id;
          amount[i] = value;
        } else currency[i] = -1;
      }
      this.facts = { status, currency, amount, currencies };
    }
    return this.facts;
  }

  private sortIndex(field: string): SortIndex {
    let index = this.sortIndexes.get(field);
    if (index) return index;
    const n = this.invoices.length;
    // rank[i] is the position of the first row of i's group of equal values (ties share it);
    // a counting pass then lays rows out by rank, ties in input order. Sorting only the values
    // (natively, no comparator) or only the distinct texts keeps this fast at 100,000 rows.
    const rank = new Int32Array(n);
    if (NUMERIC_FIELDS.has(field)) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = this.invoices[i]?.[field];
        values[i] = typeof v === 'number' && Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
      }
      const sorted = values.slice().sort();
      for (let i = 0; i < n; i++) {
        const v = values[i] as number;
        let lo = 0;
        let hi = n;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((sorted[mid] as number) < v) lo = mid + 1;
          else hi = mid;
        }
        rank[i] = lo;
      }
    } else {
      // Rank the distinct values once with the collator, then count rows per distinct value.
      const collator = new Intl.Collator(this.options.collationLocale, { numeric: true, sensitivity: 'base' });
      const texts = this.invoices.map((row) => textOf(row?.[field]));
      const distinct = [...new Set(texts)].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
      const valueRank = new Map<string, number>();
      distinct.forEach((value, i) => valueRank.set(value, i));
      const groupOf = new Int32Array(n);
      const sizes = new Int32Array(distinct.length + 1);
      for (let i = 0; i < n; i++) {
        const g = valueRank.get(texts[i] as string) as number;
        groupOf[i] = g;
        sizes[g + 1]++;
      }
      // Start position of each group = rows in all groups before it.
      for (let g = 1; g < sizes.length; g++) sizes[g] = (sizes[g] as number) + (sizes[g - 1] as number);
      for (let i = 0; i < n; i++) rank[i] = sizes[groupOf[i] as number] as number;
    }
    const order = new Int32Array(n);
    const filled = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const r = rank[i] as number;
      order[r + (filled[r] as number)] = i;
      filled[r]++;
    }
    index = { rank, order };
    this.sortIndexes.set(field, index);
    return index;
  }

  /** Row indices in the order the query sorts them (ties keep input order). */
  private orderFor(sort: readonly SortKey[]): Iterable<number> | null {
    if (sort.length === 0) return null;
    if (sort.length === 1) {
      const [key] = sort as [SortKey];
      const { order, rank } = this.sortIndex(key.field);
      if (key.direction === 'asc') return order;
      // Descending: walk groups of equal rank from the end, each group forwards.
      const out = new Int32Array(order.length);
      let o = 0;
      let end = order.length;
      while (end > 0) {
        let start = end - 1;
        const r = rank[order[start] as number];
        while (start > 0 && rank[order[start - 1] as number] === r) start--;
        for (let i = start; i < end; i++) out[o++] = order[i] as number;
        end = start;
      }
      return out;
    }
    const ranks = sort.map((key) => ({ rank: this.sortIndex(key.field).rank, sign: key.direction === 'desc' ? -1 : 1 }));
    const all = new Int32Array(this.invoices.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    return all.sort((a, b) => {
      for (const { rank, sign } of ranks) {
        const d = (rank[a] as number) - (rank[b] as number);
        if (d !== 0) return d * sign;
      }
      return a - b;
    });
  }

  private match(query: InvoiceQuery, withTotals: boolean): MatchCache {
    const search = normalizeText(query.search ?? '');
    const statuses = Array.isArray(query.statuses) ? query.statuses.filter((s) => INVOICE_STATUSES.includes(s)) : [];
    const filter = query.filter ?? { version: 1 };
    const sort = Array.isArray(query.sort) ? query.sort : [];
    const rest = JSON.stringify([[...statuses].sort(), filter, sort, withTotals]);
    const key = JSON.stringify([search, rest]);
    const cached = this.caches.get(withTotals);
    if (cached?.key === key) return cached;
    // Typing on in the search box only narrows the last result: walk its matches (already in
    // order, already past status and filter) instead of every row.
    const narrowing = cached && cached.rest === rest && search.includes(cached.search) ? cached.matches : undefined;

    const rows = this.invoices;
    const n = rows.length;
    const facts = this.rowFacts();
    const statusMask = statuses.length ? Uint8Array.from(INVOICE_STATUSES, (s) => (statuses.includes(s) ? 1 : 0)) : undefined;
    const index = search ? this.searchIndex() : undefined;
    const hits = index?.values.map((values) => Uint8Array.from(values, (value) => (value.includes(search) ? 1 : 0)));
    const [nameIds, ocnIds, bcnIds, entityIds] = (index?.ids ?? []) as Int32Array[];
    const [nameHits, ocnHits, bcnHits, entityHits] = (hits ?? []) as Uint8Array[];
    const numberHits = index ? this.numberHits(index, search) : undefined;
    const test = isFilterEmpty(filter) ? undefined : compileFilter(filter);
    const order = narrowing ? null : this.orderFor(sort);
    const ordered = narrowing ?? (order ? (order instanceof Int32Array ? order : Int32Array.from(order)) : undefined);
    const candidates = ordered ? ordered.length : n;
    const matches = new Int32Array(candidates);
    const { status, currency, amount, currencies } = facts;
    const sums = new Float64Array(currencies.length);
    const seenCurrency = new Uint8Array(currencies.length);
    const currencyOrder: number[] = [];
    let count = 0;
    // One tight loop over typed arrays: it runs over every row on each new query, in sort order,
    // and reads a row object only for the advanced filter.
    for (let k = 0; k < candidates; k++) {
      const i = ordered ? (ordered[k] as number) : k;
      if (statusMask && !statusMask[status[i] as number]) continue;
      if (
        numberHits &&
        !(
          nameHits![nameIds![i] as number] ||
          ocnHits![ocnIds![i] as number] ||
          bcnHits![bcnIds![i] as number] ||
          entityHits![entityIds![i] as number] ||
          numberHits[i]
        )
      ) {
        continue;
      }
      if (test) {
        const row = rows[i];
        if (!(row && typeof row === 'object' && test(row))) continue;
      }
      matches[count++] = i;
      const c = currency[i] as number;
      if (withTotals && c >= 0) {
        // Summed in match order, as a reader adding the listed rows would.
        sums[c] = (sums[c] as number) + (amount[i] as number);
        if (!seenCurrency[c]) {
          seenCurrency[c] = 1;
          currencyOrder.push(c);
        }
      }
    }
    const totals: Record<string, number> = {};
    for (const c of currencyOrder) totals[currencies[c] as string] = sums[c] as number;
    const result = { key, rest, search, matches: matches.subarray(0, count), totals };
    this.caches.set(withTotals, result);
    return result;
  }
}
