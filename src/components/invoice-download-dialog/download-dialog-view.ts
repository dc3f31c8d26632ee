import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { InvoiceAdapterError } from '../../data/errors.js';
import { fetchBlob } from '../../data/fetch-blob.js';
import type { Invoice, InvoiceDocument } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { isBlankText } from '../../format/visible-text.js';
import { localDay } from '../../download/availability.js';
import { DownloadSession, type DownloadFile, type DownloadPhase } from '../../download/session.js';
import { sanitizeFileName } from '../../files/file-name.js';
import { formatBytes, formatCount, formatDate, formatMonth, pluralCategory } from '../../format/formatters.js';
import { documentKindLabel, documentLabel, lineageKindLabel, loadErrorMessage, reissueLabel } from '../../internal/labels.js';
import { retentionNotice } from '../../internal/retention-notice.js';
import { intlLocale } from '../../localization.js';
import { groupDocuments, type DocumentGroupId, type InvoiceDocuments, type ListedDocument } from './document-groups.js';
import { FrameUpdateController } from './frame-update-controller.js';
import { downloadErrorMessage, type InvoiceDownloadDialog, type LoadedList } from './invoice-download-dialog.component.js';
import { CAPPED_CLASS, MAX_SHOWN_NAME, MAX_SHOWN_NUMBER, copyFullValues, shownText, type ShownText } from './shown-text.js';

export { downloadDialogViewStyles as viewStyles } from './download-dialog-view.styles.js';

/** How one listed document is shown, worked out once per listing and locale. */
interface DocumentText {
  locale: string;
  name: ShownText;
  number: ShownText;
  /** The name the file is saved under (sanitised), or '' when it has none. */
  fileName: string;
}

/**
 * The download dialog's content and its downloads, loaded with `import()` the first time a
 * dialog opens (or when the page is idle), so that pages that never open one do not load the
 * document list, the ZIP writer and their styles up front. The element keeps its properties,
 * state and document lists; this renders them and runs the downloads.
 */
export class DownloadDialogView {
  private readonly frames: FrameUpdateController;
  private groupedMemo: { lists: LoadedList[]; key: string; value: InvoiceDocuments[] } | undefined;
  private readonly documentTexts = new WeakMap<ListedDocument, DocumentText>();

  constructor(private readonly host: InvoiceDownloadDialog) {
    this.frames = new FrameUpdateController(host);
  }

  /** A copy of shortened names and numbers takes their full values. */
  copy(event: ClipboardEvent): void {
    copyFullValues(event, this.host.renderRoot as ShadowRoot);
  }

  private rule() {
    return {
      retentionMonths: this.host.retentionMonths,
      availableFrom: this.host.availableFrom,
      ...(this.host.today ? { today: this.host.today } : {}),
    };
  }

  /** The documents grouped; worked out again only when the lists or the retention rule change. */
  private grouped(): InvoiceDocuments[] {
    const lists = this.host.lists.value;
    if (!lists) return [];
    const rule = this.rule();
    const key = `${rule.retentionMonths}|${rule.availableFrom}|${localDay(rule.today ?? new Date())}`;
    if (this.groupedMemo?.lists !== lists || this.groupedMemo.key !== key)
      this.groupedMemo = { lists, key, value: groupDocuments(lists, rule) };
    return this.groupedMemo.value;
  }

  static listed(grouped: InvoiceDocuments[]): ListedDocument[] {
    return grouped.flatMap((entry) => entry.groups.flatMap((group) => group.documents));
  }

  /** A new choice starts over: the last download's result is no longer shown. */
  private clearFinished(): void {
    if (this.host.session && !this.downloading()) this.host.session = undefined;
  }

  private toggle(key: string, checked: boolean): void {
    this.clearFinished();
    const next = new Set(this.host.selected);
    if (checked) next.add(key);
    else next.delete(key);
    this.host.selected = next;
  }

  private toggleAll(available: ListedDocument[], checked: boolean): void {
    this.clearFinished();
    this.host.selected = checked ? new Set(available.map((d) => d.key)) : new Set();
  }

  private downloading(): boolean {
    const phase = this.host.session?.phase;
    return phase === 'downloading' || phase === 'saving' || phase === 'partial';
  }

