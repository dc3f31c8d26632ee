import { cellFor, csvEscape, csvField, type CellContext, type ExportColumn } from './cells.js';
import type { Invoice } from '../data/types.js';
import { TimeSlicer } from '../files/slice.js';

const BOM = '\ufeff';
const CRLF = '\r\n';

/**
 * Writes rows as CSV: UTF-8 with a byte-order mark (so Excel reads Japanese, Korean and
 * Chinese text correctly), CRLF line ends, RFC 4180 quoting and formula-safe text. Built
 * in time slices so a large export never blocks the page for long.
 */
export async function writeCsv(
  columns: readonly ExportColumn[],
  rows: readonly Invoice[],
  context: CellContext,
  options: { signal?: AbortSignal; onRow?: (done: number) => void } = {},
): Promise<Blob> {
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  let buffer = BOM + columns.map((c) => csvEscape(c.header)).join(',') + CRLF;
  const slicer = new TimeSlicer();
  for (let r = 0; r < rows.length; r++) {
    const invoice = rows[r] as Invoice;
    let line = '';
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as ExportColumn;
      if (c > 0) line += ',';
      line += csvField(column, cellFor(column, invoice, context));
    }
    buffer += line + CRLF;
    // Encoding as we go spreads the cost over the slices; the Blob is then cheap to assemble.
    if (buffer.length >= 1 << 17) {
      parts.push(encoder.encode(buffer));
      buffer = '';
    }
    if (slicer.due()) {
      options.onRow?.(r + 1);
      await slicer.yield(options.signal);
    }
  }
  parts.push(encoder.encode(buffer));
  options.onRow?.(rows.length);
  return new Blob(parts as BlobPart[], { type: 'text/csv;charset=utf-8' });
}
