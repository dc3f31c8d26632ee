import { csvEscape, csvField, type ExportCell, type ExportColumnKind } from './cells.js';
import { TimeSlicer } from '../files/slice.js';

const BOM = '\ufeff';
const CRLF = '\r\n';

/** Rows to write, read cell by cell. */
export interface CsvSource {
  header: readonly string[];
  kinds: readonly ExportColumnKind[];
  rowCount: number;
  cell(row: number, column: number): ExportCell | null;
}

/**
 * Writes rows as CSV: UTF-8 with a byte-order mark (so Excel reads Japanese, Korean and
 * Chinese text correctly), CRLF line ends, RFC 4180 quoting and formula-safe text. Built
 * in time slices so a large export never blocks the page for long.
 */
export async function writeCsv(
  source: CsvSource,
  options: { signal?: AbortSignal; onRow?: (done: number) => void; sliceMs?: number } = {},
): Promise<Blob> {
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const { kinds, rowCount } = source;
  let buffer = BOM + source.header.map((h) => csvEscape(h)).join(',') + CRLF;
  const slicer = new TimeSlicer(options.sliceMs);
  for (let r = 0; r < rowCount; r++) {
    let line = '';
    for (let c = 0; c < kinds.length; c++) {
      if (c > 0) line += ',';
      line += csvField(kinds[c] as ExportColumnKind, source.cell(r, c));
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
  options.onRow?.(rowCount);
  return new Blob(parts as BlobPart[], { type: 'text/csv;charset=utf-8' });
}
