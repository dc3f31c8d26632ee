import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { LoadController } from '../../controllers/load-controller.js';
import type { InvoiceDetailData } from '../../data/billing-types.js';
import { parseInvoiceNumber } from '../../data/lineage.js';
import { defaultQuery } from '../../data/query.js';
import { isSafeLink } from '../../data/safe-url.js';
import type { Invoice, InvoiceDocument } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { loadErrorMessage } from '../../internal/labels.js';
import { intlLocale } from '../../localization.js';
import { detailBlocks, detailSubtitle } from './detail-view.js';
import type { InvoiceDetail } from './invoice-detail.component.js';
import { orderLineage } from './lineage-order.js';
import { PdfPreviewController, previewDocument } from './pdf-preview-controller.js';
import { OwnDialogs } from '../../internal/own-dialogs.js';

export { detailStyles } from './detail-view.js';

/** The detail fields that complete the row (the adapter's answer wins where it gives one). */
function merge(invoice: Invoice, detail: InvoiceDetailData | undefined): Invoice {
  if (!detail || typeof detail !== 'object') return invoice;
  const merged: Invoice = { ...invoice };
  for (const [key, value] of Object.entries(detail)) if (value !== undefined) merged[key] = value;
  return merged;
}

/** What the panel needs of its element beyond its public properties. */
export interface DetailPanelHost {
  /** The day payments are judged against (`today`, or the viewer's date). */
  today: () => string;
  /** The default link of a lineage member. */
  defaultHref: (member: Invoice) => string;
}

/**
 * The behaviour of `<invoice-detail>`'s panel, loaded with its content (`import()` the first
 * time a panel opens, or when the page is idle): loading the detail, the lineage, the documents
 * and the PDF preview, the actions, the lineage links, and the content itself. The element
 * keeps its properties, its dialog and its public methods.
 */
export class DetailPanel {
  readonly detail: LoadController<InvoiceDetailData | undefined>;
  readonly lineage: LoadController<Invoice[]>;
  readonly documents: LoadController<InvoiceDocument[]>;
  readonly preview: PdfPreviewController;
  private readonly ownDialogs = new OwnDialogs(() => this.el.renderRoot);

  constructor(
    private readonly el: InvoiceDetail,
    private readonly host: DetailPanelHost,
  ) {
    const report = (kind: 'detail' | 'documents' | 'preview') => (error: unknown) =>
      el.emit('invoice-error', {
        kind,
        message: loadErrorMessage(error),
        error,
        retryable: (error as { retryable?: boolean })?.retryable ?? true,
      });
    this.detail = new LoadController<InvoiceDetailData | undefined>(el, { onError: report('detail') });
    this.lineage = new LoadController<Invoice[]>(el, { onError: report('detail') });
    this.documents = new LoadController<InvoiceDocument[]>(el, {
      onError: report('documents'),
      onValue: (value) => this.showPreview(value as InvoiceDocument[]),
    });
    this.preview = new PdfPreviewController(el, { onError: report('preview') });
  }

  /** The invoice as shown: the row completed by `getInvoiceDetail`. */
  shown(invoice: Invoice): Invoice {
    return merge(invoice, this.detail.value);
  }

  /** Settles when every load in flight has settled. */
  get settled(): Promise<void> {
    return Promise.all([this.detail.settled, this.lineage.settled, this.documents.settled]).then(() => undefined);
  }

  /** Loads the detail, the lineage and the documents (and so the preview) of `invoice`. */
  load(invoice: Invoice): void {
    const adapter = this.el.adapter;
    this.preview.clear();
    const getDetail = adapter?.getInvoiceDetail;
    if (typeof getDetail === 'function') void this.detail.run((signal) => getDetail.call(adapter, invoice, { signal }));
    else void this.detail.run(async () => undefined);
    const base = parseInvoiceNumber(textOf(invoice.invoiceNumber)).base;
    void this.lineage.run(async (signal) => {
      if (!adapter || !base) return orderLineage(invoice, []);
      const query = defaultQuery({ filter: { version: 1, invoiceNumber: { op: 'contains', value: base } }, limit: 200 });
      const page = await adapter.listInvoices(query, { signal });
      return orderLineage(invoice, Array.isArray(page?.rows) ? page.rows : []);
    });
    void this.documents.run(async (signal) => {
      const list = adapter ? await adapter.listDocuments(invoice, { signal }) : invoice.documents;
      return Array.isArray(list) ? list.filter((d): d is InvoiceDocument => !!d && typeof d === 'object') : [];
    });
  }

