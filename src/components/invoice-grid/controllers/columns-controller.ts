import { msg, str } from '@lit/localize';
import type { InvoiceQuery, SortKey } from '../../../data/types.js';
import { isBlankText } from '../../../format/visible-text.js';
import { shownText } from '../../invoice-download-dialog/shown-text.js';
import type { GridHost } from '../grid-host.js';
import { applyOrder, clearLayout, loadLayout, moveId, saveLayout, type ColumnLayoutInput } from '../column-layout.js';
import { columnLabel, sortFieldOf, toColumnDef, type InvoiceColumnDef, type InvoiceGridColumn } from '../columns.js';
import {
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  type ColumnOrderState,
  type ColumnPinningState,
  type ColumnSizingState,
  type GridColumnDef,
  type SortingState,
  type VisibilityState,
} from './table-features.js';

/** Longest column label laid out (a header, the panel, announcements). */
export const MAX_LABEL = 120;

export interface ColumnsControllerOptions {
  /** Where the layout is remembered (`storage-key`). */
  storageKey: () => string | undefined;
  /** Right-to-left layout (a resize drag then widens to the left). */
  isRtl: () => boolean;
  /** A column's width now, within its bounds (table-core's `column.getSize()`). */
  size: (id: string) => number;
}

/**
 * The grid's columns: definitions in either shape read once as TanStack column definitions,
 * and the layout the user makes of them (order, visibility, widths, pinning), remembered under
 * `storage-key` with the sort. It also maps between table-core's sorting (column ids) and the
 * query's sort keys (fields), and resizes and reorders columns from pointer, drag and buttons.
 */
export class ColumnsController {
  /** The definitions, in configured order. */
  defs: InvoiceColumnDef[] = [];
  /** The same columns as table-core takes them (a new array only when the columns change). */
  tableColumns: GridColumnDef[] = [];
  order: ColumnOrderState = [];
  visibility: VisibilityState = {};
  sizing: ColumnSizingState = {};
  pinning: ColumnPinningState = { start: [], end: [] };

  private byId = new Map<string, InvoiceColumnDef>();
  private configured: readonly InvoiceGridColumn[] | undefined;
  private restoredKey: string | undefined;
  private resizing: { id: string; startX: number; startWidth: number } | undefined;
  private dragged: string | undefined;

  constructor(
    private readonly host: GridHost,
    private readonly options: ColumnsControllerOptions,
  ) {}

  /** Reads the configured columns (call it before each update); restores the remembered layout once per key. */
  configure(columns: readonly InvoiceGridColumn[] | undefined): void {
    if (columns !== this.configured) {
      this.configured = columns;
      this.defs = (Array.isArray(columns) ? columns : []).map(toColumnDef);
      this.byId = new Map(this.defs.map((def) => [def.id, def]));
      this.tableColumns = this.defs.map(toTableColumn);
      this.order = applyOrder(this.ids(), this.order);
      const visibility: VisibilityState = {};
      for (const def of this.defs) visibility[def.id] = this.visibility[def.id] ?? def.meta?.visible !== false;
      this.visibility = visibility;
    }
    const key = this.options.storageKey();
    if (key && key !== this.restoredKey) this.restore(key);
  }

  def(id: string): InvoiceColumnDef | undefined {
    return this.byId.get(id);
  }

  /**
   * A column's header as shown: a portal's label with invisible and bidi characters out and
   * capped at `MAX_LABEL` characters; the column's id when the label shows nothing.
   */
  label(id: string): string {
    const def = this.byId.get(id);
    const text = def ? columnLabel(def) : '';
    return isBlankText(text) ? id : shownText(String(text), MAX_LABEL).shown;
  }

  /** Column ids in the order the user arranged them (hidden ones included). */
  currentOrder(): string[] {
    return applyOrder(this.ids(), this.order);
  }

  // ---- sorting ------------------------------------------------------------------------

  /** The query's sort keys as table-core's sorting (by column id). */
  sortingOf(query: InvoiceQuery): SortingState {
    return (Array.isArray(query?.sort) ? query.sort : []).map((key) => ({
      id: this.columnForField(key.field),
      desc: key.direction === 'desc',
    }));
  }

