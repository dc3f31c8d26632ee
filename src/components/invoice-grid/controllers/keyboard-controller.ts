import type { GridHost } from '../grid-host.js';

/** The shape of the grid the keyboard moves over. Row 0 is the header row. */
export interface GridShape {
  /** Rows including the header row. */
  rows: number;
  columns: number;
  /** Rows moved by Page Up / Page Down. */
  pageRows: number;
  /** The first row focus may go to: 1 when the header row is not shown (cards). Default 0. */
  firstRow?: number;
}

/** What the keyboard acts on, given by the element. */
export interface KeyboardControllerOptions {
  shape: () => GridShape;
  isRtl: () => boolean;
  /** The element with role grid (focus parks there when the current row scrolls away). */
  gridElement: () => HTMLElement | null;
  /** Brings data row `index` into view (virtual mode), before its cell is focused. */
  scrollToRow?: (index: number) => void;
  /** Space on a data row: toggles its selection. */
  toggleRow: (index: number) => void;
  /** Space on the header's selection cell. */
  toggleAll: () => void;
  /** Enter (or Space on a header): the cell's control, with Shift for a multi-key sort. */
  activate: (control: HTMLElement, shift: boolean) => void;
  /** Alt+Arrow Left / Right on a column header: narrower / wider by `delta` px (mirrored in RTL). */
  resize?: (columnId: string, delta: number) => void;
  /** Enter on a data row's cell that holds no control: opens the row (its detail). */
  openRow?: (index: number) => void;
}

/** Pixels a column grows or shrinks per Alt+Arrow on its header. */
export const RESIZE_STEP = 16;

/**
 * Keyboard use of the WAI-ARIA grid pattern with a roving tabindex: remembers the focused
 * cell (so Tab re-enters where the user left), maps arrows, Home/End, Ctrl+Home/End and
 * Page Up/Down to a new cell, Enter to the cell's control (or, on a cell without one, to the
 * row itself) and Space to the row's selection; Alt+Arrow Left / Right on a column header
 * resizes the column.
 * It knows cells by `data-index` (row, -1 for the header) and `data-c` (column) and is fed
 * by callbacks, so any body part that renders those attributes works with it.
 */
export class KeyboardController {
  row = 0;
  column = 0;
  /** The current row is scrolled out of a virtual window: the header holds the tab stop. */
  private headerHoldsTabStop = false;

  constructor(
    private readonly host: GridHost,
    private readonly options: KeyboardControllerOptions,
  ) {}

  /** 0 for the cell that holds the tab stop, -1 otherwise. */
  tabIndexFor(row: number, column: number): 0 | -1 {
    if (this.headerHoldsTabStop) return row === 0 && column === this.column ? 0 : -1;
    return row === this.row && column === this.column ? 0 : -1;
  }

  /** Records a cell as the current one (focus arrived there by mouse or programmatically). */
  setCurrent(row: number, column: number): void {
    if (row === this.row && column === this.column) return;
    this.row = row;
    this.column = column;
    this.host.requestUpdate();
  }

  /** Keeps the current cell inside a grid that shrank. */
  clamp(shape: GridShape): void {
    const first = Math.min(shape.firstRow ?? 0, shape.rows - 1);
    this.setCurrent(Math.max(first, Math.min(this.row, shape.rows - 1)), Math.max(0, Math.min(this.column, shape.columns - 1)));
  }

  /**
   * Called before each render of a virtual window `[first, last]`: when the current row is
   * out of it, the header keeps the tab stop, and if that row held focus (its element is
   * about to leave the document) focus parks on the grid, from where arrows go on.
   */
  window(first: number, last: number): void {
    const wanted = this.row - 1;
    this.headerHoldsTabStop = this.row > 0 && (wanted < first || wanted > last);
    const root = this.host.renderRoot as ShadowRoot;
    if (this.headerHoldsTabStop && root.activeElement?.closest('.body')) this.options.gridElement()?.focus({ preventScroll: true });
  }

  /** Not virtual: every row is in the document. */
  allRowsRendered(): void {
    this.headerHoldsTabStop = false;
  }

