import { InvoiceAdapterError, throwIfAborted } from './errors.js';
import { fetchBlob } from './fetch-blob.js';
import { parseInvoiceNumber } from './lineage.js';
import { normalizeText } from './normalize.js';
import { compileFilter, isFilterEmpty } from './query.js';
import { textOf } from './validate.js';
import {
  INVOICE_STATUSES,
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

const SEARCH_FIELDS = ['invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName'] as const;
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

interface MatchCache {
  key: string;
  matches: Int32Array;
  totals: Record<string, number>;
}

/**
 * Serves an array of invoices: search, filter, multi-key sort, paging and counts, in the
 * browser. Built for 100,000 rows: search keys and per-field sort orders are computed once
 * (lazily, or ahead of time with `prepare()`), and the last match list is kept so paging
 * and virtual scrolling cost only the page.
 */
export class InMemoryInvoiceAdapter implements InvoiceDataAdapter {
  readonly invoices: readonly Invoice[];
  private readonly options: InMemoryAdapterOptions;
  private searchKeys: string[] | undefined;
  private readonly sortIndexes = new Map<string, SortIndex>();
  private cache: MatchCache | undefined;
  private lineageIndex: Map<string, Invoice[]> | undefined;

  constructor(invoices: readonly Invoice[] = [], options: InMemoryAdapterOptions = {}) {
    this.invoices = Array.isArray(invoices) ? invoices : [];
    this.options = options;
  }

  /** Builds the search keys and the sort orders of `fields` now, instead of on first use. */
  prepare(fields: readonly string[] = ['amount', 'billingMonth']): void {
    this.keys();
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
    const refreshed = this.options.lastRefreshed;
    if (refreshed) page.lastRefreshed = typeof refreshed === 'string' ? refreshed : refreshed.toISOString();
    return page;
  }

  async countByStatus(query: InvoiceQuery, options: RequestOptions = {}): Promise<StatusCounts> {
    await this.settle(options.signal);
    const counts: StatusCounts = { open: 0, disputed: 0, closed: 0, na: 0 };
    const { matches } = this.match({ ...query, statuses: [], sort: [] }, false);
    for (const index of matches) {
      const status = this.invoices[index]?.status;
      if (status && Object.hasOwn(counts, status)) counts[status]++;
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
    await this.settle(options.signal);
    const blob = await content(document, options.signal);
    throwIfAborted(options.signal);
    options.onProgress?.(blob.size, blob.size);
    return blob;
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
    return members && members.includes(invoice) ? members : members ?? [invoice];
  }

  private keys(): string[] {
    if (!this.searchKeys) {
      this.searchKeys = this.invoices.map((row) =>
        row && typeof row === 'object' ? SEARCH_FIELDS.map((field) => foldFast(row[field])).join('\n') : '',
      );
    }
    return this.searchKeys;
  }

  private sortIndex(field: string): SortIndex {
    let index = this.sortIndexes.get(field);
    if (index) return index;
    const n = this.invoices.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    let compare: (a: number, b: number) => number;
    let same: (a: number, b: number) => boolean;
    if (NUMERIC_FIELDS.has(field)) {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = this.invoices[i]?.[field];
        values[i] = typeof v === 'number' && Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
      }
      compare = (a, b) => (values[a] as number) - (values[b] as number) || a - b;
      same = (a, b) => values[a] === values[b];
    } else {
      // Rank the distinct values once with the collator, then sort rows by integer rank.
      const collator = new Intl.Collator(this.options.collationLocale, { numeric: true, sensitivity: 'base' });
      const texts = this.invoices.map((row) => textOf(row?.[field]));
      const distinct = [...new Set(texts)].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
      const valueRank = new Map<string, number>();
      distinct.forEach((value, i) => valueRank.set(value, i));
      const ranks = new Int32Array(n);
      for (let i = 0; i < n; i++) ranks[i] = valueRank.get(texts[i] as string) as number;
      compare = (a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b;
      same = (a, b) => ranks[a] === ranks[b];
    }
    order.sort(compare);
    const rank = new Int32Array(n);
    let current = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && !same(order[i - 1] as number, order[i] as number)) current = i;
      rank[order[i] as number] = current;
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
    const key = JSON.stringify([search, [...statuses].sort(), filter, sort, withTotals]);
    if (this.cache?.key === key) return this.cache;

    const rows = this.invoices;
    const keys = search ? this.keys() : undefined;
    const statusSet = statuses.length ? new Set<unknown>(statuses) : undefined;
    const test = isFilterEmpty(filter) ? undefined : compileFilter(filter);
    const order = this.orderFor(sort);
    const matches = new Int32Array(rows.length);
    // No prototype: a currency named "constructor" or "__proto__" (bad data) is just a key.
    const totals: Record<string, number> = Object.create(null) as Record<string, number>;
    let count = 0;
    const visit = (i: number) => {
      const row = rows[i] as Invoice;
      if (statusSet && !statusSet.has(row?.status)) return;
      if (keys && !(keys[i] as string).includes(search)) return;
      if (test && !(row && typeof row === 'object' && test(row))) return;
      matches[count++] = i;
      if (withTotals && row && typeof row.amount === 'number' && Number.isFinite(row.amount) && typeof row.currency === 'string') {
        totals[row.currency] = (totals[row.currency] ?? 0) + row.amount;
      }
    };
    if (order) for (const i of order) visit(i);
    else for (let i = 0; i < rows.length; i++) visit(i);
    this.cache = { key, matches: matches.subarray(0, count), totals };
    return this.cache;
  }
}
