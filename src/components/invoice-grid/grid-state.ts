import type { InvoiceColumn } from './columns.js';

/**
 * The grid's column and sort state as plain data, with the few pure rules that act on it.
 * The adapter sorts, filters and pages, so the grid needs no row model: only which columns
 * show, in which order and width, and how a header click changes the sort.
 */

/** Column ids in display order (ids missing from it follow in definition order). */
export type ColumnOrderState = string[];
/** Column id → shown; an absent id is shown. */
export type VisibilityState = Record<string, boolean>;
/** Column id → width in CSS pixels, as set by the user. */
export type ColumnSizingState = Record<string, number>;
/** Row id → selected. */
export type RowSelectionState = Record<string, boolean>;
/** Sort keys by column id, most significant first. */
export type SortingState = Array<{ id: string; desc: boolean }>;

export const DEFAULT_COLUMN_WIDTH = 150;
export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 1200;

/** The shown columns' ids: `order` first (unknown ids skipped), the rest in definition order. */
export function visibleColumnIds(columns: readonly InvoiceColumn[], order: ColumnOrderState, visibility: VisibilityState): string[] {
  const known = new Set(columns.map((c) => c.id));
  const ordered = order.filter((id, i) => known.has(id) && order.indexOf(id) === i);
  const placed = new Set(ordered);
  for (const column of columns) if (!placed.has(column.id)) ordered.push(column.id);
  return ordered.filter((id) => visibility[id] !== false);
}

/** A column's width: the user's size, else the column's own, within its bounds. */
export function columnWidth(column: InvoiceColumn | undefined, sizing: ColumnSizingState): number {
  const min = column?.minWidth ?? MIN_COLUMN_WIDTH;
  const size = (column && sizing[column.id]) ?? column?.width ?? DEFAULT_COLUMN_WIDTH;
  return Math.min(Math.max(min, Number.isFinite(size) ? size : DEFAULT_COLUMN_WIDTH), MAX_COLUMN_WIDTH);
}

/**
 * The sort after activating column `id`'s header. A column cycles ascending → descending →
 * unsorted. Without `multi` the column becomes the only key (unless it is already the last
 * key, where it just cycles); with `multi` it is added after the others, or cycled in place.
 */
export function nextSorting(current: SortingState, id: string, multi: boolean): SortingState {
  const index = current.findIndex((key) => key.id === id);
  const existing = index >= 0 ? (current[index] as { id: string; desc: boolean }) : undefined;
  // The column's next direction: unsorted → asc, asc → desc, desc → removed.
  const next: 'asc' | 'desc' | false = !existing ? 'asc' : existing.desc ? false : 'desc';
  const desc = next === 'desc';
  let action: 'add' | 'toggle' | 'replace';
  if (current.length && multi) action = existing ? 'toggle' : 'add';
  else if (current.length && index !== current.length - 1) action = 'replace';
  else action = existing ? 'toggle' : 'replace';
  if (action === 'add') return [...current, { id, desc }];
  if (action === 'toggle')
    return next ? current.map((key) => (key.id === id ? { id, desc } : key)) : current.filter((key) => key.id !== id);
  return [{ id, desc }];
}
