import { expect } from '@open-wc/testing';
import { columnWidth, nextSorting, visibleColumnIds, type SortingState } from '../../../src/components/invoice-grid/grid-state.js';
import type { InvoiceColumn } from '../../../src/components/invoice-grid/columns.js';

const columns: InvoiceColumn[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() }));

describe('grid state', () => {
  it('shows columns in the saved order, unknown ids skipped, new columns after, hidden ones left out', () => {
    expect(visibleColumnIds(columns, [], {})).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(visibleColumnIds(columns, ['c', 'gone', 'a', 'c'], {})).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(visibleColumnIds(columns, ['d', 'c', 'b', 'a'], { c: false, a: true })).to.deep.equal(['d', 'b', 'a']);
  });

  it('sizes a column from the user, then the column, then the default, within its bounds', () => {
    const column: InvoiceColumn = { id: 'x', label: 'X', width: 220, minWidth: 100 };
    expect(columnWidth(column, {})).to.equal(220);
    expect(columnWidth(column, { x: 310 })).to.equal(310);
    expect(columnWidth(column, { x: 20 })).to.equal(100);
    expect(columnWidth(column, { x: 50_000 })).to.equal(1200);
    expect(columnWidth(column, { x: Number.NaN })).to.equal(150);
    expect(columnWidth({ id: 'y', label: 'Y' }, {})).to.equal(150);
    expect(columnWidth(undefined, {})).to.equal(150);
  });

  it('cycles a header ascending, descending, off; Shift adds keys and cycles one in place', () => {
    let sort: SortingState = [];
    const click = (id: string, multi = false) => (sort = nextSorting(sort, id, multi));
    expect(click('amount')).to.deep.equal([{ id: 'amount', desc: false }]);
    expect(click('amount')).to.deep.equal([{ id: 'amount', desc: true }]);
    expect(click('amount')).to.deep.equal([]);
    click('amount');
    expect(click('month', true)).to.deep.equal([
      { id: 'amount', desc: false },
      { id: 'month', desc: false },
    ]);
    expect(click('amount', true)).to.deep.equal([
      { id: 'amount', desc: true },
      { id: 'month', desc: false },
    ]);
    expect(click('amount', true)).to.deep.equal([{ id: 'month', desc: false }]);
    click('amount', true);
    // A plain click on a key that is not the last replaces the whole sort, taking its next direction.
    expect(click('month')).to.deep.equal([{ id: 'month', desc: true }]);
    click('amount', true);
    expect(click('month')).to.deep.equal([{ id: 'month', desc: false }]);
    // A plain click on the last key cycles it and keeps the others.
    sort = [
      { id: 'month', desc: false },
      { id: 'amount', desc: false },
    ];
    expect(click('amount')).to.deep.equal([
      { id: 'month', desc: false },
      { id: 'amount', desc: true },
    ]);
    expect(click('amount')).to.deep.equal([{ id: 'month', desc: false }]);
  });
});
