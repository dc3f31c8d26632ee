import type { BuildSteps } from './resumable-build.js';
import type { RowFacts } from './row-facts.js';
import type { Invoice, SortKey } from './types.js';
import { textOf } from './validate.js';

/** The order of the rows by one field. */
export interface SortIndex {
  /** rank[i]: the number of rows whose value sorts before row i's (ties share a rank). */
  rank: Int32Array;
  /** Row indices in ascending order, ties in the data's order. */
  order: Int32Array;
}

/** Rows handled between two yields of a build. */
const CHUNK = 4096;
/** Rough ms per comparison of a collator sort, to tell the idle scheduler a step is long. */
const COMPARE_MS = 1e-3;
/** True where typed arrays store the low half of a 64-bit value first (every browser's platform). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Builds the sort index of `field` in steps. Amounts and (when every month is valid) billing
 * months come from the row facts without reading a row; other fields rank their distinct
 * texts with the collator once, then count rows per text.
 */
export function sortIndexSteps(rows: readonly Invoice[], field: string, facts: RowFacts, collationLocale?: string): BuildSteps<SortIndex> {
  if (field === 'amount') return amountIndex(facts.amount);
  if (field === 'billingMonth' && facts.monthsValid) return monthIndex(facts.month);
  return textIndex(rows, field, collationLocale);
}

function* amountIndex(amount: Float64Array): BuildSteps<SortIndex> {
  // Missing or non-finite amounts sort last, as +Infinity; -0 is 0.
  const values = amount.map((v) => (v === v ? v + 0 : Number.POSITIVE_INFINITY));
  yield;
  const order = yield* radixOrder(values);
  return { rank: ranksOf(values, order), order };
}

/** Each row's rank in `order`: equal values share the rank of the first of them. */
function ranksOf(values: Float64Array, order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let k = 1; k < order.length; k++) {
    const i = order[k] as number;
    const previous = order[k - 1] as number;
    rank[i] = values[i] === values[previous] ? (rank[previous] as number) : k;
  }
  return rank;
}

/** Valid `YYYY-MM` texts sort as their month codes: rows are counted per month. */
function* monthIndex(month: Uint16Array): BuildSteps<SortIndex> {
  const rank = monthRanks(month);
  yield;
  return { rank, order: orderOf(rank) };
}

function monthRanks(month: Uint16Array): Int32Array {
  const n = month.length;
  let low = 0xffff;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const m = month[i] as number;
    if (m < low) low = m;
    if (m > high) high = m;
  }
  const before = new Int32Array(Math.max(0, high - low) + 2);
  for (let i = 0; i < n; i++) before[(month[i] as number) - low + 1]++;
  for (let b = 1; b < before.length; b++) before[b] = (before[b] as number) + (before[b - 1] as number);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = before[(month[i] as number) - low] as number;
  return rank;
}

function* textIndex(rows: readonly Invoice[], field: string, collationLocale?: string): BuildSteps<SortIndex> {
  const n = rows.length;
  const texts = new Array<string>(n);
  for (let from = 0; from < n; from += CHUNK) {
    readTexts(rows, field, texts, from, Math.min(n, from + CHUNK));
    yield;
  }
  const collator = new Intl.Collator(collationLocale, { numeric: true, sensitivity: 'base' });
  const distinct = [...new Set(texts)];
  yield distinct.length * Math.log2(distinct.length + 1) * COMPARE_MS;
  // Empty values sort last.
  distinct.sort((a, b) => (a === '' ? (b === '' ? 0 : 1) : b === '' ? -1 : collator.compare(a, b)));
  yield;
  const valueRank = new Map<string, number>();
  distinct.forEach((value, i) => valueRank.set(value, i));
  const groupOf = new Int32Array(n);
  const before = new Int32Array(distinct.length + 1);
  for (let from = 0; from < n; from += CHUNK) {
    groupRows(texts, valueRank, groupOf, before, from, Math.min(n, from + CHUNK));
    yield;
  }
  // A group starts after the rows of every group before it.
  for (let g = 1; g < before.length; g++) before[g] = (before[g] as number) + (before[g - 1] as number);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = before[groupOf[i] as number] as number;
  yield;
  return { rank, order: orderOf(rank) };
}

