import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { LoadController } from '../../controllers/load-controller.js';
import { InvoiceAdapterError } from '../../data/errors.js';
import { fetchBlob } from '../../data/fetch-blob.js';
import type { Invoice, InvoiceDocument } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { isBlankText } from '../../format/visible-text.js';
import { saveBlob, type SaveFile } from '../../files/save.js';
import { localDay } from '../../download/availability.js';
import { DownloadSession, type DownloadFile, type DownloadPhase } from '../../download/session.js';
import { sanitizeFileName } from '../../files/file-name.js';
import { formatBytes, formatCount, formatDate, formatMonth, pluralCategory } from '../../format/formatters.js';
import { isPlainEmail } from '../../internal/contact.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { documentKindLabel, documentLabel, lineageKindLabel, loadErrorMessage, reissueLabel } from '../../internal/labels.js';
import { retentionNotice } from '../../internal/retention-notice.js';
import { intlLocale } from '../../localization.js';
import { groupDocuments, type DocumentGroupId, type InvoiceDocuments, type ListedDocument } from './document-groups.js';
import { FrameUpdateController } from './frame-update-controller.js';
import { downloadDialogStyles } from './invoice-download-dialog.styles.js';
import { CAPPED_CLASS, MAX_SHOWN_NAME, MAX_SHOWN_NUMBER, copyFullValues, shownText, type ShownText } from './shown-text.js';

interface LoadedList {
  invoice: Invoice;
  documents: unknown[];
}

