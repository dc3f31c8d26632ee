import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceStatusTabs } from '../../../src/components/invoice-status-tabs/invoice-status-tabs.component.js';
import type { AdvancedFilter } from '../../../src/components/advanced-filter/advanced-filter.component.js';
import { MemorySavedViewsStore } from '../../../src/controllers/saved-views.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceQuery } from '../../../src/data/types.js';
import { deepActiveElement, deepQueryAll, expectNoAxeViolations, getByRole, queryAllByRole, until } from './helpers.js';

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

const tabNames = (section: InvoiceSection) => queryAllByRole(parts(section).tabs, 'tab').map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
const selectedTab = (section: InvoiceSection) =>
  queryAllByRole(parts(section).tabs, 'tab')
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => t.textContent!.replace(/\s+/g, ' ').trim())[0];

/** Invoice numbers of the data rows the grid shows. */
function shownNumbers(section: InvoiceSection): string[] {
  const grid = parts(section).grid;
  return deepQueryAll(grid, '[role="row"]')
    .map((row) => (row.textContent ?? '').match(/\b\d{13}(?:-\d+|CN)?\b/)?.[0])
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
  const section = await fixture<InvoiceSection>(html`<invoice-section .adapter=${adapter} .savedViewsStore=${new MemorySavedViewsStore()}></invoice-section>`);
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
    expect(shownNumbers(section)).to.deep.equal(['2202008003468', '2020101039829', '2202008003481', '2202008003470', '2202007002231']);
    const notice = section.shadowRoot!.querySelector('[part~="notice"]')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('Invoices from May 2020 onwards can be downloaded.');
    expect(notice).to.contain('Documents older than 12 months are removed from the portal');
    expect(getByRole(section, 'link', 'Asia-Invoice@colt.net').getAttribute('href')).to.equal('mailto:Asia-Invoice@colt.net');
    expect(section.shadowRoot!.querySelector('[part~="refreshed"]')!.textContent).to.match(/^Payment status as of /);
    await expectNoAxeViolations(section);
  });
});
