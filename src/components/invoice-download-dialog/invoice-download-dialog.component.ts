import { localized, msg } from '@lit/localize';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { LoadController } from '../../controllers/load-controller.js';
import type { Invoice } from '../../data/types.js';
import type { DownloadSession } from '../../download/session.js';
import { saveBlob, type SaveFile } from '../../files/save.js';
import { isPlainEmail } from '../../internal/contact.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { loadErrorMessage } from '../../internal/labels.js';
import { adoptLateStyles } from '../../internal/late-styles.js';
import { downloadDialogStyles } from './invoice-download-dialog.styles.js';

/** @internal The documents listed for one invoice. */
export interface LoadedList {
  invoice: Invoice;
  documents: unknown[];
}

/** The dialog's content and downloads, loaded with `import()` on first use (or when the page is idle). */
const loadView = () => import('./download-dialog-view.js');

/** True when `value` is one plain e-mail address (and so may become a mailto: link); the shared check. */
export const looksLikeEmail = isPlainEmail;

/** Localised message for a failed document download. */
export function downloadErrorMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'unsafe-url':
    case 'network':
    case 'timeout':
    case 'unauthorized':
    case 'forbidden':
    case 'rate-limited':
      return loadErrorMessage(error);
    case 'not-found':
      return msg('This document is no longer available.', { id: 'dialog.error.not-found' });
    default:
      return msg('The document could not be downloaded.', { id: 'dialog.error.download' });
  }
}

/**
 * The documents of one invoice (or of the grid's selection) in a modal dialog titled
 * "Download": choose, download one file or many as one ZIP, with progress, per-file retry
 * and the retention notice.
 *
 * Opens as a native modal `<dialog>`: focus moves in, Tab stays inside, Escape closes and
 * focus returns to the element that opened it. Documents come from
 * `adapter.listDocuments(invoice)` (or, without an adapter, from `invoice.documents`),
 * grouped as Invoice (the original, its reissues and credit notes), Call data records,
 * Universal number list and Other reports, each with its size and availability. One chosen
 * file downloads as it is; several become one ZIP built in the browser as they arrive. A
 * file that fails can be retried on its own while the rest carry on. File names are
 * sanitised and shown as they will be saved, names are shown without bidi controls and
 * isolated from the text around them, oversized names and numbers are shortened on screen
 * (the full value stays in their title and accessible name, and is what a copy takes), and
 * document URLs other than http(s) and blob are refused. Progress renders at most once per
 * animation frame, so a ZIP of thousands of documents stays linear.
 *
 * Closing the dialog cancels a download in progress.
 *
 * Its content, its styles and the download code load with `import()` when the page is idle or
 * when it first opens, whichever comes first (`preload()` fetches them now). Opened before
 * they have loaded, it shows as soon as they have; `updateComplete` waits for that.
 *
 * @summary The download dialog of the invoice section.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - Title row.
 * @csspart heading - Title and subtitle.
 * @csspart title - The "Download" heading.
 * @csspart subtitle - Which invoice(s).
 * @csspart close-button - The × button.
 * @csspart body - The scrolling content.
 * @csspart loading - Shown while documents load.
 * @csspart error - The load error with its "Retry" button.
 * @csspart retry-button - "Retry" after a failed load.
 * @csspart message - Informational message (no documents, download summary).
 * @csspart select-all - The "Select all available" checkbox row.
 * @csspart invoice - The documents of one invoice.
 * @csspart invoice-heading - Its heading (when several invoices are shown).
 * @csspart group - A group of documents (`fieldset`).
 * @csspart group-label - A group's legend.
 * @csspart document - One document row; `data-availability` is `available`, `preparing` or `removed`.
 * @csspart checkbox - A document's checkbox.
 * @csspart document-text - Name and details of a document.
 * @csspart document-name - The document's name.
 * @csspart document-number - The invoice number it belongs to.
 * @csspart lineage-badge - "Monthly invoice", "Reissue 1" or "Credit note".
 * @csspart document-meta - File name, size and availability.
 * @csspart file-name - The document's file name.
 * @csspart size - The file size.
 * @csspart availability - Availability text.
 * @csspart file-status - Per-file download state (progress, done, failed).
 * @csspart file-progress - A file's `<progress>`.
 * @csspart file-failure - A failed file's message and its "Retry" button.
 * @csspart file-error - A file's error message.
 * @csspart file-retry-button - A file's "Retry" button.
 * @csspart file-done - "Done" text of a file.
 * @csspart notice - Retention notice and billing contact.
 * @csspart contact-link - The billing contact mailto: link.
 * @csspart footer - Summary and buttons.
 * @csspart summary - Selection or download summary.
 * @csspart actions - The footer's buttons.
 * @csspart total-progress - Overall `<progress>`.
 * @csspart download-button - "Download selected".
 * @csspart cancel-button - "Cancel" (while downloading).
 * @csspart save-partial-button - "Save ZIP without failed files".
 * @csspart retry-all-button - "Retry failed downloads" (when several failed).
 * @csspart close-footer-button - "Close".
 *
 * @cssprop --inv-dialog-width - Dialog width (default 40rem).
 * @cssprop --inv-dialog-bg - Dialog background.
 * @cssprop --inv-dialog-color - Dialog text.
 * @cssprop --inv-dialog-border-color - Dialog border and separators.
 * @cssprop --inv-dialog-radius - Dialog corner radius.
 * @cssprop --inv-dialog-shadow - Dialog shadow.
 * @cssprop --inv-dialog-backdrop - Backdrop colour.
 * @cssprop --inv-dialog-group-color - Group legend colour.
 * @cssprop --inv-dialog-group-transform - Group legend text-transform.
 * @cssprop --inv-dialog-item-bg - Document row background.
 * @cssprop --inv-dialog-item-border-color - Document row border.
 * @cssprop --inv-dialog-item-unavailable-bg - Background of rows that cannot be downloaded.
 * @cssprop --inv-dialog-badge-bg - Lineage badge background.
 * @cssprop --inv-dialog-badge-color - Lineage badge text.
 * @cssprop --inv-dialog-preparing-color - "Being prepared" text.
 * @cssprop --inv-dialog-removed-color - "Removed" text.
 * @cssprop --inv-dialog-progress-color - Progress bars.
 * @cssprop --inv-dialog-error-bg - Error background.
 * @cssprop --inv-dialog-error-color - Error text.
 * @cssprop --inv-dialog-notice-bg - Notice background.
 * @cssprop --inv-dialog-notice-accent - Notice side bar.
 * @cssprop --inv-dialog-link-color - Link colour in the notice.
 * @cssprop --inv-dialog-footer-bg - Footer background.
 *
 * @fires {InvoiceDownloadRequestDetail} invoice-download-request - Cancelable; documents are about to be downloaded (`mode` `single` or `zip`). Prevent it to handle the download yourself.
 * @fires {InvoiceDownloadCompleteDetail} invoice-download-complete - A file was saved; `failed` lists documents left out of a ZIP.
 * @fires {InvoiceErrorDetail} invoice-error - Documents could not be listed (`kind: 'documents'`) or a document could not be downloaded (`kind: 'download'`).
 */