  /** table-core's sorting as the query's sort keys (by field). */
  sortKeys(sorting: SortingState): SortKey[] {
    return sorting.map((s) => {
      const def = this.byId.get(s.id);
      return { field: def ? sortFieldOf(def) : s.id, direction: s.desc ? 'desc' : 'asc' };
    });
  }

  /** What a screen reader hears after a sort change. */
  sortAnnouncement(sorting: SortingState): string {
    if (sorting.length === 0) return msg('Sort removed', { id: 'grid.sort.none' });
    const parts = sorting.map((s) => {
      const label = this.label(s.id);
      return s.desc
        ? msg(str`${label}, descending`, { id: 'grid.sort.part-desc' })
        : msg(str`${label}, ascending`, { id: 'grid.sort.part-asc' });
    });
    const [first, ...rest] = parts;
    let text = msg(str`Sorted by ${first}`, { id: 'grid.sort.by' });
    for (const part of rest) text = msg(str`${text}, then by ${part}`, { id: 'grid.sort.then' });
    return text;
  }

  // ---- layout changes -----------------------------------------------------------------

  /** Applies a layout change (from table-core or the panel), remembers it and tells the page. */
  change(change: {
    order?: ColumnOrderState;
    visibility?: VisibilityState;
    sizing?: ColumnSizingState;
    pinning?: ColumnPinningState;
  }): void {
    if (change.order) this.order = change.order;
    if (change.visibility) this.visibility = change.visibility;
    if (change.sizing) this.sizing = change.sizing;
    if (change.pinning) this.pinning = change.pinning;
    this.persist();
    this.host.requestUpdate();
    this.host.emit('invoice-columns-change', { order: this.order, hidden: this.hidden(), widths: { ...this.sizing } });
  }

  setVisible(id: string, visible: boolean): void {
    const def = this.byId.get(id);
    if (!def || def.enableHiding === false) return;
    this.change({ visibility: { ...this.visibility, [id]: visible } });
  }

  move(id: string, delta: number): void {
    this.change({ order: moveId(this.currentOrder(), id, delta) });
  }

  /** Sets a column's width within its bounds; `commit` remembers it and tells the page (end of a drag). */
  resize(id: string, width: number, commit = true): void {
    const def = this.byId.get(id);
    const size = Math.round(Math.max(def?.minSize ?? MIN_COLUMN_WIDTH, Math.min(def?.maxSize ?? MAX_COLUMN_WIDTH, width)));
    const sizing = { ...this.sizing, [id]: size };
    if (commit) this.change({ sizing });
    else {
      this.sizing = sizing;
      this.host.requestUpdate();
    }
  }

  /** A saved view's layout: the order of the ids given (others after them), the hidden ids, widths and pinning when given. */
  setLayout(layout: ColumnLayoutInput): void {
    const hidden = new Set(layout.hidden ?? []);
    const visibility: VisibilityState = {};
    for (const def of this.defs) visibility[def.id] = def.enableHiding === false || !hidden.has(def.id);
    if (layout.widths)
      this.sizing = Object.fromEntries(Object.entries(layout.widths).filter(([id, w]) => this.byId.has(id) && Number.isFinite(w) && w > 0));
    const pinning = layout.pinned ? this.knownPinning(layout.pinned) : undefined;
    this.change({ order: applyOrder(this.ids(), layout.order ?? []), visibility, ...(pinning ? { pinning } : {}) });
  }

  /** The configured columns again: order, visibility, widths and pinning; the remembered layout is forgotten. */
  reset(): void {
    this.order = this.ids();
    this.sizing = {};
    this.pinning = { start: [], end: [] };
    const visibility: VisibilityState = {};
    for (const def of this.defs) visibility[def.id] = def.meta?.visible !== false;
    this.change({ visibility });
    const key = this.options.storageKey();
    if (key) clearLayout(key);
  }

