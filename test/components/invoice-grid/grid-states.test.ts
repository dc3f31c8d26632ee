import { expect } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../../src/data/query.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { InvoiceAdapterError } from '../../../src/data/errors.js';
import type { InvoiceDataAdapter, InvoicePage } from '../../../src/data/types.js';
import { allByRole, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { gridFixture, settle } from '../../helpers/grid.js';

/**
 * What the grid says when there is nothing to list, when loading failed, after an export, and
 * what its footer counts: each state says what it is and offers only what can help.
 */

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dataRowCount = (el: InvoiceGrid) => el.shadowRoot!.querySelectorAll('.body [role="row"]').length;
const empty = (el: InvoiceGrid) => el.shadowRoot!.querySelector('[part~="empty"]');

/** The seed adapter whose pages carry the sums given (as an adapter computes them). */
function withSums(sums: Pick<InvoicePage, 'totals'> & { outstanding?: Record<string, number> }): InvoiceDataAdapter {
  const base = new InMemoryInvoiceAdapter(seedInvoices());
  return {
    listInvoices: async (query, options) => ({ ...(await base.listInvoices(query, options)), outstanding: undefined, ...sums }),
    countByStatus: (query, options) => base.countByStatus(query, options),
    listDocuments: (invoice, options) => base.listDocuments(invoice, options),
    fetchDocument: (document, options) => base.fetchDocument(document, options),
  };
}

describe('<invoice-grid> states', () => {
  it('an account with no invoices says so and what will appear, with nothing to clear', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter([]));
    const state = empty(el)!;
    expect(state.getAttribute('role')).to.equal('status');
    expect(text(state.querySelector('.state-title'))).to.equal('No invoices yet');
    expect(text(state)).to.contain('will appear here');
    expect(queryAllByRole(el, 'button', 'Clear search and filters')).to.have.length(0);
    expect(text(state)).not.to.contain('match');
  });

  it('a search with no match says so and offers to clear it; a status with no invoice says so without clearing', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()), { query: defaultQuery({ search: 'zzz' }) });
    expect(text(empty(el)!.querySelector('.state-title'))).to.equal('No invoices match');
    getByRole(el, 'button', 'Clear search and filters');

    el.query = defaultQuery({ statuses: ['disputed'] });
    await settle(el);
    await until(() => text(empty(el)?.querySelector('.state-title')) === 'No invoices with this status', 'status empty state');
    expect(queryAllByRole(el, 'button', 'Clear search and filters')).to.have.length(0);
  });

  it('a failed load offers exactly one Retry', async () => {
    const failing: InvoiceDataAdapter = {
      ...new InMemoryInvoiceAdapter(seedInvoices()),
      listInvoices: () => Promise.reject(new InvoiceAdapterError('network', 'down')),
      countByStatus: () => Promise.reject(new InvoiceAdapterError('network', 'down')),
      listDocuments: () => Promise.resolve([]),
      fetchDocument: () => Promise.reject(new InvoiceAdapterError('network', 'down')),
    };
    const el = await gridFixture(failing);
    await until(() => !!el.shadowRoot!.querySelector('[part~="error"]'), 'error state');
    expect(allByRole(el, 'button', 'Retry')).to.have.length(1);
    expect(empty(el), 'no empty state beside the error').to.equal(null);
  });

  it('the footer shows the totals and outstanding per currency as the adapter counts them, and says what is counted', async () => {
    const el = await gridFixture(withSums({ totals: { JPY: 49_689, SGD: 1_234.5 }, outstanding: { JPY: 45_629 } }));
    const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
    expect([...footer.querySelectorAll('.total')].map(text)).to.deep.equal(['¥49,689', 'SGD 1,234.50']);
    // A currency with nothing open or disputed is outstanding 0, not left out.
    expect([...footer.querySelectorAll('.outstanding')].map(text)).to.deep.equal(['¥45,629', 'SGD 0.00']);
    const note = text(footer.querySelector('.totals-note'));
    expect(note).to.contain('"Not applicable" ones left out');
    expect(note).to.contain('credit notes deducted');
    expect(note).to.contain('Outstanding: open and disputed');
  });

  it('totals that follow the rows hold their place in the footer, then show, with no shift', async () => {
    const base = new InMemoryInvoiceAdapter(seedInvoices());
    let deliver: (sums: { totals: Record<string, number>; outstanding: Record<string, number> }) => void = () => {};
    const pendingTotals = new Promise<{ totals: Record<string, number>; outstanding: Record<string, number> }>(
      (resolve) => (deliver = resolve),
    );
    const el = await gridFixture({
      listInvoices: async (query, options) => ({
        ...(await base.listInvoices(query, options)),
        totals: undefined,
        outstanding: undefined,
        pendingTotals,
      }),
      countByStatus: (query, options) => base.countByStatus(query, options),
      listDocuments: (invoice, options) => base.listDocuments(invoice, options),
      fetchDocument: (document, options) => base.fetchDocument(document, options),
    });
    const footer = el.shadowRoot!.querySelector<HTMLElement>('[part~="footer"]')!;
    const pending = footer.querySelector('[part~="totals"]')!;
    expect(pending.getAttribute('aria-busy')).to.equal('true');
    expect(text(pending)).to.contain('Calculating…');
    expect(text(pending.querySelector('.totals-note'))).to.contain('Outstanding: open and disputed');
    expect(dataRowCount(el), 'the rows do not wait').to.equal(5);
    const before = footer.getBoundingClientRect().height;
    deliver({ totals: { JPY: 49_689 }, outstanding: { JPY: 45_629 } });
    await until(() => text(footer.querySelector('.total')) === '¥49,689', 'totals');
    expect(text(footer.querySelector('.outstanding'))).to.equal('¥45,629');
    expect(footer.querySelector('[aria-busy]')).to.equal(null);
    expect(Math.abs(footer.getBoundingClientRect().height - before), 'footer height').to.be.below(1);
  });

  it('without outstanding sums from the adapter, the footer shows totals and a note that does not mention them', async () => {
    const el = await gridFixture(withSums({ totals: { JPY: 49_689 } }));
    const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
    expect([...footer.querySelectorAll('.total')].map(text)).to.deep.equal(['¥49,689']);
    expect(footer.querySelectorAll('.outstanding')).to.have.length(0);
    expect(text(footer.querySelector('.totals-note'))).not.to.contain('Outstanding');
  });

  it('an export ends with a visible confirmation naming the file, announced, until dismissed', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()));
    const names: string[] = [];
    el.saveFile = async (_blob, fileName) => {
      names.push(fileName);
    };
    getByRole(el, 'button', 'Export to Excel').click();
    await settle(el);
    getByRole<HTMLInputElement>(el, 'radio', 'CSV').click();
    getByRole(el, 'button', 'Export').click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="export-notice"]'), 'confirmation');
    const notice = el.shadowRoot!.querySelector<HTMLElement>('[part~="export-notice"]')!;
    expect(names).to.have.length(1);
    expect(text(notice)).to.contain(`Saved ${names[0]} (5 invoices).`);
    expect(notice.getBoundingClientRect().height, 'visible').to.be.above(0);
    expect(text(getByRole(el, 'status'))).to.contain(`Saved ${names[0]}`);
    getByRole(el, 'button', 'Dismiss').click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="export-notice"]')).to.equal(null);
  });

  it('the selection bar acts through real buttons', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()));
    getByRole<HTMLInputElement>(el, 'checkbox', 'Select all on this page').click();
    await settle(el);
    const bar = el.shadowRoot!.querySelector('[part~="selection-bar"]')!;
    const buttons = [...bar.querySelectorAll('button')];
    expect(buttons.map(text)).to.include.members(['Download selected', 'Clear selection']);
    for (const button of buttons) {
      expect(button.type).to.equal('button');
      expect(button.classList.contains('button'), `${text(button)} styled as a button`).to.equal(true);
    }
    getByRole(el, 'button', 'Clear selection').click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="selection-bar"]')).to.equal(null);
  });
});