/** How one listed document is shown, worked out once per listing and locale. */
interface DocumentText {
  locale: string;
  name: ShownText;
  number: ShownText;
  /** The name the file is saved under (sanitised), or '' when it has none. */
  fileName: string;
}

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

  /** Keys of the chosen documents. */
  @state() private selected = new Set<string>();

  /** The download in progress or last finished. */
  @state() private session: DownloadSession | undefined;

  /** Spoken summary of the download (a polite live region). */
  @state() private announcement = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private opener: HTMLElement | null = null;
  private readonly frames = new FrameUpdateController(this);
  private groupedMemo: { lists: LoadedList[]; key: string; value: InvoiceDocuments[] } | undefined;
  private readonly documentTexts = new WeakMap<ListedDocument, DocumentText>();
  private readonly lists = new LoadController<LoadedList[]>(this, {
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session?.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const targetsChanged = changed.has('invoice') || changed.has('invoices') || changed.has('adapter');
    if (this.open && (changed.has('open') || targetsChanged)) {
      // Other invoices (or a reopened dialog) start afresh: a download for the old ones stops.
      this.session?.cancel();
      this.session = undefined;
      this.announcement = '';
      void this.refresh();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open') || !this.dialog) return;
    if (this.open && !this.dialog.open) {
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

  private rule() {
    return { retentionMonths: this.retentionMonths, availableFrom: this.availableFrom, ...(this.today ? { today: this.today } : {}) };
  }

  /** The documents grouped; worked out again only when the lists or the retention rule change. */
  private grouped(): InvoiceDocuments[] {
    const lists = this.lists.value;
    if (!lists) return [];
    const rule = this.rule();
    const key = `${rule.retentionMonths}|${rule.availableFrom}|${localDay(rule.today ?? new Date())}`;
    if (this.groupedMemo?.lists !== lists || this.groupedMemo.key !== key)
      this.groupedMemo = { lists, key, value: groupDocuments(lists, rule) };
    return this.groupedMemo.value;
  }

  private static listed(grouped: InvoiceDocuments[]): ListedDocument[] {
    return grouped.flatMap((entry) => entry.groups.flatMap((group) => group.documents));
  }

  /** A new choice starts over: the last download's result is no longer shown. */
  private clearFinished(): void {
    if (this.session && !this.downloading()) this.session = undefined;
  }

  private toggle(key: string, checked: boolean): void {
    this.clearFinished();
    const next = new Set(this.selected);
    if (checked) next.add(key);
    else next.delete(key);
    this.selected = next;
  }

  private toggleAll(available: ListedDocument[], checked: boolean): void {
    this.clearFinished();
    this.selected = checked ? new Set(available.map((d) => d.key)) : new Set();
  }

  private downloading(): boolean {
    const phase = this.session?.phase;
    return phase === 'downloading' || phase === 'saving' || phase === 'partial';
  }

  /** Downloads the chosen documents: one file as it is, several as one ZIP. */
  async downloadSelected(): Promise<void> {
    if (this.downloading()) return;
    const chosen = InvoiceDownloadDialog.listed(this.grouped()).filter(
      (d) => this.selected.has(d.key) && d.availability.availability === 'available',
    );
    if (chosen.length === 0) return;
    const mode = chosen.length === 1 ? 'single' : 'zip';
    const request = this.emit(
      'invoice-download-request',
      { invoices: this.targets, documents: chosen.map((d) => d.document), mode },
      { cancelable: true },
    );
    if (request.defaultPrevented) return;
    const adapter = this.adapter ?? noAdapter;
    let phase: DownloadPhase = 'downloading';
    const session: DownloadSession = new DownloadSession({
      adapter,
      files: chosen,
      mode,
      zipName: this.zipName(),
      save: (blob, fileName) => this.saveFile(blob, fileName),
      // A new phase shows at once; progress and file states at most once a frame.
      onChange: () => {
        if (session.phase === phase) return this.frames.request();
        phase = session.phase;
        this.frames.now();
      },
      onFileError: (file, error) =>
        this.emit('invoice-error', {
          kind: 'download',
          message: downloadErrorMessage(error),
          error,
          retryable: file.retryable,
          invoice: file.invoice,
        }),
      onComplete: (result) => {
        this.announcement = msg(str`Download complete: ${result.fileName}`, { id: 'dialog.announce.done' });
        this.emit('invoice-download-complete', result);
      },
      onSaveError: (error) =>
        this.emit('invoice-error', {
          kind: 'download',
          message: msg('The file could not be saved.', { id: 'dialog.error.save' }),
          error,
          retryable: false,
        }),
    });
    this.session = session;
    this.announcement =
      mode === 'zip'
        ? msg(str`Downloading ${formatCount(chosen.length, intlLocale())} files as one ZIP file`, { id: 'dialog.announce.zip' })
        : msg('Downloading the file', { id: 'dialog.announce.single' });
    await session.start();
    if (this.session === session && (session.phase === 'partial' || session.phase === 'failed'))
      this.announcement = this.phaseSummary(session);
  }

  private zipName(): string {
    if (this.downloadName.trim())
      return sanitizeFileName(this.downloadName.endsWith('.zip') ? this.downloadName : `${this.downloadName}.zip`, 'documents.zip');
    const targets = this.targets;
    const suffix = msg('documents', { id: 'dialog.zip-suffix' });
    if (targets.length === 1) return sanitizeFileName(`${textOf(targets[0]?.invoiceNumber) || 'invoice'}-${suffix}.zip`, 'documents.zip');
    const day = (this.today ?? new Date()).toISOString().slice(0, 10);
    return sanitizeFileName(`${msg('invoice', { id: 'dialog.zip-prefix' })}-${suffix}-${day}.zip`, 'documents.zip');
  }

  private async retryFile(key: string): Promise<void> {
    const session = this.session;
    if (!session) return;
    await session.retry(key);
    if (this.session === session && (session.phase === 'partial' || session.phase === 'failed'))
      this.announcement = this.phaseSummary(session);
  }

  private async retryAll(): Promise<void> {
    const session = this.session;
    if (!session) return;
    await session.retryAll();
    if (this.session === session && (session.phase === 'partial' || session.phase === 'failed'))
      this.announcement = this.phaseSummary(session);
  }

  private phaseSummary(session: DownloadSession): string {
    const locale = intlLocale();
    const failed = session.failed.length;
    switch (session.phase) {
      case 'downloading': {
        const done = formatCount(session.done.length, locale);
        const total = formatCount(session.files.length, locale);
        return msg(str`Downloading: ${done} of ${total} files`, { id: 'dialog.summary.downloading' });
      }
      case 'saving':
        return msg('Saving…', { id: 'dialog.summary.saving' });
      case 'partial': {
        const n = formatCount(failed, locale);
        return pluralCategory(failed, locale) === 'one'
          ? msg(str`${n} file could not be downloaded. Retry it, or save the ZIP without it.`, { id: 'dialog.summary.partial.one' })
          : msg(str`${n} files could not be downloaded. Retry them, or save the ZIP without them.`, { id: 'dialog.summary.partial.other' });
      }
      case 'failed':
        return msg('The download failed.', { id: 'dialog.summary.failed' });
      case 'cancelled':
        return msg('Download cancelled.', { id: 'dialog.summary.cancelled' });
      case 'done': {
        const name = session.fileName ?? '';
        const left = session.failed.length;
        if (left === 0) return msg(str`Saved ${name}.`, { id: 'dialog.summary.done' });
        const n = formatCount(left, locale);
        return pluralCategory(left, locale) === 'one'
          ? msg(str`Saved ${name} without ${n} file that failed.`, { id: 'dialog.summary.done-partial.one' })
          : msg(str`Saved ${name} without ${n} files that failed.`, { id: 'dialog.summary.done-partial.other' });
      }
    }
  }

  private cancelDownload(): void {
    this.session?.cancel();
    this.announcement = msg('Download cancelled.', { id: 'dialog.summary.cancelled' });
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
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby="subtitle-full"
      @close=${this.onDialogClose}
      @cancel=${this.onCancelEvent}
      @keydown=${this.onKeyDown}
      @copy=${(event: ClipboardEvent) => copyFullValues(event, this.renderRoot as ShadowRoot)}
    >
      ${this.open ? this.renderContent() : nothing}
    </dialog>`;
  }

  private renderContent(): TemplateResult {
    const grouped = this.lists.state === 'ready' || this.lists.hasValue ? this.grouped() : [];
    const listed = InvoiceDownloadDialog.listed(grouped);
    const subtitle = this.subtitle();
    return html`
      <header part="header">
        <div part="heading">
          <h2 id="title" part="title">${msg('Download', { id: 'dialog.title' })}</h2>
          <p id="subtitle" part="subtitle" class=${capClass(subtitle)} title=${capTitle(subtitle)}>${subtitle.shown}</p>
          <span id="subtitle-full" hidden>${subtitle.full}</span>
        </div>
        <button
          type="button"
          class="button ghost"
          part="close-button"
          aria-label=${msg('Close', { id: 'dialog.close' })}
          @click=${() => this.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <!-- Focusable so the list can be scrolled by keyboard even while every checkbox is disabled. -->
      <div part="body" tabindex="0" role="region" aria-label=${msg('Documents', { id: 'dialog.documents-label' })}>
        ${this.renderBody(grouped, listed)} ${this.renderNotice()}
      </div>
      ${this.renderFooter(listed)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  /** Which invoice(s): shown with the invoice number capped, and in full. */
  private subtitle(): ShownText {
    const targets = this.targets;
    const locale = intlLocale();
    if (targets.length === 1) return this.invoiceTitle(targets[0] as Invoice);
    const n = formatCount(targets.length, locale);
    const text =
      pluralCategory(targets.length, locale) === 'one'
        ? msg(str`${n} invoice`, { id: 'dialog.subtitle.count.one' })
        : msg(str`${n} invoices`, { id: 'dialog.subtitle.count.other' });
    return { full: text, shown: text, capped: false };
  }

  /** "Invoice 2202008003470, October 2020", with the number capped in `shown`. */
  private invoiceTitle(invoice: Invoice): ShownText {
    const number = shownText(textOf(invoice.invoiceNumber), MAX_SHOWN_NUMBER);
    const month = formatMonth(invoice.billingMonth, intlLocale());
    const title = (value: string) =>
      month
        ? msg(str`Invoice ${value}, ${month}`, { id: 'dialog.subtitle.one' })
        : msg(str`Invoice ${value}`, { id: 'dialog.subtitle.number' });
    return { full: title(number.full), shown: title(number.shown), capped: number.capped };
  }

  private renderBody(grouped: InvoiceDocuments[], listed: ListedDocument[]): TemplateResult {
    if (this.lists.state === 'error') {
      return html`<div part="error" role="alert">
        <span>${loadErrorMessage(this.lists.error)}</span>
        <button type="button" class="button" part="retry-button" @click=${() => this.lists.retry()}>
          ${msg('Retry', { id: 'dialog.retry' })}
        </button>
      </div>`;
    }
    if (!this.lists.hasValue || this.lists.state === 'loading') {
      return html`<p part="loading" role="status">${msg('Loading documents…', { id: 'dialog.loading' })}</p>`;
    }
    if (listed.length === 0) {
      return html`<p part="message">${msg('There are no documents to download for this invoice.', { id: 'dialog.empty' })}</p>`;
    }
    const available = listed.filter((d) => d.availability.availability === 'available');
    const chosen = available.filter((d) => this.selected.has(d.key)).length;
    const busy = this.downloading();
    const showHeadings = grouped.length > 1;
    // Documents are numbered in the order they are listed (`listed` is that order).
    let index = 0;
    return html`
      ${
        available.length > 1
          ? html`<label part="select-all">
              <input
                type="checkbox"
                .checked=${chosen === available.length}
                .indeterminate=${chosen > 0 && chosen < available.length}
                ?disabled=${busy}
                @change=${(e: Event) => this.toggleAll(available, (e.target as HTMLInputElement).checked)}
              />
              ${msg('Select all available', { id: 'dialog.select-all' })}
            </label>`
          : nothing
      }
      ${grouped.map(
        (entry, i) =>
          html`<section part="invoice" aria-labelledby=${showHeadings ? `invoice-${i}` : nothing}>
            ${showHeadings ? this.renderInvoiceHeading(entry.invoice, i) : nothing}
            ${
              entry.groups.length === 0
                ? html`<p part="message">
                    ${msg('No further documents: they are listed with a related invoice above.', { id: 'dialog.empty-related' })}
                  </p>`
                : entry.groups.map(
                    (group) =>
                      html`<fieldset part="group" data-group=${group.id}>
                        <legend part="group-label">${groupLabel(group.id)}</legend>
                        <ul>
                          ${group.documents.map((doc) => this.renderRow(doc, index++, busy))}
                        </ul>
                      </fieldset>`,
                  )
            }
          </section>`,
      )}
    `;
  }

  private renderInvoiceHeading(invoice: Invoice, i: number): TemplateResult {
    const heading = this.invoiceTitle(invoice);
    const label = heading.capped ? heading.full : nothing;
    return html`<h3 part="invoice-heading" id=${`invoice-${i}`} class=${capClass(heading)} title=${capTitle(heading)} aria-label=${label}>
      ${heading.shown}
    </h3>`;
  }

  /** Name, number and file name of a document as shown; computed once per listing and locale. */
  private documentText(doc: ListedDocument): DocumentText {
    const locale = intlLocale();
    const cached = this.documentTexts.get(doc);
    if (cached?.locale === locale) return cached;
    const fileName = textOf(doc.document.fileName);
    const text: DocumentText = {
      locale,
      name: shownText(documentLabel(doc.document), MAX_SHOWN_NAME),
      number: shownText(doc.invoiceNumber, MAX_SHOWN_NUMBER),
      fileName: isBlankText(fileName) ? '' : sanitizeFileName(fileName, 'document'),
    };
    this.documentTexts.set(doc, text);
    return text;
  }

  /**
   * A document's row, rendered again only when something it shows changed: during a download
   * of thousands of files each frame touches the few rows whose files moved on.
   */
  private renderRow(doc: ListedDocument, index: number, busy: boolean): unknown {
    const file = this.session?.file(doc.key);
    const failed = file?.state === 'failed';
    return guard(
      [
        doc,
        index,
        busy,
        this.selected.has(doc.key),
        intlLocale(),
        this.availableFrom,
        file,
        file?.state,
        file?.loaded,
        file?.total,
        failed ? file?.error : undefined,
        failed ? file?.retryable : undefined,
        failed ? this.session?.phase : undefined,
      ],
      () => this.renderDocument(doc, index, busy),
    );
  }

  private renderDocument(doc: ListedDocument, index: number, busy: boolean): TemplateResult {
    const locale = intlLocale();
    const { availability } = doc.availability;
    const size = formatBytes(doc.document.size, locale);
    const file = this.session?.file(doc.key);
    const text = this.documentText(doc);
    const name = text.name.shown;
    const inInvoiceGroup = doc.document.kind === 'invoice' || doc.document.kind === 'credit-note';
    const showNumber = inInvoiceGroup || doc.invoiceNumber !== textOf(doc.invoice.invoiceNumber);
    const badge =
      inInvoiceGroup && doc.document.kind !== 'credit-note'
        ? doc.lineage === 'reissue'
          ? reissueLabel(doc.reissue)
          : lineageKindLabel(doc.lineage)
        : '';
    const capped = text.name.capped || (showNumber && text.number.capped);
    const id = `doc-${index}`;
    return html`<li part="document" data-availability=${availability}>
      <input
        type="checkbox"
        part="checkbox"
        id=${id}
        aria-labelledby=${capped ? `${id}-full` : `${id}-name`}
        aria-describedby=${`${id}-meta`}
        .checked=${this.selected.has(doc.key) && availability === 'available'}
        ?disabled=${busy || availability !== 'available'}
        @change=${(e: Event) => this.toggle(doc.key, (e.target as HTMLInputElement).checked)}
      />
      <div part="document-text">
        <label part="document-name" for=${id} id=${`${id}-name`}>
          ${isolated(text.name)} ${showNumber ? html`<span part="document-number">${isolated(text.number)}</span>` : nothing}
          ${badge ? html`<span part="lineage-badge">${badge}</span>` : nothing}
        </label>
        ${
          capped
            ? html`<span id=${`${id}-full`} hidden
                >${text.name.full}${showNumber ? ` ${text.number.full}` : ''}${badge ? ` ${badge}` : ''}</span
              >`
            : nothing
        }
        <div part="document-meta" id=${`${id}-meta`}>
          ${text.fileName ? html`<span part="file-name"><bdi>${text.fileName}</bdi></span>` : nothing}
          ${size ? html`<span part="size">${size}</span>` : nothing}
          <span part="availability" data-availability=${availability}>${this.availabilityText(doc)}</span>
        </div>
        ${file?.state === 'failed' ? this.renderFailure(file, name) : nothing}
      </div>
      ${file && file.state !== 'failed' ? this.renderFileStatus(file, name) : nothing}
    </li>`;
  }

  private availabilityText(doc: ListedDocument): string {
    const info = doc.availability;
    const locale = intlLocale();
    switch (info.availability) {
      case 'preparing':
        return msg('Being prepared, check back later', { id: 'dialog.availability.preparing' });
      case 'removed':
        if (info.beforeStart) {
          const month = formatMonth(this.availableFrom, locale);
          return msg(str`Not available: only documents from ${month} on can be downloaded`, { id: 'dialog.availability.before-start' });
        }
        if (info.availableUntil) {
          const until = formatDate(info.availableUntil, locale);
          if (until) return msg(str`Removed after the retention period, which ended on ${until}`, { id: 'dialog.availability.removed-on' });
        }
        return msg('Removed after the retention period', { id: 'dialog.availability.removed' });
      default: {
        const until = info.availableUntil ? formatDate(info.availableUntil, locale) : '';
        return until
          ? msg(str`Available until ${until}`, { id: 'dialog.availability.until' })
          : msg('Available', { id: 'dialog.availability.available' });
      }
    }
  }

  private renderFileStatus(file: DownloadFile, name: string): TemplateResult {
    const locale = intlLocale();
    switch (file.state) {
      case 'waiting':
        return html`<div part="file-status">${msg('Waiting', { id: 'dialog.file.waiting' })}</div>`;
      case 'downloading': {
        const label = msg(str`Downloading ${name}`, { id: 'dialog.file.progress-label' });
        return html`<div part="file-status">
          <progress part="file-progress" aria-label=${label} max=${file.total ?? 1} value=${file.total ? file.loaded : nothing}></progress>
          <span>${file.total ? formatPercent(Math.min(1, file.loaded / file.total), locale) : formatBytes(file.loaded, locale)}</span>
        </div>`;
      }
      default:
        return html`<div part="file-status"><span part="file-done">${msg('Done', { id: 'dialog.file.done' })}</span></div>`;
    }
  }

  private renderFailure(file: DownloadFile, name: string): TemplateResult {
    const canRetry = file.retryable && this.session?.phase !== 'cancelled' && this.session?.phase !== 'done';
    return html`<div part="file-failure">
      <span part="file-error">${downloadErrorMessage(file.error)}</span>
      ${
        canRetry
          ? html`<button
              type="button"
              class="button"
              part="file-retry-button"
              aria-label=${msg(str`Retry ${name}`, { id: 'dialog.file.retry-label' })}
              @click=${() => void this.retryFile(file.key)}
            >
              ${msg('Retry', { id: 'dialog.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderNotice(): TemplateResult {
    return retentionNotice({ availableFrom: this.availableFrom, retentionMonths: this.retentionMonths, contacts: this.contacts() });
  }

  /** Billing contacts for the invoices shown: per legal entity, else the default. */
  private contacts(): string[] {
    const map = this.billingContacts && typeof this.billingContacts === 'object' ? this.billingContacts : {};
    const found = new Set<string>();
    for (const invoice of this.targets) {
      const entity = textOf(invoice.legalEntity);
      const contact = (entity && Object.hasOwn(map, entity) ? textOf(map[entity]) : '') || textOf(this.billingContact);
      if (contact.trim()) found.add(contact.trim());
    }
    if (found.size === 0 && textOf(this.billingContact).trim()) found.add(this.billingContact.trim());
    return [...found];
  }

  private renderFooter(listed: ListedDocument[]): TemplateResult {
    const session = this.session;
    const locale = intlLocale();
    const busy = this.downloading();
    let summary: TemplateResult | string;
    if (session && session.phase !== 'cancelled') {
      const { loaded, total } = session.bytes;
      summary = html`${this.phaseSummary(session)}
      ${
        session.phase === 'downloading' || session.phase === 'saving'
          ? html`<progress
              part="total-progress"
              aria-label=${msg('Download progress', { id: 'dialog.progress-label' })}
              max=${total || 1}
              value=${total ? loaded : nothing}
            ></progress>`
          : nothing
      }`;
    } else {
      const chosen = listed.filter((d) => this.selected.has(d.key) && d.availability.availability === 'available');
      const bytes = chosen.reduce((sum, d) => sum + (typeof d.document.size === 'number' && d.document.size > 0 ? d.document.size : 0), 0);
      const n = formatCount(chosen.length, locale);
      summary =
        session?.phase === 'cancelled'
          ? msg('Download cancelled.', { id: 'dialog.summary.cancelled' })
          : chosen.length
            ? bytes > 0
              ? msg(str`${n} selected (${formatBytes(bytes, locale)})`, { id: 'dialog.summary.selected-size' })
              : msg(str`${n} selected`, { id: 'dialog.summary.selected' })
            : this.lists.state === 'ready'
              ? msg('Choose the documents to download.', { id: 'dialog.summary.none' })
              : '';
    }
    const chosenCount = listed.filter((d) => this.selected.has(d.key) && d.availability.availability === 'available').length;
    const retryAll =
      !!session && (session.phase === 'partial' || session.phase === 'failed') && session.failed.filter((f) => f.retryable).length > 1;
    return html`<footer part="footer">
      <div part="summary">${summary}</div>
      <div part="actions">
        ${
          retryAll
            ? html`<button type="button" class="button" part="retry-all-button" @click=${() => void this.retryAll()}>
                ${msg('Retry failed downloads', { id: 'dialog.retry-all' })}
              </button>`
            : nothing
        }
        ${
          session?.phase === 'partial' && session.done.length > 0
            ? html`<button type="button" class="button" part="save-partial-button" @click=${() => void session.saveWithoutFailed()}>
                ${msg('Save ZIP without failed files', { id: 'dialog.save-partial' })}
              </button>`
            : nothing
        }
        ${
          busy
            ? html`<button type="button" class="button" part="cancel-button" @click=${() => this.cancelDownload()}>
                ${msg('Cancel', { id: 'dialog.cancel' })}
              </button>`
            : html`<button type="button" class="button" part="close-footer-button" @click=${() => this.close()}>
                  ${msg('Close', { id: 'dialog.close' })}
                </button>
                ${
                  retryAll
                    ? nothing
                    : html`<button
                        type="button"
                        class="button primary"
                        part="download-button"
                        ?disabled=${chosenCount === 0}
                        @click=${() => void this.downloadSelected()}
                      >
                        ${msg('Download selected', { id: 'dialog.download-selected' })}
                      </button>`
                }`
        }
      </div>
    </footer>`;
  }
}

/** Class and title of an element showing `text`: marked, with the full value, when shortened. */
const capClass = (text: ShownText) => (text.capped ? CAPPED_CLASS : nothing);
const capTitle = (text: ShownText) => (text.capped ? text.full : nothing);

/** A shown text in an isolating `<bdi>`. */
function isolated(text: ShownText): TemplateResult {
  return html`<bdi class=${capClass(text)} title=${capTitle(text)}>${text.shown}</bdi>`;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

function formatPercent(fraction: number, locale: string): string {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(Math.floor(fraction * 100) / 100);
}

function groupLabel(id: DocumentGroupId): string {
  switch (id) {
    case 'invoice':
      return documentKindLabel('invoice');
    case 'cdr':
      return documentKindLabel('cdr');
    case 'universal-number-list':
      return documentKindLabel('universal-number-list');
    default:
      return msg('Other reports', { id: 'dialog.group.other' });
  }
}

/** The element focused now, looking through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Without an adapter, documents can only come from their own http(s) or blob URL. */
const noAdapter = {
  listInvoices: () => Promise.reject(new Error('No adapter.')),
  countByStatus: () => Promise.reject(new Error('No adapter.')),
  listDocuments: (invoice: Invoice) => Promise.resolve(Array.isArray(invoice.documents) ? invoice.documents : []),
  async fetchDocument(
    document: InvoiceDocument,
    options: { signal?: AbortSignal; onProgress?: (loaded: number, total: number | undefined) => void } = {},
  ) {
    if (!document.url) throw new InvoiceAdapterError('not-found', 'This document has no address.', { retryable: false });
    return fetchBlob(document.url, options);
  },
};
