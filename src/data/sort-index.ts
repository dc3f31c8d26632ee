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
  const n = amount.length;
  // Missing or non-finite amounts sort last, as +Infinity; -0 is 0.
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = amount[i] as number;
    values[i] = v === v ? v + 0 : Number.POSITIVE_INFINITY;
  }
  yield;
  const order = yield* radixOrder(values);
  // Equal values share the rank of the first of them.
  const rank = new Int32Array(n);
  for (let k = 1; k < n; k++) {
    const i = order[k] as number;
    const previous = order[k - 1] as number;
    rank[i] = values[i] === values[previous] ? (rank[previous] as number) : k;
  }
  return { rank, order };
}

/** Valid `YYYY-MM` texts sort as their month codes: rows are counted per month. */
function* monthIndex(month: Uint16Array): BuildSteps<SortIndex> {
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
  yield;
  return { rank, order: orderOf(rank) };
}

function* textIndex(rows: readonly Invoice[], field: string, collationLocale?: string): BuildSteps<SortIndex> {
  const n = rows.length;
  const texts = new Array<string>(n);
  for (let from = 0; from < n; from += CHUNK) {
    for (let i = from, end = Math.min(n, from + CHUNK); i < end; i++) texts[i] = textOf(rows[i]?.[field]);
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
    for (let i = from, end = Math.min(n, from + CHUNK); i < end; i++) {
      const g = valueRank.get(texts[i] as string) as number;
      groupOf[i] = g;
      before[g + 1]++;
    }
    yield;
  }
  // A group starts after the rows of every group before it.
  for (let g = 1; g < before.length; g++) before[g] = (before[g] as number) + (before[g - 1] as number);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = before[groupOf[i] as number] as number;
  yield;
  return { rank, order: orderOf(rank) };
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
 * significant digit radix sort of the values' bits, 16 bits a pass, in steps. Linear in the
 * rows, where a comparison sort of the indices would call a comparator 1.7 million times.
 */
function* radixOrder(values: Float64Array): BuildSteps<Int32Array> {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const [lowWord, highWord] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  // Flip the bits so that unsigned order is numeric order: all of them for negatives, the sign for the rest.
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + highWord] as number;
    const l = words[2 * i + lowWord] as number;
    const negative = h >>> 31 === 1;
    high[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    low[i] = negative ? ~l >>> 0 : l;
  }
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
    count.fill(0);
    for (let i = 0; i < n; i++) count[(((word[i] as number) >>> shift) & 0xffff) + 1]++;
    // A digit every value shares does not reorder anything.
    if (count.some((c) => c === n)) continue;
    for (let d = 1; d < count.length; d++) count[d] = (count[d] as number) + (count[d - 1] as number);
    for (let k = 0; k < n; k++) {
      const i = from[k] as number;
      to[count[((word[i] as number) >>> shift) & 0xffff] as number] = i;
      count[((word[i] as number) >>> shift) & 0xffff]++;
    }
    [from, to] = [to, from];
  }
  return from;
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
