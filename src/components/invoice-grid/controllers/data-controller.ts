import type { ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { LoadController } from '../../../controllers/load-controller.js';
import { InvoiceAdapterError } from '../../../data/errors.js';
import { defaultQuery, emptyFilter, lastPageOffset, sameQuery } from '../../../data/query.js';
import { assertPage, readPage, readTotals, type ReadPage } from '../../../data/read-page.js';
import { RowKeys } from '../../../data/row-keys.js';
import type { Invoice, InvoiceDataAdapter, InvoicePage, InvoiceQuery } from '../../../data/types.js';
import { loadErrorMessage } from '../../../internal/labels.js';
import type { GridHost } from '../grid-host.js';
import { FetchGate, retryDelay } from './fetch-gate.js';
import { PagedRows, WindowedRows, type RowSource } from './row-sources.js';

const NO_PROBLEMS: ReadonlySet<string> = new Set();

interface WindowAnswer {
  generation: number;
  offset: number;
  limit: number;
  value: InvoicePage;
}

export interface DataControllerOptions {
  /** The rows the body shows now (virtual mode), fetched after each update when missing. */
  visibleRange: () => { first: number; last: number };
  /** A new result replaced the previous one; `queryChanged` is false for another page of the same query. */
  onResult?: (page: ReadPage, queryChanged: boolean) => void;
  /** The query (not just the page) is about to change. */
  onQueryChange?: () => void;
}

/**
 * Loads the grid's rows from the adapter: one request per query (a page, or the first block of
 * a long result), then, in virtual mode, blocks of rows as they scroll into view. Every answer
 * is read once (`readPage`: sanitised, validated, keyed); malformed rows and failures are
 * reported with `invoice-error`. Loads start from `sync()` (called in `willUpdate`) and
 * window fetches after an update, never while rendering.
 *
 * A window fetch that fails, or answers with no rows, marks its rows as failed; they are
 * fetched again with exponential backoff and jitter (or after the server's `Retry-After`), a
 * few times at most, then wait for the user's "Retry". No more than a handful of window
 * requests go out a second, whatever the server answers.
 */
export class DataController implements ReactiveController {
  readonly keys = new RowKeys();
  readonly paged = new PagedRows();
  readonly windowed = new WindowedRows();
  readonly loader: LoadController<InvoicePage>;
  /**
   * The last result's count, totals and refresh stamp (the first answer of a query);
   * `totalsPending` while the adapter is still summing the totals.
   */
  result:
    (Pick<ReadPage, 'total' | 'totalUnreadable' | 'totals' | 'outstanding' | 'lastRefreshed'> & { totalsPending?: boolean }) | undefined;

  private readonly windowLoader: LoadController<WindowAnswer>;
  private readonly gate = new FetchGate(4);
  private readonly problems = new WeakMap<object, ReadonlySet<string>>();
  /** Superseded rows and the number of the invoice that replaced each ('' when not known). */
  private readonly superseded = new WeakMap<object, string>();
  private request: { query: InvoiceQuery; virtual: boolean; adapter: InvoiceDataAdapter } | undefined;
  private generation = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimerAt = Infinity;

  constructor(
    private readonly host: GridHost,
    private readonly options: DataControllerOptions,
  ) {
    this.loader = new LoadController<InvoicePage>(host, {
      onValue: (value) => this.receive(value),
      onError: (error) => this.reportLoadError(error),
    });
    this.windowLoader = new LoadController<WindowAnswer>(host, {
      onValue: (answer) => this.receiveWindow(answer),
      onError: (error) => this.windowFailed(error),
    });
    host.addController(this);
  }

  /** The source the body shows: pages or a window, by the grid's mode. */
  get source(): RowSource {
    return this.host.virtual ? this.windowed : this.paged;
  }

  /** Matching rows in the last result. */
  get total(): number {
    return this.result?.total ?? 0;
  }

  /** The query of the last request (the one the rows on screen answer). */
  get shownQuery(): InvoiceQuery | undefined {
    return this.request?.query;
  }

  /** Nothing has loaded yet and something will (placeholder rows). */
  get firstLoad(): boolean {
    const state = this.loader.state;
    return !this.loader.hasValue && (state === 'loading' || (state === 'idle' && !!this.host.adapter));
  }

  /** A load or a window fetch is running. */
  get busy(): boolean {
    return this.loader.state === 'loading' || this.windowLoader.state === 'loading';
  }

  problemsOf(row: Invoice | undefined): ReadonlySet<string> {
    return (row && this.problems.get(row)) ?? NO_PROBLEMS;
  }

  isSuperseded(row: Invoice | undefined): boolean {
    return !!row && (this.superseded.has(row) || (typeof row.supersededBy === 'string' && row.supersededBy !== ''));
  }

  /** The number of the invoice that replaced `row`: its `supersededBy`, or a later reissue in the result. */
  replacedBy(row: Invoice | undefined): string | undefined {
    if (!row) return undefined;
    const by = typeof row.supersededBy === 'string' ? row.supersededBy : this.superseded.get(row);
    return by || undefined;
  }

  /** Loads when the adapter, the query or the mode changed since the last request. */
  sync(): void {
    const adapter = this.host.adapter;
    if (!adapter) {
      if (this.request || this.loader.hasValue || this.loader.state !== 'idle') this.forget();
      return;
    }
    const query = normalizedQuery(this.host.query);
    const previous = this.request;
    if (previous && previous.adapter === adapter && previous.virtual === this.host.virtual && sameQuery(previous.query, query)) return;
    const queryChanged = !previous || !sameQuery({ ...previous.query, offset: 0 }, { ...query, offset: 0 });
    if (queryChanged) this.options.onQueryChange?.();
    this.request = { query, virtual: this.host.virtual, adapter };
    this.generation++;
    this.windowLoader.abort();
    const request = this.source.firstRequest(query);
    this.pendingQueryChange = queryChanged;
    void this.loader.run((signal) => adapter.listInvoices(request, { signal }).then(assertPage));
  }

  /** Loads the current query again. */
  reload(): Promise<void> {
    this.request = undefined;
    this.sync();
    return this.loader.settled;
  }

  /** The user's "Retry": the failed load, or the window rows that failed. */
  retry(): Promise<void> {
    if (this.loader.state === 'error') return this.loader.retry();
    this.windowed.window.retryFailed();
    this.host.requestUpdate();
    return Promise.resolve();
  }

  hostUpdated(): void {
    if (!this.host.virtual) return;
    const { first, last } = this.options.visibleRange();
    this.fetchWindow(first, last);
  }

  hostDisconnected(): void {
    this.clearRetryTimer();
  }

  private pendingQueryChange = false;

  /** No adapter: nothing to show, as before the first load. */
  private forget(): void {
    this.request = undefined;
    this.result = undefined;
    this.generation++;
    this.windowLoader.reset();
    this.loader.reset();
    this.paged.clear();
    this.windowed.clear();
    // Keys held by selected invoices stay: the selection outlives the adapter (clearSelection() ends it).
    this.keys.newResult();
    this.clearRetryTimer();
  }

  private receive(value: InvoicePage): void {
    const query = this.request?.query ?? this.host.query;
    this.keys.newResult();
    const virtual = this.source.kind === 'windowed';
    const page = readPage(value, this.keys, virtual ? 0 : query.offset);
    this.inspect(page);
    this.reportFaults(page);
    this.result = {
      total: page.total,
      totalUnreadable: page.totalUnreadable,
      ...(page.totals ? { totals: page.totals } : {}),
      ...(page.outstanding ? { outstanding: page.outstanding } : {}),
      ...(page.lastRefreshed ? { lastRefreshed: page.lastRefreshed } : {}),
      ...(page.pendingTotals ? { totalsPending: true } : {}),
    };
    if (page.pendingTotals) this.awaitTotals(page.pendingTotals);
    this.source.accept(page, query);
    this.options.onResult?.(page, this.pendingQueryChange);
    const load = this.host.emit(
      'invoice-load',
      { query, total: page.total, ...(page.lastRefreshed ? { lastRefreshed: page.lastRefreshed } : {}) },
      { cancelable: true },
    );
    // A page past the end (rows removed since, a link to page 40 of 3): the last page instead,
    // unless the host moves the page itself (the section does, replacing its history entry).
    if (!load.defaultPrevented && !virtual && !page.totalUnreadable && page.total > 0 && query.offset >= page.total) {
      this.host.commitQuery({ ...this.host.query, offset: lastPageOffset(page.total, query.limit) }, 'page');
    }
  }

  /** Totals that follow the rows: shown when they arrive, unless another request came since. */
  private awaitTotals(pending: PromiseLike<unknown>): void {
    const generation = this.generation;
    const settle = (read: Pick<ReadPage, 'totals' | 'outstanding' | 'faults'>): void => {
      if (generation !== this.generation || !this.result) return;
      const rest = { ...this.result };
      delete rest.totalsPending;
      this.result = {
        ...rest,
        ...(read.totals ? { totals: read.totals } : {}),
        ...(read.outstanding ? { outstanding: read.outstanding } : {}),
      };
      this.reportFaults(read);
      this.host.requestUpdate();
    };
    Promise.resolve(pending).then(
      (value) => settle(readTotals(value)),
      (error: unknown) => settle({ faults: [{ field: 'totals', value: error }] }),
    );
  }

  /** A total or a sum that cannot be read is shown as a placeholder and reported once per answer. */
  private reportFaults(page: Pick<ReadPage, 'faults'>): void {
    for (const fault of page.faults) {
      this.host.emit('invoice-error', {
        kind: 'page',
        message:
          fault.field === 'total'
            ? msg('The number of matching invoices could not be read.', { id: 'grid.total-unreadable' })
            : msg('A total could not be read.', { id: 'grid.sum-unreadable' }),
        problems: [{ field: fault.currency ? `${fault.field}.${fault.currency}` : fault.field, code: 'unreadable', value: fault.value }],
      });
    }
  }

  /** Remembers each row's problems and lineage, and reports malformed rows and shared ids once per answer. */
  private inspect(page: ReadPage): void {
    for (const row of page.superseded) this.superseded.set(row, page.replacedBy.get(row) ?? '');
    for (const bad of page.malformed) {
      this.problems.set(bad.row, bad.fields);
      this.host.emit('invoice-error', {
        kind: 'row',
        message: msg('An invoice has missing or invalid values.', { id: 'grid.row-invalid' }),
        problems: bad.problems,
        invoice: bad.input,
      });
    }
    for (const id of page.duplicateIds) {
      this.host.emit('invoice-error', {
        kind: 'duplicate-id',
        message: msg('Several invoices have the same id; each is shown and selected on its own.', { id: 'grid.row-duplicate-id' }),
        problems: [{ field: 'id', code: 'duplicate-id', value: id }],
        invoice: page.rows.find((row) => String(row?.id) === id),
      });
    }
  }

  private reportLoadError(error: unknown): void {
    this.host.emit('invoice-error', {
      kind: 'load',
      message: loadErrorMessage(error),
      error,
      retryable: (error as { retryable?: boolean } | null)?.retryable ?? true,
    });
  }

  // ---- virtual mode: window fetches ---------------------------------------------------

  private fetchWindow(first: number, last: number): void {
    const adapter = this.host.adapter;
    const request = this.request;
    if (!adapter || !request || this.loader.state !== 'ready' || last < first) return;
    const window = this.windowed.window;
    const now = performance.now();
    const missing = window.missing(first, last, now);
    const pending = this.windowLoader.state === 'loading' ? this.pending : undefined;
    // The rows asked for are on their way; a request for rows scrolled past gives way to these.
    if (pending && (!missing || (pending.offset === missing.offset && pending.limit === missing.limit))) return;
    if (!missing) {
      this.scheduleRetry(window.nextRetry(first, last));
      return;
    }
    const wait = this.gate.wait();
    if (wait > 0 || !this.gate.take()) {
      this.scheduleRetry(now + Math.max(wait, 1));
      return;
    }
    const generation = this.generation;
    const query = { ...request.query, ...missing };
    this.pending = { generation, ...missing };
    void this.windowLoader.run(async (signal) => ({
      generation,
      ...missing,
      value: assertPage(await adapter.listInvoices(query, { signal })),
    }));
  }

  /** The window request in flight (its blocks are marked failed when it fails). */
  private pending: { generation: number; offset: number; limit: number } | undefined;

  private receiveWindow(answer: WindowAnswer): void {
    if (answer.generation !== this.generation) return;
    const page = readPage(answer.value, this.keys);
    // An empty answer for rows the result says exist would be asked for again at once: it is a failure.
    if (page.rows.length === 0) {
      this.windowFailed(new InvoiceAdapterError('bad-response', 'No rows came back for this range.', { retryable: true }));
      return;
    }
    this.inspect(page);
    this.windowed.window.put(answer.offset, page.rows);
  }

  private windowFailed(error: unknown): void {
    const pending = this.pending;
    if (!pending || pending.generation !== this.generation) return;
    const retryAfter = (error as { retryAfterMs?: number } | null)?.retryAfterMs ?? 0;
    this.windowed.window.fail(pending.offset, pending.limit, performance.now(), (attempts) => retryDelay(attempts, retryAfter));
    this.reportLoadError(error);
    this.host.requestUpdate();
  }

  /** Re-renders when a failed window block may be fetched again (the fetch itself follows the update). */
  private scheduleRetry(at: number): void {
    if (!Number.isFinite(at) || at >= this.retryTimerAt) return;
    this.clearRetryTimer();
    this.retryTimerAt = at;
    this.retryTimer = setTimeout(
      () => {
        this.retryTimerAt = Infinity;
        this.retryTimer = undefined;
        this.host.requestUpdate();
      },
      Math.max(0, at - performance.now()),
    );
  }

  private clearRetryTimer(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.retryTimerAt = Infinity;
  }
}

/** The query with every part present, whatever a page set. */
function normalizedQuery(query: InvoiceQuery | undefined): InvoiceQuery {
  const q = { ...defaultQuery(), ...(query ?? {}) };
  return {
    ...q,
    filter: q.filter ?? emptyFilter(),
    statuses: Array.isArray(q.statuses) ? q.statuses : [],
    sort: Array.isArray(q.sort) ? q.sort : [],
  };
}
