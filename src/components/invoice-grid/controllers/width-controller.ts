import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitColumns, type FitColumn, type FitResult } from './fit-columns.js';

/** A shown column, in display order, as the grid's layout sees it. */
export interface WidthColumn {
  id: string;
  pin: 'start' | 'end' | false;
  priority: number;
  /** The text may be shortened (names); otherwise the column is never narrower than its content. */
  truncate: boolean;
  /** A width the user or the column definition set. */
  fixed: number | undefined;
  minSize: number;
  maxSize: number;
}

export interface WidthControllerOptions {
  /** The element with role grid: its width is what the columns share, and it scrolls sideways. */
  grid: () => HTMLElement | null;
  /** The shown columns in display order. */
  columns: () => WidthColumn[];
  /** What the widths depend on besides the columns (rows, locale, density): measured again when an item changes. */
  content: () => readonly unknown[];
  /** A new result: in virtual mode measured widths only grow within one result, so scrolling never narrows a column. */
  result: () => unknown;
  /** Cells may wrap between words (paged mode; virtual rows have one fixed height). */
  wrap: () => boolean;
  /** Rows can expand into a detail (paged mode). */
  detailAllowed: () => boolean;
  /**
   * True while new content of the same result should wait to be measured (virtual rows being
   * scrolled): measuring forces a layout of the whole window, far too much for every window of a fast scroll.
   * The widths measured so far stay; the content is measured once this turns false and the
   * host updates.
   */
  deferMeasure?: () => boolean;
  /**
   * Puts the column tracks of `fit` (the layout just worked out) on the grid element without a
   * render; false when the host needs a render to show the new widths anyway. Without it, new
   * widths always take another render.
   */
  applyTracks?: (grid: HTMLElement) => boolean;
}

/** Below this width (CSS px) the rows are cards. */
export const CARDS_BELOW = 640;
/** The selection column, and the detail toggle added to it when some columns are in the detail. */
export const SELECT_WIDTH = 48;
export const DETAIL_TOGGLE_WIDTH = 36;
/** A column whose text may be shortened keeps at least this much, and grows to at most the other. */
const SHORTENED_MIN = 120;
const SHORTENED_IDEAL_MAX = 280;
/** The narrowest scrolling area worth scrolling between the pinned columns. */
const MIN_SCROLL = 200;
/** Width assumed for a column not measured yet. */
const UNMEASURED = 150;

/** The header cells of the columns, and the cells of the rows (the detail cell aside). */
const HEADER_CELLS = '.head [role="columnheader"][data-column-id]';
const BODY_CELLS = '.body [role="gridcell"][data-column-id]';
const HEAD_ROW = '.head';

interface Need {
  /** The header and cells at their longest word. */
  min: number;
  /** The header and cells on one line. */
  ideal: number;
  /** The cells on one line under a wrapped header. */
  content: number;
  /** The header at its longest word. */
  header: number;
}

/**
 * The grid's responsive layout: how wide each column is, which columns move into a row's
 * detail and when the rows become cards (see `fitColumns`), and whether there is more to
 * scroll to on either side (the shadows at the pinned edges).
 *
 * Widths come from the content: after an update that shows new rows, columns or locale, the
 * controller measures each column's header and cells in one layout (their one-line width, and
 * the header's longest word from a hidden copy of the header row restyled in the same pass),
 * reading the grid's width from that same layout. When only the widths changed it sets the
 * grid's column tracks directly, so the browser's own layout before it paints is the only other
 * one; when columns move into a detail or the rows become cards it asks the host for another
 * update, which the browser also runs before it paints. Cells that may wrap (paged mode) need
 * their longest word too: a second layout. The width available then comes from a
 * ResizeObserver; a resize only fits the columns again.
 */
export class WidthController implements ReactiveController {
  /** The layout of the last update. */
  fit: FitResult = { mode: 'table', widths: {}, detail: [], selectWidth: SELECT_WIDTH, total: SELECT_WIDTH };
  /** There is more to see beyond the start edge / the end edge (scrolled sideways): the grid's `more-start` and `more-end` classes. */
  edges = { start: false, end: false };
  /** Rows whose detail is open (paged mode), by row key. */
  readonly openDetails = new Set<string>();

