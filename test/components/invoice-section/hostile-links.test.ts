import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { MAX_SORT_KEYS } from '../../../src/data/query.js';
import { MemorySavedViewsStore } from '../../../src/data/saved-views.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceQuery } from '../../../src/data/types.js';
import { setLocale } from '../../../src/localization.js';
import { deepQueryAll, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

/**
 * State read from a shared link is bounded, and a link that could not be read in full says so
 * on the section (a visible, localised notice), instead of changing what it asked for silently.
 */
describe('<invoice-section> opened with a hostile link', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(async () => {
    history.replaceState(history.state, '', original);
    await setLocale('en');
  });

  const rows = () => [...seedInvoices(), ...generateInvoices(45, { seed: 8 })];

  async function open(search: string, adapter = new InMemoryInvoiceAdapter(rows())): Promise<InvoiceSection> {
    const url = new URL(original);
    for (const [name, value] of new URLSearchParams(search)) url.searchParams.set(name, value);
    history.replaceState(history.state, '', url.href);
    const section = await fixture<InvoiceSection>(
      html`<invoice-section sync-url .adapter=${adapter} .savedViewsStore=${new MemorySavedViewsStore()}></invoice-section>`,
    );
    await settle(section);
    return section;
  }

  async function settle(section: InvoiceSection): Promise<void> {
    for (let i = 0; i < 4; i++) {
      await section.updateComplete;
      const grid = section.shadowRoot!.querySelector('invoice-grid') as InvoiceGrid;
      await grid.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
  }

  const notice = (section: InvoiceSection) => section.shadowRoot!.querySelector<HTMLElement>('[part~="link-notice"]');
  const noticeText = (section: InvoiceSection) => notice(section)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const status = (section: InvoiceSection) => section.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  const dataRows = (section: InvoiceSection) =>
    deepQueryAll(section.shadowRoot!.querySelector('invoice-grid')!, '[role="row"]').filter((row) =>
      row.querySelector('[role="gridcell"]'),
    );

  it('shows the last page for offset=1e308, and says so', async () => {
    const section = await open('offset=1e308');
    await until(() => section.query.offset === 25, 'the last page');
    await settle(section);
    await until(() => dataRows(section).length === 25, 'rows of the last page');
    expect(new URLSearchParams(location.search).get('offset'), 'the URL says the page shown').to.equal('25');
    expect(deepQueryAll(section, '[part~="pager"]')[0]?.textContent).to.contain('26–50 of 50');
    expect(noticeText(section)).to.contain('The link asked for a page after the last one, so the last page is shown.');
    expect(status(section)).to.contain('the last page is shown');
    await expectNoAxeViolations(section);
  });

  it('keeps the conditions of a filter from a newer version that it can read, and says what it left out', async () => {
    const section = await open('f.v=99&f.min=40000&f.tag=urgent&f.status=open,overdue');
    expect(section.query.filter).to.deep.equal({ version: 1, amountMin: 40000, statuses: ['open'] });
    expect(noticeText(section)).to.contain(
      'This link comes from a newer version of this page: filter settings this version does not know were left out.',
    );
    expect(noticeText(section)).to.contain('This link could not be read in full. Left out: Status and Other filter conditions.');
    expect(deepQueryAll(section, '[part~="chip"]').length, 'the conditions it kept show as chips').to.equal(2);
  });

  it('reads f.min=0x3E8 as nothing, not 1000, and says so', async () => {
    const section = await open('f.v=1&f.min=0x3E8');
    expect(section.query.filter.amountMin).to.equal(undefined);
    expect(noticeText(section)).to.contain('Left out: Minimum amount.');
  });

  it(`caps 3,000 sort keys at ${MAX_SORT_KEYS}, and every query stays quick`, async () => {
    const adapter = new InMemoryInvoiceAdapter(generateInvoices(5000, { seed: 2 }));
    const queries: InvoiceQuery[] = [];
    const list = adapter.listInvoices.bind(adapter);
    adapter.listInvoices = (query, options) => {
      queries.push(query);
      return list(query, options);
    };
    const sort = Array.from({ length: 3000 }, (_, i) => `${i % 2 ? 'amount' : `f${i}`}:desc`).join(',');
    const section = await open(`sort=${sort}`, adapter);
    await until(() => queries.length > 0, 'a load');
    expect(section.query.sort.length).to.be.at.most(MAX_SORT_KEYS);
    for (const query of queries) expect(query.sort.length).to.be.at.most(MAX_SORT_KEYS);
    expect(noticeText(section)).to.contain('Left out: Sort order.');
  });

  it('says nothing for a link it read in full, and the notice goes when dismissed or when the user moves on', async () => {
    const clean = await open('q=2202008&f.v=1&f.from=2020-05');
    expect(notice(clean)).to.equal(null);

    const section = await open('status=open,bogus&limit=99999');
    expect(noticeText(section)).to.contain('Left out: Status tab and Rows per page.');
    const dismiss = getByRole(section, 'button', 'Dismiss');
    dismiss.focus();
    dismiss.click();
    await settle(section);
    expect(notice(section)).to.equal(null);

    const again = await open('status=bogus');
    expect(notice(again)).not.to.equal(null);
    getByRole(again.shadowRoot!.querySelector('invoice-status-tabs')!, 'tab', /^Closed/).click();
    await settle(again);
    expect(notice(again)).to.equal(null);
  });

  it('keeps the notice when the grid restores a remembered sort on its own', async () => {
    localStorage.setItem(
      'invoice-grid:links-test',
      JSON.stringify({ v: 1, order: [], hidden: [], widths: {}, sort: [{ field: 'amount', direction: 'desc' }] }),
    );
    try {
      const url = new URL(original);
      url.searchParams.set('f.min', '0x3E8');
      history.replaceState(history.state, '', url.href);
      const section = await fixture<InvoiceSection>(
        html`<invoice-section
          sync-url
          storage-key="links-test"
          .adapter=${new InMemoryInvoiceAdapter(rows())}
          .savedViewsStore=${new MemorySavedViewsStore()}
        ></invoice-section>`,
      );
      await settle(section);
      expect(section.query.sort).to.deep.equal([{ field: 'amount', direction: 'desc' }]);
      expect(noticeText(section)).to.contain('Left out: Minimum amount.');
    } finally {
      localStorage.removeItem('invoice-grid:links-test');
    }
  });

  it('speaks the notice in the active language', async () => {
    await setLocale('ja');
    const section = await open('f.v=1&f.min=0x3E8');
    await settle(section);
    expect(noticeText(section)).to.match(/最低金額|最小金額/);
    expect(noticeText(section)).not.to.contain('could not be read');
    expect(queryAllByRole(section, 'button', 'Dismiss')).to.have.length(0);
  });
});
