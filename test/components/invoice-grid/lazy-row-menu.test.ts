// A row's action menu loads with the grid's panels (import() on first use, or when the page is
// idle). A click on a row's "Actions" button made before that must still open the menu, styled,
// with focus on its first item.
import { expect } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { deepActiveElement, waitFor } from '../../helpers/dom.js';

performance.setResourceTimingBufferSize(10_000);
const loaded = (name = '/parts/panels') => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

describe('invoice-grid row menu loaded on first use', () => {
  let grid: InvoiceGrid;
  afterEach(() => grid?.remove());

  it('opens a row menu from a click made before its code has loaded, focused on its first item', async () => {
    grid = document.createElement('invoice-grid');
    grid.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    document.body.append(grid);
    const button = await waitFor(() => grid.shadowRoot!.querySelector<HTMLElement>('[part~="actions-button"]'), 'a row');
    expect(loaded(), 'menu loaded before the click').to.equal(false);
    expect(loaded('/controllers/menu-controller'), 'not part of the first load').to.equal(false);
    button.click();
    await grid.updateComplete;
    const menu = grid.shadowRoot!.querySelector<HTMLElement>('[role="menu"]');
    expect(menu, 'the menu, once updateComplete settles').to.exist;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(menu!).position, 'styled').to.equal('absolute');
    await waitFor(() => deepActiveElement()?.getAttribute('data-menu-action') === 'view-details', 'focus on "View details"');
    // Escape closes it and focus returns to its button.
    deepActiveElement()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelector('[role="menu"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(button);
  });
});
