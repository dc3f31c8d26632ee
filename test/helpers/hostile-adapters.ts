import { InvoiceAdapterError } from '../../src/data/errors.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { sampleDocumentContent, seedInvoices } from '../../src/data/sample.js';
import type {
  FetchDocumentOptions,
  Invoice,
  InvoiceDataAdapter,
  InvoiceDocument,
  InvoicePage,
  InvoiceQuery,
  RequestOptions,
  StatusCounts,
} from '../../src/data/types.js';

/**
 * Adapters that misbehave the ways a portal's backend can: reject, throw before returning a
 * promise, never answer, answer out of order or after the element is gone, or answer with a
 * page that breaks the contract. Each counts its calls so a test can check Retry reached it.
 */

type Method = 'listInvoices' | 'countByStatus' | 'listDocuments' | 'fetchDocument';
const METHODS: readonly Method[] = ['listInvoices', 'countByStatus', 'listDocuments', 'fetchDocument'];

export interface CountingAdapter extends InvoiceDataAdapter {
  calls: Record<Method, number>;
}

function counting(make: (method: Method, args: unknown[]) => Promise<unknown>): CountingAdapter {
  const calls: Record<Method, number> = { listInvoices: 0, countByStatus: 0, listDocuments: 0, fetchDocument: 0 };
  const adapter = { calls } as CountingAdapter;
  for (const method of METHODS) {
    (adapter as unknown as Record<Method, (...args: unknown[]) => Promise<unknown>>)[method] = (...args: unknown[]) => {
      calls[method]++;
      return make(method, args);
    };
  }
  return adapter;
}

/** Every call rejects with `error` (default: a retryable server error). */
export function rejectingAdapter(error: unknown = new InvoiceAdapterError('server', 'Injected failure.')): CountingAdapter {
  return counting(() => Promise.reject(error));
}

/** Every call throws synchronously, before any promise exists. */
export function throwingAdapter(error: unknown = new Error('Injected synchronous throw.')): CountingAdapter {
  return counting(() => {
    throw error;
  });
}

/** Every call returns a promise that never settles and ignores its abort signal. */
export function hangingAdapter(): CountingAdapter {
  return counting(() => new Promise(() => undefined));
}

/** Every call rejects with something that is not an Error at all. */
export function rejectingWithJunkAdapter(junk: unknown = { not: 'an error' }): CountingAdapter {
  return counting(() => Promise.reject(junk));
}

/** A data adapter that delegates to `inner` but answers `listInvoices` with `page` (a contract breach). */
export function malformedPageAdapter(page: unknown, inner: InvoiceDataAdapter = seedAdapter()): CountingAdapter {
  const adapter = counting((method, args) => {
    if (method === 'listInvoices') return Promise.resolve(page);
    return (inner[method] as (...a: unknown[]) => Promise<unknown>).apply(inner, args);
  });
  return adapter;
}

/** Pages that break the adapter contract in one way each. */
export function malformedPages(): Array<{ name: string; page: unknown }> {
  const seed = seedInvoices();
  return [
    { name: 'rows is a string', page: { rows: 'nope', total: 5 } },
    { name: 'rows is null', page: { rows: null, total: 5 } },
    { name: 'rows is an object', page: { rows: { 0: seed[0] }, total: 1 } },
    { name: 'the page is null', page: null },
    { name: 'the page is a number', page: 42 },
    { name: 'total is NaN', page: { rows: seed, total: Number.NaN } },
    { name: 'total is negative', page: { rows: seed, total: -5 } },
    { name: 'total is Infinity', page: { rows: seed, total: Number.POSITIVE_INFINITY } },
    { name: 'total is a string', page: { rows: seed, total: '5' } },
    { name: 'ids are duplicated', page: { rows: seed.map((row) => ({ ...row, id: 'same' })), total: 5 } },
    { name: 'rows hold null and primitives', page: { rows: [seed[0], null, 7, 'row', undefined, seed[1]], total: 6 } },
  ];
}

export interface PendingCall {
  method: Method;
  args: unknown[];
  signal: AbortSignal | undefined;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

/**
 * Queues every call until the test settles it, so a test can answer in any order: the
 * second query first, the first later (out of order), or after the element was removed.
 * `answer(call)` settles a call with what the seed adapter would have returned for it.
 */
export class ControlledAdapter implements InvoiceDataAdapter {
  readonly pending: PendingCall[] = [];
  readonly all: PendingCall[] = [];
  readonly inner: InvoiceDataAdapter;

