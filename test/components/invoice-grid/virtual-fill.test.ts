import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { generateInvoices } from '../../../src/data/sample.js';
import { settle } from '../../helpers/grid.js';

/** The virtual grid's scrolling area takes the height its container gives the grid, no more and no less. */

const scroller = (el: InvoiceGrid) => el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;

async function inContainer(style: string): Promise<{ el: InvoiceGrid; box: HTMLElement }> {
  const el = document.createElement('invoice-grid');
  el.adapter = new InMemoryInvoiceAdapter(generateInvoices(500));
  el.virtual = true;
  const box = await fixture<HTMLElement>(html`<div style=${style}>${el}</div>`);
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle(el);
  return { el, box };
}

/** How far the grid's bottom (its footer included) is from its container's bottom. */
const gap = (el: InvoiceGrid, box: HTMLElement) => box.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom;

describe('<invoice-grid virtual> fills its container', () => {
  for (const [what, style] of [
    ['a sized block', 'height: 720px'],
    ['a flex column', 'display: flex; flex-direction: column; height: 720px'],
    ['a grid', 'display: grid; height: 720px'],
  ] as const) {
    it(`in ${what}: the grid ends where its container ends and the rows scroll inside it`, async () => {
      const { el, box } = await inContainer(style);
      expect(Math.abs(gap(el, box)), 'no empty band below the grid').to.be.below(2);
      const grid = scroller(el);
      expect(grid.scrollHeight, 'the rows scroll inside the grid').to.be.above(grid.clientHeight);
      // It follows its container.
      box.style.height = '520px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await settle(el);
      expect(Math.abs(gap(el, box)), 'after the container shrank').to.be.below(2);
      expect(grid.getBoundingClientRect().height).to.be.below(520);
    });
  }

  it('with no height given, keeps the least height (15rem) rather than collapsing or growing to every row', async () => {
    const { el } = await inContainer('');
    const height = scroller(el).getBoundingClientRect().height;
    expect(height).to.be.within(239, 600);
  });

  it('--inv-grid-virtual-height sets the scrolling area height', async () => {
    const { el } = await inContainer('--inv-grid-virtual-height: 333px');
    expect(Math.round(scroller(el).getBoundingClientRect().height)).to.equal(333);
  });
});
