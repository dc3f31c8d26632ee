import { msg, str } from '@lit/localize';
import type { InvoiceQuery, SortKey } from '../../../data/types.js';
import { formatCount } from '../../../format/formatters.js';
import { isBlankText } from '../../../format/visible-text.js';
import { intlLocale } from '../../../localization.js';
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
  /** A column's width now, as laid out. */
  size: (id: string) => number;
  /** The narrowest the user may make a column (its content, unless its text may be shortened). */
  minSize: (id: string) => number;
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
      this.pinning = this.defaultPinning();
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

  /**
   * Every column in display order: pinned to the start, the others (in the user's order),
   * pinned to the end; hidden ones where they would be.
   */
  displayOrder(): string[] {
    const start = this.pinning.start ?? [];
    const end = this.pinning.end ?? [];
    const pinned = new Set([...start, ...end]);
    return [...start, ...this.currentOrder().filter((id) => !pinned.has(id)), ...end];
  }

  /** The group a column moves within: its pinned side, or the columns between. */
  private groupOf(id: string): string[] {
    const start = this.pinning.start ?? [];
    const end = this.pinning.end ?? [];
    if (start.includes(id)) return start;
    if (end.includes(id)) return end;
    return this.displayOrder().filter((other) => !start.includes(other) && !end.includes(other));
  }

  /** Whether a column can move by `delta` places within its group. */
  canMove(id: string, delta: number): boolean {
    const group = this.groupOf(id);
    const to = group.indexOf(id) + delta;
    return to >= 0 && to < group.length;
  }

  /** Moves a column by `delta` places within its group (pinned columns among pinned ones), and says where it went. */
  move(id: string, delta: number): void {
    const group = this.groupOf(id);
    const from = group.indexOf(id);
    const to = Math.max(0, Math.min(group.length - 1, from + delta));
    if (from < 0 || to === from) return;
    const moved = moveId(group, id, to - from);
    const start = this.pinning.start ?? [];
    const end = this.pinning.end ?? [];
    if (start.includes(id)) this.change({ pinning: { ...this.pinning, start: moved } });
    else if (end.includes(id)) this.change({ pinning: { ...this.pinning, end: moved } });
    else {
      // The pinned columns keep their place in the order; the others take the moved order.
      const queue = [...moved];
      this.change({ order: this.currentOrder().map((other) => (moved.includes(other) ? (queue.shift() as string) : other)) });
    }
    const order = this.displayOrder();
    const position = formatCount(order.indexOf(id) + 1, intlLocale());
    const count = formatCount(order.length, intlLocale());
    const label = this.label(id);
    this.host.announce(msg(str`${label} moved to position ${position} of ${count}`, { id: 'grid.columns.moved' }));
  }

  /** Sets a column's width within its bounds; `commit` remembers it and tells the page (end of a drag). */
  resize(id: string, width: number, commit = true): void {
    const def = this.byId.get(id);
    const min = Math.max(def?.minSize ?? MIN_COLUMN_WIDTH, this.options.minSize(id));
    const size = Math.round(Math.max(min, Math.min(def?.maxSize ?? MAX_COLUMN_WIDTH, width)));
    const sizing = { ...this.sizing, [id]: size };
    if (commit) this.change({ sizing });
    else {
      this.sizing = sizing;
      this.host.requestUpdate();
    }
  }

  /** Makes a column `delta` px wider (narrower when negative), within its bounds, and says its new width. */
  resizeBy(id: string, delta: number): void {
    if (!this.byId.has(id)) return;
    this.resize(id, this.options.size(id) + delta);
    const width = formatCount(this.sizing[id] ?? this.options.size(id), intlLocale());
    const label = this.label(id);
    this.host.announce(msg(str`Width of ${label}: ${width} pixels`, { id: 'grid.columns.width-now' }));
  }

  /** A saved view's layout: the order of the ids given (others after them), the hidden ids, widths and pinning when given. */
  setLayout(layout: ColumnLayoutInput): void {
    const hidden = new Set(layout.hidden ?? []);
    const visibility: VisibilityState = {};
    for (const def of this.defs) visibility[def.id] = def.enableHiding === false || !hidden.has(def.id);
    if (layout.widths)
      this.sizing = Object.fromEntries(Object.entries(layout.widths).filter(([id, w]) => this.byId.has(id) && Number.isFinite(w) && w > 0));
    const order = applyOrder(this.ids(), layout.order ?? []);
    // The order also orders the pinned columns among themselves.
    const byOrder = (ids: string[] = []) => [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const pinned = layout.pinned ? this.knownPinning(layout.pinned) : this.pinning;
    const pinning = layout.order ? { start: byOrder(pinned.start), end: byOrder(pinned.end) } : pinned;
    this.change({ order, visibility, pinning });
  }

  /** The configured columns again: order, visibility, widths and pinning; the remembered layout is forgotten. */
  reset(): void {
    this.order = this.ids();
    this.sizing = {};
    this.pinning = this.defaultPinning();
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

  /** The pinning the column definitions ask for (`meta.pin`). */
  private defaultPinning(): ColumnPinningState {
    return {
      start: this.defs.filter((def) => def.meta?.pin === 'start').map((def) => def.id),
      end: this.defs.filter((def) => def.meta?.pin === 'end').map((def) => def.id),
    };
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
    // A layout stored before columns were pinned by default holds no pinning: keep the defaults.
    if (layout.pinned.start.length || layout.pinned.end.length) this.pinning = this.knownPinning(layout.pinned);
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
