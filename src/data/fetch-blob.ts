import { InvoiceAdapterError, abortError, codeForHttpStatus, isAbortError } from './errors.js';
import { isSafeDocumentUrl } from './safe-url.js';

export interface FetchBlobOptions {
  signal?: AbortSignal;
  onProgress?: (loaded: number, total: number | undefined) => void;
  fetch?: typeof fetch;
  init?: RequestInit;
}

/**
 * Downloads `url` as a Blob, reporting progress as chunks arrive. Refuses anything but
 * http(s) and blob URLs before any request is made.
 */
export async function fetchBlob(url: string, options: FetchBlobOptions = {}): Promise<Blob> {
  if (!isSafeDocumentUrl(url)) {
    throw new InvoiceAdapterError('unsafe-url', 'Refused a document URL that is not http(s) or blob.', { retryable: false });
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(url, { ...options.init, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    if (options.signal?.aborted || isAbortError(error)) throw abortError(options.signal);
    throw new InvoiceAdapterError('network', 'The document could not be reached.', { cause: error });
  }
  if (!response.ok) {
    throw new InvoiceAdapterError(codeForHttpStatus(response.status), `The document request failed (HTTP ${response.status}).`, {
      status: response.status,
    });
  }
  const type = response.headers.get('content-type') ?? '';
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) {
    const blob = await response.blob();
    options.onProgress?.(blob.size, total ?? blob.size);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      options.onProgress?.(loaded, total);
    }
  } catch (error) {
    if (options.signal?.aborted || isAbortError(error)) throw abortError(options.signal);
    throw new InvoiceAdapterError('network', 'The document download was interrupted.', { cause: error });
  }
  return new Blob(chunks as BlobPart[], { type });
}
