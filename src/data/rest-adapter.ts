import type { BillingSummaryData, BillingSummaryRequest, InvoiceDetailData, TicketReceipt, TicketRequest } from './billing-types.js';
import { normalizeSummaryRequest } from './billing-summary.js';
import { isValidDate, localToday } from './dates.js';
import { InvoiceAdapterError, codeForHttpStatus, retryAfterMs, type InvoiceErrorCode } from './errors.js';
import { downloadDefaults, fetchBlob, withIdleTimeout } from './fetch-blob.js';
import { OriginPolicy, parseOrigins, type CrossOriginPolicy } from './origin-policy.js';
import { hasDateConditions, queryToParams } from './query.js';
import { originOf, pageHref } from './origin.js';
import { pathSegment } from './safe-url.js';
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
  /** A `fetch` to use instead of the global one (tests, proxies). It sees every request, documents on other origins included. */
  fetch?: typeof fetch;
  /**
   * Extra request headers, or a function that returns them per request (bearer tokens). Sent
   * only to the API's own origin and `trustedOrigins`.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Credentials mode of requests to the API's own origin and `trustedOrigins`; other origins get `omit`. */
  credentials?: RequestCredentials;
  /**
   * Other origins that may receive `headers` and `credentials`, e.g. the portal's own file
   * host: `['https://files.portal.example']`. URLs are accepted and reduced to their origin.
   */
  trustedOrigins?: readonly string[];
  /**
   * A document `url`, or a redirect, on any other origin: `'anonymous'` (default) fetches it
   * with no headers and no credentials (a signed link still works); `'refuse'` fails it with
   * a non-retryable `unsafe-url` error before any request.
   */
  crossOriginDocuments?: CrossOriginPolicy;
  /**
   * Milliseconds of silence (no answer, no new bytes) before a request fails with a retryable
   * `timeout` error; a long download that keeps arriving never times out. Default 30,000
   * (`downloadDefaults.idleTimeoutMs` for documents).
   */
  timeoutMs?: number;
  /**
   * The server implements the billing endpoints (`GET {base}/invoices/summary`,
   * `GET {base}/invoices/{id}/detail`) and the filter's `f.overdue`, `f.due` and `f.paid`
   * conditions (openapi.yaml). Then the adapter has `billingSummary` and `getInvoiceDetail`,
   * and `<billing-summary>` and the detail panel's line items and tax show. Default false.
   */
  billing?: boolean;
  /**
   * The server implements `POST {base}/tickets` (openapi.yaml). Then the adapter has
   * `raiseTicket`, and the ticket form sends what it collects there and shows the reference
   * the server answers. Default false.
   */
  tickets?: boolean;
}

/**
 * Speaks the invoice HTTP API:
 *
 * - `GET {base}/invoices?q&status&f.*&sort&offset&limit` → `{ rows, total, totals?, lastRefreshed? }`
 * - `GET {base}/invoices/counts?q&f.*` → `{ open, disputed, closed, na }`
 * - `GET {base}/invoices/{id}/documents` → `{ documents: InvoiceDocument[] }`
 * - `GET {base}/documents/{id}/content` → the file (when a document has no `url`)
 * - with `billing: true`: `GET {base}/invoices/summary?today&dueDays&paidMonths&months` →
 *   `BillingSummaryData`, `GET {base}/invoices/{id}/detail` → `InvoiceDetailData`
 * - with `tickets: true`: `POST {base}/tickets` `{ invoiceId?, invoiceNumber, reason, message }`
 *   → `{ reference }` (sent once, never retried by the adapter, never redirected)
 * - errors: any non-2xx status, body `{ error: { code, message } }`.
 *
 * A filter with a date-relative condition (overdue, due within, paid within) is sent with
 * `today`, the viewer's calendar date (or `query.today`), so the server judges "overdue" on
 * the viewer's day, not its own.
 *
 * Query parameters are those of `queryToParams`: `q` search, `status` comma list, `f.*` the
 * filter model, `sort` as `field:dir,…`. Ids are sent as one path segment each; `.`, `..`
 * and missing ids are refused (`bad-request`). Headers and credentials go only to the API's
 * origin and `trustedOrigins`, never across a redirect to another origin.
 */
export class RestInvoiceAdapter implements InvoiceDataAdapter {
  private readonly options: RestAdapterOptions;
  private readonly base: string;
  private readonly policy: OriginPolicy;

  /** Present with `billing: true`: the account's billing figures (`GET /invoices/summary`). */
  readonly billingSummary?: (request: Partial<BillingSummaryRequest>, options?: RequestOptions) => Promise<BillingSummaryData>;
  /** Present with `billing: true`: one invoice's detail (`GET /invoices/{id}/detail`). */
  readonly getInvoiceDetail?: (invoice: Invoice, options?: RequestOptions) => Promise<InvoiceDetailData>;
  /** Present with `tickets: true`: raises a ticket about an invoice (`POST /tickets`) and answers its reference. */
  readonly raiseTicket?: (request: TicketRequest, options?: RequestOptions) => Promise<TicketReceipt>;

