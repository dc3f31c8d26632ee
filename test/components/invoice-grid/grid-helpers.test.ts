import { expect } from '@open-wc/testing';
import { applyOrder, clearLayout, loadLayout, moveId, saveLayout } from '../../../src/components/invoice-grid/column-layout.js';
import { MAX_AUTOMATIC_ATTEMPTS, RowWindow } from '../../../src/components/invoice-grid/controllers/row-window.js';
import { KeyboardController } from '../../../src/components/invoice-grid/controllers/keyboard-controller.js';
import { scrollTopFor, windowRange } from '../../../src/components/invoice-grid/controllers/virtual-rows-controller.js';
import { FetchGate, retryDelay } from '../../../src/components/invoice-grid/controllers/fetch-gate.js';
import type { GridHost } from '../../../src/components/invoice-grid/grid-host.js';
import type { Invoice } from '../../../src/data/types.js';

const key = (k: string, extra: Partial<KeyboardEventInit> = {}) => new KeyboardEvent('keydown', { key: k, ...extra });

describe('column layout storage', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips a layout and drops malformed parts', () => {
    const pinned = { start: ['billingMonth'], end: ['actions'] };
    saveLayout('k', { order: ['b', 'a'], hidden: ['c'], widths: { a: 120.4 }, sort: [{ field: 'amount', direction: 'desc' }], pinned });
    expect(loadLayout('k')).to.deep.equal({
      order: ['b', 'a'],
      hidden: ['c'],
      widths: { a: 120 },
      sort: [{ field: 'amount', direction: 'desc' }],
      pinned,
    });
    localStorage.setItem(
      'invoice-grid:bad',
      '{"v":1,"order":"x","hidden":[1],"widths":{"a":-3,"b":"9"},"sort":[{"field":3}],"pinned":{"start":"a"}}',
    );
    expect(loadLayout('bad')).to.deep.equal({ order: [], hidden: [], widths: {}, sort: [], pinned: { start: [], end: [] } });
    localStorage.setItem('invoice-grid:junk', 'not json');
    expect(loadLayout('junk')).to.equal(undefined);
    clearLayout('k');
    expect(loadLayout('k')).to.equal(undefined);
  });

  it('orders by a remembered order, keeping new columns and forgetting removed ones', () => {
    expect(applyOrder(['a', 'b', 'c', 'd'], ['c', 'x', 'a'])).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(moveId(['a', 'b', 'c'], 'c', -1)).to.deep.equal(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', -1)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('RowWindow', () => {
  it('stores blocks and reports the block-aligned range still missing', () => {
    const window = new RowWindow(10);
    window.reset(35);
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` }) as Invoice);
    window.put(0, rows);
    expect(window.get(3)!.id).to.equal('r3');
    expect(window.get(12)).to.equal(undefined);
    expect(window.missing(0, 9)).to.equal(undefined);
    expect(window.missing(5, 24)).to.deep.equal({ offset: 10, limit: 20 });
    expect(window.missing(30, 50)).to.deep.equal({ offset: 30, limit: 10 });
    window.put(20, rows);
    expect(window.get(25)!.id).to.equal('r5');
    expect(window.loaded()).to.have.length(20);
  });
});

describe('RowWindow failures', () => {
  it('marks failed blocks, waits for their backoff, then gives up until the user retries', () => {
    const window = new RowWindow(10);
    window.reset(50);
    window.put(
      0,
      Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` }) as Invoice),
    );
    expect(window.status(3)).to.equal('ready');
    expect(window.status(15)).to.equal('pending');
    const delays: number[] = [];
    const delay = (attempts: number) => {
      delays.push(attempts);
      return 1000 * attempts;
    };
    expect(window.fail(10, 20, 0, delay)).to.equal(1);
    expect(window.status(15)).to.equal('failed');
    expect(window.status(25)).to.equal('failed');
    expect(window.hasFailures).to.equal(true);
    // Not due before the backoff is over; due after.
    expect(window.missing(10, 29, 999)).to.equal(undefined);
    expect(window.nextRetry(10, 29)).to.equal(1000);
    expect(window.missing(10, 29, 1000)).to.deep.equal({ offset: 10, limit: 20 });
    let attempts = 1;
    while (attempts < MAX_AUTOMATIC_ATTEMPTS) attempts = window.fail(10, 20, 0, delay);
    // After the last automatic attempt nothing is due, ever, until "Retry".
    expect(window.missing(10, 29, 1e12)).to.equal(undefined);
    expect(window.nextRetry(10, 29)).to.equal(Infinity);
    window.retryFailed();
    expect(window.missing(10, 29, 0)).to.deep.equal({ offset: 10, limit: 20 });
    window.put(
      10,
      Array.from({ length: 20 }, (_, i) => ({ id: `s${i}` }) as Invoice),
    );
    expect(window.status(15)).to.equal('ready');
    expect(window.hasFailures).to.equal(false);
  });

  it('one request covers adjacent blocks only', () => {
    const window = new RowWindow(10);
    window.reset(100);
    window.put(
      20,
      Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` }) as Invoice),
    );
    expect(window.missing(0, 59)).to.deep.equal({ offset: 0, limit: 20 });
    expect(window.missing(25, 59)).to.deep.equal({ offset: 30, limit: 30 });
  });
});

describe('virtual window arithmetic', () => {
  const base = { scrollTop: 0, viewport: 400, headerHeight: 44, rowHeight: 44, count: 1000, overscan: 8 };

  it('renders the rows under the sticky header plus the overscan, within the rows there are', () => {
    expect(windowRange(base)).to.deep.equal({ visible: { first: 0, last: 9 }, rendered: { first: 0, last: 17 } });
    expect(windowRange({ ...base, scrollTop: 4400 }).rendered).to.deep.equal({ first: 92, last: 117 });
    expect(windowRange({ ...base, scrollTop: 44_000 - 356 }).rendered.last).to.equal(999);
    expect(windowRange({ ...base, count: 3 }).rendered).to.deep.equal({ first: 0, last: 2 });
    expect(windowRange({ ...base, count: 0 }).rendered.last).to.equal(-1);
    // A negative scroll (elastic overscroll) and a zero row height never give negative or infinite rows.
    expect(windowRange({ ...base, scrollTop: -50 }).visible.first).to.equal(0);
    expect(Number.isFinite(windowRange({ ...base, rowHeight: 0 }).visible.last)).to.equal(true);
  });

  it('scrolls just enough to show a row whole below the header', () => {
    const m = { scrollTop: 440, viewport: 400, headerHeight: 44, rowHeight: 44 };
    expect(scrollTopFor(12, m)).to.equal(440);
    expect(scrollTopFor(5, m)).to.equal(220);
    // Row 20 ends at 924 below a 44 px header: the viewport must end there.
    expect(scrollTopFor(20, m)).to.equal(44 + 20 * 44 + 44 - 400);
  });
});

describe('FetchGate and retryDelay', () => {
  it('lets a burst of `rate` requests through, then one per 1/rate seconds', () => {
    let now = 0;
    const gate = new FetchGate(4, () => now);
    for (let i = 0; i < 4; i++) expect(gate.take()).to.equal(true);
    expect(gate.take()).to.equal(false);
    expect(gate.wait()).to.equal(250);
    now = 250;
    expect(gate.take()).to.equal(true);
    expect(gate.take()).to.equal(false);
    // Over ten seconds of constant asking, no more than 4 a second (plus the first burst).
    let sent = 0;
    for (now = 250; now < 10_250; now += 5) if (gate.take()) sent++;
    expect(sent).to.be.at.most(40);
  });

  it('doubles the delay with jitter, caps it, and honours a longer Retry-After', () => {
    expect(retryDelay(1, 0, () => 0)).to.equal(250);
    expect(retryDelay(1, 0, () => 1)).to.equal(500);
    expect(retryDelay(3, 0, () => 1)).to.equal(2000);
    expect(retryDelay(30, 0, () => 1)).to.equal(30_000);
    expect(retryDelay(1, 5000, () => 1)).to.equal(5000);
    expect(retryDelay(1, Number.NaN, () => 1)).to.equal(500);
  });
});

describe('KeyboardController', () => {
  const host = {
    addController() {},
    requestUpdate() {},
    removeController() {},
    updateComplete: Promise.resolve(true),
    virtual: false,
    renderRoot: document.createElement('div'),
  } as unknown as GridHost;
  const shape = { rows: 6, columns: 4, pageRows: 2 };
  const nav = () =>
    new KeyboardController(host, {
      shape: () => shape,
      isRtl: () => false,
      gridElement: () => null,
      toggleRow() {},
      toggleAll() {},
      activate() {},
    });

  it('moves with arrows, Home/End, Ctrl+Home/End and Page Up/Down, within bounds', () => {
    const k = nav();
    expect(k.handleKey(key('ArrowUp'), shape)).to.equal(true);
    expect([k.row, k.column]).to.deep.equal([0, 0]);
    k.handleKey(key('ArrowDown'), shape);
    k.handleKey(key('ArrowRight'), shape);
    expect([k.row, k.column]).to.deep.equal([1, 1]);
    k.handleKey(key('End'), shape);
    expect(k.column).to.equal(3);
    k.handleKey(key('End', { ctrlKey: true }), shape);
    expect([k.row, k.column]).to.deep.equal([5, 3]);
    k.handleKey(key('PageUp'), shape);
    expect(k.row).to.equal(3);
    k.handleKey(key('PageDown'), shape);
    k.handleKey(key('PageDown'), shape);
    expect(k.row).to.equal(5);
    k.handleKey(key('Home', { ctrlKey: true }), shape);
    expect([k.row, k.column]).to.deep.equal([0, 0]);
    k.handleKey(key('ArrowLeft'), shape, true);
    expect(k.column).to.equal(1);
    expect(k.handleKey(key('a'), shape)).to.equal(false);
    expect(k.tabIndexFor(0, 1)).to.equal(0);
    expect(k.tabIndexFor(1, 1)).to.equal(-1);
  });

  it('gives the tab stop to the header while the current row is out of the virtual window', () => {
    const k = nav();
    k.setCurrent(40, 2);
    k.window(0, 20);
    expect(k.tabIndexFor(0, 2)).to.equal(0);
    expect(k.tabIndexFor(40, 2)).to.equal(-1);
    k.window(30, 50);
    expect(k.tabIndexFor(40, 2)).to.equal(0);
  });
});