  /** Moves for a navigation key; returns true when it moved (the caller prevents the default). */
  handleKey(event: KeyboardEvent, shape: GridShape, rtl = false): boolean {
    const lastRow = shape.rows - 1;
    const lastColumn = shape.columns - 1;
    let { row, column } = this;
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        row++;
        break;
      case 'ArrowUp':
        row--;
        break;
      case 'ArrowRight':
        column += rtl ? -1 : 1;
        break;
      case 'ArrowLeft':
        column += rtl ? 1 : -1;
        break;
      case 'Home':
        column = 0;
        if (ctrl) row = 0;
        break;
      case 'End':
        column = lastColumn;
        if (ctrl) row = lastRow;
        break;
      case 'PageDown':
        // The header row stays put; paging moves among data rows.
        row = Math.max(1, row) + shape.pageRows;
        break;
      case 'PageUp':
        row = Math.max(1, row - shape.pageRows);
        break;
      default:
        return false;
    }
    row = Math.max(Math.min(shape.firstRow ?? 0, lastRow), Math.min(row, lastRow));
    column = Math.max(0, Math.min(column, lastColumn));
    this.setCurrent(row, column);
    void this.focusCell(row, column);
    return true;
  }

  /** Moves focus into the grid, at the cell focused last. */
  focus(): void {
    void this.focusCell(this.row, this.column);
  }

  onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-c]');
    const rtl = this.options.isRtl();
    if (!cell) {
      // Focus parked on the grid itself (its row scrolled away): navigate from the current cell.
      if (target === this.options.gridElement() && this.handleKey(event, this.options.shape(), rtl)) event.preventDefault();
      return;
    }
    const columnId = cell.getAttribute('role') === 'columnheader' ? cell.dataset.columnId : undefined;
    if (columnId && event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && this.options.resize) {
      event.preventDefault();
      const wider = (event.key === 'ArrowRight') !== rtl;
      this.options.resize(columnId, wider ? RESIZE_STEP : -RESIZE_STEP);
      return;
    }
    if (event.key === 'Enter' || (event.key === ' ' && !(target instanceof HTMLInputElement && target.type === 'checkbox'))) {
      const row = Number(cell.closest<HTMLElement>('[data-index]')?.dataset.index);
      event.preventDefault();
      if (event.key === ' ' && row >= 0) this.options.toggleRow(row);
      else if (event.key === ' ' && cell.dataset.c === '0') this.options.toggleAll();
      else {
        const control = cell.querySelector<HTMLElement>('[data-grid-action], input, button, a');
        if (control) this.options.activate(control, event.shiftKey);
        else if (row >= 0) this.options.openRow?.(row);
      }
      return;
    }
    if (this.handleKey(event, this.options.shape(), rtl)) event.preventDefault();
  };

  onFocusIn = (event: FocusEvent): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-c]');
    const row = cell?.closest<HTMLElement>('[data-index]');
    if (!cell || !row) return;
    this.setCurrent(Number(row.dataset.index) + 1, Number(cell.dataset.c));
  };

  /** Focuses a cell, scrolling a virtual list to its row first and waiting for it to render. */
  private async focusCell(row: number, column: number): Promise<void> {
    const virtual = this.host.virtual;
    if (virtual && row > 0) this.options.scrollToRow?.(row - 1);
    for (let attempt = 0; attempt < 30; attempt++) {
      await this.host.updateComplete;
      const rowElement = this.host.renderRoot.querySelector<HTMLElement>(`[data-index="${row - 1}"]`);
      // A row may have fewer cells than the widest (only an open row has its detail cell): the nearest one before.
      const cell = rowElement && lastCellUpTo(rowElement, column);
      if (cell) {
        cell.focus({ preventScroll: virtual });
        if (!virtual) cell.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }
}

/** The cell of `row` in column `column`, or the nearest one before it. */
function lastCellUpTo(row: HTMLElement, column: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const cell of row.querySelectorAll<HTMLElement>('[data-c]')) {
    const c = Number(cell.dataset.c);
    if (c === column) return cell;
    if (c < column) found = cell;
  }
  return found;
}
