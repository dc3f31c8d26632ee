import {
  columnOrderingFeature,
  columnPinningFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createExpandedRowModel,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type Column,
  type ColumnDef,
  type Row,
  type Table,
  type TableState,
} from '@tanstack/table-core';
import type { TableReactivityBindings } from '@tanstack/table-core/reactivity';
import type { Invoice } from '../../../data/types.js';

/**
 * Reactivity for a table whose every state slice is owned by a Lit host. The host re-renders
 * on its own reactive properties and passes the slices in `options.state`, so table-core's
 * atoms never need to notify anyone: a readonly atom re-reads its resolver (cheap: it picks a
 * slice out of the options), a writable atom is a plain cell. This stands in for TanStack
 * Store (about 1.6 kB gzip) with the same contract for the parts table-core uses.
 */
/** The part of TanStack Store's atom that table-core calls. */
interface PlainAtom<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(): { unsubscribe(): void };
}

const noSubscription = { unsubscribe: () => {} };

/**
 * Reactivity for a table whose every state slice is owned by a Lit host. The host re-renders
 * on its own reactive properties and passes the slices in `options.state`, so table-core's
 * atoms never need to notify anyone: a readonly atom re-reads its resolver (cheap: it picks a
 * slice out of the options), a writable atom is a plain cell. This stands in for TanStack
 * Store (about 1.6 kB gzip) with the same contract for the parts table-core uses.
 */
function hostReactivity(): TableReactivityBindings {
  const bindings = {
    createOptionsStore: false,
    wrapExternalAtoms: false,
    addSubscription: () => {},
    batch: (fn: () => void) => fn(),
    schedule: (fn: () => void) => queueMicrotask(fn),
    untrack: <T>(fn: () => T) => fn(),
    createReadonlyAtom<T>(fn: () => T, options?: { compare?: (a: T, b: T) => boolean }): Omit<PlainAtom<T>, 'set'> {
      const compare = options?.compare ?? Object.is;
      let snapshot: { value: T } | undefined;
      const get = (): T => {
        const next = fn();
        if (!snapshot || !compare(snapshot.value, next)) snapshot = { value: next };
        return snapshot.value;
      };
      return { get, subscribe: () => noSubscription };
    },
    createWritableAtom<T>(value: T): PlainAtom<T> {
      let current = value;
      return {
        get: () => current,
        set: (next) => {
          current = typeof next === 'function' ? (next as (previous: T) => T)(current) : next;
        },
        subscribe: () => noSubscription,
      };
    },
  };
  // Store's atoms also accept observers and expose internals table-core never touches.
  return bindings as unknown as TableReactivityBindings;
}

/**
 * The table-core features the grid uses, and only those (each feature is its own module, so
 * the bundle holds nothing else). The adapter sorts, filters and pages: table-core holds the
 * column layout (order, visibility, sizes, pinning), the sort keys, the selection and the
 * expanded lineage rows of the rows on screen, and answers questions about them.
 */
export const gridFeatures = tableFeatures({
  coreReactivityFeature: hostReactivity(),
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnPinningFeature,
  rowSelectionFeature,
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
});

export type GridFeatures = typeof gridFeatures;
export type GridTable = Table<GridFeatures, Invoice>;
export type GridRow = Row<GridFeatures, Invoice>;
export type GridColumn = Column<GridFeatures, Invoice, unknown>;
export type GridColumnDef = ColumnDef<GridFeatures, Invoice, unknown>;
export type GridTableState = TableState<GridFeatures>;
export type SortingState = GridTableState['sorting'];
export type ColumnOrderState = GridTableState['columnOrder'];
export type VisibilityState = GridTableState['columnVisibility'];
export type ColumnSizingState = GridTableState['columnSizing'];
export type ColumnPinningState = GridTableState['columnPinning'];
export type RowSelectionState = GridTableState['rowSelection'];
export type ExpandedState = GridTableState['expanded'];

/** Widths in CSS pixels: table-core's defaults (20 to unbounded) are too loose for a grid of text. */
export const DEFAULT_COLUMN_WIDTH = 150;
export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 1200;
