import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { setLocale } from '../../../src/localization.js';
import { dataRows, settle } from '../../helpers/grid.js';
import {
  COMMON_WIDTHS,
  EXTREME_WIDTHS,
  LAYOUT_LOCALES,
  expectWholeCardDetail,
  layoutProblems,
  layoutRows,
  settleLayout,
} from '../../helpers/widths.js';

/**
 * The grid at the widths customers use, in English, Japanese and Korean, paged and virtual:
 * every identifier whole, status and actions on screen, the page never scrolling sideways,
 * and headers that break between words only (checks in test/helpers/widths.ts).
 */

async function mount(virtual: boolean): Promise<InvoiceGrid> {
  const el = document.createElement('invoice-grid');
  el.adapter = new InMemoryInvoiceAdapter(layoutRows());
  el.virtual = virtual;
  // A virtual grid fills the height its container gives it.
  await fixture(virtual ? html`<div style="display: flex; flex-direction: column; height: 700px">${el}</div>` : html`<div>${el}</div>`);
  await settleLayout(el, () => settle(el));
  return el;
}

describe('<invoice-grid> at every width, in en, ja and ko', function () {
  this.timeout(180_000);
  after(async () => {
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [...COMMON_WIDTHS, ...EXTREME_WIDTHS]) {
    it(`${width} px: identifiers whole, status and actions on screen, no sideways page scroll`, async () => {
      await setViewport({ width, height: 900 });
      for (const locale of LAYOUT_LOCALES) {
        await setLocale(locale);
        const el = await mount(false);
        const cards = el.shadowRoot!.querySelector('[role="grid"]')!.classList.contains('cards');
        expect(cards, `${locale}: cards below 640 px`).to.equal(width < 640);
        expect(layoutProblems(el), `${width} px, ${locale}`).to.deep.equal([]);
        // The detail of a card holds the rest (OCN, BCN, names), whole too.
        if (cards) await expectWholeCardDetail(el, () => settle(el), `${width} px, ${locale}`);
        el.parentElement!.remove();
      }
    });

    it(`${width} px, virtual: the same, with rows of one height`, async () => {
      await setViewport({ width, height: 900 });
      for (const locale of LAYOUT_LOCALES) {
        await setLocale(locale);
        const el = await mount(true);
        const cards = el.shadowRoot!.querySelector('[role="grid"]')!.classList.contains('cards');
        // Virtual rows have no detail to move columns into: where the pinned columns and a
        // scrolling area do not fit on one line (a tablet, 640–1023 px), they are cards too.
        if (width < 640) expect(cards, `${locale}: cards below 640 px`).to.equal(true);
        if (width >= 1024) expect(cards, `${locale}: a table from 1024 px`).to.equal(false);
        expect(layoutProblems(el), `virtual, ${width} px, ${locale}`).to.deep.equal([]);
        const heights = new Set(dataRows(el).map((row) => Math.round(row.getBoundingClientRect().height)));
        expect(heights.size, `virtual, ${width} px, ${locale}: one row height`).to.equal(1);
        el.parentElement!.remove();
      }
    });
  }
});
