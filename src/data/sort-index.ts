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
/** Rough ms per element of a native numeric sort, to tell the idle scheduler a step is long. */
const SORT_MS_PER_ROW = 8e-5;

/**
 * Builds the sort index of `field` in steps. Amounts and (when every month is valid) billing
 * months come from the row facts without reading a row; other fields rank their distinct
 * texts with the collator once, then count rows per text.
 */
export function* sortIndexSteps(rows: readonly Invoice[], field: string, facts: RowFacts, collationLocale?: string): BuildSteps<SortIndex> {
  const n = rows.length;
  const rank = new Int32Array(n);
  if (field === 'amount') {
    // Missing or non-finite amounts sort last, as +Infinity.
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = facts.amount[i] as number;
      values[i] = v === v ? v : Number.POSITIVE_INFINITY;
    }
    yield n * SORT_MS_PER_ROW;
    // A native sort of the values alone (no comparator), then each row's rank by binary search.
    const sorted = values.slice().sort();
    yield;
    for (let from = 0; from < n; from += CHUNK) {
      for (let i = from, end = Math.min(n, from + CHUNK); i < end; i++) {
        const v = values[i] as number;
        let lo = 0;
        let hi = n;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((sorted[mid] as number) < v) lo = mid + 1;
          else hi = mid;
        }
        rank[i] = lo;
      }
      yield;
    }
  } else if (field === 'billingMonth' && facts.monthsValid) {
    // Valid `YYYY-MM` texts sort as their month codes: count rows per month.
    let low = 0xffff;
    let high = 0;
    for (let i = 0; i < n; i++) {
      const m = facts.month[i] as number;
      if (m < low) low = m;
      if (m > high) high = m;
    }
    const before = new Int32Array(Math.max(0, high - low) + 2);
    for (let i = 0; i < n; i++) before[(facts.month[i] as number) - low + 1]++;
    for (let b = 1; b < before.length; b++) before[b] = (before[b] as number) + (before[b - 1] as number);
    for (let i = 0; i < n; i++) rank[i] = before[(facts.month[i] as number) - low] as number;
    yield;
  } else {
    const texts = new Array<string>(n);
    for (let from = 0; from < n; from += CHUNK) {
      for (let i = from, end = Math.min(n, from + CHUNK); i < end; i++) texts[i] = textOf(rows[i]?.[field]);
      yield;
    }
    const collator = new Intl.Collator(collationLocale, { numeric: true, sensitivity: 'base' });
    const distinct = [...new Set(texts)];
    yield distinct.length * 20 * SORT_MS_PER_ROW;
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
    for (let g = 1; g < before.length; g++) before[g] = (before[g] as number) + (before[g - 1] as number);
    for (let i = 0; i < n; i++) rank[i] = before[groupOf[i] as number] as number;
    yield;
  }
  // Lay the rows out by rank, ties in the data's order.
  const order = new Int32Array(n);
  const filled = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rank[i] as number;
    order[r + (filled[r] as number)] = i;
    filled[r]++;
  }
  return { rank, order };
}

/** The rows in descending order of an index: groups of equal rank from the end, each kept in the data's order. */
export function descending({ order, rank }: SortIndex): Int32Array {
  const out = new Int32Array(order.length);
  let o = 0;
  let end = order.length;
  while (end > 0) {
    let start = end - 1;
    const r = rank[order[start] as number];
    while (start > 0 && rank[order[start - 1] as number] === r) start--;
    for (let i = start; i < end; i++) out[o++] = order[i] as number;
    end = start;
  }
  return out;
}

/** The rows in the order of several keys, ties in the data's order. */
export function byKeys(keys: readonly SortKey[], index: (field: string) => SortIndex, n: number): Int32Array {
  const ranks = keys.map((key) => ({ rank: index(key.field).rank, sign: key.direction === 'desc' ? -1 : 1 }));
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all.sort((a, b) => {
    for (const { rank, sign } of ranks) {
      const d = (rank[a] as number) - (rank[b] as number);
      if (d !== 0) return d * sign;
    }
    return a - b;
  });
}
