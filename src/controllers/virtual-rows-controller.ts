import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  Virtualizer,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';

export interface VirtualRowsOptions {
  getScrollElement: () => HTMLElement | null;
  rowHeight: number;
  overscan?: number;
}

/**
 * @tanstack/virtual-core for a Lit host: fixed-height rows, one virtualizer for the host's
 * life, mounted on connect, re-attached after each update (the scroll element may have been
 * re-rendered), torn down on disconnect. Any change of range re-renders the host.
 */
export class VirtualRowsController implements ReactiveController {
  readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private readonly host: ReactiveControllerHost;
  private options: VirtualizerOptions<HTMLElement, HTMLElement>;
  private cleanup: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: VirtualRowsOptions) {
    this.host = host;
    const rowHeight = options.rowHeight;
    this.options = {
      count: 0,
      getScrollElement: options.getScrollElement,
      estimateSize: () => this.rowHeight,
      overscan: options.overscan ?? 8,
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
      onChange: () => this.host.requestUpdate(),
    };
    this.rowHeight = rowHeight;
    this.virtualizer = new Virtualizer(this.options);
    host.addController(this);
  }

  rowHeight: number;

  /** Updates count, row height and the height of content above the rows (the sticky header). */
  configure(count: number, rowHeight: number, headerHeight: number): void {
    const o = this.options;
    if (o.count === count && this.rowHeight === rowHeight && o.scrollMargin === headerHeight) return;
    const heightChanged = this.rowHeight !== rowHeight;
    this.rowHeight = rowHeight;
    this.options = { ...o, count, scrollMargin: headerHeight, scrollPaddingStart: headerHeight };
    this.virtualizer.setOptions(this.options);
    if (heightChanged) this.virtualizer.measure();
  }

  items(): VirtualItem[] {
    return this.virtualizer.getVirtualItems();
  }

  totalSize(): number {
    return this.virtualizer.getTotalSize();
  }

  scrollToIndex(index: number): void {
    this.virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  hostConnected(): void {
    this.cleanup = this.virtualizer._didMount();
  }

  hostUpdated(): void {
    this.virtualizer._willUpdate();
  }

  hostDisconnected(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }
}
