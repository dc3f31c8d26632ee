// Shared driver for the two <invoice-grid> pages (virtual and paged).
import '../../src/define/invoice-grid.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import { install } from './common.js';

export function installOurs(name: string, scroller: (grid: InvoiceGrid) => HTMLElement | null | undefined): void {
  const grid = document.getElementById('grid') as InvoiceGrid;
  const root = () => grid.shadowRoot;
  install(
    name,
    {
      load(rows) {
        grid.query = defaultQuery();
        grid.adapter = new InMemoryInvoiceAdapter(rows);
      },
      sortByAmount() {
        grid.query = { ...grid.query, offset: 0, sort: [{ field: 'amount', direction: 'asc' }] };
      },
      search(text) {
        grid.query = { ...grid.query, offset: 0, search: text };
      },
      topRows(count) {
        const out: string[] = [];
        for (let i = 0; i < count; i++) {
          const number = root()?.querySelector(`[role="row"][aria-rowindex="${i + 2}"]:not(.pending) .number`);
          out.push(number?.textContent?.trim() ?? '');
        }
        return out;
      },
      scroller: () => scroller(grid),
      setWidth(px) {
        grid.style.width = `${px}px`;
      },
      // With no sort chosen, the adapter lists newest billing month first, ties in the data's order.
      defaultOrder: (rows) =>
        rows
          .map((row, i) => ({ row, i }))
          .sort((a, b) => (a.row.billingMonth === b.row.billingMonth ? a.i - b.i : a.row.billingMonth < b.row.billingMonth ? 1 : -1))
          .map(({ row }) => row),
    },
    customElements.whenDefined('invoice-grid').then(() => undefined),
  );
}
