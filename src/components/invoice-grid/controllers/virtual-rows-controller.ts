import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualRowsOptions {
  /** The element that scrolls the rows (it also holds the sticky header row). */
  getScrollElement: () => HTMLElement | null;
  /** The sticky header row, measured for the space it covers at the top of the viewport. */
  getHeaderElement: () => HTMLElement | null;
  /** Any rendered body row, measured once for the row height. */
  getRowElement: () => HTMLElement | null;
  /** Row height to assume until a row has been measured. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  /** Ms without a scroll event after which the scroll counts as settled (`scrolling` turns false). */
  settleMs?: number;
}

/** Ms without a scroll event before a scroll counts as settled. */
const SETTLE_MS = 150;

/** Inclusive index range of the rows to render; empty when `last < first`. */
export interface VirtualRange {
  first: number;
  last: number;
}

/** The measures the window is worked out from. */
export interface WindowMeasures {
  scrollTop: number;
  /** Height of the scrolling element's viewport (the sticky header included). */
  viewport: number;
  headerHeight: number;
  rowHeight: number;
  count: number;
  overscan: number;
}

/**
 * The rows to render: those at least partly visible below the sticky header (`visible`), and
 * that range widened by the overscan and kept within the rows there are (`rendered`).
 */
export function windowRange(m: WindowMeasures): { visible: VirtualRange; rendered: VirtualRange } {
  const height = m.rowHeight > 0 ? m.rowHeight : 1;
  const top = Math.max(0, m.scrollTop);
  const visible = { first: Math.floor(top / height), last: Math.ceil((top + m.viewport - m.headerHeight) / height) };
  const rendered = { first: Math.max(0, visible.first - m.overscan), last: Math.min(m.count - 1, visible.last + m.overscan) };
  return { visible, rendered };
}

/** Scroll position that shows row `index` whole below the sticky header, moving as little as possible. */
export function scrollTopFor(index: number, m: Omit<WindowMeasures, 'count' | 'overscan'>): number {
  const top = index * m.rowHeight;
  if (top < m.scrollTop) return top;
  if (m.headerHeight + top + m.rowHeight > m.scrollTop + m.viewport) return m.headerHeight + top + m.rowHeight - m.viewport;
  return m.scrollTop;
}

/**
 * Virtual scrolling for rows of one fixed height. With a fixed height the window is plain
 * arithmetic on `scrollTop`, so nothing is measured per row or per scroll: the viewport,
 * header and row heights come from a ResizeObserver (read after layout, never forcing it),
 * and a passive scroll listener re-renders the host only when the window moves.
 */
export class VirtualRowsController implements ReactiveController {
  rowHeight: number;
  headerHeight = 0;
  count = 0;
  private readonly host: ReactiveControllerHost;
  private readonly options: VirtualRowsOptions;
  private readonly overscan: number;
  private viewport = 0;
  private scrollTop = 0;
  private element: HTMLElement | null = null;
  private observed = new Set<Element>();
  private resizeObserver: ResizeObserver | undefined;
  private rendered: VirtualRange = { first: 0, last: -1 };
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** True from a scroll event until the scroll has settled; the host updates when it settles. */
  scrolling = false;

  constructor(host: ReactiveControllerHost, options: VirtualRowsOptions) {
    this.host = host;
    this.options = options;
    this.rowHeight = options.rowHeight;
    this.overscan = options.overscan ?? 8;
    host.addController(this);
  }

  /** Sets the row count. */
  configure(count: number): void {
    this.count = Math.max(0, count);
  }

  /** Rows fully or partly visible below the sticky header, plus the overscan. */
  range(): VirtualRange {
    this.rendered = windowRange(this.measures()).rendered;
    return this.rendered;
  }

  /** The range last returned by `range()`. */
  get current(): VirtualRange {
    return this.rendered;
  }

  private measures(): WindowMeasures {
    return {
      scrollTop: this.scrollTop,
      viewport: this.viewportHeight(),
      headerHeight: this.headerHeight,
      rowHeight: this.rowHeight,
      count: this.count,
      overscan: this.overscan,
    };
  }

