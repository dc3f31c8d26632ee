import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/invoice-status-tabs.js';
import type { InvoiceStatusTabs } from '../../../src/components/invoice-status-tabs/invoice-status-tabs.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../../src/data/query.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceDataAdapter, InvoiceQuery, StatusCounts } from '../../../src/data/types.js';
import { failingAdapter, pendingAdapter } from '../../../stories/fixtures.js';
import { expectFocused, expectSame, getByRole, queryAllByRole } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { setLocale } from '../../../src/localization.js';

const seed = () => new InMemoryInvoiceAdapter(seedInvoices());

async function tabsFor(adapter: InvoiceDataAdapter, attrs: { showAll?: boolean; showNa?: boolean } = {}): Promise<InvoiceStatusTabs> {
  const el = await fixture<InvoiceStatusTabs>(
    html`<invoice-status-tabs .adapter=${adapter} ?show-all=${attrs.showAll} ?show-na=${attrs.showNa}></invoice-status-tabs>`,
  );
  await el.countsSettled;
  await el.updateComplete;
  return el;
}

const tabNames = (el: Element) => queryAllByRole(el, 'tab').map((tab) => tab.textContent!.replace(/\s+/g, ' ').trim());
const selectedName = (el: Element) =>
  queryAllByRole(el, 'tab')
    .filter((tab) => tab.getAttribute('aria-selected') === 'true')
    .map((tab) => tab.textContent!.replace(/\s+/g, ' ').trim());

async function setQuery(el: InvoiceStatusTabs, query: Partial<InvoiceQuery>): Promise<void> {
  el.query = defaultQuery(query);
  await el.updateComplete;
  await el.countsSettled;
  await el.updateComplete;
}

