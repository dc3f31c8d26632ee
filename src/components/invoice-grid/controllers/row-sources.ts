import type { Invoice, InvoiceQuery } from '../../../data/types.js';
import type { ReadPage } from '../../../data/read-page.js';
import { groupPageLineages } from './lineage-rows.js';
import { RowWindow, type RowStatus } from './row-window.js';

/**
 * Where the rows on screen come from. The grid has two sources, chosen by its mode: a page of
 * the result (paging) or a window over the whole result (virtual scrolling). Each one says
 * what the first request asks for and how its answer is kept; only the windowed source
 * fetches more as the user scrolls.
 */
export interface RowSource {
  readonly kind: 'paged' | 'windowed';
  /** Rows the body lays out: the page's rows, or every row of the result. */
  readonly count: number;
  /** Absolute index in the result of row 0 (a page's offset; 0 for a window). */
  readonly offset: number;
  /** The request that starts a new result. */
  firstRequest(query: InvoiceQuery): InvoiceQuery;
  /** Keeps a new result's first answer. */
  accept(page: ReadPage, query: InvoiceQuery): void;
  /** Forgets the rows (no adapter, or another one). */
  clear(): void;
  rowAt(index: number): Invoice | undefined;
  statusAt(index: number): RowStatus;
  /** Every row fetched so far. */
  loaded(): Invoice[];
}

const NO_ROWS: Invoice[] = [];

const NO_CHILDREN: ReadonlyMap<Invoice, Invoice[]> = new Map();

/** One page of the result, as the adapter answered it, with each lineage together. */
export class PagedRows implements RowSource {
  readonly kind = 'paged';
  /** Every row of the page, in the adapter's order. */
  rows: Invoice[] = NO_ROWS;
  /** The rows at the top level: originals with their reissues and credit notes under them (see `groupPageLineages`). */
  top: Invoice[] = NO_ROWS;
  /** An original's reissues and credit notes on the page. */
  children: ReadonlyMap<Invoice, Invoice[]> = NO_CHILDREN;
  offset = 0;

  get count(): number {
    return this.rows.length;
  }

  firstRequest(query: InvoiceQuery): InvoiceQuery {
    return query;
  }

  accept(page: ReadPage, query: InvoiceQuery): void {
    this.rows = page.rows;
    const grouped = groupPageLineages(page.rows);
    this.top = grouped.top;
    this.children = grouped.children;
    this.offset = query.offset;
  }

  clear(): void {
    this.rows = NO_ROWS;
    this.top = NO_ROWS;
    this.children = NO_CHILDREN;
    this.offset = 0;
  }

  rowAt(index: number): Invoice | undefined {
    return this.rows[index];
  }

  statusAt(): RowStatus {
    return 'ready';
  }

  loaded(): Invoice[] {
    return this.rows;
  }
}

/** The whole result, fetched by blocks of rows as they scroll into view. */
export class WindowedRows implements RowSource {
  readonly kind = 'windowed';
  readonly offset = 0;
  readonly window = new RowWindow(100);

  get count(): number {
    return this.window.total;
  }

  firstRequest(query: InvoiceQuery): InvoiceQuery {
    return { ...query, offset: 0, limit: this.window.blockSize };
  }

  accept(page: ReadPage): void {
    this.window.reset(page.total);
    this.window.put(0, page.rows);
  }

  clear(): void {
    this.window.reset(0);
  }

  rowAt(index: number): Invoice | undefined {
    return this.window.get(index);
  }

  statusAt(index: number): RowStatus {
    return this.window.status(index);
  }

  loaded(): Invoice[] {
    return this.window.loaded();
  }
}