  /** Remembers the layout and `sort` under `storage-key` (a sort change passes the new keys). */
  persist(sort: SortKey[] = this.host.query?.sort ?? []): void {
    const key = this.options.storageKey();
    if (!key) return;
    const saved = saveLayout(key, { order: this.order, hidden: this.hidden(), widths: { ...this.sizing }, sort, pinned: this.pinning });
    if (!saved)
      this.host.emit('invoice-error', {
        kind: 'storage',
        message: msg('The column layout could not be saved.', { id: 'grid.storage-failed' }),
      });
  }

  // ---- pointer and drag ---------------------------------------------------------------

  onResizeStart = (event: PointerEvent): void => {
    const handle = event.currentTarget as HTMLElement;
    const id = handle.dataset.resize as string;
    if (!this.byId.has(id)) return;
    event.preventDefault();
    event.stopPropagation();
    try {
      handle.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks: resize without capture.
    }
    this.resizing = { id, startX: event.clientX, startWidth: this.options.size(id) };
  };

  onResizeMove = (event: PointerEvent): void => {
    const resizing = this.resizing;
    if (!resizing) return;
    const delta = (event.clientX - resizing.startX) * (this.options.isRtl() ? -1 : 1);
    this.resize(resizing.id, resizing.startWidth + delta, false);
  };

  onResizeEnd = (): void => {
    if (!this.resizing) return;
    const id = this.resizing.id;
    this.resizing = undefined;
    // The width the drag reached: table-core sees it only at the next update.
    this.resize(id, this.sizing[id] ?? this.options.size(id), true);
  };

  dragStart(id: string, event: DragEvent): void {
    this.dragged = id;
    event.dataTransfer?.setData('text/plain', id);
  }

  drop(targetId: string, event: DragEvent): void {
    event.preventDefault();
    const dragged = this.dragged;
    this.dragged = undefined;
    if (!dragged || dragged === targetId) return;
    const order = this.currentOrder().filter((id) => id !== dragged);
    order.splice(order.indexOf(targetId), 0, dragged);
    this.change({ order });
  }

  // ---- internals ----------------------------------------------------------------------

  private ids(): string[] {
    return this.defs.map((def) => def.id);
  }

  private hidden(): string[] {
    return Object.keys(this.visibility).filter((id) => this.visibility[id] === false);
  }

  private columnForField(field: string): string {
    for (const def of this.defs) if (sortFieldOf(def) === field) return def.id;
    return field;
  }

  private knownPinning(pinned: { start?: string[]; end?: string[] }): ColumnPinningState {
    const known = (ids: string[] | undefined) => (Array.isArray(ids) ? ids.filter((id) => this.byId.has(id)) : []);
    return { start: known(pinned.start), end: known(pinned.end) };
  }

  private restore(key: string): void {
    this.restoredKey = key;
    const layout = loadLayout(key);
    if (!layout) return;
    this.order = applyOrder(this.ids(), layout.order);
    const hidden = new Set(layout.hidden);
    const visibility: VisibilityState = {};
    for (const def of this.defs) visibility[def.id] = def.enableHiding === false || !hidden.has(def.id);
    this.visibility = visibility;
    this.sizing = Object.fromEntries(Object.entries(layout.widths).filter(([id]) => this.byId.has(id)));
    this.pinning = this.knownPinning(layout.pinned);
    const query = this.host.query;
    if (layout.sort.length && (query.sort ?? []).length === 0) this.host.commitQuery({ ...query, sort: layout.sort }, 'view');
  }
}

/** A definition as table-core reads it: the grid renders headers and cells itself, from the definition kept in `meta`. */
function toTableColumn(def: InvoiceColumnDef): GridColumnDef {
  const column: GridColumnDef = {
    id: def.id,
    header: () => columnLabel(def),
    enableSorting: def.enableSorting !== false,
    enableHiding: def.enableHiding !== false,
    enablePinning: def.enablePinning !== false,
    meta: { def },
  } as GridColumnDef;
  if (def.accessorFn) Object.assign(column, { accessorFn: def.accessorFn });
  if (def.size !== undefined) column.size = def.size;
  if (def.minSize !== undefined) column.minSize = def.minSize;
  if (def.maxSize !== undefined) column.maxSize = def.maxSize;
  return column;
}
