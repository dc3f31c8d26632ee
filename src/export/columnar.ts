import type { Invoice } from '../data/types.js';
import { TimeSlicer } from '../files/slice.js';
import type { ExportColumn, ExportColumnKind } from './cells.js';

/**
 * One column's values in a compact, transferable form: a kind per row (empty, number or
 * text), the numbers in a `Float64Array`, and the text as codes into a table of distinct
 * strings (a status, a month or a customer name is sent once, however many rows hold it).
 * 100,000 rows travel to a Worker as a few typed arrays, not 100,000 objects.
 */
export interface ColumnValues {
  /** Per row: {@link EMPTY}, {@link NUMBER} or {@link TEXT}. */
  kinds: Uint8Array;
  /** The number of each `NUMBER` row (NaN and ±Infinity kept as they are); empty when none. */
  numbers: Float64Array;
  /** The index into `strings` of each `TEXT` row; empty when none. */
  codes: Uint32Array;
  strings: string[];
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
  private codes: Uint32Array | undefined;
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly rows: number) {
    this.kinds = new Uint8Array(rows);
  }

  set(row: number, value: unknown): void {
    if (value === null || value === undefined || value === '') return;
    if (typeof value === 'number') {
      (this.numbers ??= new Float64Array(this.rows))[row] = value;
      this.kinds[row] = NUMBER;
      return;
    }
    let text: string;
    try {
      // What a cell would show of any other value (true, an object): its text.
      text = typeof value === 'string' ? value : String(value);
    } catch {
      return;
    }
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.strings.push(text) - 1;
      this.index.set(text, code);
    }
    (this.codes ??= new Uint32Array(this.rows))[row] = code;
    this.kinds[row] = TEXT;
  }

  done(): ColumnValues {
    return {
      kinds: this.kinds,
      numbers: this.numbers ?? new Float64Array(0),
      codes: this.codes ?? new Uint32Array(0),
      strings: this.strings,
    };
  }
}

/** The value of `row`: a number, a string, or undefined when empty. */
export function valueAt(values: ColumnValues | undefined, row: number): number | string | undefined {
  switch (values?.kinds[row]) {
    case NUMBER:
      return values.numbers[row];
    case TEXT:
      return values.strings[values.codes[row] as number];
    default:
      return undefined;
  }
}

/**
 * Reads every column's value from every row (the columns' `value()` functions cannot travel to
 * a Worker), in time slices so the page keeps answering. A value that throws is left empty, as
 * in {@link cellFor}; a money value `{ amount, currency }` is split into the amount and its currency.
 */
export async function encodeColumns(
  columns: readonly ExportColumn[],
  rows: readonly Invoice[],
  signal?: AbortSignal,
): Promise<EncodedColumn[]> {
  const builders = columns.map(() => new ColumnBuilder(rows.length));
  const currencies = columns.map((c) => (c.kind === 'money' ? new ColumnBuilder(rows.length) : undefined));
  const slicer = new TimeSlicer();
  for (let r = 0; r < rows.length; r++) {
    const invoice = rows[r] as Invoice;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as ExportColumn;
      let value: unknown;
      try {
        value = column.value(invoice);
      } catch {
        continue;
      }
      const currency = currencies[c];
      if (currency) {
        let code: unknown = invoice?.currency;
        if (typeof value === 'object' && value !== null && 'amount' in value) {
          code = (value as { currency?: unknown }).currency ?? code;
          value = (value as { amount: unknown }).amount;
        }
        // Only a string can name a currency; anything else means "no currency".
        if (typeof code === 'string') currency.set(r, code);
      }
      (builders[c] as ColumnBuilder).set(r, value);
    }
    if (slicer.due()) await slicer.yield(signal);
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
      for (const array of [values.kinds, values.numbers, values.codes]) if (array.byteLength) buffers.add(array.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
