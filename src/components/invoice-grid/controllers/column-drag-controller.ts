import type { ReactiveControllerHost } from 'lit';

export interface ColumnDragOptions {
  /** The list's rows, in display order, each with `data-column-id`. */
  items: () => HTMLElement[];
  /** Moves a column by `delta` places (within its group). */
  move: (id: string, delta: number) => void;
}

/**
 * Reorders the "Customize columns" list by dragging a row's handle, with a mouse, a pen or a
 * finger (pointer events; HTML drag and drop does not work on touch screens). The column
 * follows the pointer: it moves as soon as the pointer is over another row.
 */
export class ColumnDragController {
  /** The column being dragged. */
  dragging: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ColumnDragOptions,
  ) {}

  onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const handle = event.currentTarget as HTMLElement;
    const id = handle.dataset.columnId;
    if (!id) return;
    event.preventDefault();
    try {
      handle.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the drag still follows pointermove on the handle.
    }
    this.dragging = id;
    this.host.requestUpdate();
  };

  onPointerMove = (event: PointerEvent): void => {
    const id = this.dragging;
    if (!id) return;
    const items = this.options.items();
    const from = items.findIndex((item) => item.dataset.columnId === id);
    if (from < 0) return;
    let to = from;
    for (let i = 0; i < items.length; i++) {
      const box = (items[i] as HTMLElement).getBoundingClientRect();
      if (event.clientY < box.top) break;
      to = i;
    }
    if (to !== from) this.options.move(id, to - from);
  };

  onPointerUp = (): void => {
    if (!this.dragging) return;
    this.dragging = undefined;
    this.host.requestUpdate();
  };
}