  /** Downloads the chosen documents: one file as it is, several as one ZIP. */
  /** Downloads the chosen documents (the element's `downloadSelected()`). */
  async downloadSelected(): Promise<void> {
    if (this.downloading()) return;
    const chosen = DownloadDialogView.listed(this.grouped()).filter(
      (d) => this.host.selected.has(d.key) && d.availability.availability === 'available',
    );
    if (chosen.length === 0) return;
    const mode = chosen.length === 1 ? 'single' : 'zip';
    const request = this.host.emit(
      'invoice-download-request',
      { invoices: this.host.targets, documents: chosen.map((d) => d.document), mode },
      { cancelable: true },
    );
    if (request.defaultPrevented) return;
    const adapter = this.host.adapter ?? noAdapter;
    let phase: DownloadPhase = 'downloading';
    const session: DownloadSession = new DownloadSession({
      adapter,
      files: chosen,
      mode,
      zipName: this.zipName(),
      save: (blob, fileName) => this.host.saveFile(blob, fileName),
      // A new phase shows at once; progress and file states at most once a frame.
      onChange: () => {
        if (session.phase === phase) return this.frames.request();
        phase = session.phase;
        this.frames.now();
      },
      onFileError: (file, error) =>
        this.host.emit('invoice-error', {
          kind: 'download',
          message: downloadErrorMessage(error),
          error,
          retryable: file.retryable,
          invoice: file.invoice,
        }),
      onComplete: (result) => {
        this.host.announcement = msg(str`Download complete: ${result.fileName}`, { id: 'dialog.announce.done' });
        this.host.emit('invoice-download-complete', result);
      },
      onSaveError: (error) =>
        this.host.emit('invoice-error', {
          kind: 'download',
          message: msg('The file could not be saved.', { id: 'dialog.error.save' }),
          error,
          retryable: false,
        }),
    });
    this.host.session = session;
    this.host.announcement =
      mode === 'zip'
        ? msg(str`Downloading ${formatCount(chosen.length, intlLocale())} files as one ZIP file`, { id: 'dialog.announce.zip' })
        : msg('Downloading the file', { id: 'dialog.announce.single' });
    await session.start();
    if (this.host.session === session && (session.phase === 'partial' || session.phase === 'failed'))
      this.host.announcement = this.phaseSummary(session);
  }

  private zipName(): string {
    if (this.host.downloadName.trim())
      return sanitizeFileName(
        this.host.downloadName.endsWith('.zip') ? this.host.downloadName : `${this.host.downloadName}.zip`,
        'documents.zip',
      );
    const targets = this.host.targets;
    const suffix = msg('documents', { id: 'dialog.zip-suffix' });
    if (targets.length === 1) return sanitizeFileName(`${textOf(targets[0]?.invoiceNumber) || 'invoice'}-${suffix}.zip`, 'documents.zip');
    const day = (this.host.today ?? new Date()).toISOString().slice(0, 10);
    return sanitizeFileName(`${msg('invoice', { id: 'dialog.zip-prefix' })}-${suffix}-${day}.zip`, 'documents.zip');
  }

  private async retryFile(key: string): Promise<void> {
    const session = this.host.session;
    if (!session) return;
    await session.retry(key);
    if (this.host.session === session && (session.phase === 'partial' || session.phase === 'failed'))
      this.host.announcement = this.phaseSummary(session);
  }

  private async retryAll(): Promise<void> {
    const session = this.host.session;
    if (!session) return;
    await session.retryAll();
    if (this.host.session === session && (session.phase === 'partial' || session.phase === 'failed'))
      this.host.announcement = this.phaseSummary(session);
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
    this.host.session?.cancel();
    this.host.announcement = msg('Download cancelled.', { id: 'dialog.summary.cancelled' });
  }

  // ----- rendering -----

