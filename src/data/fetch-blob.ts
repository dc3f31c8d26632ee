import { InvoiceAdapterError, abortError, codeForHttpStatus } from './errors.js';
import { isSafeDocumentUrl } from './safe-url.js';

/**
 * Defaults of every document download (`RestInvoiceAdapter` without `timeoutMs`,
 * `InMemoryInvoiceAdapter`, and the download dialog without an adapter). A portal may
 * change them once at start-up.
 */
export const downloadDefaults = {
  /** Milliseconds without a byte before a download fails with a retryable `timeout`: silence, never the total duration. */
  idleTimeoutMs: 30_000,
};

export interface FetchBlobOptions {
  signal?: AbortSignal;
  onProgress?: (loaded: number, total: number | undefined) => void;
  fetch?: typeof fetch;
  init?: RequestInit;
  /** Milliseconds without a byte before the download fails (default `downloadDefaults.idleTimeoutMs`). */
  idleTimeoutMs?: number;
}

/**
 * Runs `task` with a signal that aborts when `outer` does (rejecting with an AbortError) or
 * after `timeoutMs` without a call to `touch` (rejecting with a retryable `timeout` error).
 * Settles as soon as the signal aborts, even when the task ignores it. A `timeoutMs` that is
 * not a positive number waits forever.
 */
export async function withIdleTimeout<T>(
  outer: AbortSignal | undefined,
  timeoutMs: number,
  task: (signal: AbortSignal, touch: () => void) => Promise<T>,
  message = `Nothing arrived for ${timeoutMs} ms.`,
): Promise<T> {
  if (outer?.aborted) throw abortError(outer);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touch = () => {
    clearTimeout(timer);
    if (timeoutMs > 0 && Number.isFinite(timeoutMs))
      timer = setTimeout(() => controller.abort(new InvoiceAdapterError('timeout', message)), timeoutMs);
  };
  const onAbort = () => controller.abort(abortError(outer));
  outer?.addEventListener('abort', onAbort, { once: true });
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  touch();
  try {
    return await Promise.race([task(controller.signal, touch), aborted]);
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/**
 * Downloads `url` as a Blob, reporting progress as chunks arrive. Refuses anything but
 * http(s) and blob URLs before any request is made. Fails with a retryable `timeout` when no
 * byte arrives for `idleTimeoutMs`, however long the whole download takes.
 */
export async function fetchBlob(url: string, options: FetchBlobOptions = {}): Promise<Blob> {
  if (!isSafeDocumentUrl(url)) {
    throw new InvoiceAdapterError('unsafe-url', 'Refused a document URL that is not http(s) or blob.', { retryable: false });
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const idle = options.idleTimeoutMs ?? downloadDefaults.idleTimeoutMs;
  return withIdleTimeout(
    options.signal,
    idle,
    async (signal, touch) => {
      let response: Response;
      try {
        response = await doFetch(url, { ...options.init, signal });
      } catch (error) {
        if (signal.aborted || error instanceof InvoiceAdapterError) throw error;
        throw new InvoiceAdapterError('network', 'The document could not be reached.', { cause: error });
      }
      touch();
      if (!response.ok) {
        throw new InvoiceAdapterError(codeForHttpStatus(response.status), `The document request failed (HTTP ${response.status}).`, {
          status: response.status,
        });
      }
      return read(response, signal, touch, options.onProgress);
    },
    `No part of the document arrived for ${idle} ms.`,
  );
}

async function read(response: Response, signal: AbortSignal, touch: () => void, onProgress: FetchBlobOptions['onProgress']): Promise<Blob> {
  const type = response.headers.get('content-type') ?? '';
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) {
    const blob = await response.blob();
    onProgress?.(blob.size, total ?? blob.size);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      touch();
      chunks.push(value);
      loaded += value.byteLength;
      onProgress?.(loaded, total);
    }
  } catch (error) {
    if (signal.aborted) throw error;
    throw new InvoiceAdapterError('network', 'The document download was interrupted.', { cause: error });
  }
  return new Blob(chunks as BlobPart[], { type });
}