function readTexts(rows: readonly Invoice[], field: string, texts: string[], from: number, end: number): void {
  for (let i = from; i < end; i++) texts[i] = textOf(rows[i]?.[field]);
}

/** Each row's group (the rank of its distinct text), counting the rows of each group. */
function groupRows(
  texts: string[],
  valueRank: Map<string, number>,
  groupOf: Int32Array,
  sizes: Int32Array,
  from: number,
  end: number,
): void {
  for (let i = from; i < end; i++) {
    const g = valueRank.get(texts[i] as string) as number;
    groupOf[i] = g;
    sizes[g + 1]++;
  }
}

/** Rows laid out by rank, ties in the data's order. */
function orderOf(rank: Int32Array): Int32Array {
  const n = rank.length;
  const order = new Int32Array(n);
  const filled = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rank[i] as number;
    order[r + (filled[r] as number)] = i;
    filled[r]++;
  }
  return order;
}

/**
 * Row indices in ascending order of `values` (no NaN), ties in index order: a least
 * significant digit radix sort of the values' bits, 16 bits a pass, a pass a step. Linear in
 * the rows, where a comparison sort of the indices would call a comparator 1.7 million times.
 * The loops live in plain functions, which the engine optimises mid-loop; a generator's own
 * loops may run unoptimised.
 */
function* radixOrder(values: Float64Array): BuildSteps<Int32Array> {
  const n = values.length;
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  sortableBits(values, high, low);
  let from = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  let to = new Int32Array(n);
  const count = new Int32Array(0x10001);
  for (const [word, shift] of [
    [low, 0],
    [low, 16],
    [high, 0],
    [high, 16],
  ] as const) {
    yield;
    if (radixPass(word, shift, from, to, count)) [from, to] = [to, from];
  }
  return from;
}

/** The bits of each value as two unsigned words whose order is numeric order: all flipped for a negative, the sign for the rest. */
function sortableBits(values: Float64Array, high: Uint32Array, low: Uint32Array): void {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const lowWord = LITTLE_ENDIAN ? 0 : 1;
  const highWord = 1 - lowWord;
  for (let i = 0; i < values.length; i++) {
    const h = words[2 * i + highWord] as number;
    const l = words[2 * i + lowWord] as number;
    const negative = h >>> 31 === 1;
    high[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    low[i] = negative ? ~l >>> 0 : l;
  }
}

/** One stable counting pass by the 16-bit digit at `shift` of `word`, `from` into `to`; false when every row has the same digit (nothing moves). */
function radixPass(word: Uint32Array, shift: number, from: Int32Array, to: Int32Array, count: Int32Array): boolean {
  const n = from.length;
  count.fill(0);
  for (let i = 0; i < n; i++) count[(((word[i] as number) >>> shift) & 0xffff) + 1]++;
  for (let d = 1; d < count.length; d++) {
    if (count[d] === n) return false;
    count[d] = (count[d] as number) + (count[d - 1] as number);
  }
  for (let k = 0; k < n; k++) {
    const i = from[k] as number;
    const digit = ((word[i] as number) >>> shift) & 0xffff;
    to[count[digit] as number] = i;
    count[digit]++;
  }
  return true;
}

/**
 * The rows in the order of one or more keys, ties in the data's order: a stable counting sort
 * by each key's rank, least significant key first (descending keys by reversed rank).
 */
export function byKeys(keys: readonly SortKey[], index: (field: string) => SortIndex, n: number): Int32Array {
  if (keys.length === 1 && keys[0]!.direction !== 'desc') return index(keys[0]!.field).order;
  let from = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  let to = new Int32Array(n);
  const count = new Int32Array(n + 1);
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k] as SortKey;
    const { rank } = index(key.field);
    const desc = key.direction === 'desc';
    count.fill(0);
    for (let i = 0; i < n; i++) count[(desc ? n - 1 - (rank[i] as number) : (rank[i] as number)) + 1]++;
    for (let r = 1; r <= n; r++) count[r] = (count[r] as number) + (count[r - 1] as number);
    for (let j = 0; j < n; j++) {
      const i = from[j] as number;
      const r = desc ? n - 1 - (rank[i] as number) : (rank[i] as number);
      to[count[r] as number] = i;
      count[r]++;
    }
    [from, to] = [to, from];
  }
  return from;
}
