import type { ReactiveControllerHost } from 'lit';
import { constructTable, functionalUpdate, type OnChangeFn, type Updater } from '@tanstack/table-core';
import type { Invoice } from '../../../data/types.js';
import {
  DEFAULT_COLUMN_WIDTH,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  gridFeatures,
  type ColumnOrderState,
  type ColumnPinningState,
  type ColumnSizingState,
  type ExpandedState,
  type GridFeatures,
  type GridColumn,
  type GridColumnDef,
  type GridRow,
  type GridTable,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from './table-features.js';

/** The state slices the host owns, and where their changes go. */
export interface TableSource {
  /** Column definitions; the same array until the columns change. */
  columns: () => GridColumnDef[];
  /** The rows on screen (a page, or the loaded rows of the virtual window); the same array until they change. */
  data: () => Invoice[];
  rowKey: (row: Invoice) => string;
  /** A row's lineage sub-rows (reissues and credit notes under their original), if any. */
  subRows?: (row: Invoice) => readonly Invoice[] | undefined;
  sorting: () => SortingState;
  columnOrder: () => ColumnOrderState;
  columnVisibility: () => VisibilityState;
  columnSizing: () => ColumnSizingState;
  columnPinning: () => ColumnPinningState;
  rowSelection: () => RowSelectionState;
  onSortingChange: (next: SortingState) => void;
  onColumnOrderChange?: (next: ColumnOrderState) => void;
  onColumnVisibilityChange?: (next: VisibilityState) => void;
  onColumnSizingChange?: (next: ColumnSizingState) => void;
  onColumnPinningChange?: (next: ColumnPinningState) => void;
  onRowSelectionChange: (next: RowSelectionState) => void;
}

/**
 * Holds the grid's TanStack table (table-core v9) the way TanStack's Lit adapter does: the
 * table is created once, `sync()` hands it the host's current options and state before each
 * render, and every state slice belongs to the host (table-core computes, the host decides).
 * The table runs in manual mode: the adapter has already sorted, filtered and paged `data`,
 * so table-core never sees more than the rows on screen. Expanded lineage rows are the one
 * slice this controller keeps itself: every lineage is open until the user closes it.
 */
export class TableController {
  readonly table: GridTable;
  /** Rows whose lineage sub-rows the user hid (every lineage is shown open until then). */
  private collapsed = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: TableSource,
  ) {
    // Empty until the first `sync()`: the host's sources may not be ready while it is constructed.
    this.table = constructTable<GridFeatures, Invoice>({ features: gridFeatures, columns: [], data: [] });
  }

  /** Hands the table the host's current columns, rows and state. Call it before rendering (in `willUpdate`). */
  sync(): void {
    this.table.setOptions((previous) => ({ ...previous, ...this.options() }));
  }

  /** The shown columns in display order: pinned to the start, unpinned, pinned to the end. */
  visibleColumns(): GridColumn[] {
    const table = this.table;
    return [...table.getStartVisibleLeafColumns(), ...table.getCenterVisibleLeafColumns(), ...table.getEndVisibleLeafColumns()];
  }

  /** The rows in display order, expanded lineages included. */
  rows(): GridRow[] {
    return this.table.getRowModel().rows;
  }

  /** The table-core row of an invoice on screen. */
  rowOf(invoice: Invoice): GridRow | undefined {
    return this.table.getRowModel().rowsById[this.source.rowKey(invoice)];
  }

  /**
   * Activates a column's header: ascending → descending → unsorted. Shift (`multi`) adds the
   * column as a further key or cycles it in place; a plain click on the last of several keys
   * cycles that key and keeps the others, as a plain click on a column already sorted does.
   */
  toggleSorting(columnId: string, multi: boolean): void {
    const column = this.table.getColumn(columnId);
    if (!column?.getCanSort()) return;
    const sorting = this.table.atoms.sorting.get();
    const lastOfSeveral = sorting.length > 1 && sorting[sorting.length - 1]?.id === columnId;
    column.toggleSorting(undefined, multi || lastOfSeveral);
  }

  private options() {
    const source = this.source;
    return {
      columns: source.columns(),
      data: source.data(),
      getRowId: (row: Invoice) => source.rowKey(row),
      getSubRows: (row: Invoice) => source.subRows?.(row),
      defaultColumn: { size: DEFAULT_COLUMN_WIDTH, minSize: MIN_COLUMN_WIDTH, maxSize: MAX_COLUMN_WIDTH },
      manualSorting: true,
      manualExpanding: false,
      sortDescFirst: false,
      enableMultiSort: true,
      enableSortingRemoval: true,
      enableRowRangeSelection: false,
      enableSubRowSelection: false,
      autoResetExpanded: false,
      state: {
        sorting: source.sorting(),
        columnOrder: source.columnOrder(),
        columnVisibility: source.columnVisibility(),
        columnSizing: source.columnSizing(),
        columnPinning: source.columnPinning(),
        rowSelection: source.rowSelection(),
        expanded: this.expanded(),
      },
      onSortingChange: this.relay(source.sorting, source.onSortingChange),
      onColumnOrderChange: this.relay(source.columnOrder, source.onColumnOrderChange),
      onColumnVisibilityChange: this.relay(source.columnVisibility, source.onColumnVisibilityChange),
      onColumnSizingChange: this.relay(source.columnSizing, source.onColumnSizingChange),
      onColumnPinningChange: this.relay(source.columnPinning, source.onColumnPinningChange),
      onRowSelectionChange: this.relay(source.rowSelection, source.onRowSelectionChange),
      onExpandedChange: (updater: Updater<ExpandedState>) => {
        const next = functionalUpdate(updater, this.expanded());
        this.collapsed = new Set(next === true ? [] : this.expandableIds().filter((id) => !next[id]));
        this.sync();
        this.host.requestUpdate();
      },
    };
  }

  /** table-core's `expanded` state: every row with sub-rows, but those the user closed. */
  private expanded(): ExpandedState {
    if (this.collapsed.size === 0) return true;
    const state: Record<string, boolean> = {};
    for (const id of this.expandableIds()) if (!this.collapsed.has(id)) state[id] = true;
    return state;
  }

  private expandableIds(): string[] {
    const { data, subRows, rowKey } = this.source;
    if (!subRows) return [];
    return data()
      .filter((row) => (subRows(row)?.length ?? 0) > 0)
      .map(rowKey);
  }

  /**
   * Applies table-core's updater to the host's current value and gives the result to the
   * host; the table is synced at once, so a second action before the next render starts
   * from the new state, not the rendered one.
   */
  private relay<T>(current: () => T, apply: ((next: T) => void) | undefined): OnChangeFn<T> {
    return (updater) => {
      apply?.(functionalUpdate(updater, current()));
      this.sync();
    };
  }
}
