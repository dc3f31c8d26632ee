import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AdvancedFilter, InvoiceDownloadDialog, InvoiceGrid, InvoiceSection, InvoiceStatusTabs } from '../../src/classes.js';
import { InvoiceAdapterError, retryAfterMs } from '../../src/data/errors.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { SavedView, SavedViewsStore } from '../../src/data/saved-views.js';
import type { Invoice, InvoiceDataAdapter, InvoicePage, InvoiceQuery } from '../../src/data/types.js';
import type { InvoiceErrorDetail } from '../../src/events/invoice-events.js';
import { byRole, deepActiveElement, deepQueryAll, settle, waitFor } from '../helpers/dom.js';
import { ControlledAdapter, seedAdapter } from '../helpers/hostile-adapters.js';

/**
 * Lifecycle edges: elements moved or re-added while loading (frameworks reparent all the
 * time), an adapter taken away, methods called before the first render, a failing window in
 * a virtual grid (no retry storm), and row identity under hostile or repeated ids.
 */

const dataRows = (grid: Element) => deepQueryAll(grid, '.body [role="row"]');
const numbers = (grid: Element) => deepQueryAll(grid, '.body [role="row"] .number').map((n) => n.textContent);

async function twoParents(): Promise<[HTMLElement, HTMLElement]> {
  const root = await fixture<HTMLElement>(
    html`<div style="width: 1200px">
      <div id="a"></div>
      <div id="b"></div>
    </div>`,
  );
  return [root.querySelector<HTMLElement>('#a')!, root.querySelector<HTMLElement>('#b')!];
}

type Move = (element: HTMLElement, to: HTMLElement) => Promise<void>;
const MOVES: Array<[string, Move]> = [
  [
    'moved to another parent',
    async (element, to) => {
      to.append(element);
    },
  ],
  [
    'removed and re-added',
    async (element, to) => {
      element.remove();
      await settle();
      to.append(element);
    },
  ],
];

/** Answers whatever is pending until `done()` holds (a reconnected element may ask again). */
async function answerUntil(adapter: ControlledAdapter, done: () => boolean, what: string): Promise<void> {
  await waitFor(async () => {
    await adapter.answerAllNewestFirst();
    return done();
  }, what);
}

