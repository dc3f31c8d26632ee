import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceStatusTabs } from '../../../src/components/invoice-status-tabs/invoice-status-tabs.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { MemorySavedViewsStore } from '../../../src/data/saved-views.js';
import { setLocale } from '../../../src/localization.js';
import { until } from '../../helpers/dom.js';
import { dataRows } from '../../helpers/grid.js';
import { COMMON_WIDTHS, LAYOUT_LOCALES, layoutProblems, layoutRows, settleLayout } from '../../helpers/widths.js';

/**
 * The composed section at the widths customers use, in English, Japanese and Korean, paged
 * and virtual: its grid keeps every identifier whole with status and actions on screen, the
 * page never scrolls sideways, and a virtual section fills the height it is given.
 */

async function mount(virtual: boolean): Promise<{ section: InvoiceSection; grid: InvoiceGrid; box: HTMLElement }> {
  const box = await fixture<HTMLElement>(
    html`<div style=${virtual ? 'height: 800px' : ''}>
      <invoice-section
        style=${virtual ? 'height: 100%' : ''}
        ?virtual=${virtual}
        .adapter=${new InMemoryInvoiceAdapter(layoutRows(), { lastRefreshed: '2026-11-24T21:00:00.000Z' })}
        .savedViewsStore=${new MemorySavedViewsStore()}
      ></invoice-section>
    </div>`,
  );
  const section = box.querySelector('invoice-section')!;
  await section.updateComplete;
  const grid = section.shadowRoot!.querySelector('invoice-grid')!;
  const tabs = section.shadowRoot!.querySelector<InvoiceStatusTabs>('invoice-status-tabs')!;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await section.updateComplete;
      await grid.updateComplete;
      await tabs.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  await until(() => dataRows(grid).length > 0, 'rows shown', 8000);
  await settleLayout(grid, settle);
  return { section, grid, box };
}

describe('<invoice-section> at every width, in en, ja and ko', function () {
  this.timeout(180_000);
  after(async () => {
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of COMMON_WIDTHS) {
    it(`${width} px: identifiers whole, status and actions on screen, no sideways page scroll; virtual fills its height`, async () => {
      await setViewport({ width, height: 900 });
      for (const locale of LAYOUT_LOCALES) {
        await setLocale(locale);
        for (const virtual of [false, true]) {
          const { section, grid, box } = await mount(virtual);
          expect(layoutProblems(grid), `${virtual ? 'virtual, ' : ''}${width} px, ${locale}`).to.deep.equal([]);
          if (virtual) {
            // The grid takes the height the summary, the header and the notice leave: no empty
            // band under the section, and never less than its least height (15rem), the section
            // growing past its box instead when the rest is taller (a phone).
            const notice = section.shadowRoot!.querySelector('[part~="notice"]')!;
            const gap = box.getBoundingClientRect().bottom - notice.getBoundingClientRect().bottom;
            expect(gap, `virtual, ${width} px, ${locale}: no empty band under the section`).to.be.below(2);
            const rows = grid.shadowRoot!.querySelector('[role="grid"]')!.getBoundingClientRect();
            expect(rows.height, `virtual, ${width} px, ${locale}: the rows keep their least height`).to.be.at.least(239);
            expect(notice.getBoundingClientRect().top, 'the notice follows the grid').to.be.at.least(
              grid.getBoundingClientRect().bottom - 1,
            );
            if (gap < -2) expect(rows.height, 'a section taller than its box leaves the grid at its least height').to.be.below(260);
          }
          box.remove();
        }
      }
    });
  }
});
