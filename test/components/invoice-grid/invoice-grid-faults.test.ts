import { expect } from '@open-wc/testing';
import '../../../src/define/invoice-download-dialog.js';
import '../../../src/define/advanced-filter.js';
import type { AdvancedFilter } from '../../../src/components/advanced-filter/advanced-filter.component.js';
import { defaultColumns } from '../../../src/components/invoice-grid/columns.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { MAX_SORT_KEYS, defaultQuery } from '../../../src/data/query.js';
import { MemorySavedViewsStore } from '../../../src/data/saved-views.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceDataAdapter, InvoicePage } from '../../../src/data/types.js';
import type { InvoiceErrorDetail } from '../../../src/events/invoice-events.js';
import { accessibleName, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { gridFixture, settle } from '../../helpers/grid.js';

/** The seed adapter with its answers changed by `patch`. */
function patched(patch: (page: InvoicePage) => Record<string, unknown>): InvoiceDataAdapter {
  const inner = new InMemoryInvoiceAdapter(seedInvoices());
  return {
    listInvoices: async (query, options) =>
      ({ ...(await inner.listInvoices(query, options)), ...patch(await inner.listInvoices(query)) }) as InvoicePage,
    countByStatus: (query, options) => inner.countByStatus(query, options),
    listDocuments: (invoice, options) => inner.listDocuments(invoice, options),
    fetchDocument: (document, options) => inner.fetchDocument(document, options),
  };
}

function recordErrors(): { errors: InvoiceErrorDetail[]; stop: () => void } {
  const errors: InvoiceErrorDetail[] = [];
  const listener = (event: Event) => errors.push((event as CustomEvent<InvoiceErrorDetail>).detail);
  document.addEventListener('invoice-error', listener);
  return { errors, stop: () => document.removeEventListener('invoice-error', listener) };
}

const footerText = (el: HTMLElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="footer"] ${selector}`)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<invoice-grid> answers it cannot read in full', () => {
  it('a sum that cannot be read shows a placeholder and raises invoice-error; the others show', async () => {
    const { errors, stop } = recordErrors();
    try {
      const el = await gridFixture(patched(() => ({ totals: { JPY: 1e308, SGD: 12.5, XXY: 3 }, outstanding: { JPY: 'lots', SGD: 12.5 } })));
      expect(footerText(el, '.total')).to.deep.equal(['Invalid value', 'SGD 12.50']);
      expect(footerText(el, '.outstanding')).to.deep.equal(['Invalid value', 'SGD 12.50']);
      const page = errors.filter((e) => e.kind === 'page');
      expect(page.map((e) => e.problems![0]!.field)).to.deep.equal(['totals.JPY', 'outstanding.JPY']);
      expect(page[0]!.message).to.equal('A total could not be read.');
    } finally {
      stop();
    }
  });

  it('a total that cannot be read shows a placeholder in the count and the range, and raises invoice-error', async () => {
    const { errors, stop } = recordErrors();
    try {
      const el = await gridFixture(
        patched(() => ({ total: -3 })),
        { pageSize: 10 },
      );
      expect(el.shadowRoot!.querySelector('[part~="record-count"]')!.textContent!.trim()).to.equal('Invalid value');
      expect(footerText(el, '.range')).to.deep.equal(['1–5 of —']);
      expect(errors.filter((e) => e.kind === 'page').map((e) => e.problems![0]!.field)).to.deep.equal(['total']);
    } finally {
      stop();
    }
  });

  it('a standalone grid asked for a page past the end shows the last page', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(generateInvoices(23, { seed: 3 })), {
      pageSize: 10,
      query: defaultQuery({ limit: 10, offset: 40 }),
    });
    await until(() => el.query.offset === 20, 'moved to the last page');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.body [role="row"]')).to.have.length(3);
  });

  it('a remembered layout with thousands of sort keys is read within bounds', async () => {
    const sort = Array.from({ length: 5002 }, (_, i) => ({ field: `f${i}`, direction: 'asc' }));
    localStorage.setItem('invoice-grid:many-keys', JSON.stringify({ v: 1, order: [], hidden: [], widths: {}, sort, pinned: {} }));
    try {
      const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()), { storageKey: 'many-keys' });
      expect(el.query.sort).to.have.length(MAX_SORT_KEYS);
    } finally {
      localStorage.removeItem('invoice-grid:many-keys');
    }
  });

  it('the export panel says what CSV keeps, and a failed export says why', async () => {
    const inner = new InMemoryInvoiceAdapter(seedInvoices());
    const huge: InvoiceDataAdapter = {
      listInvoices: async (query, options) => ({ ...(await inner.listInvoices(query, options)), total: 2_000_000 }),
      countByStatus: (query, options) => inner.countByStatus(query, options),
      listDocuments: (invoice, options) => inner.listDocuments(invoice, options),
      fetchDocument: (document, options) => inner.fetchDocument(document, options),
    };
    const el = await gridFixture(huge);
    getByRole(el, 'button', 'Export to Excel').click();
    await settle(el);
    const csv = getByRole<HTMLInputElement>(el, 'radio', 'CSV');
    const note = el.shadowRoot!.getElementById(csv.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.contain('CSV holds text only');
    getByRole<HTMLInputElement>(el, 'radio', 'All matching rows (2,000,000)').click();
    getByRole(el, 'button', 'Export').click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="export-panel"] [role="alert"]'), 'the export failed');
    expect(el.shadowRoot!.querySelector('[part~="export-panel"] [role="alert"]')!.textContent!.trim()).to.equal(
      'This export would hold 2,000,000 rows, more than the 1,048,575 a spreadsheet holds. Narrow the search or the filter, then export again.',
    );
  });

  it('column labels that show nothing read as the column id; oversized ones are capped', async () => {
    const columns = defaultColumns().map((c) =>
      c.id === 'ocn' ? { ...c, header: '\u200b\u202e ' } : c.id === 'bcn' ? { ...c, header: 'B'.repeat(1_000_000) } : c,
    );
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()), { columns });
    getByRole(el, 'button', 'Customize columns').click();
    await settle(el);
    const names = queryAllByRole(el.shadowRoot!.querySelector('[part~="columns-panel"]')!, 'checkbox').map((c) => accessibleName(c));
    expect(names).to.include('ocn');
    const long = names.find((name) => name.startsWith('BBB'))!;
    expect(long.length).to.be.below(200);
  });

  it('saved views whose name shows nothing are listed as "Untitled view"; oversized names are capped', async () => {
    const store = new MemorySavedViewsStore();
    const base = { search: '', filter: { version: 1 as const }, sort: [], savedAt: '2026-01-01T00:00:00.000Z' };
    await store.save({ ...base, id: 'blank', name: '\u2800\u3164' });
    await store.save({ ...base, id: 'long', name: 'L'.repeat(1_000_000) });
    const filter = document.createElement('advanced-filter') as AdvancedFilter;
    filter.savedViewsStore = store;
    document.body.append(filter);
    try {
      await until(() => queryAllByRole(filter, 'button').some((b) => accessibleName(b).startsWith('Apply view')), 'views listed');
      const applies = queryAllByRole(filter, 'button')
        .map((b) => accessibleName(b))
        .filter((name) => name.startsWith('Apply view'));
      expect(applies).to.include('Apply view: Untitled view');
      expect(Math.max(...applies.map((name) => name.length))).to.be.below(400);
    } finally {
      filter.remove();
    }
  });

  it('passes its today to the download dialog it opens', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()));
    el.today = new Date('2020-11-20T12:00:00Z');
    getByRole(el, 'button', 'Invoice, 2 reports').click();
    await settle(el);
    const dialog = el.shadowRoot!.querySelector('invoice-download-dialog') as HTMLElement & { today?: Date };
    expect(dialog.today?.toISOString()).to.equal('2020-11-20T12:00:00.000Z');
  });
});