describe('moved while loading (reparenting)', () => {
  for (const [how, move] of MOVES) {
    it(`<invoice-grid> ${how} during its first load shows the rows`, async () => {
      const adapter = new ControlledAdapter();
      const [a, b] = await twoParents();
      const grid = document.createElement('invoice-grid') as InvoiceGrid;
      grid.adapter = adapter;
      a.append(grid);
      await waitFor(() => adapter.pendingOf('listInvoices').length === 1, 'first load');
      await move(grid, b);
      await answerUntil(adapter, () => dataRows(grid).length === 5, 'rows after the move');
      await grid.updateComplete;
      expect(grid.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(deepQueryAll(grid, '[part~="skeleton"]')).to.have.length(0);
    });

    it(`<invoice-status-tabs> ${how} while counting shows the counts`, async () => {
      const adapter = new ControlledAdapter();
      const [a, b] = await twoParents();
      const tabs = document.createElement('invoice-status-tabs') as InvoiceStatusTabs;
      tabs.adapter = adapter;
      a.append(tabs);
      await waitFor(() => adapter.pendingOf('countByStatus').length === 1, 'counts requested');
      await move(tabs, b);
      await answerUntil(adapter, () => deepQueryAll(tabs, '[part~="count"]').length > 0, 'counts after the move');
      expect(byRole(tabs, 'tab', /^Open/).textContent!.replace(/\s+/g, ' ')).to.contain('1');
    });

    it(`<invoice-download-dialog> ${how} while listing documents shows them`, async () => {
      const adapter = new ControlledAdapter();
      const [a, b] = await twoParents();
      const dialog = document.createElement('invoice-download-dialog') as InvoiceDownloadDialog;
      dialog.adapter = adapter;
      a.append(dialog);
      await dialog.updateComplete;
      dialog.invoice = seedInvoices()[3]!;
      dialog.show();
      await waitFor(() => adapter.pendingOf('listDocuments').length === 1, 'documents requested');
      await move(dialog, b);
      await answerUntil(adapter, () => deepQueryAll(dialog, '[part~="checkbox"]').length > 0, 'documents after the move');
    });

    it(`<advanced-filter> ${how} while listing saved views shows them`, async () => {
      let release: (views: SavedView[]) => void = () => {};
      const store: SavedViewsStore = {
        list: () => new Promise<SavedView[]>((resolve) => (release = resolve)),
        save: () => {},
        remove: () => {},
      };
      const [a, b] = await twoParents();
      const filter = document.createElement('advanced-filter') as AdvancedFilter;
      filter.savedViewsStore = store;
      a.append(filter);
      await filter.updateComplete;
      await move(filter, b);
      release([{ id: 'v1', name: 'Open in 2020', search: '', filter: { version: 1 }, sort: [], savedAt: '2026-11-01T00:00:00Z' }]);
      await waitFor(() => deepQueryAll(filter, '[part~="saved-view"]').length === 1, 'saved view after the move');
    });

    it(`<invoice-section> ${how} during its first load shows rows and counts`, async () => {
      const adapter = new ControlledAdapter();
      const [a, b] = await twoParents();
      const section = document.createElement('invoice-section') as InvoiceSection;
      section.adapter = adapter;
      a.append(section);
      await waitFor(() => adapter.pendingOf('listInvoices').length === 1 && adapter.pendingOf('countByStatus').length === 1, 'loads');
      await move(section, b);
      const grid = () => section.shadowRoot!.querySelector('invoice-grid')!;
      await answerUntil(
        adapter,
        () => dataRows(grid()).length === 5 && deepQueryAll(section, '[part~="count"]').length > 0,
        'rows and counts after the move',
      );
    });
  }
});

describe('lifecycle edges', () => {
  it('adapter set to null after a load shows the no-adapter state, not the old rows', async () => {
    const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${seedAdapter()}></invoice-grid>`);
    await waitFor(() => dataRows(grid).length === 5, 'rows');
    grid.selection; // the selection is independent of the rows shown
    (grid as { adapter: InvoiceDataAdapter | null | undefined }).adapter = null;
    await grid.updateComplete;
    expect(dataRows(grid)).to.have.length(0);
    expect(grid.shadowRoot!.querySelector('[part~="record-count"]')!.textContent).to.equal('');
    expect(deepQueryAll(grid, '[part~="skeleton"], [part~="error"], [part~="empty"], [part~="pager"], [part~="totals"]')).to.have.length(0);
    // A new adapter loads again.
    grid.adapter = seedAdapter();
    await waitFor(() => dataRows(grid).length === 5, 'rows from the new adapter');
  });

  it('grid.openDocuments() before the first render waits for it instead of throwing', async () => {
    const grid = document.createElement('invoice-grid') as InvoiceGrid;
    const invoice = seedInvoices()[3]!;
    const asked: Invoice[][] = [];
    grid.addEventListener('invoice-open-documents', (e) => {
      asked.push(e.detail.invoices);
      e.preventDefault();
    });
    expect(() => grid.openDocuments([invoice])).not.to.throw();
    expect(asked).to.have.length(0);
    await fixture(html`<div>${grid}</div>`);
    await waitFor(() => asked.length === 1, 'invoice-open-documents after the first render');
    expect(asked[0]![0]).to.equal(invoice);
  });

  it('filter.apply() and filter.focusFirstField() before the first render apply the value and focus later', async () => {
    const filter = document.createElement('advanced-filter') as AdvancedFilter;
    filter.noSavedViews = true;
    filter.value = { version: 1, amountMin: 1000 };
    const applied: unknown[] = [];
    filter.addEventListener('invoice-filter-change', (e) => applied.push(e.detail.filter));
    let result: boolean | undefined;
    expect(() => (result = filter.apply())).not.to.throw();
    expect(result).to.equal(true);
    expect(applied).to.deep.equal([{ version: 1, amountMin: 1000 }]);
    expect(() => filter.focusFirstField()).not.to.throw();
    await fixture(html`<div>${filter}</div>`);
    await waitFor(() => deepActiveElement()?.id === 'f-monthFrom', 'focus on "From month" after the first render');
  });
});

/** An adapter that pages `rows` as given (no sorting), counting calls. */
function pagingAdapter(rows: Invoice[]): InvoiceDataAdapter & { queries: InvoiceQuery[] } {
  const queries: InvoiceQuery[] = [];
  return {
    queries,
    listInvoices: async (query: InvoiceQuery) => {
      queries.push(query);
      return { rows: rows.slice(query.offset, query.offset + query.limit), total: rows.length };
    },
    countByStatus: async () => ({ open: 0, disputed: 0, closed: 0, na: 0 }),
    listDocuments: async () => [],
    fetchDocument: async () => new Blob([]),
  };
}

const invoiceRow = (id: string, n: number): Invoice =>
  ({
    ...seedInvoices()[3]!,
    id,
    invoiceNumber: `22020080${String(n).padStart(5, '0')}`,
  }) as Invoice;

describe('row identity', () => {
  it('ids named like object members (__proto__, constructor, toString, hasOwnProperty) select like any other', async () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const grid = await fixture<InvoiceGrid>(
      html`<invoice-grid .adapter=${pagingAdapter(ids.map((id, i) => invoiceRow(id, i)))}></invoice-grid>`,
    );
    await waitFor(() => dataRows(grid).length === 4, 'rows');
    const boxes = () => deepQueryAll<HTMLInputElement>(grid, 'input[data-grid-action="select"]');
    expect(boxes().map((b) => b.checked)).to.deep.equal([false, false, false, false]);
    expect(dataRows(grid).map((r) => r.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'false', 'false']);
    for (const box of boxes()) {
      box.click();
      await grid.updateComplete;
    }
    expect(boxes().map((b) => b.checked)).to.deep.equal([true, true, true, true]);
    expect([...grid.selection.selectedIds].sort()).to.deep.equal([...ids].sort());
    expect(grid.selection.invoices.map((i) => i.id).sort()).to.deep.equal([...ids].sort());
    boxes()[1]!.click();
    await grid.updateComplete;
    expect(grid.selection.selectedIds).to.not.include('constructor');
    expect(boxes()[1]!.checked).to.equal(false);
  });

  it('two invoices with one id on different pages are selected separately, and the duplicate is reported', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => invoiceRow(i === 0 || i === 11 ? 'dup' : `r${i}`, i));
    const errors: InvoiceErrorDetail[] = [];
    const grid = await fixture<InvoiceGrid>(
      html`<invoice-grid
        page-size="10"
        .adapter=${pagingAdapter(rows)}
        @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
      ></invoice-grid>`,
    );
    await waitFor(() => dataRows(grid).length === 10, 'page 1');
    const box = (n: number) => deepQueryAll<HTMLInputElement>(grid, 'input[data-grid-action="select"]')[n]!;
    box(0).click();
    await grid.updateComplete;
    expect(grid.selection.invoices.map((i) => i.invoiceNumber)).to.deep.equal([rows[0]!.invoiceNumber]);
    byRole(grid, 'button', 'Next page').click();
    await waitFor(() => numbers(grid)[0] === rows[10]!.invoiceNumber, 'page 2');
    await grid.updateComplete;
    expect(box(1).checked, 'the other invoice with the same id is not shown as selected').to.equal(false);
    expect(errors.some((e) => e.kind === 'duplicate-id')).to.equal(true);
    box(1).click();
    await grid.updateComplete;
    expect(box(1).checked).to.equal(true);
    expect(grid.selection.invoices.map((i) => i.invoiceNumber).sort()).to.deep.equal(
      [rows[0]!.invoiceNumber, rows[11]!.invoiceNumber].sort(),
    );
    byRole(grid, 'button', 'Previous page').click();
    await waitFor(() => numbers(grid)[0] === rows[0]!.invoiceNumber, 'page 1 again');
    await grid.updateComplete;
    expect(box(0).checked, 'the first keeps its selection').to.equal(true);
    box(0).click();
    await grid.updateComplete;
    expect(grid.selection.invoices.map((i) => i.invoiceNumber)).to.deep.equal([rows[11]!.invoiceNumber]);
  });

  it('two rows with one id on the same page have distinct keys: selecting one leaves the other', async () => {
    const rows = [invoiceRow('same', 1), invoiceRow('same', 2), invoiceRow('other', 3)];
    const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${pagingAdapter(rows)}></invoice-grid>`);
    await waitFor(() => dataRows(grid).length === 3, 'rows');
    const boxes = () => deepQueryAll<HTMLInputElement>(grid, 'input[data-grid-action="select"]');
    boxes()[1]!.click();
    await grid.updateComplete;
    expect(boxes().map((b) => b.checked)).to.deep.equal([false, true, false]);
    expect(grid.selection.invoices).to.deep.equal([rows[1]]);
  });
});

