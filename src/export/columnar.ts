import type { Invoice } from '../data/types.js';
import { TimeSlicer } from '../files/slice.js';
import type { ExportColumn, ExportColumnKind } from './cells.js';

/**
 * One column's values in a compact, transferable form: a kind per row (empty, number or
 * text), the numbers in a `Float64Array`, and all the column's text as UTF-8 in blocks with
 * the end of each row's text (in UTF-16 code units of the decoded text) in a `Uint32Array`.
 * 100,000 rows travel to a Worker as transferred buffers only: nothing is cloned, and the
 * page keeps no large strings alive while it reads the rows (each slice's text is encoded and
 * dropped at once, so it never outlives the young generation of the garbage collector).
 */
export interface ColumnValues {
  /** Per row: {@link EMPTY}, {@link NUMBER} or {@link TEXT}. */
  kinds: Uint8Array;
  /** The number of each `NUMBER` row (NaN and ±Infinity kept as they are); empty when none. */
  numbers: Float64Array;
  /** Where each row's text ends in the text (it starts where the row before ends); empty when no text. */
  ends: Uint32Array;
  /**
   * The column's text, every row's after the other, UTF-8 encoded in blocks (one per time
   * slice of encoding; each block ends at the end of a row). A lone surrogate comes back as
   * U+FFFD, which keeps every row's length.
   */
  text: Uint8Array[];
  /** For each block of `text`: the row after its last row (blocks end at row boundaries). */
  blockEnds: Uint32Array;
}

/** A column of an export as it travels: its header and kind, its values, and a money column's currencies. */
export interface EncodedColumn {
  id: string;
  header: string;
  kind: ExportColumnKind;
  values: ColumnValues;
  /** The currency of each amount (a `money` column only). */
  currency?: ColumnValues;
}

export const EMPTY = 0;
export const NUMBER = 1;
export const TEXT = 2;

/** Collects one column's values row by row. */
class ColumnBuilder {
  readonly kinds: Uint8Array;
  private numbers: Float64Array | undefined;
  private ends: Uint32Array | undefined;
  /** Text since the last {@link flush}, and the encoded blocks before it. */
  private parts: string[] = [];
  private blocks: Uint8Array[] = [];
  private blockEnds: number[] = [];
  private length = 0;
  /** Rows set so far. */
  private count = 0;

  constructor(private readonly rows: number) {
    this.kinds = new Uint8Array(rows);
  }

  /** Sets `row`'s value; called for every row in order, empty ones included. */
  set(row: number, value: unknown): void {
    this.count = row + 1;
    if (value === null || value === undefined || value === '') return this.end(row);
    if (typeof value === 'number') {
      (this.numbers ??= new Float64Array(this.rows))[row] = value;
      this.kinds[row] = NUMBER;
      return this.end(row);
    }
    let text: string;
    try {
      // What a cell would show of any other value (true, an object): its text.
      text = typeof value === 'string' ? value : String(value);
    } catch {
      return this.end(row);
    }
    this.parts.push(text);
    this.length += text.length;
    this.kinds[row] = TEXT;
    (this.ends ??= new Uint32Array(this.rows))[row] = this.length;
  }

  /** A row without text ends where the text before it ends (rows before any text stay at 0). */
  private end(row: number): void {
    if (this.ends) this.ends[row] = this.length;
  }

  /**
   * Encodes the text collected since the last call into one UTF-8 block. Called once per time
   * slice, so the work is spread out, the text leaves the JavaScript heap as it is read, and
   * `postMessage` transfers the blocks instead of copying strings.
   */
  flush(): void {
    if (!this.parts.length) return;
    this.blocks.push(encoder.encode(this.parts.join('')));
    this.blockEnds.push(this.count);
    this.parts = [];
  }

  done(): ColumnValues {
    this.flush();
    return {
      kinds: this.kinds,
      numbers: this.numbers ?? new Float64Array(0),
      ends: this.ends ?? new Uint32Array(0),
      text: this.blocks,
      blockEnds: Uint32Array.from(this.blockEnds),
    };
  }
}

