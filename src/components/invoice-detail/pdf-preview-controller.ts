import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../data/errors.js';
import type { InvoiceDataAdapter, InvoiceDocument } from '../../data/types.js';

/**
 * - `none`: nothing to preview (no PDF among the documents, or no adapter);
 * - `loading`; `ready`: shown in the browser's own viewer;
 * - `fallback`: fetched, but shown as a link: the browser has no PDF viewer, or the page's
 *   Content-Security-Policy does not allow `blob:` frames;
 * - `not-pdf`: the file is not a PDF (its bytes lack the `%PDF-` signature), so it is not shown;
 * - `error`: it could not be fetched.
 */
export type PreviewState = 'none' | 'loading' | 'ready' | 'fallback' | 'not-pdf' | 'error';

/** True when the browser shows PDFs inline (`navigator.pdfViewerEnabled`; assumed where the property does not exist). */
export function browserShowsPdf(): boolean {
  const enabled = (navigator as Navigator & { pdfViewerEnabled?: boolean }).pdfViewerEnabled;
  return enabled !== false;
}

/** True when the first kilobyte holds the `%PDF-` signature (a PDF may have a few bytes before it). */
export async function looksLikePdf(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 1024).arrayBuffer());
  const signature = [0x25, 0x50, 0x44, 0x46, 0x2d];
  outer: for (let i = 0; i + signature.length <= head.length; i++) {
    for (let k = 0; k < signature.length; k++) if (head[i + k] !== signature[k]) continue outer;
    return true;
  }
  return false;
}

/** The document a preview shows: the invoice's (or credit note's) PDF, preferring the one of `invoiceNumber`. */
export function previewDocument(documents: readonly unknown[], invoiceNumber: string): InvoiceDocument | undefined {
  const pdfs = documents.filter((d): d is InvoiceDocument => {
    const doc = d as Partial<InvoiceDocument> | null;
    if (!doc || typeof doc !== 'object' || (doc.kind !== 'invoice' && doc.kind !== 'credit-note')) return false;
    if (doc.availability === 'removed' || doc.availability === 'preparing') return false;
    return doc.mimeType === 'application/pdf' || (typeof doc.fileName === 'string' && /\.pdf$/i.test(doc.fileName));
  });
  return pdfs.find((d) => d.invoiceNumber === invoiceNumber) ?? (pdfs.length === 1 ? pdfs[0] : undefined);
}

/**
 * Fetches a document through the adapter and offers it as a `blob:` URL for an inline
 * preview. The blob is re-typed `application/pdf` whatever the adapter said, and refused
 * unless its bytes start like a PDF, so the frame can only ever show a PDF in the browser's
 * viewer, never run a page from the portal's origin. The URL is revoked when the document
 * changes, the preview is cleared or the host leaves the page.
 */
export class PdfPreviewController implements ReactiveController {
  state: PreviewState = 'none';
  /** The `blob:` URL of the fetched PDF (for the frame and the fallback link). */
  url = '';
  document: InvoiceDocument | undefined;
  error: unknown;

  private controller: AbortController | undefined;
  private readonly onViolation = (event: SecurityPolicyViolationEvent): void => {
    // The page's policy refused the blob: frame; offer the link instead of an empty frame.
    if (this.url && this.state === 'ready' && /^blob/.test(event.blockedURI)) this.set('fallback');
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { onError?: (error: unknown) => void } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('securitypolicyviolation', this.onViolation);
  }

  hostDisconnected(): void {
    document.removeEventListener('securitypolicyviolation', this.onViolation);
    this.clear();
  }

  /** Shows `document` (fetched through `adapter`), or nothing when it is undefined. */
  async load(adapter: InvoiceDataAdapter | undefined, document: InvoiceDocument | undefined): Promise<void> {
    this.clear();
    if (!adapter || !document) return;
    this.document = document;
    const controller = new AbortController();
    this.controller = controller;
    this.set('loading');
    try {
      const blob = await adapter.fetchDocument(document, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (!(blob instanceof Blob) || !(await looksLikePdf(blob))) {
        if (!controller.signal.aborted) this.set('not-pdf');
        return;
      }
      if (controller.signal.aborted) return;
      this.url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
      this.set(browserShowsPdf() ? 'ready' : 'fallback');
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.error = error;
      this.set('error');
      this.options.onError?.(error);
    }
  }

  /** Stops a fetch in flight and revokes the URL. */
  clear(): void {
    this.controller?.abort();
    this.controller = undefined;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.document = undefined;
    this.error = undefined;
    this.set('none');
  }

  private set(state: PreviewState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
