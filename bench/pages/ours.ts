// Shared driver for the two <invoice-grid> pages (virtual and paged).
import '../../src/define/invoice-grid.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import type { Invoice } from '../../src/data/types.js';
import { install } from './common.js';

/**
 * A page of the paged grid as it shows it: each lineage under its original when both are on
 * the page (the group where its first member is), sub-rows open. Written here from the
 * documented rule rather than imported, so the expectation does not come from the grid's code.
 */
function pageAsShown(view: Invoice[], pageSize: number): Invoice[] {
  const page = view.slice(0, pageSize);
  const base = (n: string) => /^(.*?)(?:-(\d+)|CN)$/.exec(n)?.[1] ?? n;
  const originals = new Map<string, Invoice>();
  for (const row of page)
    if (base(row.invoiceNumber) === row.invoiceNumber && !originals.has(row.invoiceNumber)) originals.set(row.invoiceNumber, row);
  const members = new Map<Invoice, Invoice[]>();
  for (const row of page) {
    const original = originals.get(base(row.invoiceNumber));
    if (!original || original === row) continue;
    members.set(original, [...(members.get(original) ?? []), row]);
  }
  const rank = (n: string) => (n.endsWith('CN') ? 1e9 : Number(/-(\d+)$/.exec(n)?.[1] ?? 0));
  const shown: Invoice[] = [];
  const placed = new Set<Invoice>();
  for (const row of page) {
    const original = originals.get(base(row.invoiceNumber));
    const group = original && members.has(original) ? original : undefined;
    if (!group) {
      shown.push(row);
      continue;
    }
    if (placed.has(group)) continue;
    placed.add(group);
    shown.push(group, ...[...members.get(group)!].sort((a, b) => rank(a.invoiceNumber) - rank(b.invoiceNumber)));
  }
  return shown;
}

export function installOurs(name: string, scroller: (grid: InvoiceGrid) => HTMLElement | null | undefined, pageSize?: number): void {
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
      ...(pageSize ? { shown: (view: Invoice[]) => pageAsShown(view, pageSize) } : {}),
    },
    customElements.whenDefined('invoice-grid').then(() => undefined),
  );
}
