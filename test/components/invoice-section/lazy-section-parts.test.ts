// The section's filter chips and link notice load with import() (or when the page is idle), not
// up front. A filter or a link the section starts with must still show them on its first paint.
import { expect } from '@open-wc/testing';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../../src/data/query.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { waitFor } from '../../helpers/dom.js';

performance.setResourceTimingBufferSize(10_000);
const loaded = (name: RegExp) => performance.getEntriesByType('resource').some((entry) => name.test(entry.name));
const CHIPS_MODULE = /advanced-filter\/filter-chips\.(js|ts)\b/;
const chips = (section: InvoiceSection) =>
  [...section.shadowRoot!.querySelectorAll('[part~="chip"]')].map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());

describe('<invoice-section> chips and link notice loaded on first use', () => {
  let section: InvoiceSection | undefined;
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    section?.remove();
    history.replaceState(history.state, '', original);
  });

  it('shows the chips of the filter it starts with on its first render, without a frame without them', async () => {
    expect(loaded(CHIPS_MODULE), 'chips not loaded before').to.equal(false);
    section = document.createElement('invoice-section');
    section.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    section.query = defaultQuery({ filter: { version: 1, amountMin: 5000 } });
    const renders: string[][] = [];
    const observer = new MutationObserver(() => renders.push(chips(section!)));
    document.body.append(section);
    observer.observe(section.shadowRoot!, { childList: true, subtree: true });
    await section.updateComplete;
    observer.disconnect();
    expect(chips(section)).to.deep.equal(['Minimum amount: 5,000']);
    expect(renders.length, 'rendered').to.be.greaterThan(0);
    expect(
      renders.every((shown) => shown.length === 1),
      'every render showed the chip',
    ).to.equal(true);
    expect(loaded(CHIPS_MODULE)).to.equal(true);
  });

  it('shows the notice of a link it could not read in full on its first render', async () => {
    const url = new URL(original);
    url.searchParams.set('f.min', '0x3E8');
    history.replaceState(history.state, '', url.href);
    section = document.createElement('invoice-section');
    section.syncUrl = true;
    section.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    document.body.append(section);
    await section.updateComplete;
    const notice = section.shadowRoot!.querySelector('[part~="link-notice"]');
    expect(notice?.textContent).to.contain('This link could not be read in full.');
  });

  it('shows chips for a filter set later, once their code is there', async () => {
    section = document.createElement('invoice-section');
    section.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    document.body.append(section);
    await section.updateComplete;
    section.query = defaultQuery({ filter: { version: 1, amountMin: 5000, statuses: ['na'] } });
    await section.updateComplete;
    expect(chips(section)).to.deep.equal(['Minimum amount: 5,000', 'Status: Not applicable']);
    await waitFor(() => section!.shadowRoot!.querySelector('[part~="chips-clear"]'), '"Clear all filters"');
  });
});
