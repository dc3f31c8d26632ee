import {
  ClientSideRowModelModule,
  ColumnApiModule,
  ModuleRegistry,
  QuickFilterModule,
  createGrid,
  type ColDef,
  type GridApi,
} from 'ag-grid-community';
import type { Invoice } from '../../src/data/types.js';
import { SEARCH_FIELDS, install } from './common.js';

ModuleRegistry.registerModules([ClientSideRowModelModule, ColumnApiModule, QuickFilterModule]);

const searched = new Set<string>(SEARCH_FIELDS);
const columns: ColDef<Invoice>[] = (
  [
    ['invoiceNumber', 'Invoice number'],
    ['billingMonth', 'Month'],
    ['amount', 'Amount'],
    ['customerName', 'Customer name'],
    ['ocn', 'Customer number (OCN)'],
    ['bcn', 'Customer number (BCN)'],
    ['billingEntityName', 'Billing entity'],
    ['status', 'Status'],
  ] as const
).map(([field, headerName]) => ({
  field,
  headerName,
  // The quick filter looks in the same fields as the other grids' search.
  ...(searched.has(field) ? {} : { getQuickFilterText: () => '' }),
}));

let api: GridApi<Invoice> | undefined;
const host = document.getElementById('grid') as HTMLElement;

install('ag-grid', {
  load(rows) {
    api?.destroy();
    api = createGrid(host, { columnDefs: columns, rowData: rows, animateRows: false });
  },
  sortByAmount() {
    api?.applyColumnState({ state: [{ colId: 'amount', sort: 'asc' }], defaultState: { sort: null } });
  },
  search(text) {
    api?.setGridOption('quickFilterText', text);
  },
  topRows(count) {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const cell = host.querySelector(`.ag-row[row-index="${i}"] [col-id="invoiceNumber"]`);
      out.push(cell?.textContent ?? '');
    }
    return out;
  },
  scroller: () => host.querySelector<HTMLElement>('.ag-grid-viewport'),
});
