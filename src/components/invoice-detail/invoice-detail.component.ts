import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LoadController } from '../../controllers/load-controller.js';
import type { InvoiceDetailData } from '../../data/billing-types.js';
import { isValidDate, localToday } from '../../data/dates.js';
import { parseInvoiceNumber } from '../../data/lineage.js';
import { defaultQuery } from '../../data/query.js';
import { isSafeLink } from '../../data/safe-url.js';
import type { Invoice, InvoiceDocument } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { loadErrorMessage } from '../../internal/labels.js';
import { ModalController } from '../../internal/modal-controller.js';
import { intlLocale } from '../../localization.js';
import { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { invoiceDetailHostStyles } from './invoice-detail.host-styles.js';
import { adoptLateStyles } from '../../internal/late-styles.js';
import { orderLineage } from './lineage-order.js';
import { PdfPreviewController, previewDocument } from './pdf-preview-controller.js';

/** The URL parameter that names the invoice whose detail a link opens (`<invoice-section sync-url>` reads it). */
export const DETAIL_PARAM = 'invoice';

/**
 * The default link of a lineage member: this page with `invoice=<invoice number>` added, so
 * `<invoice-section sync-url>` opened from it shows that invoice's detail.
 */
export function defaultDetailHref(invoice: Invoice, href: string = location.href): string {
  const url = new URL(href);
  url.searchParams.set(DETAIL_PARAM, textOf(invoice.invoiceNumber));
  return `${url.search}${url.hash}`;
}

/** The detail fields that complete the row (the adapter's answer wins where it gives one). */
function merge(invoice: Invoice, detail: InvoiceDetailData | undefined): Invoice {
  if (!detail || typeof detail !== 'object') return invoice;
  const merged: Invoice = { ...invoice };
  for (const [key, value] of Object.entries(detail)) if (value !== undefined) merged[key] = value;
  return merged;
}

/**
 * One invoice in full, as a side panel (or a region of the page with `inline`): its
 * amounts, due and paid dates, its lineage (original → reissues → credit notes, each a link),
 * its charges and tax breakdown in the local form, its documents and an inline preview of
 * its PDF.
 *
 * Opened from a row of the grid ("View details", Enter on the row) or with `show(invoice)`.
 * As a panel it is a native modal `<dialog>` at the inline end of the page (the full screen
 * on a phone): focus moves in, Tab stays inside, Escape closes and focus returns to the
 * opener.
 *
 * - **Lineage**: the invoices sharing its base number, from `adapter.listInvoices`. Each is a
 *   link (`detailHref(invoice)`, default this page with `invoice=<number>`, which
 *   `<invoice-section sync-url>` opens); a plain click shows that invoice here.
 * - **Charges and tax**: from `adapter.getInvoiceDetail()`, hidden when the adapter has none.
 *   Japan's consumption tax per rate (10% and the reduced 8%, ※) with the issuer's
 *   qualified-invoice registration number checked (T + 13 digits, check digit); Singapore GST;
 *   Korea VAT; Hong Kong, no sales tax.
 * - **Ticket reference**: shown on a disputed invoice when the data gives one.
 * - **Preview**: the invoice's PDF fetched through `adapter.fetchDocument()` and shown from a
 *   `blob:` URL in the browser's own viewer. The blob is re-typed `application/pdf` and refused
 *   unless its bytes are a PDF, so the frame can only show a PDF. Where the browser has no
 *   viewer (`navigator.pdfViewerEnabled` false, most phones) or the page's CSP refuses `blob:`
 *   frames, a link opens or saves the file instead. (A `sandbox` attribute is not used:
 *   Chromium refuses to run its PDF viewer in any sandboxed frame.)
 * - **Actions**: "Download…" and "Raise ticket" fire a cancelable `invoice-action`; their
 *   defaults fire `invoice-open-documents` / `invoice-open-ticket`, and unless a host (the
 *   section) prevents those, open an `<invoice-download-dialog>` / `<invoice-ticket-dialog>`
 *   when those tags are defined.
 *
 * @summary One invoice in full: lineage, dates, charges, tax, documents and its PDF.
 *
 * @csspart dialog - The native `<dialog>` (panel mode).
 * @csspart base - The region (inline mode).
 * @csspart header - Title row.
 * @csspart title - "Invoice 2202008003470".
 * @csspart subtitle - Month, status and payment state.
 * @csspart status-badge - The status; also `status-open`, `status-disputed`, `status-closed`, `status-na`.
 * @csspart status-open - The badge of an open invoice (with `status-badge`).
 * @csspart status-disputed - The badge of a disputed invoice.
 * @csspart status-closed - The badge of a closed invoice.
 * @csspart status-na - The badge of a "Not applicable" invoice.
 * @csspart payment-badge - "Overdue by 20 days", "Due 30 Nov 2026", "Paid 25 Aug 2026"; also `payment-overdue`, `payment-due`, `payment-paid`, `payment-credit`.
 * @csspart payment-overdue - The badge of an overdue invoice (with `payment-badge`).
 * @csspart payment-due - The badge of an invoice still to pay.
 * @csspart payment-paid - The badge of a paid invoice.
 * @csspart payment-credit - The badge of an open credit note.
 * @csspart close-button - The × button.
 * @csspart body - The scrolling content.
 * @csspart actions - "Download…" and "Raise ticket".
 * @csspart download-button - "Download…".
 * @csspart ticket-button - "Raise ticket".
 * @csspart facts - The facts (a description list).
 * @csspart fact - One fact; also `fact-amount`, `fact-amount-due`, `fact-due-date`, `fact-paid-date`, `fact-ticket`.
 * @csspart fact-amount - The amount (with `fact`).
 * @csspart fact-amount-due - What is still to pay.
 * @csspart fact-due-date - The due date.
 * @csspart fact-paid-date - The day it was paid.
 * @csspart fact-ticket - The ticket reference of a disputed invoice.
 * @csspart invalid-value - The placeholder of a malformed value.
 * @csspart section-heading - The heading of each block.
 * @csspart lineage - The invoice history block.
 * @csspart lineage-list - Its list.
 * @csspart lineage-item - One member; the shown one also `lineage-current`.
 * @csspart lineage-current - The member shown.
 * @csspart lineage-link - A member's link.
 * @csspart lineage-badge - "Monthly invoice", "Reissue 1", "Credit note".
 * @csspart lineage-empty - "No reissues or credit notes."
 * @csspart line-items - The charges block.
 * @csspart line-items-table - Its table.
 * @csspart tax - The tax block.
 * @csspart tax-registration - The issuer and its registration number.
 * @csspart tax-table - Tax per rate.
 * @csspart tax-warning - A missing or invalid registration number.
 * @csspart tax-note - The reduced-rate note, or Hong Kong's "no sales tax".
 * @csspart documents - The documents block.
 * @csspart document - One document.
 * @csspart preview - The preview block.
 * @csspart preview-frame - The `<iframe>` showing the PDF.
 * @csspart preview-link - The link that opens or saves the PDF.
 * @csspart preview-message - Loading, fallback and error messages.
 * @csspart loading - A block still loading.
 * @csspart error - A block that could not be loaded.
 * @csspart retry-button - Its "Retry" button.
 *
 * @cssprop --inv-detail-width - Panel width (default 44rem).
 * @cssprop --inv-detail-preview-height - Height of the PDF preview (default 32rem).
 * @cssprop --inv-dialog-bg - Panel background.
 * @cssprop --inv-dialog-color - Panel text.
 * @cssprop --inv-dialog-border-color - Panel border and separators.
 * @cssprop --inv-dialog-shadow - Panel shadow.
 * @cssprop --inv-dialog-backdrop - Backdrop colour.
 * @cssprop --inv-detail-link-color - Links.
 * @cssprop --inv-detail-overdue-color - The overdue badge.
 *
 * @fires {InvoiceActionDetail} invoice-action - Cancelable: `download` or `raise-ticket` was chosen.
 * @fires {InvoiceOpenDocumentsDetail} invoice-open-documents - Cancelable: the invoice's documents are asked for.
 * @fires {InvoiceOpenTicketDetail} invoice-open-ticket - Cancelable: the ticket form is asked for.
 * @fires {InvoiceErrorDetail} invoice-error - The detail, history, documents or preview could not be loaded (`detail`, `documents`, `preview`).
 *
 * @dependency invoice-download-dialog - Opened for "Download…" when defined and not handled by a host.
 * @dependency invoice-ticket-dialog - Opened for "Raise ticket" when defined and not handled by a host.
 */
@localized()
export class InvoiceDetail extends InvoiceElement {
  static override styles = invoiceDetailHostStyles;

  /** Every `part` the element renders, as its JSDoc lists them (`<invoice-section>` exports them with a prefix). */
  static readonly parts: readonly string[] = [
    'dialog',
    'base',
    'header',
    'title',
    'subtitle',
    'status-badge',
    'status-open',
    'status-disputed',
    'status-closed',
    'status-na',
    'payment-badge',
    'payment-overdue',
    'payment-due',
    'payment-paid',
    'payment-credit',
    'close-button',
    'body',
    'actions',
    'download-button',
    'ticket-button',
    'facts',
    'fact',
    'fact-amount',
    'fact-amount-due',
    'fact-due-date',
    'fact-paid-date',
    'fact-ticket',
    'invalid-value',
    'section-heading',
    'lineage',
    'lineage-list',
    'lineage-item',
    'lineage-current',
    'lineage-link',
    'lineage-badge',
    'lineage-empty',
    'line-items',
    'line-items-table',
    'tax',
    'tax-registration',
    'tax-table',
    'tax-warning',
    'tax-note',
    'documents',
    'document',
    'preview',
    'preview-frame',
    'preview-link',
    'preview-message',
    'loading',
    'error',
    'retry-button',
  ];

  /** The invoice shown. */
  @property({ attribute: false }) invoice: Invoice | undefined;

  /** Whether the panel is open (panel mode). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Shows the detail as a region of the page instead of a modal side panel. */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** The day payments are judged against, `YYYY-MM-DD`. Default: the viewer's local date. */
  @property() today = '';

  /** No inline PDF preview (the documents stay listed). */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;

  /**
   * The link of a lineage member (an injectable formatter; default: this page with
   * `invoice=<number>`). A result that is not http(s) or relative is not used.
   */
  @property({ attribute: false }) detailHref: (invoice: Invoice) => string = defaultDetailHref;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  private readonly report = (kind: 'detail' | 'documents' | 'preview') => (error: unknown) =>
    this.emit('invoice-error', {
      kind,
      message: loadErrorMessage(error),
      error,
      retryable: (error as { retryable?: boolean })?.retryable ?? true,
    });

  private readonly detail = new LoadController<InvoiceDetailData | undefined>(this, { onError: this.report('detail') });
  private readonly lineage = new LoadController<Invoice[]>(this, { onError: this.report('detail') });
  private readonly documents = new LoadController<InvoiceDocument[]>(this, {
    onError: this.report('documents'),
    onValue: (value) => this.showPreview(value as InvoiceDocument[]),
  });
  private readonly preview = new PdfPreviewController(this, { onError: this.report('preview') });
  private readonly modal = new ModalController(this, {
    dialog: () => (this.inline ? null : this.dialog),
    // The panel shows once its content (and its styles) have loaded: no unstyled flash.
    ready: () => !!this.view.value,
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>('[part~="close-button"]'),
    onClose: () => this.stop(),
  });
  /** The panel's content, imported the first time a panel opens. */
  private readonly view = new LazyModuleController(this, () => import('./detail-view.js'));
  private lateStyles = false;
  private loadedFor: Invoice | undefined;
  private loadedAdapter: unknown;
  private ownDialogs = new Map<string, HTMLElement>();

  /** Shows `invoice` (or the current one) in the panel; focus returns to `opener` (default: the focused element) on close. */
  show(invoice?: Invoice, opener?: HTMLElement | null): void {
    if (invoice !== undefined) this.invoice = invoice;
    this.modal.rememberOpener(opener);
    this.open = true;
  }

  /** Closes the panel. */
  close(): void {
    this.open = false;
  }

  /** The invoice as shown: the row completed by `getInvoiceDetail`. */
  get shown(): Invoice | undefined {
    return this.invoice ? merge(this.invoice, this.detail.value) : undefined;
  }

  /** Settles when every load in flight has settled. */
  get loaded(): Promise<void> {
    return Promise.all([this.view.load(), this.detail.settled, this.lineage.settled, this.documents.settled]).then(() => undefined);
  }

  /** The state of the PDF preview (`loading`, `ready`, `fallback`, `not-pdf`, `error`, `none`). */
  get previewState(): string {
    return this.preview.state;
  }

  private get active(): boolean {
    return !!this.invoice && (this.inline || this.open);
  }

  private get todayValue(): string {
    return isValidDate(this.today) ? this.today : localToday();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadedFor = undefined;
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override updated(): void {
    const view = this.view.value;
    if (view && !this.lateStyles) {
      // The panel's styles came with its content.
      adoptLateStyles(this, view.detailStyles);
      this.lateStyles = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.active) {
      if (changed.has('open') || changed.has('invoice') || changed.has('inline')) this.stop();
      return;
    }
    if (this.loadedFor !== this.invoice || this.loadedAdapter !== this.adapter || changed.has('noPreview')) this.load();
  }

  /** Loads the detail, the lineage and the documents (and so the preview) of the invoice shown. */
  private load(): void {
    const invoice = this.invoice as Invoice;
    const adapter = this.adapter;
    this.loadedFor = invoice;
    this.loadedAdapter = adapter;
    void this.view.load();
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

  private showPreview(documents: InvoiceDocument[]): void {
    if (this.noPreview || !this.active) return;
    void this.preview.load(this.adapter, previewDocument(documents, textOf(this.invoice?.invoiceNumber)));
  }

  /** Stops every load and lets the preview's URL go. */
  private stop(): void {
    this.detail.abort();
    this.lineage.abort();
    this.documents.abort();
    this.preview.clear();
    this.loadedFor = undefined;
  }

  // ---- actions -------------------------------------------------------------------------

  private act(action: 'download' | 'raise-ticket'): void {
    const invoice = this.invoice;
    if (!invoice) return;
    if (this.emit('invoice-action', { action, invoice }, { cancelable: true }).defaultPrevented) return;
    if (action === 'download') {
      if (this.emit('invoice-open-documents', { invoices: [invoice] }, { cancelable: true }).defaultPrevented) return;
      this.openOwn('invoice-download-dialog', { adapter: this.adapter, invoice, invoices: [] });
    } else {
      if (this.emit('invoice-open-ticket', { invoice }, { cancelable: true }).defaultPrevented) return;
      this.openOwn('invoice-ticket-dialog', { adapter: this.adapter, invoice });
    }
  }

  /** Opens a dialog of its own for an action no host handled, when its tag is defined. */
  private openOwn(tag: string, properties: Record<string, unknown>): void {
    const Dialog = customElements.get(tag);
    if (!Dialog) return;
    let dialog = this.ownDialogs.get(tag);
    if (!dialog?.isConnected) {
      dialog = new Dialog() as HTMLElement;
      this.ownDialogs.set(tag, dialog);
      this.renderRoot.appendChild(dialog);
    }
    Object.assign(dialog, properties);
    (dialog as HTMLElement & { show?: () => void }).show?.();
  }

  /** A member's link from `detailHref`, or the default when that gives no safe link (http(s) or relative). */
  private memberHref(member: Invoice): string {
    let href: unknown;
    try {
      href = typeof this.detailHref === 'function' ? this.detailHref(member) : undefined;
    } catch {
      href = undefined;
    }
    return isSafeLink(href) ? href : defaultDetailHref(member);
  }

  private openMember(event: MouseEvent, member: Invoice): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (member === this.invoice) return;
    this.invoice = member;
    // Say where we are: the title names the invoice now shown.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  // ---- rendering -----------------------------------------------------------------------

  private renderContent(): TemplateResult {
    const shown = this.shown as Invoice;
    const locale = intlLocale();
    const number = textOf(shown.invoiceNumber);
    const view = this.view.value;
    if (!view) void this.view.load();
    return html`<header part="header">
        <div class="heading">
          <h2 id="title" part="title" tabindex="-1">${msg(str`Invoice ${number}`, { id: 'detail.title' })}</h2>
          ${view ? view.detailSubtitle(shown, this.todayValue, locale) : nothing}
        </div>
        ${
          this.inline
            ? nothing
            : html`<button
                type="button"
                class="button ghost"
                part="close-button"
                aria-label=${msg('Close', { id: 'detail.close' })}
                @click=${() => this.close()}
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
        ${
          view
            ? view.detailBlocks({
                shown,
                today: this.todayValue,
                locale,
                hasDetail: typeof this.adapter?.getInvoiceDetail === 'function',
                detail: this.detail,
                lineage: this.lineage,
                documents: this.documents,
                preview: this.noPreview ? undefined : this.preview,
                memberHref: (member) => this.memberHref(member),
                openMember: (event, member) => this.openMember(event, member),
                retryPreview: () => this.showPreview(this.documents.value ?? []),
              })
            : html`<p part="loading" class="muted">${msg('Loading…', { id: 'detail.view.loading' })}</p>`
        }
      </div>`;
  }

  protected override render() {
    if (this.inline) {
      if (!this.view.value) void this.view.load();
      return this.invoice && this.view.value
        ? html`<section part="base" class="inline" aria-labelledby="title">${this.renderContent()}</section>`
        : nothing;
    }
    return html`<dialog part="dialog" class="panel" aria-labelledby="title" @close=${this.modal.onNativeClose}>
      ${this.open && this.invoice ? this.renderContent() : nothing}
    </dialog>`;
  }
}