  /** The dialog's content: header, documents, notice and footer. */
  renderContent(): TemplateResult {
    const grouped = this.host.lists.state === 'ready' || this.host.lists.hasValue ? this.grouped() : [];
    const listed = DownloadDialogView.listed(grouped);
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
          @click=${() => this.host.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <!-- Focusable so the list can be scrolled by keyboard even while every checkbox is disabled. -->
      <div part="body" tabindex="0" role="region" aria-label=${msg('Documents', { id: 'dialog.documents-label' })}>
        ${this.renderBody(grouped, listed)} ${this.renderNotice()}
      </div>
      ${this.renderFooter(listed)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.host.announcement}</div>
    `;
  }

  /** Which invoice(s): shown with the invoice number capped, and in full. */
  private subtitle(): ShownText {
    const targets = this.host.targets;
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
    if (this.host.lists.state === 'error') {
      return html`<div part="error" role="alert">
        <span>${loadErrorMessage(this.host.lists.error)}</span>
        <button type="button" class="button" part="retry-button" @click=${() => this.host.lists.retry()}>
          ${msg('Retry', { id: 'dialog.retry' })}
        </button>
      </div>`;
    }
    if (!this.host.lists.hasValue || this.host.lists.state === 'loading') {
      return html`<p part="loading" role="status">${msg('Loading documents…', { id: 'dialog.loading' })}</p>`;
    }
    if (listed.length === 0) {
      return html`<p part="message">${msg('There are no documents to download for this invoice.', { id: 'dialog.empty' })}</p>`;
    }
    const available = listed.filter((d) => d.availability.availability === 'available');
    const chosen = available.filter((d) => this.host.selected.has(d.key)).length;
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
    const file = this.host.session?.file(doc.key);
    const failed = file?.state === 'failed';
    return guard(
      [
        doc,
        index,
        busy,
        this.host.selected.has(doc.key),
        intlLocale(),
        this.host.availableFrom,
        file,
        file?.state,
        file?.loaded,
        file?.total,
        failed ? file?.error : undefined,
        failed ? file?.retryable : undefined,
        failed ? this.host.session?.phase : undefined,
      ],
      () => this.renderDocument(doc, index, busy),
    );
  }

  private renderDocument(doc: ListedDocument, index: number, busy: boolean): TemplateResult {
    const locale = intlLocale();
    const { availability } = doc.availability;
    const size = formatBytes(doc.document.size, locale);
    const file = this.host.session?.file(doc.key);
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
        .checked=${this.host.selected.has(doc.key) && availability === 'available'}
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
          const month = formatMonth(this.host.availableFrom, locale);
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
    const canRetry = file.retryable && this.host.session?.phase !== 'cancelled' && this.host.session?.phase !== 'done';
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
    return retentionNotice({
      availableFrom: this.host.availableFrom,
      retentionMonths: this.host.retentionMonths,
      contacts: this.contacts(),
    });
  }

  /** Billing contacts for the invoices shown: per legal entity, else the default. */
  private contacts(): string[] {
    const map = this.host.billingContacts && typeof this.host.billingContacts === 'object' ? this.host.billingContacts : {};
    const found = new Set<string>();
    for (const invoice of this.host.targets) {
      const entity = textOf(invoice.legalEntity);
      const contact = (entity && Object.hasOwn(map, entity) ? textOf(map[entity]) : '') || textOf(this.host.billingContact);
      if (contact.trim()) found.add(contact.trim());
    }
    if (found.size === 0 && textOf(this.host.billingContact).trim()) found.add(this.host.billingContact.trim());
    return [...found];
  }

  private renderFooter(listed: ListedDocument[]): TemplateResult {
    const session = this.host.session;
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
      const chosen = listed.filter((d) => this.host.selected.has(d.key) && d.availability.availability === 'available');
      const bytes = chosen.reduce((sum, d) => sum + (typeof d.document.size === 'number' && d.document.size > 0 ? d.document.size : 0), 0);
      const n = formatCount(chosen.length, locale);
      summary =
        session?.phase === 'cancelled'
          ? msg('Download cancelled.', { id: 'dialog.summary.cancelled' })
          : chosen.length
            ? bytes > 0
              ? msg(str`${n} selected (${formatBytes(bytes, locale)})`, { id: 'dialog.summary.selected-size' })
              : msg(str`${n} selected`, { id: 'dialog.summary.selected' })
            : this.host.lists.state === 'ready'
              ? msg('Choose the documents to download.', { id: 'dialog.summary.none' })
              : '';
    }
    const chosenCount = listed.filter((d) => this.host.selected.has(d.key) && d.availability.availability === 'available').length;
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
            : html`<button type="button" class="button" part="close-footer-button" @click=${() => this.host.close()}>
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
