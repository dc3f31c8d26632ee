import { FilterModule, SortModule, Tabulator } from 'tabulator-tables';
import 'tabulator-tables/dist/css/tabulator.min.css';
import type { Invoice } from '../../src/data/types.js';
import { install, matchesSearch } from './common.js';

Tabulator.registerModule([SortModule, FilterModule]);

const host = document.getElementById('grid') as HTMLElement;
let table: Tabulator | undefined;

const columns = (
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
).map(([field, title]) => ({ field, title, sorter: field === 'amount' ? ('number' as const) : ('string' as const) }));

install('tabulator', {
  load(rows) {
    table?.destroy();
    return new Promise<void>((resolve) => {
      table = new Tabulator(host, { data: rows, columns, height: '600px', layout: 'fitData', renderVertical: 'virtual' });
      table.on('tableBuilt', () => resolve());
    });
  },
  sortByAmount() {
    table?.setSort('amount', 'asc');
  },
  search(text) {
    table?.setFilter((row: Invoice) => matchesSearch(row, text));
  },
  topRows(count) {
    const rows = host.querySelectorAll('.tabulator-table > .tabulator-row');
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(rows[i]?.querySelector('[tabulator-field="invoiceNumber"]')?.textContent ?? '');
    return out;
  },
  scroller: () => host.querySelector<HTMLElement>('.tabulator-tableholder'),
});
