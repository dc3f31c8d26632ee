// The uniform API every benchmark page exposes as `window.bench`. Each page supplies a small
// driver for its grid; timing, "first row painted" detection and scroll sampling live here so
// every grid is measured the same way.
import { generateInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';

/** The fields a global search looks in (the same fields the in-memory adapter searches). */
export const SEARCH_FIELDS = ['invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName'] as const;

export interface GridDriver {
  /** Hands the rows to the grid (the clock is already running). */
  load(rows: Invoice[]): void | Promise<void>;
  sortByAmount(): void | Promise<void>;
  search(text: string): void | Promise<void>;
  /** Invoice numbers shown in the top `count` rendered rows, top first ('' when missing). */
  topRows(count: number): string[];
  /** The element that scrolls the rows vertically. */
  scroller(): HTMLElement | null | undefined;
  /** Sets the width of the grid's box in CSS px (390: a phone, where our grid shows cards). */
  setWidth?(px: number): void;
  /**
   * The order the grid shows the rows in before any sort, computed independently of the
   * grid (outside the timing). Default: as given.
   */
  defaultOrder?(rows: Invoice[]): Invoice[];
  /**
   * The top rows as the grid shows `view` (a result in the adapter's order), computed
   * independently of the grid. Default: as listed.
   */
  shown?(view: Invoice[]): Invoice[];
}

export interface ScrollResult {
  frames: number;
  longFrames: number;
  maxFrameMs: number;
  distancePx: number;
}

export interface BenchApi {
  grid: string;
  ready: Promise<void>;
  /**
   * Generates `n` invoices. `lineage`: about a third of the originals get a reissue (the
   * original reads NA) and every seventh a credit note, for the scroll through lineage rows.
   */
  generate(n: number, variant?: 'lineage'): number;
  /** Sets the width of the grid's box (before `load()`); false when the page cannot. */
  setWidth(px: number): boolean;
  load(): Promise<number>;
  sortByAmount(): Promise<number>;
  /**
   * Loads the rows (untimed), waits for the first rows to be painted and one more frame, then
   * sorts by amount: ms from the sort to the sorted rows painted, while whatever the grid does
   * after its first paint (idle-time indexing) is still under way.
   */
  sortAfterFirstRows(): Promise<number>;
  search(text: string): Promise<number>;
  scroll(ms: number): Promise<ScrollResult>;
  scrollToTop(): Promise<void>;
  /** Computes what `sortByAmount()` / `search(text)` must show, ahead of (and outside) the timing. */
  plan(step: 'sort' | 'search', text?: string): void;
  expected(count: number): string[];
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

const LONG_FRAME_MS = 20;
const SCROLL_PX_PER_S = 6000;
const TIMEOUT_MS = 60_000;

export const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Plain, case-insensitive substring match, written the way a page author would for a peer grid. */
export function matchesSearch(row: Invoice, text: string): boolean {
  const needle = text.toLowerCase();
  for (const field of SEARCH_FIELDS) {
    const value = row[field];
    if (typeof value === 'string' && value.toLowerCase().includes(needle)) return true;
  }
  return false;
}

/**
 * `n` invoices where lineages are common: after every third original without one, a reissue
 * (`-1`, the original then reads NA), and after every seventh a credit note (`CN`), each next
 * to its original as an invoicing system lists them.
 */
export function withLineages(rows: Invoice[], n: number): Invoice[] {
  const out: Invoice[] = [];
  let originals = 0;
  for (const row of rows) {
    if (out.length >= n) break;
    if (!/^[^-]*\d$/.test(row.invoiceNumber)) continue;
    originals++;
    const reissue = originals % 3 === 0;
    out.push(reissue ? { ...row, status: 'na' } : row);
    if (reissue && out.length < n) out.push({ ...row, id: `${row.id}-l1`, invoiceNumber: `${row.invoiceNumber}-1` });
    if (originals % 7 === 0 && out.length < n)
      out.push({
        ...row,
        id: `${row.id}-lcn`,
        invoiceNumber: `${row.invoiceNumber}CN`,
        amount: -Math.abs(row.amount) / 4,
        status: 'closed',
      });
  }
  return out;
}

export function install(grid: string, driver: GridDriver, ready: Promise<void> = Promise.resolve()): void {
  let data: Invoice[] = [];
  /** The rows in the grid's own order before any sort. */
  let initial: Invoice[] = [];
  let view: Invoice[] = [];
  let sorted = false;
  let planned: { step: string; text: string | undefined; view: Invoice[] } | undefined;

  /** Ascending amounts, ties in the order of the data as generated (every grid's sort is stable over it). */
  const byAmount = (rows: Invoice[]) =>
    rows
      .map((row, i) => [row, i] as const)
      .sort((a, b) => a[0].amount - b[0].amount || a[1] - b[1])
      .map(([row]) => row);
  const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

  /**
   * Resolves once the frame that first shows `expected` at the top has been painted: the rows
   * are looked for in each animation-frame callback (they are painted in that frame), and the
   * next callback comes after that paint. A grid that renders synchronously and one that
   * renders in a microtask both paint in the first frame and both count to its end (two
   * frames from the start); looking before the first frame would count the second a frame
   * later although nothing on screen differs.
   */
  async function painted(expected: string[], start: number): Promise<number> {
    const shown = () => {
      const top = driver.topRows(expected.length);
      return expected.every((number, i) => top[i] === number);
    };
    do {
      await frame();
      if (performance.now() - start > TIMEOUT_MS) {
        throw new Error(`${grid}: expected ${expected.join(', ')} at the top, saw ${driver.topRows(expected.length).join(', ')}`);
      }
    } while (!shown());
    await frame();
    return performance.now() - start;
  }

  const api: BenchApi = {
    grid,
    ready,
    generate(n, variant) {
      data = variant === 'lineage' ? withLineages(generateInvoices(n), n) : generateInvoices(n);
      initial = driver.defaultOrder ? driver.defaultOrder(data) : data;
      view = initial;
      sorted = false;
      return data.length;
    },
    setWidth(px) {
      if (!driver.setWidth) return false;
      driver.setWidth(px);
      return true;
    },
    expected(count) {
      return (driver.shown ? driver.shown(view) : view).slice(0, count).map((row) => row.invoiceNumber);
    },
    async load() {
      view = initial;
      const expected = api.expected(2);
      const start = performance.now();
      await driver.load(data);
      return painted(expected, start);
    },
    plan(step, text) {
      const base = step === 'sort' || sorted ? byAmount(data) : initial;
      planned = { step, text, view: step === 'sort' ? base : base.filter((row) => matchesSearch(row, text ?? '')) };
      // Collect the planning garbage before the clock starts.
      collectGarbage();
    },
    async sortByAmount() {
      if (planned?.step !== 'sort') api.plan('sort');
      view = (planned as { view: Invoice[] }).view;
      planned = undefined;
      sorted = true;
      const expected = api.expected(2);
      const start = performance.now();
      await driver.sortByAmount();
      return painted(expected, start);
    },
    async sortAfterFirstRows() {
      const sortedView = byAmount(data);
      collectGarbage();
      view = initial;
      await driver.load(data);
      await painted(api.expected(2), performance.now());
      await frame();
      view = sortedView;
      sorted = true;
      const expected = api.expected(2);
      const start = performance.now();
      await driver.sortByAmount();
      return painted(expected, start);
    },
    async search(text) {
      if (planned?.step !== 'search' || planned.text !== text) api.plan('search', text);
      view = (planned as { view: Invoice[] }).view;
      planned = undefined;
      const expected = api.expected(Math.min(2, view.length));
      const start = performance.now();
      await driver.search(text);
      return painted(expected, start);
    },
    async scroll(ms) {
      const scroller = driver.scroller();
      if (!scroller) throw new Error(`${grid}: no scroller`);
      const range = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
      let last = await frame();
      const start = last;
      let frames = 0;
      let longFrames = 0;
      let maxFrameMs = 0;
      let distancePx = 0;
      while (last - start < ms) {
        const elapsed = last - start;
        // Ping-pong through the whole range at a fast, steady wheel-like speed.
        const travel = (elapsed / 1000) * SCROLL_PX_PER_S;
        const lap = range > 0 ? travel % (2 * range) : 0;
        const target = lap <= range ? lap : 2 * range - lap;
        distancePx = travel;
        scroller.scrollTop = target;
        const now = await frame();
        const interval = now - last;
        frames++;
        if (interval > LONG_FRAME_MS) longFrames++;
        maxFrameMs = Math.max(maxFrameMs, interval);
        last = now;
      }
      return { frames, longFrames, maxFrameMs, distancePx };
    },
    async scrollToTop() {
      const scroller = driver.scroller();
      if (scroller) scroller.scrollTop = 0;
      for (let i = 0; i < 10; i++) await frame();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await frame();
    },
  };
  window.bench = api;
}
