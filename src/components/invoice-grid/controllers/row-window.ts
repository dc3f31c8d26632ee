import type { Invoice } from '../../../data/types.js';

/** How a row of a long result stands: fetched, not fetched yet, or its fetch failed. */
export type RowStatus = 'ready' | 'pending' | 'failed';

interface Failure {
  /** Failed fetches in a row. */
  attempts: number;
  /** When it may be fetched again (ms, `performance.now()` time); Infinity: only when the user asks. */
  retryAt: number;
}

/** Automatic fetches of a failing block before it waits for the user's "Retry". */
export const MAX_AUTOMATIC_ATTEMPTS = 4;

/**
 * The rows of a long result that have been fetched so far, in fixed-size blocks, for virtual
 * scrolling, and the blocks whose fetch failed (with when they may be tried again). It only
 * keeps references to rows the adapter returned.
 */
export class RowWindow {
  readonly blockSize: number;
  total = 0;
  /** Changes whenever rows are stored or forgotten (a cheap "did anything arrive" check). */
  version = 0;
  private blocks = new Map<number, readonly Invoice[]>();
  private failures = new Map<number, Failure>();

  constructor(blockSize = 100) {
    this.blockSize = blockSize;
  }

  /** Forgets every row and failure (a new query). */
  reset(total = 0): void {
    this.total = total;
    this.version++;
    this.blocks = new Map();
    this.failures = new Map();
  }

  /** Stores rows that start at `offset` (block-aligned). */
  put(offset: number, rows: readonly Invoice[]): void {
    this.version++;
    for (let start = 0; start < rows.length; start += this.blockSize) {
      const block = Math.floor((offset + start) / this.blockSize);
      this.blocks.set(block, rows.slice(start, start + this.blockSize));
      this.failures.delete(block);
    }
  }

  /**
   * Marks the blocks of a failed request `[offset, offset + limit)`; each may be fetched
   * again after `delay(attempts)` ms, and not automatically after `MAX_AUTOMATIC_ATTEMPTS`.
   * Returns the attempts so far of the first block.
   */
  fail(offset: number, limit: number, now: number, delay: (attempts: number) => number): number {
    let attempts = 0;
    for (let block = Math.floor(offset / this.blockSize); block * this.blockSize < offset + limit; block++) {
      const count = (this.failures.get(block)?.attempts ?? 0) + 1;
      attempts ||= count;
      this.failures.set(block, { attempts: count, retryAt: count >= MAX_AUTOMATIC_ATTEMPTS ? Infinity : now + delay(count) });
    }
    return attempts;
  }

  /** The user asked to retry: every failed block may be fetched now (automatic retries start over). */
  retryFailed(): void {
    for (const failure of this.failures.values()) {
      failure.attempts = 0;
      failure.retryAt = 0;
    }
  }

  get(index: number): Invoice | undefined {
    const block = this.blocks.get(Math.floor(index / this.blockSize));
    return block?.[index % this.blockSize];
  }

  has(index: number): boolean {
    return this.blocks.has(Math.floor(index / this.blockSize));
  }

  status(index: number): RowStatus {
    const block = Math.floor(index / this.blockSize);
    if (this.blocks.has(block)) return 'ready';
    return this.failures.has(block) ? 'failed' : 'pending';
  }

  /** Whether any block has failed (rows show "Retry"). */
  get hasFailures(): boolean {
    return this.failures.size > 0;
  }

  /** Every fetched row, in index order. */
  loaded(): Invoice[] {
    return [...this.blocks.keys()].sort((a, b) => a - b).flatMap((key) => [...(this.blocks.get(key) ?? [])]);
  }

  /**
   * The block-aligned request that covers the rows of `[first, last]` still to fetch at `now`:
   * blocks never fetched, and failed blocks whose wait is over. Undefined when there is none.
   */
  missing(first: number, last: number, now = Infinity): { offset: number; limit: number } | undefined {
    if (this.total === 0 || last < first) return undefined;
    const lastIndex = Math.min(last, this.total - 1);
    let from = -1;
    let to = -1;
    for (let block = Math.floor(Math.max(0, first) / this.blockSize); block <= Math.floor(lastIndex / this.blockSize); block++) {
      const due = !this.blocks.has(block) && (this.failures.get(block)?.retryAt ?? 0) <= now;
      if (!due) {
        // One request covers adjacent blocks only: stop at the first gap after a run.
        if (from >= 0) break;
        continue;
      }
      if (from < 0) from = block;
      to = block;
    }
    if (from < 0) return undefined;
    return { offset: from * this.blockSize, limit: (to - from + 1) * this.blockSize };
  }

  /** The earliest time a failed block of `[first, last]` may be fetched again automatically (Infinity: none). */
  nextRetry(first: number, last: number): number {
    let next = Infinity;
    for (let block = Math.floor(Math.max(0, first) / this.blockSize); block <= Math.floor(last / this.blockSize); block++) {
      const failure = this.failures.get(block);
      if (failure && !this.blocks.has(block)) next = Math.min(next, failure.retryAt);
    }
    return next;
  }
}