@localized()
export class InvoiceDownloadDialog extends InvoiceElement {
  static override styles = downloadDialogStyles;

  /** Every `part` the element renders, as its JSDoc lists them (`<invoice-section>` exports them with a prefix). */
  static readonly parts: readonly string[] = [
    'dialog',
    'header',
    'heading',
    'title',
    'subtitle',
    'close-button',
    'body',
    'loading',
    'error',
    'retry-button',
    'message',
    'select-all',
    'invoice',
    'invoice-heading',
    'group',
    'group-label',
    'document',
    'checkbox',
    'document-text',
    'document-name',
    'document-number',
    'lineage-badge',
    'document-meta',
    'file-name',
    'size',
    'availability',
    'file-status',
    'file-progress',
    'file-failure',
    'file-error',
    'file-retry-button',
    'file-done',
    'notice',
    'contact-link',
    'footer',
    'summary',
    'actions',
    'total-progress',
    'download-button',
    'cancel-button',
    'save-partial-button',
    'retry-all-button',
    'close-footer-button',
  ];

  /** The invoice whose documents are listed. */
  @property({ attribute: false }) invoice: Invoice | undefined;

  /** Several invoices (the grid's selection); when not empty it takes precedence over `invoice`. */
  @property({ attribute: false }) invoices: Invoice[] = [];

  /** Whether the dialog is open. Reflected; setting it opens or closes the dialog. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** First downloadable billing month, `YYYY-MM`, shown in the notice (the portal's May 2020). */
  @property({ attribute: 'available-from' }) availableFrom = '2020-05';

  /** Months after the billing month documents stay downloadable; `0` turns the rule off. */
  @property({ type: Number, attribute: 'retention-months' }) retentionMonths = 12;

  /** Billing contact address shown in the notice when no per-entity address applies. */
  @property({ attribute: 'billing-contact' }) billingContact = '';

  /** Billing contact address per legal entity (`invoice.legalEntity`, e.g. `JP`, `SG`). */
  @property({ attribute: false }) billingContacts: Record<string, string> = {};

  /** Name of the ZIP archive; default `<invoice number>-documents.zip` or `invoice-documents-<date>.zip`. */
  @property({ attribute: 'download-name' }) downloadName = '';

  /**
   * Where a finished file goes. Default: saved by the browser through a temporary link.
   * Replace it to intercept the Blob (tests, a portal's own storage).
   */
  @property({ attribute: false }) saveFile: SaveFile = saveBlob;

  /** The day availability is judged against. Default: today. */
  @property({ attribute: false }) today: Date | undefined;

  /** @internal Keys of the chosen documents. */
  @state() selected = new Set<string>();

  /** @internal The download in progress or last finished. */
  @state() session: DownloadSession | undefined;