  constructor(options: RestAdapterOptions) {
    if (!options || typeof options.baseUrl !== 'string') throw new TypeError('RestInvoiceAdapter needs a baseUrl.');
    const origin = originOf(options.baseUrl);
    if (!origin || !/^https?:/.test(origin)) throw new TypeError(`RestInvoiceAdapter: baseUrl "${options.baseUrl}" is not an http(s) URL.`);
    const crossOrigin = options.crossOriginDocuments ?? 'anonymous';
    if (crossOrigin !== 'anonymous' && crossOrigin !== 'refuse') {
      throw new TypeError(`RestInvoiceAdapter: crossOriginDocuments must be 'anonymous' or 'refuse', not "${String(crossOrigin)}".`);
    }
    this.options = options;
    this.base = new URL(options.baseUrl, pageHref()).href.replace(/\/+$/, '');
    this.policy = new OriginPolicy({
      trusted: [origin, ...parseOrigins(options.trustedOrigins, 'RestInvoiceAdapter trustedOrigins')],
      headers: () => this.headers(),
      credentials: options.credentials,
      crossOrigin,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    });
    if (options.billing === true) {
      this.billingSummary = (request, requestOptions = {}) => this.summary(request, requestOptions);
      this.getInvoiceDetail = (invoice, requestOptions = {}) => this.detail(invoice, requestOptions);
    }
    if (options.tickets === true) this.raiseTicket = (request, requestOptions = {}) => this.ticket(request, requestOptions);
  }

  async listInvoices(query: InvoiceQuery, options: RequestOptions = {}): Promise<InvoicePage> {
    const params = queryToParams(query);
    params.set('offset', String(query.offset));
    params.set('limit', String(query.limit));
    withToday(params, query);
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
    withToday(params, query);
    const body = (await this.getJson(`/invoices/counts?${params}`, options.signal)) as Partial<StatusCounts> | null;
    if (!body || typeof body !== 'object') throw badResponse('The counts response is not an object.');
    const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);
    return { open: count(body.open), disputed: count(body.disputed), closed: count(body.closed), na: count(body.na) };
  }

  async listDocuments(invoice: Invoice, options: RequestOptions = {}): Promise<InvoiceDocument[]> {
    const body = (await this.getJson(`/invoices/${pathSegment(invoice?.id)}/documents`, options.signal)) as {
      documents?: unknown;
    } | null;
    if (!body || !Array.isArray(body.documents)) throw badResponse('The documents response has no documents array.');
    return body.documents as InvoiceDocument[];
  }

  async fetchDocument(document: InvoiceDocument, options: FetchDocumentOptions = {}): Promise<Blob> {
    const url = document.url ?? `${this.base}/documents/${pathSegment(document.id)}/content`;
    return fetchBlob(url, {
      idleTimeoutMs: this.options.timeoutMs ?? downloadDefaults.idleTimeoutMs,
      fetch: (input, init) => this.policy.fetch(String(input), init?.signal ?? new AbortController().signal),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  }

  private async summary(request: Partial<BillingSummaryRequest>, options: RequestOptions): Promise<BillingSummaryData> {
    const { today, dueWithinDays, paidWithinMonths, months } = normalizeSummaryRequest(request);
    const params = new URLSearchParams({
      today,
      dueDays: String(dueWithinDays),
      paidMonths: String(paidWithinMonths),
      months: String(months),
    });
    const body = (await this.getJson(`/invoices/summary?${params}`, options.signal)) as BillingSummaryData | null;
    if (!body || typeof body !== 'object' || !Array.isArray(body.currencies))
      throw badResponse('The summary response has no currencies array.');
    return body;
  }

  private async detail(invoice: Invoice, options: RequestOptions): Promise<InvoiceDetailData> {
    const body = (await this.getJson(`/invoices/${pathSegment(invoice?.id)}/detail`, options.signal)) as InvoiceDetailData | null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw badResponse('The detail response is not an object.');
    return body;
  }

  private async ticket(request: TicketRequest, options: RequestOptions): Promise<TicketReceipt> {
    if (!request || typeof request.invoiceNumber !== 'string' || typeof request.reason !== 'string') {
      throw new InvoiceAdapterError('bad-request', 'A ticket needs an invoice number and a reason.', { retryable: false });
    }
    const id = request.invoice?.id;
    const body = JSON.stringify({
      ...(id !== undefined && id !== null && String(id) !== '' ? { invoiceId: String(id) } : {}),
      invoiceNumber: request.invoiceNumber,
      reason: request.reason,
      message: typeof request.message === 'string' ? request.message : '',
    });
    const receipt = (await this.requestJson('/tickets', options.signal, body)) as Partial<TicketReceipt> | null;
    const reference = typeof receipt?.reference === 'string' ? receipt.reference.trim() : '';
    if (!reference) throw badResponse('The ticket response has no reference.');
    return { reference };
  }

  private async headers(): Promise<Headers> {
    const headers = new Headers(typeof this.options.headers === 'function' ? await this.options.headers() : this.options.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    return headers;
  }

  private getJson(path: string, outer: AbortSignal | undefined): Promise<unknown> {
    return this.requestJson(path, outer);
  }

  /** GETs `path`, or POSTs `body` to it when given, and reads the JSON answer. */
  private async requestJson(path: string, outer: AbortSignal | undefined, body?: string): Promise<unknown> {
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    return withIdleTimeout(
      outer,
      timeoutMs,
      async (signal, touch) => {
        let response: Response;
        try {
          const url = `${this.base}${path}`;
          response = await (body === undefined ? this.policy.fetch(url, signal) : this.policy.postJson(url, body, signal));
        } catch (error) {
          if (signal.aborted || error instanceof InvoiceAdapterError) throw error;
          throw new InvoiceAdapterError('network', 'The billing service could not be reached.', { cause: error });
        }
        touch();
        if (!response.ok) throw await httpError(response);
        try {
          return await response.json();
        } catch (error) {
          if (signal.aborted) throw error;
          throw badResponse('The billing service answered with something that is not JSON.', error);
        }
      },
      `The billing service did not answer within ${timeoutMs} ms.`,
    );
  }
}

/** Adds `today` when the filter has a date-relative condition, so the server judges it on the viewer's day. */
function withToday(params: URLSearchParams, query: InvoiceQuery): void {
  if (hasDateConditions(query.filter)) params.set('today', isValidDate(query.today) ? query.today : localToday());
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