  /** The measured viewport; until the first measurement, the window's height (a few spare rows at worst). */
  private viewportHeight(): number {
    return this.viewport || globalThis.innerHeight || 600;
  }

  /** Height of all rows (the body, without the header). */
  totalSize(): number {
    return this.count * this.rowHeight;
  }

  /** Whole rows that fit in the viewport below the header (Page Up / Page Down step). */
  pageRows(): number {
    return Math.max(1, Math.floor((this.viewportHeight() - this.headerHeight) / this.rowHeight));
  }

  /** Scrolls just enough to show row `index` whole below the sticky header. */
  scrollToIndex(index: number): void {
    const element = this.element ?? this.options.getScrollElement();
    if (!element) return;
    const next = scrollTopFor(index, this.measures());
    if (next !== this.scrollTop) {
      element.scrollTop = next;
      this.scrollTop = element.scrollTop;
      this.host.requestUpdate();
    }
  }

  hostUpdated(): void {
    const element = this.options.getScrollElement();
    if (element !== this.element) {
      this.element?.removeEventListener('scroll', this.onScroll);
      if (this.element) this.unobserve(this.element);
      this.element = element;
      this.scrollTop = element?.scrollTop ?? 0;
      if (element) {
        element.addEventListener('scroll', this.onScroll, { passive: true });
        this.observe(element);
      }
    }
    if (!element) {
      // Not virtual (any more): stop measuring.
      for (const observed of [...this.observed]) this.unobserve(observed);
      return;
    }
    const header = this.options.getHeaderElement();
    if (header && !this.observed.has(header)) this.observe(header);
    // One row is enough: every row has the same height. Observe another once it is gone.
    let watchingRow = false;
    for (const observed of this.observed) {
      if (observed === element || observed === header) continue;
      if (observed.isConnected) watchingRow = true;
      else this.unobserve(observed);
    }
    const row = watchingRow ? null : this.options.getRowElement();
    if (row) this.observe(row);
  }

  hostDisconnected(): void {
    clearTimeout(this.settleTimer);
    this.scrolling = false;
    this.element?.removeEventListener('scroll', this.onScroll);
    this.element = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed.clear();
  }

  private observe(element: Element): void {
    this.resizeObserver ??= new ResizeObserver((entries) => this.onResize(entries));
    this.resizeObserver.observe(element);
    this.observed.add(element);
  }

  private unobserve(element: Element): void {
    this.resizeObserver?.unobserve(element);
    this.observed.delete(element);
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    let changed = false;
    const header = this.options.getHeaderElement();
    for (const entry of entries) {
      const target = entry.target as HTMLElement;
      if (!target.isConnected) continue;
      if (target === this.element) {
        // Layout is clean inside a ResizeObserver callback: reading clientHeight costs nothing.
        const viewport = target.clientHeight;
        if (viewport !== this.viewport) {
          this.viewport = viewport;
          changed = true;
        }
        continue;
      }
      const height = entry.borderBoxSize?.[0]?.blockSize ?? target.offsetHeight;
      if (!(height > 0)) continue;
      if (target === header) {
        if (height !== this.headerHeight) {
          this.headerHeight = height;
          changed = true;
        }
      } else if (Math.abs(height - this.rowHeight) > 0.01) {
        this.rowHeight = height;
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }

  private onScroll = (): void => {
    const element = this.element;
    if (!element) return;
    this.scrollTop = element.scrollTop;
    this.scrolling = true;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(this.onSettled, this.options.settleMs ?? SETTLE_MS);
    // Re-render only when the rows on screen come within a few rows of the rendered edge: the
    // overscan is spent in steps of several rows, not one update per row scrolled.
    const { first, last } = windowRange(this.measures()).visible;
    const { first: from, last: to } = this.rendered;
    const margin = Math.min(2, this.overscan);
    if ((from > 0 && first < from + margin) || (to < this.count - 1 && last > to - margin) || first > to || last < from)
      this.host.requestUpdate();
  };

  private onSettled = (): void => {
    this.settleTimer = undefined;
    this.scrolling = false;
    // Work put off while scrolling (measuring the rows now shown) runs in this update.
    this.host.requestUpdate();
  };
}