  /** Stops every load and lets the preview's URL go. */
  stop(): void {
    this.detail.abort();
    this.lineage.abort();
    this.documents.abort();
    this.preview.clear();
  }

  private showPreview(documents: InvoiceDocument[]): void {
    const el = this.el;
    if (el.noPreview || !el.invoice || !(el.inline || el.open)) return;
    void this.preview.load(el.adapter, previewDocument(documents, textOf(el.invoice.invoiceNumber)));
  }

  // ---- actions -------------------------------------------------------------------------

  private act(action: 'download' | 'raise-ticket'): void {
    const el = this.el;
    const invoice = el.invoice;
    if (!invoice) return;
    if (el.emit('invoice-action', { action, invoice }, { cancelable: true }).defaultPrevented) return;
    if (action === 'download') {
      if (el.emit('invoice-open-documents', { invoices: [invoice] }, { cancelable: true }).defaultPrevented) return;
      this.ownDialogs.open('invoice-download-dialog', { adapter: el.adapter, invoice, invoices: [] });
    } else {
      if (el.emit('invoice-open-ticket', { invoice }, { cancelable: true }).defaultPrevented) return;
      this.ownDialogs.open('invoice-ticket-dialog', { adapter: el.adapter, invoice });
    }
  }

  /** A member's link from `detailHref`, or the default when that gives no safe link (http(s) or relative). */
  private memberHref(member: Invoice): string {
    let href: unknown;
    try {
      href = typeof this.el.detailHref === 'function' ? this.el.detailHref(member) : undefined;
    } catch {
      href = undefined;
    }
    return isSafeLink(href) ? href : this.host.defaultHref(member);
  }

  private openMember(event: MouseEvent, member: Invoice): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const el = this.el;
    if (member === el.invoice) return;
    el.invoice = member;
    // Say where we are: the title names the invoice now shown.
    void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  // ---- rendering -----------------------------------------------------------------------

  /** The panel's content: header, actions and blocks. */
  content(invoice: Invoice): TemplateResult {
    const el = this.el;
    const shown = this.shown(invoice);
    const locale = intlLocale();
    const today = this.host.today();
    const number = textOf(shown.invoiceNumber);
    return html`<header part="header">
        <div class="heading">
          <h2 id="title" part="title" tabindex="-1">${msg(str`Invoice ${number}`, { id: 'detail.title' })}</h2>
          ${detailSubtitle(shown, today, locale)}
        </div>
        ${
          el.inline
            ? nothing
            : html`<button
                type="button"
                class="button ghost"
                part="close-button"
                aria-label=${msg('Close', { id: 'detail.close' })}
                @click=${() => el.close()}
              >
                <span aria-hidden="true">×</span>
              </button>`
        }
      </header>
      <div part="body">
        <div part="actions" class="actions">
          <button type="button" class="button" part="download-button" @click=${() => this.act('download')}>
            ${msg('Download…', { id: 'detail.download' })}
          </button>
          <button type="button" class="button" part="ticket-button" @click=${() => this.act('raise-ticket')}>
            ${msg('Raise ticket', { id: 'detail.ticket' })}
          </button>
        </div>
        ${detailBlocks({
          shown,
          today,
          locale,
          hasDetail: typeof el.adapter?.getInvoiceDetail === 'function',
          detail: this.detail,
          lineage: this.lineage,
          documents: this.documents,
          preview: el.noPreview ? undefined : this.preview,
          memberHref: (member) => this.memberHref(member),
          openMember: (event, member) => this.openMember(event, member),
          retryPreview: () => this.showPreview(this.documents.value ?? []),
        })}
      </div>`;
  }
}
