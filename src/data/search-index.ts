import { normalizeText } from './normalize.js';
import type { BuildSteps } from './resumable-build.js';
import type { Invoice } from './types.js';
import { textOf } from './validate.js';

/** Searched besides the invoice number; their values repeat across rows. */
const SHARED_SEARCH_FIELDS = ['customerName', 'ocn', 'bcn', 'billingEntityName'] as const;

/**
 * What a search looks in: the invoice number, customer name, OCN, BCN and billing entity,
 * folded (NFKC, lower case) once. A search never holds a line break, so it never spans two
 * fields and testing them apart matches what one joined key would.
 */
export interface SearchIndex {
  /**
   * Every row's folded invoice number ('' for a malformed row), joined by line breaks: one
   * native `indexOf` scan finds the rows whose number holds the search.
   */
  numbers: string;
  /** starts[i]: where row i's number begins in `numbers`; starts[n] is past the end. */
  starts: Int32Array;
  /** Per shared field: row → id of its distinct value (-1 for a malformed row). */
  ids: Int32Array[];
  /** Per shared field: folded text of each distinct value. */
  values: string[][];
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Rows handled between two yields of a build. */
const CHUNK = 2048;

function foldFast(value: unknown): string {
  const text = typeof value === 'string' ? value : textOf(value);
  return NON_ASCII.test(text) ? normalizeText(text) : text.toLowerCase();
}

/**
 * Builds the search index in steps. Names, OCN, BCN and entities repeat across rows, so each
 * distinct value is folded (NFKC for non-ASCII text, the costly part) once, not once per row.
 */
export function* searchIndexSteps(rows: readonly Invoice[]): BuildSteps<SearchIndex> {
  const n = rows.length;
  const numbers = new Array<string>(n);
  const ids = SHARED_SEARCH_FIELDS.map(() => new Int32Array(n));
  const values = SHARED_SEARCH_FIELDS.map((): string[] => []);
  const seen = SHARED_SEARCH_FIELDS.map(() => new Map<unknown, number>());
  for (let from = 0; from < n; from += CHUNK) {
    readRows(rows, from, Math.min(n, from + CHUNK), numbers, ids, values, seen);
    yield;
  }
  // Invoice numbers are ASCII as a rule: then one lower-casing of them all, joined, folds
  // them at once (it keeps every length); otherwise each is folded on its own.
  let folded = numbers;
  let joined = numbers.join('\n');
  if (NON_ASCII.test(joined)) {
    yield;
    // NFKC may change a number's length (a ligature, a circled digit).
    folded = numbers.map(foldFast);
    joined = folded.join('\n');
  } else joined = joined.toLowerCase();
  yield;
  return { numbers: joined, starts: startsOf(folded), ids, values };
}

/** Where each number begins once they are joined by line breaks; the last entry is past the end. */
function startsOf(numbers: string[]): Int32Array {
  const starts = new Int32Array(numbers.length + 1);
  for (let i = 0; i < numbers.length; i++) starts[i + 1] = (starts[i] as number) + (numbers[i] as string).length + 1;
  return starts;
}

/**
 * Reads rows `from` to `end`: each number as text, each shared field as the id of its distinct
 * value (a plain function, which the engine optimises mid-loop, unlike a generator's loop).
 */
function readRows(
  rows: readonly Invoice[],
  from: number,
  end: number,
  numbers: string[],
  ids: Int32Array[],
  values: string[][],
  seen: Map<unknown, number>[],
): void {
  for (let i = from; i < end; i++) {
    const row = rows[i];
    if (!row || typeof row !== 'object') {
      numbers[i] = '';
      for (const list of ids) list[i] = -1;
      continue;
    }
    numbers[i] = textOf(row.invoiceNumber);
    for (let f = 0; f < SHARED_SEARCH_FIELDS.length; f++) {
      const value = row[SHARED_SEARCH_FIELDS[f] as (typeof SHARED_SEARCH_FIELDS)[number]];
      const known = seen[f] as Map<unknown, number>;
      let id = known.get(value);
      if (id === undefined) {
        const distinct = values[f] as string[];
        id = distinct.length;
        distinct.push(foldFast(value));
        known.set(value, id);
      }
      (ids[f] as Int32Array)[i] = id;
    }
  }
}

/** hits[i] is 1 when row i's invoice number holds `search` (already folded). */
export function numberHits({ numbers, starts }: SearchIndex, search: string): Uint8Array {
  const n = starts.length - 1;
  const hits = new Uint8Array(n);
  let at = numbers.indexOf(search);
  while (at >= 0) {
    // The row whose number holds position `at`: the last start at or before it.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    hits[lo] = 1;
    at = numbers.indexOf(search, starts[lo + 1] as number);
  }
  return hits;
}

/** Per shared field, which distinct values hold `search`; with `numberHits`, a row matches when any does. */
export function valueHits({ values }: SearchIndex, search: string): Uint8Array[] {
  return values.map((list) => Uint8Array.from(list, (value) => (value.includes(search) ? 1 : 0)));
}