const encoder = new TextEncoder();
// A row's text may start with U+FEFF: kept, not read as a byte-order mark.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The block of a column's text decoded last, where it is read: rows are read in order, one block at a time. */
interface DecodedBlock {
  index: number;
  text: string;
  /** Where the block's text starts in the column's text. */
  start: number;
}
const decoded = new WeakMap<ColumnValues, DecodedBlock>();

/**
 * The decoded block holding `row`'s text. Decoding block by block keeps the cost of each in
 * the time slice that reads it, instead of decoding a whole column at its first row.
 */
function blockOf(values: ColumnValues, row: number): DecodedBlock {
  const last = decoded.get(values);
  const ends = values.blockEnds;
  if (last && row < (ends[last.index] as number) && (last.index === 0 || row >= (ends[last.index - 1] as number))) return last;
  // The first block that ends after `row`.
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ends[mid] as number) > row) high = mid;
    else low = mid + 1;
  }
  const firstRow = low > 0 ? (ends[low - 1] as number) : 0;
  const block: DecodedBlock = {
    index: low,
    text: decoder.decode(values.text[low]),
    start: firstRow > 0 ? (values.ends[firstRow - 1] as number) : 0,
  };
  decoded.set(values, block);
  return block;
}

/** The value of `row`: a number, a string, or undefined when empty. */
export function valueAt(values: ColumnValues | undefined, row: number): number | string | undefined {
  switch (values?.kinds[row]) {
    case NUMBER:
      return values.numbers[row];
    case TEXT: {
      const block = blockOf(values, row);
      const start = row > 0 ? (values.ends[row - 1] as number) : 0;
      return block.text.slice(start - block.start, (values.ends[row] as number) - block.start);
    }
    default:
      return undefined;
  }
}

/**
 * Reads every column's value from every row (the columns' `value()` functions cannot travel to
 * a Worker), in time slices so the page keeps answering. A value that throws is left empty, as
 * in {@link cellFor}; a money value `{ amount, currency }` is split into the amount and its currency.
 * `sliceMs` is the work between two yields (default 8); each slice's text is one block.
 */
export async function encodeColumns(
  columns: readonly ExportColumn[],
  rows: readonly Invoice[],
  signal?: AbortSignal,
  sliceMs?: number,
): Promise<EncodedColumn[]> {
  const builders = columns.map(() => new ColumnBuilder(rows.length));
  const currencies = columns.map((c) => (c.kind === 'money' ? new ColumnBuilder(rows.length) : undefined));
  const slicer = new TimeSlicer(sliceMs);
  for (let r = 0; r < rows.length; r++) {
    const invoice = rows[r] as Invoice;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as ExportColumn;
      let value: unknown;
      let code: unknown;
      try {
        value = column.value(invoice);
        code = invoice?.currency;
      } catch {
        value = code = undefined;
      }
      const currency = currencies[c];
      if (currency) {
        if (typeof value === 'object' && value !== null && 'amount' in value) {
          code = (value as { currency?: unknown }).currency ?? code;
          value = (value as { amount: unknown }).amount;
        }
        // Only a string can name a currency; anything else means "no currency".
        currency.set(r, typeof code === 'string' ? code : undefined);
      }
      (builders[c] as ColumnBuilder).set(r, value);
    }
    if (slicer.due()) {
      for (const builder of [...builders, ...currencies]) builder?.flush();
      await slicer.yield(signal);
    }
  }
  return columns.map((column, c) => {
    const currency = currencies[c]?.done();
    return {
      id: column.id,
      header: column.header,
      kind: column.kind,
      values: (builders[c] as ColumnBuilder).done(),
      ...(currency ? { currency } : {}),
    };
  });
}

/** The buffers of `columns`, for `postMessage`'s transfer list. */
export function columnBuffers(columns: readonly EncodedColumn[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of columns) {
    for (const values of [column.values, column.currency]) {
      if (!values) continue;
      for (const array of [values.kinds, values.numbers, values.ends, values.blockEnds, ...values.text])
        if (array.byteLength) buffers.add(array.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
