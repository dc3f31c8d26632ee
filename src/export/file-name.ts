import { sanitizeFileName } from '../files/file-name.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `<prefix>-YYYY-MM-DD-HHmm.<ext>` in the viewer's local time (the time they exported at),
 * with the prefix made safe as a file name: `exportFileName('invoices', date, 'xlsx')`.
 */
export function exportFileName(prefix: string, date: Date, ext: string): string {
  const valid = date instanceof Date && !Number.isNaN(date.getTime()) ? date : new Date();
  const stamp = `${valid.getFullYear()}-${pad(valid.getMonth() + 1)}-${pad(valid.getDate())}-${pad(valid.getHours())}${pad(valid.getMinutes())}`;
  const extension =
    String(ext)
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase() || 'dat';
  return sanitizeFileName(`${sanitizeFileName(prefix, 'export', 80)}-${stamp}.${extension}`, `export-${stamp}.${extension}`);
}
