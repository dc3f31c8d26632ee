import { InvoiceAdapterError, abortError, codeForHttpStatus, retryAfterMs, type InvoiceErrorCode } from './errors.js';
import { fetchBlob } from './fetch-blob.js';
import { queryToParams } from './query.js';
import type {
  FetchDocumentOptions,
  Invoice,
  InvoiceDataAdapter,
  InvoiceDocument,
  InvoicePage,
  InvoiceQuery,
  RequestOptions,
  StatusCounts,
} from './types.js';

export interface RestAdapterOptions {
  /** Base URL of the API, e.g. `https://portal.example/api/billing` (no trailing slash needed). */
  baseUrl: string;
  /** A `fetch` to use instead of the global one (auth wrappers, tests). */
  fetch?: typeof fetch;
  /** Extra request headers, or a function that returns them per request (bearer tokens). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  credentials?: RequestCredentials;
  /** Milliseconds before a request fails with a retryable `timeout` error. Default 30,000. */
  timeoutMs?: number;
}

/**
 * Speaks the invoice HTTP API:
 *
 * - `GET {base}/invoices?q&status&f.*&sort&offset&limit` → `{ rows, total, totals?, lastRefreshed? }`
 * - `GET {base}/invoices/counts?q&f.*` → `{ open, disputed, closed, na }`
 * - `GET {base}/invoices/{id}/documents` → `{ documents: InvoiceDocument[] }`
 * - `GET {base}/documents/{id}/content` → the file (when a document has no `url`)
 * - errors: any non-2xx status, body `{ error: { code, message } }`.
 *
 * Query parameters are those of `queryToParams`: `q` search, `status` comma list, `f.*` the
 * filter model, `sort` as `field:dir,…`.
 */
export class RestInvoiceAdapter implements InvoiceDataAdapter {
  private readonly options: RestAdapterOptions;
  private readonly base: string;

  constructor(options: RestAdapterOptions) {
    if (!options || typeof options.baseUrl !== 'string') throw new TypeError('RestInvoiceAdapter needs a baseUrl.');
    this.options = options;
    this.base = options.baseUrl.replace(/\/+$/, '');
  }

  async listInvoices(query: InvoiceQuery, options: RequestOptions = {}): Promise<InvoicePage> {
    const params = queryToParams(query);
    params.set('offset', String(query.offset));
    params.set('limit', String(query.limit));
    const body = await this.getJson(`/invoices?${params}`, options.signal);
    if (!body || typeof body !== 'object' || !Array.isArray((body as InvoicePage).rows)) {
      throw badResponse('The invoice list response has no rows array.');
    }
    const page = body as InvoicePage;
    if (typeof page.total !== 'number' || !Number.isFinite(page.total) || page.total < 0) {
      throw badResponse('The invoice list response has no valid total.');
    }
    return page;
  }

  async countByStatus(query: InvoiceQuery, options: RequestOptions = {}): Promise<StatusCounts> {
    const params = queryToParams({ ...query, statuses: [], sort: [], offset: 0 });
    params.delete('limit');
    const body = (await this.getJson(`/invoices/counts?${params}`, options.signal)) as Partial<StatusCounts> | null;
    if (!body || typeof body !== 'object') throw badResponse('The counts response is not an object.');
    const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);
    return { open: count(body.open), disputed: count(body.disputed), closed: count(body.closed), na: count(body.na) };
  }

  async listDocuments(invoice: Invoice, options: RequestOptions = {}): Promise<InvoiceDocument[]> {
    const body = (await this.getJson(`/invoices/${encodeURIComponent(invoice.id)}/documents`, options.signal)) as {
      documents?: unknown;
    } | null;
    if (!body || !Array.isArray(body.documents)) throw badResponse('The documents response has no documents array.');
    return body.documents as InvoiceDocument[];
  }

  async fetchDocument(document: InvoiceDocument, options: FetchDocumentOptions = {}): Promise<Blob> {
    const url = document.url ?? `${this.base}/documents/${encodeURIComponent(document.id)}/content`;
    const init = await this.init();
    return this.withTimeout(options.signal, (signal) =>
      fetchBlob(url, {
        signal,
        init,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    );
  }

  private async init(): Promise<RequestInit> {
    const headers = new Headers(typeof this.options.headers === 'function' ? await this.options.headers() : this.options.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    return { headers, ...(this.options.credentials ? { credentials: this.options.credentials } : {}) };
  }

  private async getJson(path: string, outer: AbortSignal | undefined): Promise<unknown> {
    const init = await this.init();
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    return this.withTimeout(outer, async (signal) => {
      let response: Response;
      try {
        response = await doFetch(`${this.base}${path}`, { ...init, signal });
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw new InvoiceAdapterError('network', 'The billing service could not be reached.', { cause: error });
      }
      if (!response.ok) throw await httpError(response);
      try {
        return await response.json();
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw badResponse('The billing service answered with something that is not JSON.', error);
      }
    });
  }

  /** Runs `task` with a signal that aborts on the caller's signal or after `timeoutMs`. */
  private async withTimeout<T>(outer: AbortSignal | undefined, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (outer?.aborted) throw abortError(outer);
    const controller = new AbortController();
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    const timeout = new InvoiceAdapterError('timeout', `The billing service did not answer within ${timeoutMs} ms.`);
    const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
    const onAbort = () => controller.abort(abortError(outer));
    outer?.addEventListener('abort', onAbort, { once: true });
    try {
      return await task(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }
}

function badResponse(message: string, cause?: unknown): InvoiceAdapterError {
  return new InvoiceAdapterError('bad-response', message, { retryable: true, cause });
}

async function httpError(response: Response): Promise<InvoiceAdapterError> {
  let message = `The billing service answered HTTP ${response.status}.`;
  let code: InvoiceErrorCode = codeForHttpStatus(response.status);
  try {
    const body = (await response.json()) as { error?: { message?: unknown; code?: unknown } };
    if (typeof body?.error?.message === 'string') message = body.error.message;
    if (body?.error?.code === 'timeout') code = 'timeout';
  } catch {
    // A body that is not JSON keeps the generic message.
  }
  const wait = retryAfterMs(response.headers.get('retry-after'));
  return new InvoiceAdapterError(code, message, { status: response.status, ...(wait !== undefined ? { retryAfterMs: wait } : {}) });
}
