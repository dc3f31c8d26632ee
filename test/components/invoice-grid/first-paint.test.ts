import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { generateInvoices } from '../../../src/data/sample.js';
import { settle } from '../../helpers/grid.js';

/**
 * The first paint of a virtual grid: the widths measured from the first rows go on the grid in
 * the update that shows them, without another render, and the shadows at the pinned edges
 * follow without one either.
 */

const gridOf = (el: InvoiceGrid) => el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

interface Seen {
  rows: number;
  cols: string;
  pending: boolean;
  classes: string;
}

/** A virtual grid in a box `width` px wide, with what each of its updates left on the grid. */
async function mount(width: number): Promise<{ el: InvoiceGrid; seen: Seen[] }> {
  const el = document.createElement('invoice-grid');
  el.adapter = new InMemoryInvoiceAdapter(generateInvoices(500));
  el.virtual = true;
  const seen: Seen[] = [];
  // Added after the grid's own controllers: sees each update as they left it.
  el.addController({
    hostUpdated() {
      const grid = el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]');
      if (!grid) return;
      seen.push({
        rows: grid.querySelectorAll('.body [role="row"]').length,
        cols: grid.style.getPropertyValue('--_cols'),
        pending: el.isUpdatePending,
        classes: grid.className,
      });
    },
  });
  await fixture(html`<div style="width: ${width}px; height: 700px">${el}</div>`);
  await settle(el);
  await frame();
  await settle(el);
  return { el, seen };
}

describe('<invoice-grid virtual> first paint', () => {
  it('the update that shows the first rows leaves their measured widths on the grid, with no render to follow', async () => {
    const { el, seen } = await mount(1280);
    const first = seen.find((update) => update.rows > 0);
    expect(first, 'an update showed rows').to.exist;
    expect(first!.cols, 'the widths measured from those rows').to.equal(gridOf(el).style.getPropertyValue('--_cols'));
    expect(first!.pending, 'no second render for the widths').to.equal(false);
  });

  it('the shadows at the pinned edges follow the columns and the sideways scroll', async () => {
    const { el, seen } = await mount(900);
    const grid = gridOf(el);
    expect(grid.classList.contains('table'), 'a table at 900 px').to.equal(true);
    expect(grid.scrollWidth, 'the columns scroll sideways').to.be.above(grid.clientWidth);
    const first = seen.find((update) => update.rows > 0)!;
    expect(first.classes.split(' '), 'already on the update that shows the rows').to.include('more-end');
    expect(grid.classList.contains('more-start')).to.equal(false);
    grid.scrollLeft = grid.scrollWidth;
    await new Promise((resolve) => grid.addEventListener('scroll', resolve, { once: true }));
    expect(grid.classList.contains('more-start'), 'scrolled to the end: more at the start').to.equal(true);
    expect(grid.classList.contains('more-end'), 'nothing more at the end').to.equal(false);
    // A render (a new sort) keeps them: it rewrites the grid's classes.
    el.requestUpdate();
    await settle(el);
    expect(grid.classList.contains('more-start'), 'after a render').to.equal(true);
    expect(grid.classList.contains('more-end'), 'after a render').to.equal(false);
    grid.scrollLeft = 0;
    await new Promise((resolve) => grid.addEventListener('scroll', resolve, { once: true }));
    expect(grid.classList.contains('more-start'), 'back at the start').to.equal(false);
    expect(grid.classList.contains('more-end'), 'back at the start').to.equal(true);
  });

  it('a new result starts at its first row, the scroll known from scroll events', async () => {
    const { el } = await mount(1280);
    const grid = gridOf(el);
    grid.scrollTop = 100 * 44;
    await new Promise((resolve) => grid.addEventListener('scroll', resolve, { once: true }));
    await settle(el);
    expect(grid.scrollTop).to.be.above(0);
    grid.querySelector<HTMLButtonElement>('.head button[data-column-id="amount"]')!.click();
    await settle(el);
    await frame();
    expect(grid.scrollTop, 'back at the top').to.equal(0);
    const first = grid.querySelector<HTMLElement>('.body [role="row"]')!;
    expect(first.getAttribute('aria-rowindex'), 'the first row of the sorted rows').to.equal('2');
  });

  it('measures the header at its longest word from the same layout: a header never narrower than its longest word', async () => {
    const { el } = await mount(1280);
    for (const header of el.shadowRoot!.querySelectorAll<HTMLElement>('.head [role="columnheader"][data-column-id]')) {
      const label = header.querySelector<HTMLElement>('.label')!;
      expect(label.scrollWidth, header.dataset.columnId).to.be.at.most(label.clientWidth + 1);
    }
    expect(el.shadowRoot!.querySelectorAll('.measure-copy, .measure-max, .measure-min'), 'nothing of the measurement left').to.have.length(
      0,
    );
  });
});