  /** @internal Spoken summary of the download (a polite live region). */
  @state() announcement = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private opener: HTMLElement | null = null;
  /** The content, its styles and the downloads: loaded when the dialog first opens, or before when the page is idle. */
  private readonly view = new LazyModuleController(this, async () => {
    const module = await loadView();
    this.viewStyles = module.viewStyles;
    this.adoptViewStyles();
    return new module.DownloadDialogView(this);
  });
  private viewStyles: CSSResultGroup | undefined;
  private viewStylesAdopted = false;
  /** @internal The document lists of the invoices shown. */
  readonly lists = new LoadController<LoadedList[]>(this, {
    onError: (error) =>
      this.emit('invoice-error', {
        kind: 'documents',
        message: loadErrorMessage(error),
        error,
        retryable: (error as { retryable?: boolean })?.retryable ?? true,
      }),
  });

  /** The invoices shown: `invoices` when not empty, else `invoice`. */
  get targets(): Invoice[] {
    const list = Array.isArray(this.invoices) ? this.invoices.filter((i) => i && typeof i === 'object') : [];
    return list.length ? list : this.invoice ? [this.invoice] : [];
  }

  /** Settles when the document lists in flight have settled. */
  get documentsSettled(): Promise<void> {
    return this.lists.settled;
  }

  /** Opens the dialog; focus returns to `opener` (default: the element focused now) on close. */
  show(opener?: HTMLElement | null): void {
    this.opener = opener ?? deepActiveElement();
    this.open = true;
  }

  /** Closes the dialog (and cancels a download in progress). */
  close(): void {
    this.open = false;
  }

  /** Lists the documents again (what "Retry" does). */
  refresh(): Promise<void> {
    this.selected = new Set();
    const targets = this.targets;
    const adapter = this.adapter;
    return this.lists.run(async (signal) =>
      Promise.all(
        targets.map(async (invoice) => ({
          invoice,
          documents: adapter ? await adapter.listDocuments(invoice, { signal }) : Array.isArray(invoice.documents) ? invoice.documents : [],
        })),
      ),
    );
  }

  /**
   * Downloads the chosen documents: one file as it is, several as one ZIP. Fires the cancelable
   * `invoice-download-request` first.
   */
  async downloadSelected(): Promise<void> {
    const view = await this.view.load();
    await view.downloadSelected();
  }

  /** Loads the dialog's content ahead of its first opening (the section does it when the page is idle). */
  preload(): Promise<void> {
    return this.view.load().then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptViewStyles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session?.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      // Opened before its content has loaded: it shows as soon as it has (see updated()).
      this.opener ??= deepActiveElement();
      if (!this.view.value) void this.view.load().catch((error: unknown) => this.viewFailed(error));
    }
    const targetsChanged = changed.has('invoice') || changed.has('invoices') || changed.has('adapter');
    if (this.open && (changed.has('open') || targetsChanged)) {
      // Other invoices (or a reopened dialog) start afresh: a download for the old ones stops.
      this.session?.cancel();
      this.session = undefined;
      this.announcement = '';
      void this.refresh();
    }
  }

  /** Settles once the dialog is shown when it is open: its content loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.open && !this.view.value) {
      await this.view.load().catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    if (!this.dialog) return;
    if (this.open && !this.dialog.open && this.view.value) {
      this.opener ??= deepActiveElement();
      this.dialog.showModal();
      // Browsers differ in what showModal() focuses inside a shadow root; make sure focus is in.
      const active = (this.renderRoot as ShadowRoot).activeElement;
      if (!active || active === this.dialog) this.focusableElements()[0]?.focus();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  /** The native dialog closed (Escape, the close buttons or `close()`). */
  private onDialogClose(): void {
    this.lists.abort();
    this.session?.cancel();
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  /** Adds the content's styles to the shadow root, once both are there. */
  private adoptViewStyles(): void {
    if (this.viewStylesAdopted || !this.viewStyles || !this.renderRoot) return;
    adoptLateStyles(this, this.viewStyles);
    this.viewStylesAdopted = true;
  }

  /** The content could not be loaded (the network failed): say so rather than stay shut, and let a new opening try again. */
  private viewFailed(error: unknown): void {
    this.emit('invoice-error', { kind: 'documents', message: loadErrorMessage(error), error, retryable: true });
    this.open = false;
  }

  /**
   * Keeps Tab inside the dialog. A modal dialog makes the page inert, but from its last
   * control the browser moves focus on to its own toolbar; wrap to the first control instead.
   */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const focusable = this.focusableElements();
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !active)) {
      event.preventDefault();
      first.focus();
    }
  }

  private focusableElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('button, input, a[href], [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
  }

  private onCancelEvent(event: Event): void {
    // Escape while a file is being saved would lose it half-written; everything else closes.
    if (this.session?.phase === 'saving') event.preventDefault();
  }

  // ----- rendering -----

  override render(): TemplateResult {
    const view = this.view.value;
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="subtitle-full"
      @close=${this.onDialogClose}
      @cancel=${this.onCancelEvent}
      @keydown=${this.onKeyDown}
      @copy=${(event: ClipboardEvent) => view?.copy(event)}
    >
      ${this.open && view ? view.renderContent() : nothing}
    </dialog>`;
  }
}

/** The element focused now, looking through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