  constructor(inner: InvoiceDataAdapter = seedAdapter()) {
    this.inner = inner;
  }

  private queue<T>(method: Method, args: unknown[], signal: AbortSignal | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const call: PendingCall = {
        method,
        args,
        signal,
        resolve: (value) => {
          this.pending.splice(this.pending.indexOf(call), 1);
          resolve(value as T);
        },
        reject: (reason) => {
          this.pending.splice(this.pending.indexOf(call), 1);
          reject(reason);
        },
      };
      this.pending.push(call);
      this.all.push(call);
    });
  }

  calls(method: Method): PendingCall[] {
    return this.all.filter((call) => call.method === method);
  }

  pendingOf(method: Method): PendingCall[] {
    return this.pending.filter((call) => call.method === method);
  }

  /** Settles `call` with the inner adapter's answer (computed without the signal, as a server that ignores aborts would). */
  async answer(call: PendingCall, transform?: (value: unknown) => unknown): Promise<void> {
    const [first, options] = call.args as [unknown, RequestOptions | FetchDocumentOptions | undefined];
    const fn = this.inner[call.method] as (a: unknown, o?: unknown) => Promise<unknown>;
    const passOn = call.method === 'fetchDocument' && options && 'onProgress' in options ? { onProgress: options.onProgress } : undefined;
    const value = await fn.call(this.inner, first, passOn);
    call.resolve(transform ? transform(value) : value);
  }

  /** Answers every pending call, newest first (the worst order for an element that trusts arrival order). */
  async answerAllNewestFirst(): Promise<void> {
    for (const call of [...this.pending].reverse()) await this.answer(call);
  }

  listInvoices(query: InvoiceQuery, options?: RequestOptions): Promise<InvoicePage> {
    return this.queue('listInvoices', [query, options], options?.signal);
  }

  countByStatus(query: InvoiceQuery, options?: RequestOptions): Promise<StatusCounts> {
    return this.queue('countByStatus', [query, options], options?.signal);
  }

  listDocuments(invoice: Invoice, options?: RequestOptions): Promise<InvoiceDocument[]> {
    return this.queue('listDocuments', [invoice, options], options?.signal);
  }

  fetchDocument(document: InvoiceDocument, options?: FetchDocumentOptions): Promise<Blob> {
    return this.queue('fetchDocument', [document, options], options?.signal);
  }
}

/** The five seed rows, with document bytes, answering at once. */
export function seedAdapter(rows: readonly Invoice[] = seedInvoices()): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter(rows, { lastRefreshed: '2026-11-24T21:00:00Z', documentContent: sampleDocumentContent });
}

/** Wraps `inner` so that each method can be switched to fail and back (for Retry journeys). */
export class SwitchableAdapter implements InvoiceDataAdapter {
  failing = true;
  readonly calls: Record<Method, number> = { listInvoices: 0, countByStatus: 0, listDocuments: 0, fetchDocument: 0 };
  constructor(
    readonly inner: InvoiceDataAdapter = seedAdapter(),
    readonly fault: () => Promise<never> = () => Promise.reject(new InvoiceAdapterError('network', 'Injected network failure.')),
  ) {}

  private call<T>(method: Method, run: () => Promise<T>): Promise<T> {
    this.calls[method]++;
    return this.failing ? this.fault() : run();
  }

  listInvoices(query: InvoiceQuery, options?: RequestOptions): Promise<InvoicePage> {
    return this.call('listInvoices', () => this.inner.listInvoices(query, options));
  }

  countByStatus(query: InvoiceQuery, options?: RequestOptions): Promise<StatusCounts> {
    return this.call('countByStatus', () => this.inner.countByStatus(query, options));
  }

  listDocuments(invoice: Invoice, options?: RequestOptions): Promise<InvoiceDocument[]> {
    return this.call('listDocuments', () => this.inner.listDocuments(invoice, options));
  }

  fetchDocument(document: InvoiceDocument, options?: FetchDocumentOptions): Promise<Blob> {
    return this.call('fetchDocument', () => this.inner.fetchDocument(document, options));
  }
}
