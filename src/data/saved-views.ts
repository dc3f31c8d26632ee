import { coerceFilter, coerceSort } from './query.js';
import type { InvoiceFilter, SortKey } from './types.js';

/** The column layout a saved view restores (the grid's `invoice-columns-change` detail, minus widths). */
export interface SavedViewColumns {
  order: string[];
  hidden: string[];
}

/** A named search + filter + sort + column layout a user can come back to. */
export interface SavedView {
  id: string;
  name: string;
  search: string;
  filter: InvoiceFilter;
  sort: SortKey[];
  columns?: SavedViewColumns;
  /** ISO date-time. */
  savedAt: string;
}

/**
 * Where saved views live. Every method may answer synchronously or with a promise, so a
 * portal can keep views on its server (per user) instead of in this browser.
 */
export interface SavedViewsStore {
  list(): SavedView[] | Promise<SavedView[]>;
  /** Adds the view, or replaces the one with the same `id`. */
  save(view: SavedView): void | Promise<void>;
  remove(id: string): void | Promise<void>;
}

/** Reads an untrusted stored value as a saved view; `undefined` when it is not one. */
export function coerceSavedView(value: unknown): SavedView | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const input = value as Record<string, unknown>;
  if (typeof input.id !== 'string' || !input.id || typeof input.name !== 'string' || !input.name.trim()) return undefined;
  const view: SavedView = {
    id: input.id,
    name: input.name,
    search: typeof input.search === 'string' ? input.search : '',
    filter: coerceFilter(input.filter),
    sort: coerceSort(input.sort),
    savedAt: typeof input.savedAt === 'string' ? input.savedAt : '',
  };
  const columns = input.columns as Partial<SavedViewColumns> | undefined;
  if (columns && Array.isArray(columns.order) && Array.isArray(columns.hidden)) {
    view.columns = {
      order: columns.order.filter((c): c is string => typeof c === 'string'),
      hidden: columns.hidden.filter((c): c is string => typeof c === 'string'),
    };
  }
  return view;
}

/** Keeps views in `localStorage` under one key (the default store). */
export class LocalStorageSavedViewsStore implements SavedViewsStore {
  constructor(readonly key = 'invoice-section:views') {}

  list(): SavedView[] {
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.key);
    } catch {
      return [];
    }
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.map(coerceSavedView).filter((v): v is SavedView => !!v) : [];
    } catch {
      return [];
    }
  }

  save(view: SavedView): void {
    const views = this.list().filter((v) => v.id !== view.id);
    views.push(view);
    this.write(views);
  }

  remove(id: string): void {
    this.write(this.list().filter((v) => v.id !== id));
  }

  private write(views: SavedView[]): void {
    // Throws when storage is full or blocked; the element reports it as a `storage` error.
    localStorage.setItem(this.key, JSON.stringify(views));
  }
}

/** Keeps views in memory only (tests, or a portal that must not write to the browser). */
export class MemorySavedViewsStore implements SavedViewsStore {
  private views: SavedView[];

  constructor(views: SavedView[] = []) {
    this.views = [...views];
  }

  list(): SavedView[] {
    return [...this.views];
  }

  save(view: SavedView): void {
    this.views = [...this.views.filter((v) => v.id !== view.id), view];
  }

  remove(id: string): void {
    this.views = this.views.filter((v) => v.id !== id);
  }
}

/** A new view id: random where the platform offers it. */
export function newViewId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `view-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
