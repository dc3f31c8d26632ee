import type { Invoice } from '../../data/types.js';

/**
 * The rows of a long result that have been fetched so far, in fixed-size blocks, for virtual
 * scrolling. It only keeps references to rows the adapter returned.
 */
export class RowWindow {
  readonly blockSize: number;
  total = 0;
  private blocks = new Map<number, readonly Invoice[]>();

  constructor(blockSize = 100) {
    this.blockSize = blockSize;
  }

  /** Forgets every row (a new query). */
  reset(total = 0): void {
    this.total = total;
    this.blocks = new Map();
  }

  /** Stores rows that start at `offset` (block-aligned). */
  put(offset: number, rows: readonly Invoice[]): void {
    for (let start = 0; start < rows.length; start += this.blockSize) {
      this.blocks.set(Math.floor((offset + start) / this.blockSize), rows.slice(start, start + this.blockSize));
    }
  }

  get(index: number): Invoice | undefined {
    const block = this.blocks.get(Math.floor(index / this.blockSize));
    return block?.[index % this.blockSize];
  }

  has(index: number): boolean {
    return this.blocks.has(Math.floor(index / this.blockSize));
  }

  /** Every fetched row, in index order. */
  loaded(): Invoice[] {
    return [...this.blocks.keys()].sort((a, b) => a - b).flatMap((key) => [...(this.blocks.get(key) ?? [])]);
  }

  /** The block-aligned request that covers the missing rows of `[first, last]`, if any. */
  missing(first: number, last: number): { offset: number; limit: number } | undefined {
    if (this.total === 0 || last < first) return undefined;
    const lastIndex = Math.min(last, this.total - 1);
    let from = -1;
    let to = -1;
    for (let block = Math.floor(first / this.blockSize); block <= Math.floor(lastIndex / this.blockSize); block++) {
      if (this.blocks.has(block)) continue;
      if (from < 0) from = block;
      to = block;
    }
    if (from < 0) return undefined;
    return { offset: from * this.blockSize, limit: (to - from + 1) * this.blockSize };
  }
}
