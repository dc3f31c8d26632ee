import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadController } from '../../controllers/load-controller.js';
import type { InvoiceDetailData } from '../../data/billing-types.js';
import { paymentState } from '../../data/payments.js';
import { INVOICE_STATUSES, type Invoice, type InvoiceDocument } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { formatBytes, formatMonth } from '../../format/formatters.js';
import { documentLabel, loadErrorMessage, statusLabel } from '../../internal/labels.js';
import { detailFacts, paymentLabel } from './detail-facts.js';
import { lineItemsTable } from './line-items.js';
import { lineageBadge, lineageList } from './lineage-list.js';
import { pdfPreview } from './pdf-preview.js';
import type { PdfPreviewController } from './pdf-preview-controller.js';
import { taxBreakdown } from './tax-breakdown.js';

export { invoiceDetailStyles as detailStyles } from './invoice-detail.styles.js';

/**
 * The detail panel's content, loaded with `import()` the first time a panel opens so that
 * pages that never open one do not load it. The element passes its state in.
 */
export interface DetailViewState {
  shown: Invoice;
  today: string;
  locale: string;
  /** The adapter gives line items and tax (`getInvoiceDetail`). */
  hasDetail: boolean;
  detail: LoadController<InvoiceDetailData | undefined>;
  lineage: LoadController<Invoice[]>;
  documents: LoadController<InvoiceDocument[]>;
  preview: PdfPreviewController | undefined;
  memberHref: (member: Invoice) => string;
  openMember: (event: MouseEvent, member: Invoice) => void;
  retryPreview: () => void;
}

/** The month, lineage kind, status and payment state under the title. */
export function detailSubtitle(shown: Invoice, today: string, locale: string): TemplateResult {
  const status = INVOICE_STATUSES.includes(shown.status) ? shown.status : undefined;
  const payment = paymentState(shown, today);
  const paymentText = paymentLabel(shown, today, locale);
  return html`<p part="subtitle" class="subtitle">
    <span>${formatMonth(shown.billingMonth, locale)}</span>
    <span class="badge lineage-kind">${lineageBadge(shown)}</span>
    ${status ? html`<span part=${`status-badge status-${status}`} class="badge status">${statusLabel(status)}</span>` : nothing}
    ${paymentText ? html`<span part=${`payment-badge payment-${payment}`} class="badge payment">${paymentText}</span>` : nothing}
  </p>`;
}

function retryBlock(label: string, controller: Pick<LoadController<unknown>, 'error' | 'retry'>): TemplateResult {
  return html`<div part="error" class="block-error" role="alert">
    <span>${label} ${loadErrorMessage(controller.error)}</span>
    <button type="button" class="button" part="retry-button" @click=${() => void controller.retry()}>
      ${msg('Retry', { id: 'detail.retry' })}
    </button>
  </div>`;
}

function lineageBlock(state: DetailViewState): TemplateResult {
  const { lineage, shown } = state;
  if (lineage.state === 'error')
    return retryBlock(msg('The invoice history could not be loaded.', { id: 'detail.lineage.error' }), lineage);
  if (!lineage.value)
    return html`<p part="loading" class="muted">${msg('Loading the invoice history…', { id: 'detail.lineage.loading' })}</p>`;
  return lineageList(shown, lineage.value, { locale: state.locale, href: state.memberHref, onOpen: state.openMember });
}

function chargesBlock(state: DetailViewState): TemplateResult | typeof nothing {
  const { detail, shown, locale } = state;
  if (!state.hasDetail && !shown.lineItems && !shown.tax) return nothing;
  if (detail.state === 'error')
    return retryBlock(msg('The charges and tax of this invoice could not be loaded.', { id: 'detail.error' }), detail);
  if (detail.state === 'loading' && !detail.hasValue)
    return html`<p part="loading" class="muted">${msg('Loading the charges…', { id: 'detail.loading' })}</p>`;
  return html`${lineItemsTable(shown.lineItems, textOf(shown.currency), locale)} ${taxBreakdown(shown, shown.tax, locale)}`;
}

function documentsBlock(state: DetailViewState): TemplateResult {
  const { documents, locale } = state;
  const list = documents.value ?? [];
  return html`<section part="documents" class="block" aria-labelledby="documents-heading">
    <h3 id="documents-heading" part="section-heading">${msg('Documents', { id: 'detail.documents.heading' })}</h3>
    ${
      documents.state === 'error'
        ? retryBlock(msg('The documents could not be listed.', { id: 'detail.documents.error' }), documents)
        : !documents.value
          ? html`<p part="loading" class="muted">${msg('Loading the documents…', { id: 'detail.documents.loading' })}</p>`
          : list.length
            ? html`<ul class="documents">
                ${list.map(
                  (d) =>
                    html`<li part="document">
                      <span class="name">${documentLabel(d)}</span>
                      ${d.invoiceNumber ? html`<span class="mono muted">${textOf(d.invoiceNumber)}</span>` : nothing}
                      ${formatBytes(d.size, locale) ? html`<span class="muted">${formatBytes(d.size, locale)}</span>` : nothing}
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${msg('No documents', { id: 'docs.none' })}</p>`
    }
  </section>`;
}

/** Facts, lineage, charges and tax, documents and the PDF preview. */
export function detailBlocks(state: DetailViewState): TemplateResult {
  const number = textOf(state.shown.invoiceNumber);
  return html`${detailFacts(state.shown, state.locale)} ${lineageBlock(state)} ${chargesBlock(state)} ${documentsBlock(state)}
  ${state.preview ? pdfPreview(state.preview, number, state.locale, state.retryPreview) : nothing}`;
}
