import { msg, str } from '@lit/localize';
import type { Invoice, InvoiceDataAdapter, InvoiceQuery } from '../../../data/types.js';
import { activeFilterKeys } from '../../../data/query.js';
import type { SaveFile } from '../../../files/save.js';
import { formatCount, pluralCategory } from '../../../format/formatters.js';
import { statusLabel } from '../../../internal/labels.js';
import { intlLocale } from '../../../localization.js';
import { columnLabel, columnValue, type InvoiceColumnDef } from '../columns.js';
import type { ExportFormat } from './export-controller.js';

export { exportErrorMessage } from '../../../export/messages.js';

export interface ExportFileJob {
  format: ExportFormat;
  /** The shown columns, in display order (those with `meta.export === false` are left out). */
  columns: InvoiceColumnDef[];
  /** The rows to export; without them, every row matching `query` is fetched from `adapter`. */
  rows: Invoice[] | undefined;
  adapter: InvoiceDataAdapter | undefined;
  query: InvoiceQuery;
  lastRefreshed: string | undefined;
  saveFile: SaveFile | undefined;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/**
 * The work of the grid's export, loaded with `import()` on the first export (with the writers it
 * loads): the cells of the visible columns, the file's details sheet, writing and saving.
 * Resolves with the saved file, or undefined when cancelled; throws when the export failed
 * (`exportErrorMessage` words it).
 */
export async function exportFile(job: ExportFileJob): Promise<{ fileName: string; rowCount: number } | undefined> {
  const { exportInvoices, saveBlob } = await import('../../../export/index.js');
  const locale = intlLocale();
  const columns = job.columns
    .filter((c) => c.meta?.export !== false)
    .map((c) => ({
      id: c.id,
      header: columnLabel(c),
      kind: c.meta?.kind ?? 'text',
      value: (invoice: Invoice) => columnValue(c, invoice),
    }));
  const result = await exportInvoices({
    format: job.format,
    columns,
    ...(job.rows ? { rows: job.rows } : { adapter: job.adapter, query: { ...job.query, offset: 0 } }),
    signal: job.signal,
    onProgress: job.onProgress,
    meta: {
      exportedAt: new Date(),
      locale,
      filterDescription: describeQuery(job.query),
      ...(job.lastRefreshed ? { lastRefreshed: job.lastRefreshed } : {}),
    },
  });
  if (job.signal.aborted) return undefined;
  await (job.saveFile ?? saveBlob)(result.blob, result.fileName);
  return { fileName: result.fileName, rowCount: result.rowCount };
}

/** The query in words, for the spreadsheet's header. */
function describeQuery(q: InvoiceQuery): string {
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
