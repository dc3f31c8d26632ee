import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { isAbortError } from '../../../data/errors.js';
import { activeFilterKeys } from '../../../data/query.js';
import { exportErrorMessage } from '../../../export/messages.js';
import type { Invoice } from '../../../data/types.js';
import type { InvoiceExportDetail, InvoiceSelectionChangeDetail } from '../../../events/invoice-events.js';
import type { SaveFile } from '../../../files/save.js';
import { formatCount, pluralCategory } from '../../../format/formatters.js';
import { statusLabel } from '../../../internal/labels.js';
import { intlLocale } from '../../../localization.js';
import type { GridHost } from '../grid-host.js';
import { columnLabel, columnValue, type InvoiceColumnDef } from '../columns.js';

export type ExportFormat = InvoiceExportDetail['format'];
export type ExportScope = InvoiceExportDetail['scope'];

export interface ExportControllerOptions {
  /** The shown columns, in display order. */
  columns: () => InvoiceColumnDef[];
  /** The rows "this page" means: the page, or the rows fetched so far in virtual mode. */
  pageRows: () => Invoice[];
  selection: () => InvoiceSelectionChangeDetail;
  total: () => number;
  lastRefreshed: () => string | undefined;
  saveFile: () => SaveFile | undefined;
}

/**
 * Exports the visible columns to .xlsx or CSV: the export panel's choices and progress, the
 * cancelable `invoice-export-request`, fetching every matching row from the adapter when the
 * scope is "all", saving, and `invoice-export-complete`. The spreadsheet writers load on the
 * first export.
 */
export class ExportController implements ReactiveController {
  format: ExportFormat = 'xlsx';
  scope: ExportScope = 'page';
  progress: { done: number; total: number } | undefined;
  error = '';
  /** The last export's file, until the next export or `dismiss()`: the grid confirms it. */
  saved: { fileName: string; rowCount: number; format: ExportFormat } | undefined;
  private abortController: AbortController | undefined;
  private progressFrame: number | undefined;

  constructor(
    private readonly host: GridHost,
    private readonly options: ExportControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
    if (this.progressFrame !== undefined) cancelAnimationFrame(this.progressFrame);
    this.progressFrame = undefined;
  }

  /**
   * The panel opened: the scope starts at the selection when there is one, and the export's
   * modules and Worker get ready while the user chooses, so that none of their loading falls
   * into the export itself.
   */
  opened(): void {
    this.scope = this.options.selection().count > 0 ? 'selected' : 'page';
    this.error = '';
    const locale = intlLocale();
    void import('../../../export/index.js').then(({ preloadExport }) => preloadExport({ locale })).catch(() => undefined);
  }

  set(choice: { format?: ExportFormat; scope?: ExportScope }): void {
    if (choice.format) this.format = choice.format;
    if (choice.scope) this.scope = choice.scope;
    this.host.requestUpdate();
  }

  cancel(): void {
    this.abortController?.abort();
  }

  /** Exports; resolves when the file is saved, cancelled or failed. Returns true when a file was saved. */
  async run(format: ExportFormat = this.format, scope: ExportScope = this.scope): Promise<boolean> {
    const host = this.host;
    const selection = this.options.selection();
    const effectiveScope: ExportScope = scope === 'selected' && selection.allMatching ? 'all' : scope;
    const rows = effectiveScope === 'page' ? [...this.options.pageRows()] : effectiveScope === 'selected' ? selection.invoices : undefined;
    const rowCount = rows ? rows.length : this.options.total();
    const request = host.emit('invoice-export-request', { format, scope, rowCount }, { cancelable: true });
    if (request.defaultPrevented || (!host.adapter && !rows)) return false;
    this.abortController?.abort();
    const abort = new AbortController();
    this.abortController = abort;
    this.error = '';
    this.saved = undefined;
    this.progress = { done: 0, total: rowCount };
    host.requestUpdate();
    try {
      const { exportInvoices, saveBlob } = await import('../../../export/index.js');
      const locale = intlLocale();
      const columns = this.options
        .columns()
        .filter((c) => c.meta?.export !== false)
        .map((c) => ({
          id: c.id,
          header: columnLabel(c),
          kind: c.meta?.kind ?? 'text',
          value: (invoice: Invoice) => columnValue(c, invoice),
        }));
      const lastRefreshed = this.options.lastRefreshed();
      const result = await exportInvoices({
        format,
        columns,
        ...(rows ? { rows } : { adapter: host.adapter, query: { ...host.query, offset: 0 } }),
        signal: abort.signal,
        onProgress: (done, total) => {
          if (this.abortController !== abort) return;
          this.progress = { done, total };
          this.renderProgress();
        },
        meta: { exportedAt: new Date(), locale, filterDescription: this.describeQuery(), ...(lastRefreshed ? { lastRefreshed } : {}) },
      });
      if (abort.signal.aborted) return false;
      await (this.options.saveFile() ?? saveBlob)(result.blob, result.fileName);
      this.saved = { fileName: result.fileName, rowCount: result.rowCount, format };
      host.announce(this.savedMessage());
      host.emit('invoice-export-complete', { format, scope, rowCount: result.rowCount, fileName: result.fileName });
      return true;
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) return false;
      this.error = exportErrorMessage(error);
      host.emit('invoice-error', { kind: 'export', message: this.error, error });
      return false;
    } finally {
      if (this.abortController === abort) {
        this.abortController = undefined;
        this.progress = undefined;
      }
      host.requestUpdate();
    }
  }

  /**
   * Renders the progress at most once per frame: pages and Worker reports can arrive many
   * times a frame, and each render of the bar would be work the frame does not show.
   */
  private renderProgress(): void {
    if (this.progressFrame !== undefined) return;
    this.progressFrame = requestAnimationFrame(() => {
      this.progressFrame = undefined;
      this.host.requestUpdate();
    });
  }

  /** Forgets the confirmation of the last export. */
  dismiss(): void {
    this.saved = undefined;
    this.host.requestUpdate();
  }

  /** "Saved invoices-2020-11-20.xlsx (5 invoices)." */
  savedMessage(): string {
    const saved = this.saved;
    if (!saved) return '';
    const locale = intlLocale();
    const count = formatCount(saved.rowCount, locale);
    const file = saved.fileName;
    return pluralCategory(saved.rowCount, locale) === 'one'
      ? msg(str`Saved ${file} (${count} invoice).`, { id: 'grid.export.saved.one' })
      : msg(str`Saved ${file} (${count} invoices).`, { id: 'grid.export.saved.other' });
  }

  /** The query in words, for the spreadsheet's header. */
  private describeQuery(): string {
    const q = this.host.query;
    const parts: string[] = [];
    if (q.search) parts.push(msg(str`Search: ${q.search}`, { id: 'grid.export.search' }));
    if (q.statuses?.length)
      parts.push(msg(str`Statuses: ${q.statuses.map((s) => statusLabel(s)).join(', ')}`, { id: 'grid.export.statuses' }));
    const conditions = activeFilterKeys(q.filter).length;
    if (conditions) {
      const n = formatCount(conditions, intlLocale());
      parts.push(
        pluralCategory(conditions, intlLocale()) === 'one'
          ? msg(str`Advanced filter: ${n} condition`, { id: 'grid.export.filter.one' })
          : msg(str`Advanced filter: ${n} conditions`, { id: 'grid.export.filter.other' }),
      );
    }
    return parts.join('; ');
  }
}
