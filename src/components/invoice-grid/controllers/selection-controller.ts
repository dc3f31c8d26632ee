import type { RowKeys } from '../../../data/row-keys.js';
import type { Invoice } from '../../../data/types.js';
import { textOf } from '../../../data/validate.js';
import type { InvoiceSelectionChangeDetail } from '../../../events/invoice-events.js';
import type { GridHost } from '../grid-host.js';
import type { RowSelectionState } from './table-features.js';

export interface SelectionControllerOptions {
  keys: RowKeys;
  /** Every row fetched for the current result (a page, or the window's rows). */
  loadedRows: () => readonly Invoice[];
  /** Matching rows in the current result. */
  total: () => number;
}

/**
 * The selection, by row key, across pages and window fetches: the selected invoices in a
 * `Map` (keys are never names objects inherit, and one invoice's key is never handed to
 * another: see `RowKeys`), or "every matching row". table-core reads it as its `rowSelection`
 * state (a record with no prototype) and sends its changes back through `apply()`; a row
 * shows as selected only when the invoice that holds its key is that row's invoice.
 */
export class SelectionController {
  /** Every matching row is selected, loaded or not. */
  allMatching = false;
  private readonly selected = new Map<string, Invoice>();
  private record: RowSelectionState = Object.create(null) as RowSelectionState;

  constructor(
    private readonly host: GridHost,
    private readonly options: SelectionControllerOptions,
  ) {}

  /** What `selection` and `invoice-selection-change` report. */
  get detail(): InvoiceSelectionChangeDetail {
    const invoices = [...this.selected.values()];
    return {
      selectedIds: invoices.map((invoice) => textOf(invoice?.id) || textOf(invoice?.invoiceNumber)),
      invoices,
      allMatching: this.allMatching,
      count: this.allMatching ? this.options.total() : invoices.length,
    };
  }

  /** Selected rows, loaded or not (`allMatching` aside). */
  get size(): number {
    return this.selected.size;
  }

  /** table-core's `rowSelection` state: selected row keys (every loaded row when all match). */
  get state(): RowSelectionState {
    return this.record;
  }

  isSelected(row: Invoice): boolean {
    return this.allMatching || this.isSelectedOne(row);
  }

  private isSelectedOne(row: Invoice): boolean {
    const key = this.options.keys.keyOf(row);
    return this.selected.has(key) && this.options.keys.holds(key, row);
  }

  /** Applies table-core's next `rowSelection` (a row or a page toggled). */
  apply(next: RowSelectionState): void {
    const keys = this.options.keys;
    for (const key of [...this.selected.keys()]) if (!next[key]) this.drop(key);
    const wanted = Object.keys(next).filter((key) => next[key] && !this.selected.has(key));
    if (wanted.length) {
      const loaded = new Map<string, Invoice>();
      for (const row of this.options.loadedRows()) loaded.set(keys.keyOf(row), row);
      for (const key of wanted) {
        const row = loaded.get(key);
        if (row) this.add(row);
      }
    }
    this.allMatching = false;
    this.changed();
  }

  /**
   * Leaves "all matching" for one row: every loaded row stays selected but `row`. Returns
   * false when not all matching rows were selected (table-core toggles the row instead).
   */
  deselectFromAll(row: Invoice): boolean {
    if (!this.allMatching) return false;
    for (const loaded of this.options.loadedRows()) if (!this.isSelectedOne(loaded)) this.add(loaded);
    this.allMatching = false;
    const key = this.options.keys.keyOf(row);
    if (this.selected.has(key)) this.drop(key);
    this.changed();
    return true;
  }

  /** Selects every matching row, loaded or not. */
  selectAllMatching(): void {
    for (const row of this.options.loadedRows()) if (!this.isSelectedOne(row)) this.add(row);
    this.allMatching = true;
    this.changed();
  }

  /** Leaves "all matching" (the query changed: the rows it meant are no longer the ones shown). */
  leaveAllMatching(): void {
    if (!this.allMatching) return;
    this.allMatching = false;
    this.changed();
  }

  clear(): void {
    if (!this.allMatching && this.selected.size === 0) return;
    for (const key of [...this.selected.keys()]) this.drop(key);
    this.allMatching = false;
    this.changed();
  }

  private add(row: Invoice): void {
    const key = this.options.keys.hold(row);
    this.selected.set(key, row);
  }

  private drop(key: string): void {
    this.selected.delete(key);
    this.options.keys.release(key);
  }

  private changed(): void {
    const record = Object.create(null) as RowSelectionState;
    for (const key of this.selected.keys()) record[key] = true;
    this.record = record;
    this.host.requestUpdate();
    this.host.emit('invoice-selection-change', this.detail);
  }
}
