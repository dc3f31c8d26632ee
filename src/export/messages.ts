import { msg, str } from '@lit/localize';
import { formatCount } from '../format/formatters.js';
import { loadErrorMessage } from '../internal/labels.js';
import { intlLocale } from '../localization.js';
import { ExportLimitError } from './limits.js';

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

/**
 * What CSV cannot keep, for the export panel next to the CSV choice: a CSV file holds only
 * text, so the .xlsx is the format that keeps every value exactly.
 */
export function csvFormatNote(): string {
  return msg(
    'CSV holds text only: values such as 00123 or 2202008003470 start with an apostrophe so that a spreadsheet keeps them as written, amounts lose their currency format, and the export details sheet is left out. Excel keeps every value exactly.',
    { id: 'export.csv-note' },
  );
}
