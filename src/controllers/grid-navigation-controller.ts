import type { ReactiveControllerHost } from 'lit';

/** The shape of the grid the keyboard moves over. Row 0 is the header row. */
export interface GridShape {
  /** Rows including the header row. */
  rows: number;
  columns: number;
  /** Rows moved by Page Up / Page Down. */
  pageRows: number;
}

/**
 * Keyboard movement of the WAI-ARIA grid pattern with a roving tabindex: remembers the
 * focused cell (so Tab re-enters where the user left), and maps arrows, Home/End,
 * Ctrl+Home/End and Page Up/Down to a new cell. The host renders `tabindex` from
 * `tabIndexFor()` and moves DOM focus in `focusCell` (it may have to scroll a virtual list
 * first). It has no lifecycle of its own; it only asks the host to re-render.
 */
export class GridNavigationController {
  row = 0;
  column = 0;
  private readonly host: ReactiveControllerHost;
  private readonly focusCell: (row: number, column: number) => void;

  constructor(host: ReactiveControllerHost, focusCell: (row: number, column: number) => void) {
    this.host = host;
    this.focusCell = focusCell;
  }

  /** 0 for the cell that holds the tab stop, -1 otherwise. */
  tabIndexFor(row: number, column: number): 0 | -1 {
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
    const row = Math.max(0, Math.min(this.row, shape.rows - 1));
    const column = Math.max(0, Math.min(this.column, shape.columns - 1));
    this.setCurrent(row, column);
  }

  /** Handles a navigation key; returns true when it moved (the caller prevents the default). */
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
    row = Math.max(0, Math.min(row, lastRow));
    column = Math.max(0, Math.min(column, lastColumn));
    this.setCurrent(row, column);
    this.focusCell(row, column);
    return true;
  }
}
