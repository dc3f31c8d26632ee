import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceStatusTabs } from '../../../src/components/invoice-status-tabs/invoice-status-tabs.component.js';
import type { AdvancedFilter } from '../../../src/components/advanced-filter/advanced-filter.component.js';
import { MemorySavedViewsStore } from '../../../src/data/saved-views.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import { failingAdapter, pendingAdapter } from '../../../stories/fixtures.js';
import type { InvoiceQuery } from '../../../src/data/types.js';
import { captureDownloads } from '../../helpers/downloads.js';
import { deepActiveElement, expectFocused, expectSame, deepQueryAll, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

const REFRESHED = '2026-11-24T21:00:00.000Z';
const seedAdapter = () => new InMemoryInvoiceAdapter(seedInvoices(), { lastRefreshed: REFRESHED });

function parts(section: InvoiceSection) {
  const root = section.shadowRoot!;
  return {
    tabs: root.querySelector('invoice-status-tabs') as InvoiceStatusTabs,
    grid: root.querySelector('invoice-grid') as InvoiceGrid,
    filter: root.querySelector('advanced-filter') as AdvancedFilter,
  };
}

const tabNames = (section: InvoiceSection) =>
  queryAllByRole(parts(section).tabs, 'tab').map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
const selectedTab = (section: InvoiceSection) =>
  queryAllByRole(parts(section).tabs, 'tab')
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => t.textContent!.replace(/\s+/g, ' ').trim())[0];

/** Invoice numbers of the data rows the grid shows. */
function shownNumbers(section: InvoiceSection): string[] {
  const grid = parts(section).grid;
  return deepQueryAll(grid, '[role="row"]')
    .map((row) =>
      [...row.querySelectorAll('[role="gridcell"]')]
        .map((cell) => (cell.textContent ?? '').trim().match(/^\d{13}(?:-\d+|CN)?/)?.[0])
        .find(Boolean),
    )
    .filter((n): n is string => !!n);
}

async function settle(section: InvoiceSection): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await section.updateComplete;
    const { tabs, grid } = parts(section);
    await tabs.updateComplete;
    await grid.updateComplete;
    await tabs.countsSettled;
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function sectionFor(adapter = seedAdapter(), attrs: Partial<InvoiceSection> = {}): Promise<InvoiceSection> {
  const section = await fixture<InvoiceSection>(
    html`<invoice-section .adapter=${adapter} .savedViewsStore=${new MemorySavedViewsStore()}></invoice-section>`,
  );
  Object.assign(section, attrs);
  await settle(section);
  await until(() => shownNumbers(section).length > 0 || !!attrs, 'rows shown');
  return section;
}

