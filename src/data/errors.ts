/** Machine-readable reason for an adapter failure. */
export type InvoiceErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'bad-request'
  | 'bad-response'
  | 'unsafe-url'
  | 'unavailable';

/** A typed adapter failure. `retryable` tells the UI whether offering "Retry" makes sense. */
export class InvoiceAdapterError extends Error {
  override readonly name = 'InvoiceAdapterError';
  readonly code: InvoiceErrorCode;
  readonly retryable: boolean;
  readonly status: number | undefined;
  /** How long the server asked to wait before trying again (`Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(
    code: InvoiceErrorCode,
    message: string,
    options: { retryable?: boolean; status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs !== undefined && options.retryAfterMs >= 0 ? options.retryAfterMs : undefined;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
  }
}

const RETRYABLE = new Set<InvoiceErrorCode>(['network', 'timeout', 'rate-limited', 'server', 'unavailable']);

/** Maps an HTTP status to an error code. */
export function codeForHttpStatus(status: number): InvoiceErrorCode {
  if (status === 400 || status === 422) return 'bad-request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'unavailable';
  return 'server';
}

/**
 * Reads an HTTP `Retry-After` value (delay-seconds or an HTTP date) as milliseconds from `now`;
 * undefined when absent or unreadable. Capped at an hour: a server cannot park a client forever.
 */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), 3_600_000) : undefined;
}

export function isAbortError(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') || (error instanceof InvoiceAdapterError && error.code === 'aborted')
  );
}

/** Throws the signal's reason (an AbortError) when it is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

export function abortError(signal?: AbortSignal): DOMException {
  const reason: unknown = signal?.reason;
  return reason instanceof DOMException ? reason : new DOMException('The operation was aborted.', 'AbortError');
}
