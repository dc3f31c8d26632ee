import { msg, str } from '@lit/localize';
import { formatCount } from '../format/formatters.js';
import { loadErrorMessage } from '../internal/labels.js';
import { intlLocale } from '../localization.js';

/** What one spreadsheet sheet holds: Excel's 1,048,576 rows, less the header row. */
export const MAX_EXPORT_ROWS = 1_048_575;

/** An export that would hold more rows than its limit; thrown before the rows are fetched or written. */
export class ExportLimitError extends RangeError {
  override readonly name = 'ExportLimitError';
  readonly code = 'too-many-rows';

  constructor(
    /** Rows the export would hold (the adapter's `total`, or the rows received). */
    readonly rows: number,
    readonly limit: number,
  ) {
    super(`An export holds at most ${limit} rows; this one would hold ${rows}.`);
  }
}

/** Localised message for a failed export: the row limit, an adapter failure, or a generic failure. */
export function exportErrorMessage(error: unknown): string {
  if (error instanceof ExportLimitError) {
    const locale = intlLocale();
    const rows = formatCount(error.rows, locale) || '—';
    const limit = formatCount(error.limit, locale);
    return msg(
      str`This export would hold ${rows} rows, more than the ${limit} a spreadsheet holds. Narrow the search or the filter, then export again.`,
      {
        id: 'export.error.too-many-rows',
      },
    );
  }
  if (typeof (error as { code?: unknown } | null)?.code === 'string') return loadErrorMessage(error);
  return msg('The export failed.', { id: 'export.error.generic' });
}
