import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { sanitizeFileName } from '../../files/file-name.js';
import { formatBytes } from '../../format/formatters.js';
import { loadErrorMessage } from '../../internal/labels.js';
import type { PdfPreviewController } from './pdf-preview-controller.js';

/**
 * The preview block: the PDF in the browser's own viewer, a link to save it, and the
 * messages of the other states (loading, no viewer, not a PDF, failed with Retry).
 */
export function pdfPreview(
  preview: PdfPreviewController,
  invoiceNumber: string,
  locale: string,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  const state = preview.state;
  if (state === 'none') return nothing;
  const document = preview.document;
  const fileName = sanitizeFileName(document?.fileName, `${invoiceNumber || 'invoice'}.pdf`);
  const size = formatBytes(document?.size, locale);
  const save = preview.url
    ? html`<a part="preview-link" href=${preview.url} download=${fileName}>
        ${size ? msg(str`Save the PDF (${size})`, { id: 'detail.preview.save-size' }) : msg('Save the PDF', { id: 'detail.preview.save' })}
      </a>`
    : nothing;
  let body: TemplateResult;
  switch (state) {
    case 'loading':
      body = html`<p part="preview-message" role="status" class="muted">${msg('Loading the PDF…', { id: 'detail.preview.loading' })}</p>`;
      break;
    case 'ready':
      body = html`<iframe
          part="preview-frame"
          src=${`${preview.url}#view=FitH`}
          title=${msg(str`Invoice ${invoiceNumber} (PDF)`, { id: 'detail.preview.frame' })}
          referrerpolicy="no-referrer"
        ></iframe>
        ${save}`;
      break;
    case 'fallback':
      body = html`<p part="preview-message">${msg('This browser cannot show the PDF here.', { id: 'detail.preview.no-viewer' })}</p>
        <a part="preview-link" class="button" href=${preview.url} download=${fileName}>
          ${msg('Open the invoice PDF', { id: 'detail.preview.open' })}
        </a>`;
      break;
    case 'not-pdf':
      body = html`<p part="preview-message" role="note">
        ${msg('The invoice file is not a PDF, so it is not shown here. Use "Download…" to get it.', { id: 'detail.preview.not-pdf' })}
      </p>`;
      break;
    default:
      body = html`<div part="error" class="block-error" role="alert">
        <span>${msg('The PDF could not be loaded.', { id: 'detail.preview.error' })} ${loadErrorMessage(preview.error)}</span>
        <button type="button" class="button" part="retry-button" @click=${onRetry}>${msg('Retry', { id: 'detail.retry' })}</button>
      </div>`;
  }
  return html`<section part="preview" class="block" aria-labelledby="preview-heading">
    <h3 id="preview-heading" part="section-heading">${msg('Preview', { id: 'detail.preview.heading' })}</h3>
    ${body}
  </section>`;
}