describe('<invoice-section>', () => {
  beforeEach(() => localStorage.clear());

  it('starts unfiltered: All selected, every tab counting, the five seed rows, notice and refresh stamp', async () => {
    const section = await sectionFor(seedAdapter(), { showNa: true, billingContact: 'Asia-Invoice@colt.net' });
    await until(() => shownNumbers(section).length === 5, 'five rows');
    expect(tabNames(section)).to.deep.equal(['All 5', 'Open 1', 'Disputed 0', 'Closed 1', 'Not applicable 3']);
    expect(selectedTab(section)).to.equal('All 5');
    // Newest billing month first, as SPEC §4 asks when no sort is chosen.
    expect(shownNumbers(section)).to.deep.equal(['2202008003470', '2202008003481', '2202007002231', '2020101039829', '2202008003468']);
    const notice = section.shadowRoot!.querySelector('[part~="notice"]')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('Invoices from May 2020 onwards can be downloaded.');
    expect(notice).to.contain('Documents are removed from the portal 12 months after their billing month');
    expect(getByRole(section, 'link', 'Asia-Invoice@colt.net').getAttribute('href')).to.equal('mailto:Asia-Invoice@colt.net');
    expect(section.shadowRoot!.querySelector('[part~="refreshed"]')!.textContent!.trim()).to.match(/^Payment status as of /);
    await expectNoAxeViolations(section);
  });

  it('filters by tab, and a page that prevents invoice-status-change keeps the tab', async () => {
    const section = await sectionFor();
    const changes: InvoiceQuery[] = [];
    section.addEventListener('invoice-query-change', (e) => changes.push(e.detail.query));
    getByRole(parts(section).tabs, 'tab', 'Open 1').click();
    await settle(section);
    await until(() => shownNumbers(section).length === 1, 'one open row');
    expect(shownNumbers(section)).to.deep.equal(['2202008003470']);
    expect(section.query.statuses).to.deep.equal(['open']);
    expect(changes.map((q) => q.statuses)).to.deep.equal([['open']]);
    expect(selectedTab(section)).to.equal('Open 1');

    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('invoice-status-change', veto);
    try {
      getByRole(parts(section).tabs, 'tab', 'Closed 1').click();
      await settle(section);
      expect(section.query.statuses).to.deep.equal(['open']);
      expect(selectedTab(section)).to.equal('Open 1');
    } finally {
      document.removeEventListener('invoice-status-change', veto);
    }
    getByRole(parts(section).tabs, 'tab', 'All 5').click();
    await settle(section);
    await until(() => shownNumbers(section).length === 5, 'all rows again');
    await expectNoAxeViolations(section);
  });

  it('counts follow the search typed in the toolbar', async () => {
    const section = await sectionFor();
    const search = getByRole<HTMLInputElement>(parts(section).grid, 'searchbox', 'Search invoices');
    search.focus();
    await sendKeys({ type: '3481' });
    await sendKeys({ press: 'Enter' });
    await settle(section);
    await until(() => tabNames(section)[0] === 'All 1', 'counts follow the search');
    expect(tabNames(section)).to.deep.equal(['All 1', 'Open 0', 'Disputed 0', 'Closed 1']);
    expect(section.query.search).to.equal('3481');
    expect(shownNumbers(section)).to.deep.equal(['2202008003481']);
  });

  it('opens the filter from the toolbar, applies it with chips and counts, closes on Escape, and removes chips', async () => {
    const section = await sectionFor();
    const { grid, filter } = parts(section);
    expect(filter.hidden).to.equal(true);
    const button = getByRole(grid, 'button', 'Advanced filter');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(section);
    expect(filter.hidden).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const reflecting = button as HTMLElement & { ariaControlsElements?: Element[] };
    if ('ariaControlsElements' in reflecting) expectSame(reflecting.ariaControlsElements?.[0], filter, 'the button controls the panel');
    expectFocused(getByRole(filter, 'textbox', 'From month'));
    await expectNoAxeViolations(section);

    const min = getByRole<HTMLInputElement>(filter, 'textbox', 'Minimum amount');
    min.focus();
    await sendKeys({ type: '5000' });
    const status = getByRole<HTMLInputElement>(filter, 'checkbox', 'Not applicable');
    status.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await settle(section);
    await until(() => shownNumbers(section).length === 1, 'filtered rows');
    expect(section.query.filter).to.deep.equal({ version: 1, amountMin: 5000, statuses: ['na'] });
    expect(shownNumbers(section)).to.deep.equal(['2020101039829']);
    expect(tabNames(section)).to.deep.equal(['All 1', 'Open 0', 'Disputed 0', 'Closed 0']);
    const chips = deepQueryAll(section, '[part~="chip"]').map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(chips).to.deep.equal(['Minimum amount: 5,000', 'Status: Not applicable']);

    await sendKeys({ press: 'Escape' });
    await settle(section);
    expect(filter.hidden).to.equal(true);
    expect(section.filterOpen).to.equal(false);
    expectFocused(button);
    await expectNoAxeViolations(section);

    getByRole(section, 'button', 'Remove filter: Status').click();
    await settle(section);
    await until(() => shownNumbers(section).length === 2, 'status chip removed');
    expect(section.query.filter).to.deep.equal({ version: 1, amountMin: 5000 });
    expectFocused(getByRole(section, 'button', 'Remove filter: Minimum amount'));
    expect(tabNames(section)[0]).to.equal('All 2');
    getByRole(section, 'button', 'Remove filter: Minimum amount').click();
    await settle(section);
    await until(() => shownNumbers(section).length === 5, 'every row back');
    expect(queryAllByRole(section, 'button', /^Remove filter/)).to.have.length(0);
    expectFocused(button);
  });

  it('never applies an invalid filter from the panel', async () => {
    const section = await sectionFor();
    await section.openFilter();
    const { filter } = parts(section);
    const from = getByRole<HTMLInputElement>(filter, 'textbox', 'Minimum amount');
    from.focus();
    await sendKeys({ type: '9000' });
    const max = getByRole<HTMLInputElement>(filter, 'textbox', 'Maximum amount');
    max.focus();
    await sendKeys({ type: '100' });
    await sendKeys({ press: 'Enter' });
    await settle(section);
    expect(section.query.filter).to.deep.equal({ version: 1 });
    expect(max.getAttribute('aria-invalid')).to.equal('true');
    expect(shownNumbers(section)).to.have.length(5);
    await expectNoAxeViolations(section);
  });

  it('has no axe violations while loading and after a failure, and recovers with Retry', async () => {
    const loading = await fixture<InvoiceSection>(
      html`<invoice-section .adapter=${pendingAdapter()} .savedViewsStore=${new MemorySavedViewsStore()}></invoice-section>`,
    );
    await loading.updateComplete;
    expect(tabNames(loading)).to.deep.equal(['All', 'Open', 'Disputed', 'Closed']);
    await expectNoAxeViolations(loading);

    const section = await fixture<InvoiceSection>(
      html`<invoice-section
        .adapter=${failingAdapter({ failures: 1, recovered: seedAdapter() })}
        .savedViewsStore=${new MemorySavedViewsStore()}
      ></invoice-section>`,
    );
    await until(() => queryAllByRole(section, 'button', 'Retry').length >= 2, 'tabs and grid offer Retry');
    await expectNoAxeViolations(section);
    for (const retry of queryAllByRole(section, 'button', 'Retry')) retry.click();
    await until(() => shownNumbers(section).length === 5 && tabNames(section)[0] === 'All 5', 'recovered');
    await expectNoAxeViolations(section);
  });

  it('keeps tab counts equal to the adapter for generated data as search and filter change', async () => {
    const adapter = new InMemoryInvoiceAdapter(generateInvoices(600, { seed: 11 }));
    const section = await sectionFor(adapter, { showNa: true });
    const expectCounts = async (query: InvoiceQuery) => {
      const counts = await adapter.countByStatus(query);
      const total = counts.open + counts.disputed + counts.closed + counts.na;
      const format = (n: number) => new Intl.NumberFormat('en').format(n);
      await until(() => tabNames(section)[0] === `All ${format(total)}`, `All ${total}`);
      expect(tabNames(section)).to.deep.equal([
        `All ${format(total)}`,
        `Open ${format(counts.open)}`,
        `Disputed ${format(counts.disputed)}`,
        `Closed ${format(counts.closed)}`,
        `Not applicable ${format(counts.na)}`,
      ]);
    };
    await expectCounts(section.query);
    await section.openFilter();
    const { filter } = parts(section);
    const currency = getByRole<HTMLSelectElement>(filter, 'combobox', 'Currency');
    currency.value = 'SGD';
    currency.dispatchEvent(new Event('change'));
    getByRole(filter, 'button', 'Apply').click();
    await settle(section);
    expect(section.query.filter).to.deep.equal({ version: 1, currency: 'SGD' });
    await expectCounts(section.query);
    const search = getByRole<HTMLInputElement>(parts(section).grid, 'searchbox', 'Search invoices');
    search.focus();
    await sendKeys({ type: '65' });
    await sendKeys({ press: 'Enter' });
    await settle(section);
    expect(section.query.search).to.equal('65');
    await expectCounts(section.query);
    getByRole(parts(section).tabs, 'tab', /^Disputed/).click();
    await settle(section);
    await expectCounts(section.query);
  });

  it('exports the parts of its children with prefixes', async () => {
    const style = document.createElement('style');
    style.textContent = `
      invoice-section::part(tabs__tab-selected) { outline: 3px solid rgb(1, 2, 3); }
      invoice-section::part(grid__toolbar) { outline: 3px solid rgb(4, 5, 6); }
      invoice-section::part(filter__apply-button) { outline: 3px solid rgb(7, 8, 9); }
      invoice-section::part(chip) { outline: 3px solid rgb(10, 11, 12); }
      invoice-section::part(notice) { outline: 3px solid rgb(13, 14, 15); }`;
    document.head.append(style);
    try {
      const section = await sectionFor();
      section.query = { ...section.query, filter: { version: 1, amountMin: 1 } };
      await section.openFilter();
      await settle(section);
      const { tabs, grid, filter } = parts(section);
      const outline = (el: Element | null | undefined) => (el ? getComputedStyle(el).outlineColor : 'missing');
      expect(outline(tabs.shadowRoot!.querySelector('[aria-selected="true"]'))).to.equal('rgb(1, 2, 3)');
      expect(outline(grid.shadowRoot!.querySelector('[part~="toolbar"]'))).to.equal('rgb(4, 5, 6)');
      expect(outline(filter.shadowRoot!.querySelector('[part~="apply-button"]'))).to.equal('rgb(7, 8, 9)');
      expect(outline(section.shadowRoot!.querySelector('[part~="chip"]'))).to.equal('rgb(10, 11, 12)');
      expect(outline(section.shadowRoot!.querySelector('[part~="notice"]'))).to.equal('rgb(13, 14, 15)');
    } finally {
      style.remove();
    }
  });

  it('opens its download dialog for the documents of a row', async () => {
    const section = await sectionFor();
    const { grid } = parts(section);
    const october = seedInvoices()[3]!;
    grid.openDocuments([october]);
    await settle(section);
    const dialog = section.shadowRoot!.querySelector('invoice-download-dialog') as HTMLElement & { invoice?: unknown; open?: boolean };
    expect((dialog.invoice as { id: string }).id).to.equal(october.id);
    await until(() => !!dialog.open, 'dialog open');
    expect(grid.shadowRoot!.querySelector('invoice-download-dialog'), 'the grid did not open its own').to.equal(null);
    await until(() => queryAllByRole(dialog, 'checkbox').length > 0, 'documents listed');
    await expectNoAxeViolations(section);
  });

  it('saves and applies a view with search, filter and sort', async () => {
    const section = await sectionFor();
    section.query = { ...section.query, search: '2202008', sort: [{ field: 'amount', direction: 'desc' }] };
    await section.openFilter();
    const { filter } = parts(section);
    const min = getByRole<HTMLInputElement>(filter, 'textbox', 'Minimum amount');
    min.focus();
    await sendKeys({ type: '4000' });
    getByRole<HTMLInputElement>(filter, 'textbox', 'View name').focus();
    await sendKeys({ type: 'Big 2202008' });
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 20));
    await settle(section);
    expect(section.query.filter).to.deep.equal({ version: 1, amountMin: 4000 });
    section.query = { ...section.query, search: '', sort: [], filter: { version: 1 } };
    await settle(section);
    getByRole(filter, 'button', 'Apply view: Big 2202008').click();
    await settle(section);
    expect(section.query.search).to.equal('2202008');
    expect(section.query.sort).to.deep.equal([{ field: 'amount', direction: 'desc' }]);
    expect(section.query.filter).to.deep.equal({ version: 1, amountMin: 4000 });
    await until(() => shownNumbers(section).length === 3, 'view rows');
    expect(shownNumbers(section)[0]).to.equal('2202008003470');
  });

  it('restores the columns of a saved view', async () => {
    const store = new MemorySavedViewsStore([
      {
        id: 'v-cols',
        name: 'Without BCN',
        search: '',
        filter: { version: 1 },
        sort: [],
        columns: { order: ['invoiceNumber', 'billingMonth'], hidden: ['bcn'] },
        savedAt: '2026-11-01T00:00:00Z',
      },
    ]);
    const section = await fixture<InvoiceSection>(
      html`<invoice-section .adapter=${seedAdapter()} .savedViewsStore=${store}></invoice-section>`,
    );
    await settle(section);
    const { grid, filter } = parts(section);
    const headers = () => queryAllByRole(grid, 'columnheader').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(headers()).to.include('Customer number (BCN)');
    const changed = oneEvent(section, 'invoice-columns-change');
    await section.openFilter();
    await until(() => queryAllByRole(filter, 'button', 'Apply view: Without BCN').length === 1, 'view listed');
    getByRole(filter, 'button', 'Apply view: Without BCN').click();
    expect((await changed).detail.hidden).to.deep.equal(['bcn']);
    await settle(section);
    expect(headers()).not.to.include('Customer number (BCN)');
    expect(headers().filter(Boolean).slice(0, 2)).to.deep.equal(['Invoice number', 'Month']);
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => {
      history.replaceState(history.state, '', original);
    });

    it('restores the query from the URL, pushes user changes, and follows back and forward', async () => {
      const start = new URL(location.href);
      start.searchParams.set('portal', 'keep-me');
      start.searchParams.set('q', '2202008');
      start.searchParams.set('f.v', '1');
      start.searchParams.set('f.min', '4000');
      history.pushState(null, '', start.href);
      const section = await fixture<InvoiceSection>(
        html`<invoice-section sync-url .adapter=${seedAdapter()} .savedViewsStore=${new MemorySavedViewsStore()}></invoice-section>`,
      );
      await settle(section);
      expect(section.query.search).to.equal('2202008');
      expect(section.query.filter).to.deep.equal({ version: 1, amountMin: 4000 });
      await until(() => shownNumbers(section).length === 3, 'rows from the URL');
      expect(deepQueryAll(section, '[part~="chip"]')).to.have.length(1);
      const entries = history.length;

      getByRole(parts(section).tabs, 'tab', /^Closed/).click();
      await settle(section);
      let params = new URLSearchParams(location.search);
      expect(params.get('status')).to.equal('closed');
      expect(params.get('q')).to.equal('2202008');
      expect(params.get('portal')).to.equal('keep-me');
      expect(history.length).to.equal(entries + 1);

      getByRole(section, 'button', 'Remove filter: Minimum amount').click();
      await settle(section);
      params = new URLSearchParams(location.search);
      expect(params.get('f.min')).to.equal(null);
      expect(history.length).to.equal(entries + 2);

      const reasons: string[] = [];
      section.addEventListener('invoice-query-change', (e) => reasons.push(e.detail.reason));
      history.back();
      await until(() => section.query.filter.amountMin === 4000, 'back restores the filter');
      expect(section.query.statuses).to.deep.equal(['closed']);
      history.back();
      await until(() => section.query.statuses.length === 0, 'back again restores All');
      await settle(section);
      expect(selectedTab(section)).to.match(/^All/);
      history.forward();
      await until(() => section.query.statuses[0] === 'closed', 'forward');
      await settle(section);
      expect(selectedTab(section)).to.match(/^Closed/);
      expect(reasons).to.deep.equal(['url', 'url', 'url']);
      expect(history.length, 'restoring adds no entries').to.equal(entries + 2);
    });

    it('leaves the URL alone without the attribute', async () => {
      const before = location.href;
      const section = await sectionFor();
      getByRole(parts(section).tabs, 'tab', /^Closed/).click();
      await settle(section);
      expect(location.href).to.equal(before);
    });
  });

  it('takes its configuration: NA tab, page size, retention, contacts per legal entity', async () => {
    const adapter = new InMemoryInvoiceAdapter([...seedInvoices(), ...generateInvoices(40, { seed: 3 })]);
    const section = await fixture<InvoiceSection>(
      html`<invoice-section
        show-na
        page-size="10"
        retention-months="18"
        available-from="2021-01"
        legal-entity="SG"
        billing-contact="billing@example.com"
        .billingContacts=${{ SG: 'sg-billing@example.com' }}
        .adapter=${adapter}
      ></invoice-section>`,
    );
    await settle(section);
    await until(() => shownNumbers(section).length === 10, 'ten rows');
    expect(section.query.limit).to.equal(10);
    expect(tabNames(section).at(-1)).to.match(/^Not applicable \d+$/);
    const notice = section.shadowRoot!.querySelector('[part~="notice"]')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('Invoices from January 2021 onwards');
    expect(notice).to.contain('removed from the portal 18 months after their billing month');
    expect(getByRole(section, 'link', 'sg-billing@example.com')).to.exist;
    section.legalEntity = 'JP';
    await section.updateComplete;
    expect(getByRole(section, 'link', 'billing@example.com')).to.exist;
  });

  it('goes from search to filter to tab to export by keyboard alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button>
        <invoice-section .adapter=${seedAdapter()} .savedViewsStore=${new MemorySavedViewsStore()}></invoice-section>
      </div>`,
    );
    const section = wrapper.querySelector('invoice-section')!;
    await settle(section);
    await until(() => shownNumbers(section).length === 5, 'rows');
    const { tabs, grid, filter } = parts(section);
    const focused = () => deepActiveElement() as HTMLElement | null;
    const tabUntil = async (predicate: (el: HTMLElement | null) => boolean, what: string, shift = false) => {
      // Shift is held with down/up: the Firefox driver knows no "Shift+Tab" chord.
      if (shift) await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 40 && !predicate(focused()); i++) await sendKeys({ press: 'Tab' });
      if (shift) await sendKeys({ up: 'Shift' });
      expect(predicate(focused()), `reached ${what}`).to.equal(true);
    };

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // Past the billing summary's figures, Tab enters the tablist on the selected tab ("All"), then reaches the search box.
    await tabUntil((el) => el?.getAttribute('role') === 'tab', 'the tabs');
    expect(focused()?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('All 5');
    await tabUntil((el) => el?.getAttribute('aria-label') === 'Search invoices' || el?.getAttribute('type') === 'search', 'the search box');
    await sendKeys({ type: '2202008' });
    await sendKeys({ press: 'Enter' });
    await settle(section);
    await until(() => tabNames(section)[0] === 'All 3', 'search applied');

    await tabUntil((el) => el === getByRole(grid, 'button', 'Advanced filter'), 'Advanced filter');
    await sendKeys({ press: 'Enter' });
    await settle(section);
    expectFocused(getByRole(filter, 'textbox', 'From month'));
    await tabUntil((el) => el === getByRole(filter, 'textbox', 'Minimum amount'), 'Minimum amount');
    await sendKeys({ type: '5000' });
    await sendKeys({ press: 'Enter' });
    await settle(section);
    await until(() => tabNames(section)[0] === 'All 1', 'filter applied');
    await sendKeys({ press: 'Escape' });
    await settle(section);
    expectFocused(getByRole(grid, 'button', 'Advanced filter'));

    await tabUntil((el) => el?.getAttribute('role') === 'tab', 'the tabs', true);
    await sendKeys({ press: 'ArrowRight' });
    await settle(section);
    expect(section.query.statuses).to.deep.equal(['open']);
    expect(selectedTab(section)).to.equal('Open 1');
    await until(() => shownNumbers(section).join() === '2202008003470', 'the open row');

    const downloads = captureDownloads();
    try {
      await tabUntil((el) => el === getByRole(grid, 'button', 'Export to Excel'), 'Export to Excel');
      await sendKeys({ press: 'Enter' });
      await grid.updateComplete;
      const exported = oneEvent(section, 'invoice-export-complete');
      await tabUntil((el) => el?.textContent?.trim() === 'Export' && el.tagName === 'BUTTON', 'the Export button');
      await sendKeys({ press: 'Enter' });
      const { detail } = await exported;
      expect(detail.rowCount).to.equal(1);
      expect(downloads.files).to.have.length(1);
      expect(downloads.files[0]!.fileName).to.match(/\.xlsx$/);
    } finally {
      downloads.restore();
    }
    expect(tabs.status).to.equal('open');
  });
});