  private available = 0;
  /** The grid's sideways and vertical scroll, as of its last scroll event. */
  private scrollLeft = 0;
  private scrollTop = 0;
  private needs = new Map<string, Need>();
  private measured: readonly unknown[] | undefined;
  private measuredResult: unknown;
  private stale = true;
  private element: HTMLElement | null = null;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WidthControllerOptions,
  ) {
    host.addController(this);
  }

  /** Works out this update's layout (call it before rendering). */
  plan(): FitResult {
    const content = this.options.content();
    const ids = this.options.columns().map((c) => c.id);
    const key = [...content, ids.join('\u0000')];
    const measured = this.measured;
    if (!measured || key.length !== measured.length || key.some((item, i) => !Object.is(item, measured[i]))) {
      // Rows scrolled into a virtual window wait for the scroll to settle; a new result, new columns or locale do not.
      const waits = !!measured && !this.stale && this.options.deferMeasure?.() && Object.is(this.options.result(), this.measuredResult);
      if (!waits) this.stale = true;
    }
    const columns = this.fitColumnsOf(this.options.columns());
    const fit = fitColumns({
      columns,
      available: this.available,
      selectWidth: SELECT_WIDTH,
      detailToggleWidth: DETAIL_TOGGLE_WIDTH,
      cardsBelow: CARDS_BELOW,
      minScroll: MIN_SCROLL,
      detailAllowed: this.options.detailAllowed(),
    });
    // Unmeasured content in a table: show every column once so each can be measured (the
    // measurement and the layout it gives happen before the browser paints).
    this.fit =
      this.stale && this.available >= CARDS_BELOW && (fit.mode === 'cards' || fit.detail.length)
        ? fitColumns({
            columns,
            available: 0,
            selectWidth: SELECT_WIDTH,
            detailToggleWidth: 0,
            cardsBelow: 0,
            minScroll: 0,
            detailAllowed: false,
          })
        : fit;
    if (this.stale) this.measuring = key;
    return this.fit;
  }

  /**
   * The grid's vertical scroll as of its last scroll event (kept with the sideways one): what
   * a new result needs to know to start at its first row, without reading the layout while
   * the rows are changing.
   */
  get scrolledTop(): number {
    return this.scrollTop;
  }

  /** The width the columns share (the grid's scrollport); 0 before the first layout. */
  get viewport(): number {
    return this.available;
  }

  /** The width a column has now (the start of a resize drag). */
  widthOf(id: string): number {
    return this.fit.widths[id] ?? this.needs.get(id)?.ideal ?? UNMEASURED;
  }

  /** The narrowest a user may make a column: its content, unless its text may be shortened. */
  minWidthOf(id: string): number {
    return this.needs.get(id)?.min ?? 0;
  }

  toggleDetail(key: string): void {
    if (this.openDetails.has(key)) this.openDetails.delete(key);
    else this.openDetails.add(key);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.fonts?.addEventListener?.('loadingdone', this.onFonts);
  }

  hostUpdated(): void {
    const grid = this.options.grid();
    if (grid !== this.element) this.watch(grid);
    if (!grid) return;
    let render = false;
    if (this.stale && this.fit.mode === 'table' && (!this.available || this.available >= CARDS_BELOW)) {
      // The first layout reads the width with the measurement rather than wait a frame for the observer.
      render = !this.measure(grid);
    } else if (!this.available) {
      this.available = grid.clientWidth;
      render = this.available > 0;
    }
    this.updateEdges();
    // A render rewrites the grid's classes: the edges go back on after every update.
    this.showEdges(grid);
    if (render) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.watch(null);
    document.fonts?.removeEventListener?.('loadingdone', this.onFonts);
  }

  // ---- internals ------------------------------------------------------------------------

  private measuring: readonly unknown[] | undefined;

  private fitColumnsOf(columns: WidthColumn[]): FitColumn[] {
    const wrap = this.options.wrap();
    return columns.map((column) => {
      const need = this.needs.get(column.id);
      let ideal = need?.ideal ?? column.fixed ?? UNMEASURED;
      let content = need?.content ?? ideal;
      // Without wrapping (virtual rows) a value is as wide as it is on one line; the header may still wrap.
      let min = need ? (wrap ? need.min : need.content) : ideal;
      if (column.truncate) {
        ideal = Math.min(ideal, SHORTENED_IDEAL_MAX);
        content = Math.min(content, SHORTENED_IDEAL_MAX);
        min = Math.max(need?.header ?? 0, Math.min(ideal, SHORTENED_MIN));
      }
      min = Math.max(min, column.minSize);
      return {
        id: column.id,
        pin: column.pin,
        priority: column.priority,
        truncate: column.truncate,
        min,
        ideal: Math.max(min, ideal),
        content: Math.max(min, Math.min(content, ideal)),
        max: Math.max(min, column.maxSize),
        ...(column.fixed === undefined ? {} : { fixed: Math.max(min, column.fixed) }),
      };
    });
  }

  /**
   * Reads every shown column's header and cells at their one-line width and the header at its
   * longest word in one layout (cells that may wrap at their longest word in a second one),
   * keeps the widest of each, and lays the columns out again. True when the new widths are on
   * the grid already; false when the host must render them.
   */
  private measure(grid: HTMLElement): boolean {
    const ids = new Map<string, string>();
    for (const header of grid.querySelectorAll<HTMLElement>(HEADER_CELLS))
      ids.set(header.dataset.c as string, header.dataset.columnId as string);
    const wrap = this.options.wrap();
    const readAll = !this.available;
    grid.classList.add('measure-max');
    const cells = grid.querySelectorAll<HTMLElement>(`${HEADER_CELLS}, ${BODY_CELLS}`);
    // The header at its longest word, in the same layout: a hidden copy of the header row in
    // the other measuring mode. Cells that may wrap are measured at their longest word below.
    const head = grid.querySelector<HTMLElement>(HEAD_ROW);
    const copy = wrap ? null : (head?.cloneNode(true) as HTMLElement | undefined);
    if (copy) {
      copy.classList.add('measure-min', 'measure-copy');
      copy.setAttribute('aria-hidden', 'true');
      copy.inert = true;
      grid.append(copy);
    }
    // Layout is forced here, once, with every measuring style in place.
    if (readAll) this.available = grid.clientWidth;
    const max = this.read(ids, cells);
    const copied = copy ? this.read(ids, copy.querySelectorAll<HTMLElement>(HEADER_CELLS)) : undefined;
    copy?.remove();
    grid.classList.remove('measure-max');
    let min = copied;
    if (!min) {
      grid.classList.add('measure-min');
      min = this.read(ids, grid.querySelectorAll<HTMLElement>(`${HEADER_CELLS}, ${BODY_CELLS}`));
      grid.classList.remove('measure-min');
    }
    const result = this.options.result();
    const grow = !wrap && Object.is(result, this.measuredResult);
    const needs = new Map<string, Need>();
    for (const id of ids.values()) {
      const header = min.head.get(id) ?? 0;
      const cellsMax = max.body.get(id) ?? 0;
      const need: Need = {
        header,
        min: Math.max(header, min.body.get(id) ?? 0),
        ideal: Math.max(max.head.get(id) ?? 0, cellsMax),
        content: Math.max(header, cellsMax),
      };
      const before = grow ? this.needs.get(id) : undefined;
      needs.set(
        id,
        before
          ? {
              header: Math.max(need.header, before.header),
              min: Math.max(need.min, before.min),
              ideal: Math.max(need.ideal, before.ideal),
              content: Math.max(need.content, before.content),
            }
          : need,
      );
    }
    // Columns in the detail were not in the table: keep what was known of them.
    for (const [id, need] of this.needs) if (!needs.has(id)) needs.set(id, need);
    this.needs = needs;
    this.measuredResult = result;
    this.measured = this.measuring;
    this.stale = false;
    // Lay the columns out with what was measured: when the same columns stay in the rows, in
    // the same mode, only the tracks change and they go on the grid without a render.
    const shown = this.fit;
    const fit = this.plan();
    return (
      fit.mode === shown.mode &&
      fit.detail.length === shown.detail.length &&
      fit.detail.every((id, i) => id === shown.detail[i]) &&
      !!this.options.applyTracks?.(grid)
    );
  }

  /** The widest header and the widest cell of each column among `cells`, as they are laid out now. */
  private read(ids: Map<string, string>, cells: Iterable<HTMLElement>): { head: Map<string, number>; body: Map<string, number> } {
    const head = new Map<string, number>();
    const body = new Map<string, number>();
    let headPadding: number | undefined;
    let bodyPadding: number | undefined;
    for (const cell of cells) {
      const id = ids.get(cell.dataset.c as string);
      const content = cell.querySelector<HTMLElement>(':scope > .content, :scope > .sort, :scope > .label');
      if (!id || !content) continue;
      const isHead = cell.getAttribute('role') === 'columnheader';
      if ((isHead ? headPadding : bodyPadding) === undefined) {
        const style = getComputedStyle(cell);
        const padding = (parseFloat(style.paddingInlineStart) || 0) + (parseFloat(style.paddingInlineEnd) || 0);
        if (isHead) headPadding = padding;
        else bodyPadding = padding;
      }
      const width = Math.ceil(content.getBoundingClientRect().width + ((isHead ? headPadding : bodyPadding) as number));
      const into = isHead ? head : body;
      if (width > (into.get(id) ?? 0)) into.set(id, width);
    }
    return { head, body };
  }

  private watch(grid: HTMLElement | null): void {
    this.element?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.observer?.disconnect();
    this.element = grid;
    if (!grid) return;
    this.scrollLeft = 0;
    this.scrollTop = 0;
    // A new grid element starts unscrolled. Capture: on the grid itself this listener runs
    // before the virtual rows' one re-renders them, while layout is still clean, so reading
    // scrollLeft and scrollTop forces none.
    grid.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    this.observer ??= new ResizeObserver((entries) => this.onResize(entries));
    this.observer.observe(grid);
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const target = entries[0]?.target as HTMLElement | undefined;
    if (!target?.isConnected) return;
    // Layout is clean inside a ResizeObserver callback: reading clientWidth costs nothing.
    const width = target.clientWidth;
    if (width > 0 && width !== this.available) {
      this.available = width;
      this.host.requestUpdate();
    }
  }

  private onScroll = (): void => {
    if (!this.element) return;
    this.scrollLeft = Math.abs(this.element.scrollLeft);
    this.scrollTop = this.element.scrollTop;
    if (this.updateEdges()) this.showEdges(this.element);
  };

  private onFonts = (): void => {
    // Text measured in a fallback font is narrower or wider than in the one now loaded.
    this.measured = undefined;
    this.host.requestUpdate();
  };

  /** The shadows at the pinned edges: classes on the grid, set without a render. */
  private showEdges(grid: HTMLElement): void {
    grid.classList.toggle('more-start', this.edges.start);
    grid.classList.toggle('more-end', this.edges.end);
  }

  /**
   * Whether columns are hidden beyond either edge; true when that changed. Reads the scroll
   * position kept from scroll events: reading it after an update would force a layout.
   */
  private updateEdges(): boolean {
    const overflow = this.fit.mode === 'table' && this.fit.total > this.available + 0.5;
    const scrolled = this.scrollLeft;
    const start = overflow && scrolled > 0.5;
    const end = overflow && scrolled + this.available < this.fit.total - 0.5;
    if (start === this.edges.start && end === this.edges.end) return false;
    this.edges = { start, end };
    return true;
  }
}
