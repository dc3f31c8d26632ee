import type { Zip as ZipType, ZipDeflate as ZipDeflateType } from 'fflate';
import { throwIfAborted } from '../data/errors.js';
import type { ExportCell } from './cells.js';
import { TimeSlicer } from '../files/slice.js';

/**
 * A streaming SpreadsheetML (.xlsx) writer. The data sheet's XML is produced row by row in
 * time slices and deflated as it goes (fflate's synchronous streaming zip, fed in small
 * pieces), so a 100,000-row export never blocks the page for long. Text is always written as
 * an inline string (`t="inlineStr"`) and no cell ever carries a formula.
 */

export interface SheetSpec {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  /** Bold, frozen header row. */
  header: string[];
  rowCount: number;
  /** Cells of data row `index` (0-based, header excluded). */
  row(index: number): Array<ExportCell | null>;
}

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Excel's row limit (1,048,576) minus the header row. */
export const MAX_ROWS = 1_048_575;
/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32_767;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/**
 * Characters of XML collected before they are encoded and deflated. Small enough that one
 * flush (encode + deflate) costs a few milliseconds, so a slice never grows into a long task.
 */
const FLUSH_CHARS = 1 << 16;

// XML 1.0 forbids most C0 controls even as character references; a CR survives only as &#13;.