describe('a failing window in a virtual grid', () => {
  const ROWS = Array.from({ length: 1000 }, (_, i) => invoiceRow(`v${i}`, i));

  /** Rows 0–99 answer; later windows fail as `fail(query)` says (or answer with no rows). */
  function flakyAdapter(fail: (query: InvoiceQuery) => Promise<InvoicePage> | undefined) {
    const calls: Array<{ at: number; offset: number }> = [];
    const adapter: InvoiceDataAdapter = {
      listInvoices: async (query) => {
        calls.push({ at: performance.now(), offset: query.offset });
        const failure = query.offset >= 100 ? fail(query) : undefined;
        return failure ?? { rows: ROWS.slice(query.offset, query.offset + query.limit), total: ROWS.length };
      },
      countByStatus: async () => ({ open: 0, disputed: 0, closed: 0, na: 0 }),
      listDocuments: async () => [],
      fetchDocument: async () => new Blob([]),
    };
    return { adapter, calls };
  }

  async function virtualGrid(adapter: InvoiceDataAdapter, errors: InvoiceErrorDetail[]): Promise<InvoiceGrid> {
    const grid = await fixture<InvoiceGrid>(
      html`<div style="width: 1200px">
        <invoice-grid
          virtual
          style="--inv-grid-virtual-height: 400px"
          .adapter=${adapter}
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
        ></invoice-grid>
      </div>`,
    ).then((wrap) => wrap.querySelector('invoice-grid') as InvoiceGrid);
    await waitFor(() => dataRows(grid).length > 0, 'first window');
    return grid;
  }

  const scrollTo = async (grid: InvoiceGrid, row: number) => {
    grid.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!.scrollTop = row * 44;
    await settle();
  };

  for (const [what, fail] of [
    ['HTTP 429', () => Promise.reject(new InvoiceAdapterError('rate-limited', 'Too many requests.', { status: 429 }))],
    ['an empty page', () => Promise.resolve({ rows: [], total: 1000 })],
  ] as Array<[string, () => Promise<InvoicePage>]>) {
    it(`answering ${what}: rows show as failed with Retry, retries back off, a handful of requests at most`, async function (this: {
      timeout(ms: number): void;
    }) {
      this.timeout(20_000);
      let failing = true;
      const { adapter, calls } = flakyAdapter(() => (failing ? fail() : undefined));
      const errors: InvoiceErrorDetail[] = [];
      const grid = await virtualGrid(adapter, errors);
      const start = calls.length;
      await scrollTo(grid, 150);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const windowCalls = calls.slice(start);
      // Exponential backoff: the first try and a few retries, never hundreds.
      expect(windowCalls.length, `${windowCalls.length} requests in 3 s`).to.be.within(1, 6);
      for (let i = 1; i < windowCalls.length; i++) expect(windowCalls[i]!.at - windowCalls[i - 1]!.at).to.be.at.least(200);
      expect(errors.filter((e) => e.kind === 'load').length).to.equal(windowCalls.length);
      const retry = deepQueryAll<HTMLButtonElement>(grid, '[part~="row-retry-button"]');
      expect(retry.length, 'failed rows offer Retry').to.be.greaterThan(0);
      failing = false;
      retry[0]!.click();
      await waitFor(
        () => deepQueryAll(grid, '[part~="row-retry-button"]').length === 0 && numbers(grid).includes(ROWS[150]!.invoiceNumber),
        'rows after Retry',
      );
    });
  }

  it('waits as long as Retry-After asks before the next request', async function (this: { timeout(ms: number): void }) {
    this.timeout(20_000);
    const { adapter, calls } = flakyAdapter(() =>
      Promise.reject(new InvoiceAdapterError('rate-limited', 'Slow down.', { status: 429, retryAfterMs: 2000 })),
    );
    const grid = await virtualGrid(adapter, []);
    const start = calls.length;
    await scrollTo(grid, 150);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(calls.length - start, 'no retry before Retry-After').to.equal(1);
    await waitFor(() => calls.length - start === 2, 'a retry after Retry-After', 3000);
    expect(calls.at(-1)!.at - calls.at(-2)!.at).to.be.at.least(1950);
  });

  it("the REST adapter's error carries Retry-After (seconds or a date)", async () => {
    const answer = (headers: Record<string, string>) =>
      new RestInvoiceAdapter({ baseUrl: 'https://billing.example/api', fetch: async () => new Response('{}', { status: 429, headers }) });
    const error = (await answer({ 'retry-after': '7' })
      .listInvoices({ search: '', statuses: [], filter: { version: 1 }, sort: [], offset: 0, limit: 10 })
      .catch((e: unknown) => e)) as InvoiceAdapterError;
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfterMs).to.equal(7000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).to.be.within(3000, 5000);
    expect(retryAfterMs('soon')).to.equal(undefined);
    expect(retryAfterMs('99999999')).to.equal(3_600_000);
  });
});
