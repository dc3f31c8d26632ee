import type { Invoice } from '../data/types.js';
import { TimeSlicer } from '../files/slice.js';
import type { ExportColumn, ExportColumnKind } from './cells.js';

/**
 * One column's values in a compact, transferable form: a kind per row (empty, number or
 * text), the numbers in a `Float64Array`, and all the column's text in one string with the
 * end of each row's text in a `Uint32Array`. 100,000 rows travel to a Worker as a few
 * transferred buffers and one string per column (a copy of one block of memory), not as
 * 100,000 objects or strings, each cloned on its own.
 */
export interface ColumnValues {
  /** Per row: {@link EMPTY}, {@link NUMBER} or {@link TEXT}. */
  kinds: Uint8Array;
  /** The number of each `NUMBER` row (NaN and ±Infinity kept as they are); empty when none. */
  numbers: Float64Array;
  /** Where each row's text ends in `text` (it starts where the row before ends); empty when no text. */
  ends: Uint32Array;
  text: string;
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
  private text = '';

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
    try {
      // What a cell would show of any other value (true, an object): its text.
      this.text += typeof value === 'string' ? value : String(value);
    } catch {
      return;
    }
    this.kinds[row] = TEXT;
    this.mark(row);
  }

  /** Records where `row`'s text ends (rows without text end where the one before does). */
  private mark(row: number): void {
    this.ends ??= new Uint32Array(this.rows);
    this.ends[row] = this.text.length;
  }

  done(): ColumnValues {
    const ends = this.ends ?? new Uint32Array(0);
    // Rows with no text of their own end where the text before them ends.
    for (let r = 1; r < ends.length; r++) if (this.kinds[r] !== TEXT) ends[r] = ends[r - 1] as number;
    return { kinds: this.kinds, numbers: this.numbers ?? new Float64Array(0), ends, text: this.text };
  }
}

/** The value of `row`: a number, a string, or undefined when empty. */
export function valueAt(values: ColumnValues | undefined, row: number): number | string | undefined {
  switch (values?.kinds[row]) {
    case NUMBER:
      return values.numbers[row];
    case TEXT:
      return values.text.slice(row > 0 ? values.ends[row - 1] : 0, values.ends[row]);
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
      for (const array of [values.kinds, values.numbers, values.ends]) if (array.byteLength) buffers.add(array.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