const INVALID_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPE = /[&<>"\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

// One cheap test first: most cell text needs no escaping at all.

const NEEDS_WORK = /[&<>"\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

export function xmlEscape(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID_XML, '\ufffd').replace(ESCAPE, (ch) => ENTITIES[ch] as string);
}

/** Column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Number formats and cell styles, registered while cells are written; styles.xml is written last. */
class Styles {
  private readonly formats = new Map<string, number>();
  /** Style index per number format id; 0 is the default style, 1 the bold header. */
  private readonly xfs = new Map<number, number>();
  private readonly xfList: number[] = [];

  styleFor(z: string | undefined): number {
    if (!z) return 0;
    let numFmtId = this.formats.get(z);
    if (numFmtId === undefined) this.formats.set(z, (numFmtId = 164 + this.formats.size));
    let xf = this.xfs.get(numFmtId);
    if (xf === undefined) {
      this.xfList.push(numFmtId);
      this.xfs.set(numFmtId, (xf = this.xfList.length + 1));
    }
    return xf;
  }

  xml(): string {
    const numFmts = [...this.formats].map(([z, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(z)}"/>`).join('');
    const xfs = this.xfList
      .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
      .join('');
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${2 + this.xfList.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function textCellXml(ref: string, value: string, style = 0): string {
  // Longer text makes Excel "repair" the file; cut it on a code-point boundary.
  const text = value.length > MAX_CELL_CHARS ? Array.from(value.slice(0, MAX_CELL_CHARS)).slice(0, -1).join('') : value;
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t${space}>${xmlEscape(text)}</t></is></c>`;
}

/**
 * Writes `sheets` as one .xlsx file. Resolves with the file's Blob; rejects with an
 * AbortError when `signal` aborts. `onRow(done)` reports rows written across all sheets.
 */
export async function writeXlsx(
  sheets: SheetSpec[],
  options: { signal?: AbortSignal; onRow?: (done: number) => void; sliceMs?: number; level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 } = {},
): Promise<Blob> {
  for (const sheet of sheets) {
    if (sheet.rowCount > MAX_ROWS)
      throw new RangeError(`A spreadsheet holds at most ${MAX_ROWS} data rows; export ${sheet.rowCount} rows as CSV instead.`);
  }
  const { Zip, ZipDeflate } = await import('fflate');
  const { signal } = options;
  throwIfAborted(signal);
  const parts: Uint8Array[] = [];
  let failure: unknown;
  const zip: ZipType = new Zip((error, data) => {
    if (error) failure = error;
    else if (data.length) parts.push(data);
  });
  const encoder = new TextEncoder();
  const level = options.level ?? 1;
  const addFile = (path: string, text: string) => {
    const file = new ZipDeflate(path, { level });
    zip.add(file);
    file.push(encoder.encode(text), true);
  };
  const styles = new Styles();
  const slicer = new TimeSlicer(options.sliceMs);
  let rowsDone = 0;

  // The package parts first (some readers look for [Content_Types].xml at the start); styles.xml
  // last, because the number formats are only known once every cell is written.
  const sheetEntries = sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  addFile(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
  );
  addFile(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  addFile(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries}</sheets></workbook>`,
  );
  addFile(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
  );
  for (const [sheetIndex, sheet] of sheets.entries()) {
    const file: ZipDeflateType = new ZipDeflate(`xl/worksheets/sheet${sheetIndex + 1}.xml`, { level });
    zip.add(file);
    const columns = sheet.header.map((_, i) => columnName(i));
    const lastColumn = columns.at(-1) ?? 'A';
    let buffer =
      `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">` +
      `<dimension ref="A1:${lastColumn}${sheet.rowCount + 1}"/>` +
      '<sheetViews><sheetView workbookViewId="0"' +
      (sheetIndex === 0
        ? ' tabSelected="1"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>'
        : '/>') +
      '</sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
      (sheet.widths.length
        ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(80, Math.max(6, w)).toFixed(1)}" customWidth="1"/>`).join('')}</cols>`
        : '') +
      `<sheetData><row r="1">${sheet.header.map((h, i) => textCellXml(`${columns[i]}1`, h, 1)).join('')}</row>`;
    const flush = (final: boolean) => {
      file.push(encoder.encode(buffer), final);
      buffer = '';
      if (failure) throw failure;
    };
    for (let r = 0; r < sheet.rowCount; r++) {
      const n = r + 2;
      const cells = sheet.row(r);
      let xml = `<row r="${n}">`;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const ref = `${columns[c]}${n}`;
        if (cell.t === 's') xml += textCellXml(ref, cell.v);
        else {
          const style = styles.styleFor(cell.z);
          xml += `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${cell.v}</v></c>`;
        }
      }
      buffer += `${xml}</row>`;
      if (buffer.length >= FLUSH_CHARS) flush(false);
      if (slicer.due()) {
        options.onRow?.(rowsDone + r + 1);
        await slicer.yield(signal);
      }
    }
    rowsDone += sheet.rowCount;
    buffer += '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    flush(true);
    options.onRow?.(rowsDone);
    await slicer.yield(signal);
  }

  addFile('xl/styles.xml', styles.xml());
  zip.end();
  if (failure) throw failure;
  return new Blob(parts as BlobPart[], { type: MIME });
}

/** Excel refuses this sheet name (any letter case): it keeps it for a shared workbook's change history. */
const RESERVED_SHEET_NAME = 'history';
/** Excel's limit on a sheet name, in UTF-16 code units. */
const SHEET_NAME_UNITS = 31;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A sheet name Excel accepts, as near to `name` as its rules allow: none of `[]:*?/\` or control
 * characters (each becomes a space), no apostrophe at either end, lone surrogates dropped (an
 * XML file cannot hold them; left in they would show as U+FFFD), at most 31 UTF-16 code units
 * (never cutting a character in two), and not the reserved `History` (which becomes
 * `History (1)`). `fallback` when nothing is left.
 */
export function safeSheetName(name: string, fallback: string): string {
  return uniqueSheetName(name, fallback, []);
}

/**
 * `name` made safe and different (ignoring letter case, as Excel compares) from every name in
 * `taken`: ` (2)`, ` (3)`, … is added (` (1)` to the reserved `History`), the name shortened
 * first when the 31 units would not hold it.
 */
export function uniqueSheetName(name: string, fallback: string, taken: readonly string[]): string {
  const used = new Set([RESERVED_SHEET_NAME, ...taken.map((t) => t.toLowerCase())]);
  const base = cleanSheetName(name) || cleanSheetName(fallback) || 'Sheet1';
  if (!used.has(base.toLowerCase())) return base;
  for (let n = base.toLowerCase() === RESERVED_SHEET_NAME ? 1 : 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cutUnits(base, SHEET_NAME_UNITS - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

function cleanSheetName(name: string): string {
  const cleaned = String(name)
    .replace(LONE_SURROGATE, '')
    .replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, ' ')
    .trim();
  return cutUnits(cleaned, SHEET_NAME_UNITS)
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** The longest start of `text` within `units` UTF-16 code units, never splitting a surrogate pair. */
function cutUnits(text: string, units: number): string {
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > units) break;
    cut += char;
  }
  return cut;
}
