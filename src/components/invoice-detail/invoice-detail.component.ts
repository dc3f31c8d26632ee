import { localized } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { isValidDate, localToday } from '../../data/dates.js';
import type { Invoice } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { ModalController } from '../../internal/modal-controller.js';
import { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { invoiceDetailHostStyles } from './invoice-detail.host-styles.js';
import { adoptLateStyles } from '../../internal/late-styles.js';
import type { DetailPanel } from './detail-panel.js';

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

  private readonly modal = new ModalController(this, {
    dialog: () => (this.inline ? null : this.dialog),
    // The panel shows once its content (and its styles) have loaded: no unstyled flash.
    ready: () => !!this.panel,
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>('[part~="close-button"]'),
    onClose: () => this.stop(),
  });
  /**
   * The panel's content and behaviour (loads, preview, actions), imported the first time a
   * panel opens or when the page is idle: the element itself is a small shell.
   */
  private readonly view = new LazyModuleController(this, () => import('./detail-panel.js'));
  /** Created once the view has loaded. */
  private panel: DetailPanel | undefined;
  private lateStyles = false;
  private loadedFor: Invoice | undefined;
  private loadedAdapter: unknown;

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
    return this.invoice && this.panel ? this.panel.shown(this.invoice) : this.invoice;
  }

  /** Settles when every load in flight has settled (the panel's code first, when it had not loaded). */
  get loaded(): Promise<void> {
    return this.view
      .load()
      .then(() => this.updateComplete)
      .then(() => this.panel?.settled);
  }

  /** The state of the PDF preview (`loading`, `ready`, `fallback`, `not-pdf`, `error`, `none`). */
  get previewState(): string {
    return this.panel?.preview.state ?? 'none';
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
    const view = this.view.value;
    // Created on the first showing: a panel never opened adds no controller (no listener) to the page.
    if (!this.panel && view && this.active)
      this.panel = new view.DetailPanel(this, { today: () => this.todayValue, defaultHref: (member) => defaultDetailHref(member) });
    if (!this.active) {
      if (changed.has('open') || changed.has('invoice') || changed.has('inline')) this.stop();
      return;
    }
    if (!this.panel) {
      // Loads start once the panel's code is there (this element updates when it arrives).
      void this.view.load().catch(() => undefined);
      return;
    }
    if (this.loadedFor !== this.invoice || this.loadedAdapter !== this.adapter || changed.has('noPreview')) {
      this.loadedFor = this.invoice;
      this.loadedAdapter = this.adapter;
      this.panel.load(this.invoice as Invoice);
    }
  }

  /** Stops every load and lets the preview's URL go. */
  private stop(): void {
    this.panel?.stop();
    this.loadedFor = undefined;
  }

  protected override render() {
    const panel = this.panel;
    if (this.inline) {
      return this.invoice && panel
        ? html`<section part="base" class="inline" aria-labelledby="title">${panel.content(this.invoice)}</section>`
        : nothing;
    }
    return html`<dialog part="dialog" class="panel" aria-labelledby="title" @close=${this.modal.onNativeClose}>
      ${this.open && this.invoice && panel ? panel.content(this.invoice) : nothing}
    </dialog>`;
  }
}
