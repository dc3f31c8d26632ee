// The cards of a narrow grid (under 640 px) bring their parts and styles with import() the
// first time a grid shows them: a wide grid does not load them, and a narrow one never shows a
// card without its styles (the update that shows cards waits for them).
import { expect } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { waitFor } from '../../helpers/dom.js';

performance.setResourceTimingBufferSize(10_000);
const loaded = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

function gridIn(width: number): { grid: InvoiceGrid; box: HTMLElement } {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const grid = document.createElement('invoice-grid') as InvoiceGrid;
  grid.adapter = new InMemoryInvoiceAdapter(seedInvoices());
  box.append(grid);
  document.body.append(box);
  return { grid, box };
}

describe('invoice-grid cards loaded on first use', () => {
  it('leaves the cards out of a wide grid', async () => {
    const { grid, box } = gridIn(1100);
    await waitFor(() => grid.shadowRoot!.querySelector('[part~="actions-button"]'), 'rows');
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelector('[role="grid"]')!.classList.contains('cards')).to.equal(false);
    expect(loaded('/parts/cards'), 'cards not loaded').to.equal(false);
    box.remove();
  });

  it('shows the cards of a narrow grid styled from their first frame', async () => {
    const unstyled: string[] = [];
    const { grid, box } = gridIn(360);
    const check = () => {
      const element = grid.shadowRoot?.querySelector('[role="grid"].cards');
      const head = element?.querySelector<HTMLElement>('.head');
      if (head && getComputedStyle(head).display !== 'none') unstyled.push('header row shown on a card grid');
    };
    // Mutation records are delivered before the browser paints the change.
    const observer = new MutationObserver(check);
    await waitFor(() => grid.shadowRoot, 'shadow root');
    observer.observe(grid.shadowRoot!, { childList: true, subtree: true, attributes: true });
    await waitFor(() => grid.shadowRoot!.querySelector('[part~="cards-bar"]'), 'the cards bar');
    check();
    observer.disconnect();
    expect(loaded('/parts/cards')).to.equal(true);
    expect(unstyled).to.deep.equal([]);
    const card = grid.shadowRoot!.querySelector<HTMLElement>('.body [part~="row"]')!;
    expect(getComputedStyle(card).gridTemplateAreas, 'card layout').to.contain('number');
    box.remove();
  });
});