describe('<invoice-status-tabs>', () => {
  it('shows Open, Disputed and Closed with the adapter counts, names starting with the label', async () => {
    const el = await tabsFor(seed());
    expect(tabNames(el)).to.deep.equal(['Open 1', 'Disputed 0', 'Closed 1']);
    expect(getByRole(el, 'tab', /^Open\b/).getAttribute('aria-selected')).to.equal('false');
    expect(getByRole(el, 'tablist').getAttribute('aria-label')).to.equal('Invoice status');
  });

  it('adds All and Not applicable on request, All selected while status is null', async () => {
    const el = await tabsFor(seed(), { showAll: true, showNa: true });
    expect(tabNames(el)).to.deep.equal(['All 5', 'Open 1', 'Disputed 0', 'Closed 1', 'Not applicable 3']);
    expect(selectedName(el)).to.deep.equal(['All 5']);
    expect(el.hasAttribute('status')).to.equal(false);
  });

  it('counts follow the search and the filter, ignoring the status constraint', async () => {
    const el = await tabsFor(seed(), { showAll: true, showNa: true });
    await setQuery(el, { search: '3481' });
    expect(tabNames(el)).to.deep.equal(['All 1', 'Open 0', 'Disputed 0', 'Closed 1', 'Not applicable 0']);
    await setQuery(el, { filter: { version: 1, amountMin: 40000 }, statuses: ['open'] });
    expect(tabNames(el)).to.deep.equal(['All 2', 'Open 1', 'Disputed 0', 'Closed 0', 'Not applicable 1']);
    await setQuery(el, { filter: { version: 1, customerName: { op: 'equals', value: 'nobody' } } });
    expect(tabNames(el)).to.deep.equal(['All 0', 'Open 0', 'Disputed 0', 'Closed 0', 'Not applicable 0']);
  });

  it('formats counts for the locale with grouping', async () => {
    const adapter = new InMemoryInvoiceAdapter(generateInvoices(3000, { seed: 5 }));
    const el = await tabsFor(adapter, { showAll: true });
    expect(tabNames(el)[0]).to.equal('All 3,000');
  });

  it('shows a placeholder while counts load, and never an answer older than the query', async () => {
    const el = await fixture<InvoiceStatusTabs>(html`<invoice-status-tabs .adapter=${pendingAdapter()}></invoice-status-tabs>`);
    expect(getByRole(el, 'tablist').getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part~="count-placeholder"]')).to.have.length(3);
    expect(tabNames(el)).to.deep.equal(['Open', 'Disputed', 'Closed']);
    await expectNoAxeViolations(el);

    // A slow answer for an old query must not replace a fast answer for the new one.
    const slowFirst: InvoiceDataAdapter = {
      ...seed(),
      listInvoices: () => Promise.reject(new Error('unused')),
      listDocuments: () => Promise.resolve([]),
      fetchDocument: () => Promise.reject(new Error('unused')),
      countByStatus: (query: InvoiceQuery) =>
        new Promise<StatusCounts>((resolve) =>
          setTimeout(
            () => resolve(query.search ? { open: 9, disputed: 9, closed: 9, na: 9 } : { open: 1, disputed: 0, closed: 0, na: 0 }),
            query.search ? 200 : 10,
          ),
        ),
    };
    el.adapter = slowFirst;
    el.query = defaultQuery({ search: 'old' });
    await el.updateComplete;
    el.query = defaultQuery();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(tabNames(el)).to.deep.equal(['Open 1', 'Disputed 0', 'Closed 0']);
  });

  it('shows an error with Retry, reports it, and recovers', async () => {
    const adapter = failingAdapter({ failures: 1 });
    const errorEvent = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('invoice-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await tabsFor(adapter);
    expect((await errorEvent).detail.kind).to.equal('counts');
    await el.updateComplete;
    const alert = getByRole(el, 'alert');
    expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The invoice counts could not be loaded. Retry');
    await expectNoAxeViolations(el);
    getByRole(el, 'button', 'Retry').click();
    await el.updateComplete;
    await el.countsSettled;
    await el.updateComplete;
    expect(queryAllByRole(el, 'alert')).to.have.length(0);
    expect(tabNames(el)).to.deep.equal(['Open 1', 'Disputed 0', 'Closed 1']);
  });

  it('moves with arrows, Home and End; selection follows focus; one tab stop', async () => {
    const el = await tabsFor(seed(), { showAll: true, showNa: true });
    const changes: Array<string | null> = [];
    el.addEventListener('invoice-status-change', (e) => changes.push(e.detail.status));
    const tabs = queryAllByRole(el, 'tab');
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.status).to.equal('open');
    expect(el.getAttribute('status')).to.equal('open');
    expectFocused(getByRole(el, 'tab', 'Open 1'));
    expect(selectedName(el)).to.deep.equal(['Open 1']);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.status).to.equal('na');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.status, 'wraps to the first').to.equal(null);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.status, 'wraps to the last').to.equal('na');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.status).to.equal(null);
    expect(changes).to.deep.equal(['open', 'na', null, 'na', null]);
    expect(queryAllByRole(el, 'tab').map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
  });

  it('mirrors the arrow keys right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><invoice-status-tabs .adapter=${seed()}></invoice-status-tabs></div>`,
    );
    const el = wrapper.querySelector('invoice-status-tabs')!;
    await el.countsSettled;
    el.status = 'disputed';
    await el.updateComplete;
    getByRole(el, 'tab', 'Disputed 0').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.status).to.equal('closed');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.status).to.equal('open');
  });

  it('changes only when invoice-status-change is not prevented', async () => {
    const el = await tabsFor(seed());
    el.status = 'closed';
    await el.updateComplete;
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('invoice-status-change', veto);
    const fired = oneEvent(el, 'invoice-status-change');
    getByRole(el, 'tab', 'Open 1').click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ status: 'open', previous: 'closed' });
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.status).to.equal('closed');
    expect(selectedName(el)).to.deep.equal(['Closed 1']);
    // The keyboard respects the veto too.
    getByRole(el, 'tab', 'Closed 1').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.status).to.equal('closed');
    el.removeEventListener('invoice-status-change', veto);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.status, 'Enter selects the focused tab').to.equal('disputed');
  });

  it('scrolls the selected tab into view on a narrow screen, without wrapping', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 220px"><invoice-status-tabs show-all show-na .adapter=${seed()}></invoice-status-tabs></div>`,
    );
    const el = wrapper.querySelector('invoice-status-tabs')!;
    await el.countsSettled;
    await el.updateComplete;
    const list = getByRole(el, 'tablist');
    const tops = new Set(queryAllByRole(el, 'tab').map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(tops.size, 'one row of tabs').to.equal(1);
    expect(list.scrollLeft).to.equal(0);
    el.status = 'na';
    await el.updateComplete;
    const tab = getByRole(el, 'tab', 'Not applicable 3').getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(list.scrollLeft).to.be.greaterThan(0);
    expect(tab.right).to.be.at.most(box.right + 1);
  });

  it('fits All, Open, Disputed and Closed on a phone in every locale, the count under its label', async () => {
    try {
      for (const locale of ['en', 'ja', 'ko', 'zh-Hant', 'zh-Hans']) {
        await setLocale(locale);
        for (const width of [320 - 32, 390 - 32]) {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="width: ${width}px"><invoice-status-tabs show-all .adapter=${seed()}></invoice-status-tabs></div>`,
          );
          const el = wrapper.querySelector('invoice-status-tabs')!;
          await el.countsSettled;
          await el.updateComplete;
          const list = getByRole(el, 'tablist');
          expect(list.scrollWidth, `${locale}, ${width} px: no sideways scroll`).to.be.at.most(list.clientWidth + 1);
          const tabs = queryAllByRole(el, 'tab');
          expect(tabs).to.have.length(4);
          for (const tab of tabs) {
            const label = tab.querySelector('[part~="label"]')!.getBoundingClientRect();
            const count = tab.querySelector('[part~="count"]')!.getBoundingClientRect();
            expect(count.top, `${locale}: the count of "${tab.textContent!.trim()}" under its label`).to.be.at.least(label.bottom - 1);
            expect(tab.getBoundingClientRect().height, 'a touch target').to.be.at.least(44);
          }
          wrapper.remove();
        }
      }
    } finally {
      await setLocale('en');
    }
  });

  it('reads the status attribute, ignoring unknown values', async () => {
    const el = await fixture<InvoiceStatusTabs>(
      html`<invoice-status-tabs status="closed" show-all .adapter=${seed()}></invoice-status-tabs>`,
    );
    await el.countsSettled;
    await el.updateComplete;
    expect(selectedName(el)).to.deep.equal(['Closed 1']);
    el.setAttribute('status', 'paid');
    await el.updateComplete;
    expect(el.status).to.equal(null);
    expect(selectedName(el)).to.deep.equal(['All 5']);
  });

  it('points aria-controls at the controlled element', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <invoice-status-tabs controls="the-list" .adapter=${seed()}></invoice-status-tabs>
        <div id="the-list">list</div>
      </div>`,
    );
    const el = wrapper.querySelector('invoice-status-tabs')!;
    await el.updateComplete;
    const tab = getByRole(el, 'tab', /^Open/) as HTMLElement & { ariaControlsElements?: Element[] };
    if ('ariaControlsElements' in tab) {
      expect(tab.ariaControlsElements?.length).to.equal(1);
      expectSame(tab.ariaControlsElements?.[0], wrapper.querySelector('#the-list'), 'controlled element');
    }
  });

  it('has no axe violations with counts, with All and NA, and with a tab selected', async () => {
    const el = await tabsFor(seed());
    await expectNoAxeViolations(el);
    el.showAll = true;
    el.showNa = true;
    el.status = 'na';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
