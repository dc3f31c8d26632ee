// The grid's "Customize columns" and export panels load with import() on first use (or when the
// page is idle). The first test clicks in the same task as the grid is created, before the page
// can be idle: the click must still open the panel with focus in it.
import { expect } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { deepActiveElement, getByRole, waitFor } from '../../helpers/dom.js';

// Room for every module of the test page in the resource timeline (250 entries by default).
performance.setResourceTimingBufferSize(10_000);
const loaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/parts/panels'));

describe('invoice-grid panels loaded on first use', () => {
  let grid: InvoiceGrid;
  afterEach(() => grid?.remove());

  it('opens "Customize columns" from a click made before the panels have loaded, focused inside', async () => {
    grid = document.createElement('invoice-grid');
    grid.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    document.body.append(grid);
    await grid.updateComplete;
    expect(loaded(), 'panels loaded before the click').to.equal(false);
    getByRole(grid.shadowRoot as ShadowRoot, 'button', 'Customize columns').click();
    await grid.updateComplete;
    expect(loaded()).to.equal(true);
    const panel = await waitFor(() => grid.shadowRoot!.querySelector('#columns-panel'), 'the panel');
    expect(getByRole(panel as HTMLElement, 'checkbox', 'Month')).to.exist;
    await waitFor(() => (panel as HTMLElement).contains(deepActiveElement()), 'focus in the panel');
  });

  it('opens the export panel once the panels are loaded', async () => {
    grid = document.createElement('invoice-grid');
    grid.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    document.body.append(grid);
    await grid.updateComplete;
    getByRole(grid.shadowRoot as ShadowRoot, 'button', 'Export to Excel').click();
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelector('[part~="export-panel"]')).to.exist;
  });
});
