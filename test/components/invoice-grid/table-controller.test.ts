import { expect } from '@open-wc/testing';
import { TableController, type TableSource } from '../../../src/components/invoice-grid/controllers/table-controller.js';
import type {
  ColumnOrderState,
  ColumnPinningState,
  ColumnSizingState,
  RowSelectionState,
  SortingState,
  VisibilityState,
} from '../../../src/components/invoice-grid/controllers/table-features.js';
import { toColumnDef } from '../../../src/components/invoice-grid/columns.js';
import type { Invoice } from '../../../src/data/types.js';

/** A host that owns every slice, as the grid does, and applies what table-core sends back. */
function tableFixture(options: { subRows?: (row: Invoice) => Invoice[] | undefined } = {}) {
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  const state = {
    sorting: [] as SortingState,
    order: [] as ColumnOrderState,
    visibility: {} as VisibilityState,
    sizing: {} as ColumnSizingState,
    pinning: { start: [], end: [] } as ColumnPinningState,
    selection: {} as RowSelectionState,
  };
  const defs = ['a', 'b', 'c', 'd'].map((id) =>
    toColumnDef({
      id,
      accessorKey: id,
      header: id.toUpperCase(),
      size: id === 'b' ? 220 : undefined,
      minSize: id === 'b' ? 100 : undefined,
    }),
  );
  const columns = defs.map((def) => ({
    id: def.id,
    accessorFn: def.accessorFn,
    header: def.id,
    size: def.size,
    minSize: def.minSize,
    meta: { def },
  }));
  const data = [
    { id: '1', a: 1, invoiceNumber: 'N1' },
    { id: '2', a: 2, invoiceNumber: 'N2' },
  ] as unknown as Invoice[];
  const source: TableSource = {
    columns: () => columns as never,
    data: () => data,
    rowKey: (row) => `i:${row.id}`,
    ...(options.subRows ? { subRows: options.subRows } : {}),
    sorting: () => state.sorting,
    columnOrder: () => state.order,
    columnVisibility: () => state.visibility,
    columnSizing: () => state.sizing,
    columnPinning: () => state.pinning,
    rowSelection: () => state.selection,
    onSortingChange: (next) => (state.sorting = next),
    onColumnOrderChange: (next) => (state.order = next),
    onColumnVisibilityChange: (next) => (state.visibility = next),
    onColumnSizingChange: (next) => (state.sizing = next),
    onColumnPinningChange: (next) => (state.pinning = next),
    onRowSelectionChange: (next) => (state.selection = next),
  };
  const controller = new TableController(host, source);
  controller.sync();
  return { controller, state, table: controller.table };
}

const ids = (columns: Array<{ id: string }>) => columns.map((c) => c.id);

