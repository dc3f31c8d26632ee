import { expect, oneEvent } from '@open-wc/testing';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../../src/data/query.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import type { Invoice, InvoiceDataAdapter, InvoicePage, InvoiceQuery } from '../../../src/data/types.js';
import { InvoiceAdapterError } from '../../../src/data/errors.js';
import type { InvoiceErrorDetail, InvoiceQueryChangeDetail } from '../../../src/events/invoice-events.js';
import { accessibleName, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { columnTexts, dataRows, gridFixture, headerNames, rowTexts, settle } from '../../helpers/grid.js';

const seed = () => new InMemoryInvoiceAdapter(seedInvoices(), { lastRefreshed: '2026-11-24T21:00:00.000Z' });

/** An adapter that records every query and answers from an in-memory one. */
function recording(base: InvoiceDataAdapter = seed()): InvoiceDataAdapter & { queries: InvoiceQuery[] } {
  const queries: InvoiceQuery[] = [];
  return {
    queries,
    listInvoices: (query, options) => {
      queries.push(query);
      return base.listInvoices(query, options);
    },
    countByStatus: (q, o) => base.countByStatus(q, o),
    listDocuments: (i, o) => base.listDocuments(i, o),
    fetchDocument: (d, o) => base.fetchDocument(d, o),
  };
}

describe('<invoice-grid> columns and cells', () => {
  it('shows the SPEC columns with their accessible names, Month and Invoice number pinned first and Status and Actions last', async () => {
    const el = await gridFixture(seed());
    expect(headerNames(el).slice(1)).to.deep.equal([
      'Month',
      'Invoice number',
      'Amount',
      'Customer name',
      'Customer number (OCN)',
      'Customer number (BCN)',
      'Billing entity',
      'Download',
      'Status',
      'Actions',
    ]);
    expect(getByRole(el, 'grid').getAttribute('aria-rowcount')).to.equal('6');
  });

  it('formats the seed rows: month, yen amount, number, customer, documents and status', async () => {
    const el = await gridFixture(seed());
    // No sort chosen: newest billing month first.
    expect(columnTexts(el, 'Month')).to.deep.equal(['October 2020', 'September 2020', 'July 2020', 'June 2020', 'May 2020']);
    expect(columnTexts(el, 'Amount')).to.deep.equal(['¥45,629', '¥4,060', '¥3,976', '¥44,616', '¥4,060']);
    expect(columnTexts(el, 'Invoice number')).to.deep.equal([
      '2202008003470',
      '2202008003481',
      '2202007002231',
      '2020101039829',
      '2202008003468',
    ]);
    expect(columnTexts(el, 'Customer name')).to.deep.equal(Array(5).fill('Colt Technology Services'));
    expect(columnTexts(el, 'Customer number (OCN)')).to.deep.equal(Array(5).fill('22848'));
    expect(columnTexts(el, 'Customer number (BCN)')).to.deep.equal(Array(5).fill('165188'));
    expect(columnTexts(el, 'Download')[0]).to.equal('Invoice, 2 reports');
    expect(columnTexts(el, 'Download')[1]).to.equal('Invoice');
    expect(columnTexts(el, 'Status')).to.deep.equal(['Open', 'Closed', 'Not applicable', 'Not applicable', 'Not applicable']);
    const badge = dataRows(el)[0]!.querySelector('[part~="status-badge"]')!;
    expect(badge.classList.contains('open')).to.equal(true);
    expect(getByRole(el, 'button', 'Invoice, 2 reports')).to.exist;
    expect(getByRole(el, 'button', 'Actions for 2202008003470').getAttribute('aria-haspopup')).to.equal('menu');
    expect(getByRole(el, 'checkbox', 'Select invoice 2202008003470')).to.exist;
  });

  it('shows lineage badges and marks a superseded original', async () => {
    const rows = seedInvoices().slice(3, 4);
    const original = rows[0]!;
    const reissue: Invoice = { ...original, id: 'r1', invoiceNumber: `${original.invoiceNumber}-1` };
    const credit: Invoice = { ...original, id: 'cn', invoiceNumber: `${original.invoiceNumber}CN`, amount: -100 };
    const el = await gridFixture(new InMemoryInvoiceAdapter([original, reissue, credit]));
    const numbers = columnTexts(el, 'Invoice number');
    // The reissue and the credit note are listed under their original, which says what replaced it.
    expect(numbers).to.deep.equal([
      '2202008003470 Superseded Replaced by 2202008003470-1',
      '2202008003470-1 Reissue 1',
      '2202008003470CN Credit note',
    ]);
  });

  it('footer: range, totals per currency (never summed across) and the refresh stamp', async () => {
    const sgd: Invoice = { ...seedInvoices()[0]!, id: 'sg', invoiceNumber: '6500000001', currency: 'SGD', amount: 1234.5, status: 'open' };
    const el = await gridFixture(new InMemoryInvoiceAdapter([...seedInvoices(), sgd], { lastRefreshed: '2026-11-24T21:00:00.000Z' }));
    const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
    expect(footer.querySelector('.range')!.textContent!.trim()).to.equal('1–6 of 6');
    const totals = [...footer.querySelectorAll('.total')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    // The three "Not applicable" seed rows are left out of the yen total.
    expect(totals).to.have.members(['¥49,689', 'SGD 1,234.50']);
    expect(footer.querySelector('[part~="refreshed"]')!.textContent).to.match(/^Payment status as of .*2026/);
    expect(el.shadowRoot!.querySelector('[part~="record-count"]')!.textContent!.trim()).to.equal('6 invoices');
  });

  it('renders a customer name with markup as text only', async () => {
    const evil: Invoice = { ...seedInvoices()[0]!, customerName: '<img src=x onerror="window.__pwned=1">' };
    const el = await gridFixture(new InMemoryInvoiceAdapter([evil]));
    expect(el.shadowRoot!.querySelector('.body img')).to.equal(null);
    expect(columnTexts(el, 'Customer name')).to.deep.equal(['<img src=x onerror="window.__pwned=1">']);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('has no axe violations with data, and in the empty state', async () => {
    const el = await gridFixture(seed());
    await expectNoAxeViolations(el);
    el.query = defaultQuery({ search: 'nothing matches this' });
    await settle(el);
    expect(getByRole(el, 'button', 'Clear search and filters')).to.exist;
    await expectNoAxeViolations(el);
  });
});

describe('<invoice-grid> sorting', () => {
  it('sorts by a header button, sets aria-sort, announces, and fires invoice-query-change', async () => {
    const el = await gridFixture(seed());
    const amount = getByRole(el, 'columnheader', 'Amount');
    expect(amount.getAttribute('aria-sort')).to.equal('none');
    const changed = oneEvent(el, 'invoice-query-change');
    amount.querySelector('button')!.click();
    const event = (await changed) as CustomEvent<InvoiceQueryChangeDetail>;
    expect(event.detail.reason).to.equal('sort');
    expect(event.detail.query.sort).to.deep.equal([{ field: 'amount', direction: 'asc' }]);
    await settle(el);
    expect(getByRole(el, 'columnheader', 'Amount').getAttribute('aria-sort')).to.equal('ascending');
    expect(columnTexts(el, 'Amount')).to.deep.equal(['¥3,976', '¥4,060', '¥4,060', '¥44,616', '¥45,629']);
    expect(getByRole(el, 'status').textContent!.trim()).to.equal('Sorted by Amount, ascending');

    getByRole(el, 'columnheader', 'Amount').querySelector('button')!.click();
    await settle(el);
    expect(getByRole(el, 'columnheader', 'Amount').getAttribute('aria-sort')).to.equal('descending');
    expect(columnTexts(el, 'Amount')[0]).to.equal('¥45,629');
    expect(getByRole(el, 'status').textContent!.trim()).to.equal('Sorted by Amount, descending');
  });

  it('Shift+click adds a second sort key', async () => {
    const el = await gridFixture(seed());
    getByRole(el, 'columnheader', 'Amount').querySelector('button')!.click();
    await settle(el);
    getByRole(el, 'columnheader', 'Month')
      .querySelector('button')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, shiftKey: true }));
    await settle(el);
    expect(el.query.sort).to.deep.equal([
      { field: 'amount', direction: 'asc' },
      { field: 'billingMonth', direction: 'asc' },
    ]);
    expect(getByRole(el, 'columnheader', 'Month').getAttribute('aria-sort')).to.equal('ascending');
    expect(getByRole(el, 'columnheader', 'Amount').getAttribute('aria-sort')).to.equal('ascending');
    // The two ¥4,060 invoices are ordered by month.
    expect(columnTexts(el, 'Month').slice(0, 3)).to.deep.equal(['July 2020', 'May 2020', 'September 2020']);
    expect(getByRole(el, 'status').textContent!.trim()).to.equal('Sorted by Amount, ascending, then by Month, ascending');
  });
});

describe('<invoice-grid> query', () => {
  it('debounces the search box and sends the search to the adapter', async () => {
    const adapter = recording();
    const el = await gridFixture(adapter, { searchDelay: 150 });
    const before = adapter.queries.length;
    const search = getByRole<HTMLInputElement>(el, 'searchbox', 'Search invoices');
    for (const text of ['3', '34', '348', '3481']) {
      search.value = text;
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(adapter.queries.length).to.equal(before);
    const changed = (await oneEvent(el, 'invoice-query-change')) as CustomEvent<InvoiceQueryChangeDetail>;
    expect(changed.detail).to.deep.include({ reason: 'search' });
    await settle(el);
    expect(adapter.queries.length).to.equal(before + 1);
    expect(adapter.queries.at(-1)!.search).to.equal('3481');
    expect(columnTexts(el, 'Invoice number')).to.deep.equal(['2202008003481']);
  });

  it('loads when the query is set from outside, and shows its search in the box', async () => {
    const el = await gridFixture(seed());
    el.query = defaultQuery({ statuses: ['na'], search: '2202' });
    await settle(el);
    expect(columnTexts(el, 'Invoice number')).to.deep.equal(['2202007002231', '2202008003468']);
    expect(getByRole<HTMLInputElement>(el, 'searchbox', 'Search invoices').value).to.equal('2202');
  });

  it('never shows an older answer that arrives after a newer one', async () => {
    const base = seed();
    const resolvers: Array<() => void> = [];
    const slowFirst: InvoiceDataAdapter = {
      ...base,
      listInvoices: (query, options) =>
        new Promise<InvoicePage>((resolve, reject) => {
          const answer = () => base.listInvoices(query, {}).then(resolve, reject);
          if (query.search === 'old') resolvers.push(answer);
          else void answer();
          void options;
        }),
      countByStatus: (q, o) => base.countByStatus(q, o),
      listDocuments: (i, o) => base.listDocuments(i, o),
      fetchDocument: (d, o) => base.fetchDocument(d, o),
    };
    const el = await gridFixture(slowFirst, { query: defaultQuery({ search: '3470' }) });
    el.query = defaultQuery({ search: 'old' });
    await el.updateComplete;
    el.query = defaultQuery({ search: '3481' });
    await settle(el);
    expect(columnTexts(el, 'Invoice number')).to.deep.equal(['2202008003481']);
    resolvers.forEach((answer) => answer());
    await settle(el);
    expect(columnTexts(el, 'Invoice number')).to.deep.equal(['2202008003481']);
  });

  it('a rejecting adapter shows the error with Retry, fires invoice-error, and Retry loads', async () => {
    const base = seed();
    let fail = true;
    const flaky: InvoiceDataAdapter = {
      listInvoices: (q, o) => (fail ? Promise.reject(new InvoiceAdapterError('network', 'down')) : base.listInvoices(q, o)),
      countByStatus: (q, o) => base.countByStatus(q, o),
      listDocuments: (i, o) => base.listDocuments(i, o),
      fetchDocument: (d, o) => base.fetchDocument(d, o),
    };
    const errors: InvoiceErrorDetail[] = [];
    const el = document.createElement('invoice-grid');
    el.addEventListener('invoice-error', (e) => errors.push(e.detail));
    el.adapter = flaky;
    document.body.append(el);
    try {
      await until(() => !!el.shadowRoot?.querySelector('[part~="error"]'), 'error state');
      expect(errors.map((e) => e.kind)).to.deep.equal(['load']);
      expect(errors[0]!.message).to.equal('The billing service could not be reached. Check your connection.');
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('could not be reached');
      expect(dataRows(el)).to.have.length(0);
      fail = false;
      getByRole(el, 'button', 'Retry').click();
      await until(() => dataRows(el).length === 5, 'rows after retry');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('empty state: "No invoices match" and a clear button that keeps statuses', async () => {
    const el = await gridFixture(seed(), {
      query: defaultQuery({ search: 'zzz', statuses: ['open'], filter: { version: 1, amountMin: 1 } }),
    });
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('No invoices match');
    const changed = oneEvent(el, 'invoice-query-change');
    getByRole(el, 'button', 'Clear search and filters').click();
    const { detail } = (await changed) as CustomEvent<InvoiceQueryChangeDetail>;
    expect(detail.reason).to.equal('reset');
    expect(detail.query.search).to.equal('');
    expect(detail.query.filter).to.deep.equal({ version: 1 });
    expect(detail.query.statuses).to.deep.equal(['open']);
    await settle(el);
    expect(columnTexts(el, 'Invoice number')).to.deep.equal(['2202008003470']);
  });

  it('pages with Next/Previous and the page size select', async () => {
    const adapter = new InMemoryInvoiceAdapter(generateInvoices(60, { seed: 3 }));
    const el = await gridFixture(adapter, { pageSize: 25 });
    const range = () => el.shadowRoot!.querySelector('.range')!.textContent!.trim();
    expect(range()).to.equal('1–25 of 60');
    expect(dataRows(el)).to.have.length(25);
    expect(getByRole<HTMLButtonElement>(el, 'button', 'Previous page').disabled).to.equal(true);
    const changed = oneEvent(el, 'invoice-query-change');
    getByRole(el, 'button', 'Next page').click();
    expect(((await changed) as CustomEvent<InvoiceQueryChangeDetail>).detail).to.deep.include({ reason: 'page' });
    await settle(el);
    expect(range()).to.equal('26–50 of 60');
    expect(dataRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('27');
    getByRole(el, 'button', 'Next page').click();
    await settle(el);
    expect(range()).to.equal('51–60 of 60');
    expect(getByRole<HTMLButtonElement>(el, 'button', 'Next page').disabled).to.equal(true);
    const select = getByRole<HTMLSelectElement>(el, 'combobox', 'Rows per page');
    select.value = '50';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    expect(range()).to.equal('1–50 of 60');
    expect(dataRows(el)).to.have.length(50);
    expect(el.query.limit).to.equal(50);
  });

  it('shows skeleton rows on the first load and keeps rows with a progress bar on later loads', async () => {
    const el = document.createElement('invoice-grid');
    el.adapter = new InMemoryInvoiceAdapter(seedInvoices(), { latencyMs: 200 });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.exist;
      expect(getByRole(el, 'grid').getAttribute('aria-busy')).to.equal('true');
      await until(() => dataRows(el).length === 5, 'rows');
      el.query = defaultQuery({ search: '3481' });
      await el.updateComplete;
      expect(dataRows(el)).to.have.length(5);
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="progress"]')!.hidden).to.equal(false);
      expect(getByRole(el, 'grid').getAttribute('aria-busy')).to.equal('true');
      await until(() => dataRows(el).length === 1, 'new rows');
      expect(getByRole(el, 'grid').getAttribute('aria-busy')).to.equal('false');
    } finally {
      el.remove();
    }
  });
});

describe('<invoice-grid> malformed rows', () => {
  it('shows a placeholder per bad field and fires one invoice-error per bad row', async () => {
    const good = seedInvoices()[0]!;
    const badMonth = { ...seedInvoices()[1]!, billingMonth: '0020-10' };
    const badAmount = { ...seedInvoices()[2]!, amount: Number.NaN, status: 'weird' } as unknown as Invoice;
    const errors: InvoiceErrorDetail[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<InvoiceErrorDetail>).detail);
    document.addEventListener('invoice-error', listener);
    try {
      const el = await gridFixture(new InMemoryInvoiceAdapter([good, badMonth, badAmount]));
      const rows = rowTexts(el);
      expect(rows).to.have.length(3);
      // Newest month first; the row whose month cannot be read comes last.
      expect(columnTexts(el, 'Month')).to.deep.equal(['September 2020', 'May 2020', 'Invalid value']);
      expect(columnTexts(el, 'Amount')).to.deep.equal(['Invalid value', '¥4,060', '¥44,616']);
      expect(columnTexts(el, 'Status')).to.deep.equal(['Invalid value', 'Not applicable', 'Not applicable']);
      const rowErrors = errors.filter((e) => e.kind === 'row');
      expect(rowErrors).to.have.length(2);
      expect(rowErrors[0]!.problems!.map((p) => p.field)).to.have.members(['amount', 'status']);
      expect(rowErrors[1]!.problems!.map((p) => p.field)).to.deep.equal(['billingMonth']);
    } finally {
      document.removeEventListener('invoice-error', listener);
    }
  });
});

export { accessibleName, queryAllByRole };
