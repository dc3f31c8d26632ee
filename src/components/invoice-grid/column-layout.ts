import { coerceSort } from '../../data/query.js';
import type { SortKey } from '../../data/types.js';

/** What the grid remembers under its `storage-key`. */
export interface ColumnLayout {
  /** Column ids, in display order. */
  order: string[];
  /** Ids of hidden columns. */
  hidden: string[];
  /** Widths in px set by the user. */
  widths: Record<string, number>;
  sort: SortKey[];
  /** Column ids pinned to the start and the end. */
  pinned: { start: string[]; end: string[] };
}

/** A column layout as `setColumnLayout()` takes it (a saved view's): each part optional. */
export interface ColumnLayoutInput {
  order?: string[];
  hidden?: string[];
  widths?: Record<string, number>;
  pinned?: { start?: string[]; end?: string[] };
}

const PREFIX = 'invoice-grid:';
const VERSION = 1;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Access can throw (sandboxed iframes, blocked cookies): then nothing is remembered.
    return undefined;
  }
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads a remembered layout; anything malformed is dropped, never thrown. */
export function loadLayout(key: string): ColumnLayout | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(PREFIX + key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Record<string, unknown>;
    if (!data || data.v !== VERSION) return undefined;
    const widths: Record<string, number> = {};
    if (data.widths && typeof data.widths === 'object') {
      for (const [id, width] of Object.entries(data.widths as Record<string, unknown>)) {
        if (typeof width === 'number' && Number.isFinite(width) && width > 0) widths[id] = Math.round(width);
      }
    }
    // Bounded like a link's sort: a stored layout is just as untrusted.
    const sort = coerceSort(data.sort);
    const pinned = (data.pinned ?? {}) as Record<string, unknown>;
    return {
      order: isStringArray(data.order) ? data.order : [],
      hidden: isStringArray(data.hidden) ? data.hidden : [],
      widths,
      sort,
      pinned: { start: isStringArray(pinned.start) ? pinned.start : [], end: isStringArray(pinned.end) ? pinned.end : [] },
    };
  } catch {
    return undefined;
  }
}

/** Stores a layout; returns false when storage is unavailable or full. */
export function saveLayout(key: string, layout: ColumnLayout): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(PREFIX + key, JSON.stringify({ v: VERSION, ...layout }));
    return true;
  } catch {
    return false;
  }
}

export function clearLayout(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

/**
 * Orders `ids` by a remembered order: remembered ids first (those still present), then any
 * column added since, in its configured position.
 */
export function applyOrder(ids: readonly string[], remembered: readonly string[]): string[] {
  const present = new Set(ids);
  const known = remembered.filter((id) => present.has(id));
  const seen = new Set(known);
  return [...known, ...ids.filter((id) => !seen.has(id))];
}

/** Moves `id` by `delta` places within `order`; returns a new array. */
export function moveId(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const to = Math.max(0, Math.min(order.length - 1, from + delta));
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