describe('TableController (table-core v9, host-owned state)', () => {
  it('cycles a header ascending, descending, off; Shift adds keys and cycles one in place', () => {
    const { controller, state } = tableFixture();
    const click = (id: string, multi = false) => {
      controller.toggleSorting(id, multi);
      return state.sorting;
    };
    expect(click('a')).to.deep.equal([{ id: 'a', desc: false }]);
    expect(click('a')).to.deep.equal([{ id: 'a', desc: true }]);
    expect(click('a')).to.deep.equal([]);
    click('a');
    expect(click('b', true)).to.deep.equal([
      { id: 'a', desc: false },
      { id: 'b', desc: false },
    ]);
    expect(click('a', true)).to.deep.equal([
      { id: 'a', desc: true },
      { id: 'b', desc: false },
    ]);
    expect(click('a', true)).to.deep.equal([{ id: 'b', desc: false }]);
    click('a', true);
    // A plain click on a key that is not the last makes it the only key, in its next direction.
    expect(click('b')).to.deep.equal([{ id: 'b', desc: true }]);
    // A plain click on the last of several keys cycles it and keeps the others.
    state.sorting = [
      { id: 'b', desc: false },
      { id: 'a', desc: false },
    ];
    controller.sync();
    expect(click('a')).to.deep.equal([
      { id: 'b', desc: false },
      { id: 'a', desc: true },
    ]);
    expect(click('a')).to.deep.equal([{ id: 'b', desc: false }]);
  });

  it('two clicks before a render start from the state the first one made', () => {
    const { controller, state } = tableFixture();
    controller.toggleSorting('a', false);
    controller.toggleSorting('a', false);
    expect(state.sorting).to.deep.equal([{ id: 'a', desc: true }]);
  });

  it('shows columns in the saved order, unknown ids skipped, hidden ones left out, pinned ones at the edges', () => {
    const { controller, state, table } = tableFixture();
    expect(ids(controller.visibleColumns())).to.deep.equal(['a', 'b', 'c', 'd']);
    table.setColumnOrder(['c', 'gone', 'a']);
    controller.sync();
    expect(ids(controller.visibleColumns())).to.deep.equal(['c', 'a', 'b', 'd']);
    table.getColumn('a')!.toggleVisibility(false);
    controller.sync();
    expect(state.visibility).to.deep.equal({ a: false });
    expect(ids(controller.visibleColumns())).to.deep.equal(['c', 'b', 'd']);
    table.getColumn('d')!.pin('start');
    table.getColumn('c')!.pin('end');
    controller.sync();
    expect(state.pinning).to.deep.equal({ start: ['d'], end: ['c'] });
    expect(ids(controller.visibleColumns())).to.deep.equal(['d', 'b', 'c']);
    expect(table.getColumn('b')!.getStart('center')).to.equal(0);
    expect(table.getColumn('c')!.getAfter('end')).to.equal(0);
    expect(table.getColumn('d')!.getIsPinned()).to.equal('start');
  });

  it('sizes a column from the user, then the column, then the default, within its bounds; reset forgets', () => {
    const { controller, state, table } = tableFixture();
    const b = () => table.getColumn('b')!;
    expect(b().getSize()).to.equal(220);
    expect(table.getColumn('a')!.getSize()).to.equal(150);
    state.sizing = { b: 310 };
    controller.sync();
    expect(b().getSize()).to.equal(310);
    state.sizing = { b: 20, a: 50_000 };
    controller.sync();
    expect(b().getSize()).to.equal(100);
    expect(table.getColumn('a')!.getSize()).to.equal(1200);
    b().resetSize();
    controller.sync();
    expect(state.sizing).to.deep.equal({ a: 50_000 });
  });

  it('selects rows by key and the page through table-core', () => {
    const { controller, state, table } = tableFixture();
    controller.rows()[1]!.toggleSelected();
    expect({ ...state.selection }).to.deep.equal({ 'i:2': true });
    controller.sync();
    expect(table.getIsAllPageRowsSelected()).to.equal(false);
    table.toggleAllPageRowsSelected(true);
    expect({ ...state.selection }).to.deep.equal({ 'i:1': true, 'i:2': true });
  });

  it('shows a row with its lineage sub-rows open until they are closed', () => {
    const reissue = { id: '1-1', invoiceNumber: 'N1-1' } as unknown as Invoice;
    const { controller } = tableFixture({ subRows: (row) => (row.id === '1' ? [reissue] : undefined) });
    expect(controller.rows().map((r) => r.id)).to.deep.equal(['i:1', 'i:1-1', 'i:2']);
    expect(controller.rows()[1]!.depth).to.equal(1);
    const first = controller.rows()[0]!;
    expect(first.getCanExpand()).to.equal(true);
    expect(first.getIsExpanded()).to.equal(true);
    first.toggleExpanded(false);
    expect(controller.rows().map((r) => r.id)).to.deep.equal(['i:1', 'i:2']);
    controller.rows()[0]!.toggleExpanded(true);
    expect(controller.rows().map((r) => r.id)).to.deep.equal(['i:1', 'i:1-1', 'i:2']);
  });
});
