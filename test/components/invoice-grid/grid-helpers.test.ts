import { expect } from '@open-wc/testing';
import { applyOrder, clearLayout, loadLayout, moveId, saveLayout } from '../../../src/components/invoice-grid/column-layout.js';
import { RowWindow } from '../../../src/components/invoice-grid/row-window.js';
import { GridNavigationController } from '../../../src/controllers/grid-navigation-controller.js';
import type { Invoice } from '../../../src/data/types.js';

const key = (k: string, extra: Partial<KeyboardEventInit> = {}) => new KeyboardEvent('keydown', { key: k, ...extra });

describe('column layout storage', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips a layout and drops malformed parts', () => {
    saveLayout('k', { order: ['b', 'a'], hidden: ['c'], widths: { a: 120.4 }, sort: [{ field: 'amount', direction: 'desc' }] });
    expect(loadLayout('k')).to.deep.equal({
      order: ['b', 'a'],
      hidden: ['c'],
      widths: { a: 120 },
      sort: [{ field: 'amount', direction: 'desc' }],
    });
    localStorage.setItem('invoice-grid:bad', '{"v":1,"order":"x","hidden":[1],"widths":{"a":-3,"b":"9"},"sort":[{"field":3}]}');
    expect(loadLayout('bad')).to.deep.equal({ order: [], hidden: [], widths: {}, sort: [] });
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

describe('GridNavigationController', () => {
  const host = { addController() {}, requestUpdate() {}, removeController() {}, updateComplete: Promise.resolve(true) };
  const shape = { rows: 6, columns: 4, pageRows: 2 };

  it('moves with arrows, Home/End, Ctrl+Home/End and Page Up/Down, within bounds', () => {
    const moves: Array<[number, number]> = [];
    const nav = new GridNavigationController(host, (r, c) => moves.push([r, c]));
    expect(nav.handleKey(key('ArrowUp'), shape)).to.equal(true);
    expect([nav.row, nav.column]).to.deep.equal([0, 0]);
    nav.handleKey(key('ArrowDown'), shape);
    nav.handleKey(key('ArrowRight'), shape);
    expect([nav.row, nav.column]).to.deep.equal([1, 1]);
    nav.handleKey(key('End'), shape);
    expect(nav.column).to.equal(3);
    nav.handleKey(key('End', { ctrlKey: true }), shape);
    expect([nav.row, nav.column]).to.deep.equal([5, 3]);
    nav.handleKey(key('PageUp'), shape);
    expect(nav.row).to.equal(3);
    nav.handleKey(key('PageDown'), shape);
    nav.handleKey(key('PageDown'), shape);
    expect(nav.row).to.equal(5);
    nav.handleKey(key('Home', { ctrlKey: true }), shape);
    expect([nav.row, nav.column]).to.deep.equal([0, 0]);
    nav.handleKey(key('ArrowLeft'), shape, true);
    expect(nav.column).to.equal(1);
    expect(nav.handleKey(key('a'), shape)).to.equal(false);
    expect(moves.at(-1)).to.deep.equal([0, 1]);
    expect(nav.tabIndexFor(0, 1)).to.equal(0);
    expect(nav.tabIndexFor(1, 1)).to.equal(-1);
  });
});
