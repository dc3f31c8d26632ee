import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/invoice-grid.js';
import '../../src/define/invoice-download-dialog.js';
import '../../src/define/advanced-filter.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import type { AdvancedFilter } from '../../src/components/advanced-filter/advanced-filter.component.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice, InvoiceDocument, InvoiceFilter } from '../../src/data/types.js';
import { validateInvoice } from '../../src/data/validate.js';
import type { InvoiceErrorDetail } from '../../src/events/invoice-events.js';
import { deepQueryAll, deepText, settle, waitFor } from '../helpers/dom.js';
import { expectNoInjectedMarkup, watchPage, type PageWatch } from '../helpers/guards.js';
import { seedAdapter } from '../helpers/hostile-adapters.js';
import { countInvalid, hostileRows, hostileValue, malformedRows, oddDocumentRows } from '../helpers/hostile-rows.js';

/**
 * SPEC §5: a malformed row renders safely with a visible placeholder and an `invoice-error`
 * warning, and the other rows are unaffected. Then 10,000 rows generated from hostile values.
 */

const RANDOM_ROWS = 10_000;
const PAGE = 100;

function dataRows(grid: Element): HTMLElement[] {
  return deepQueryAll(grid, '[role="row"][part~="row"]:not(.pending)');
}

describe('malformed rows', () => {
  let watch: PageWatch;
  beforeEach(() => {
    watch = watchPage();
  });
  afterEach(async () => {
    await watch.expectClean();
  });

  describe('<invoice-grid>', () => {
    it('shows each malformed row with placeholders, reports it, and leaves the sound rows exact', async () => {
      const bad = malformedRows();
      const seed = seedInvoices();
      // Sound rows before and after the bad ones.
      const rows = [seed[0], ...bad.map((b) => b.row), seed[3]] as Invoice[];
      const errors: InvoiceErrorDetail[] = [];
      const adapter = seedAdapter(rows);
      // Where each row is shown: the adapter's order (newest billing month first, unreadable months last).
      const shown = (await adapter.listInvoices(defaultQuery({ limit: 100 }))).rows;
      const grid = await fixture<InvoiceGrid>(
        html`<invoice-grid
          page-size="100"
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
          .adapter=${adapter}
        ></invoice-grid>`,
      );
      await waitFor(() => dataRows(grid).length === rows.length, 'every row rendered');
      const rendered = dataRows(grid);
      bad.forEach(({ name, row: invoice }) => {
        const row = rendered[shown.indexOf(invoice as Invoice)] as HTMLElement;
        expect(deepQueryAll(row, '[part~="invalid-value"]').length, `${name}: placeholder`).to.be.greaterThan(0);
        expect(deepText(row), name).to.contain('Invalid value');
      });
      const rowErrors = errors.filter((e) => e.kind === 'row');
      expect(rowErrors, 'one invoice-error per malformed row').to.have.length(bad.length);
      for (const error of rowErrors) {
        expect(error.message).to.be.a('string').and.not.equal('');
        expect(error.problems?.length).to.be.greaterThan(0);
      }
      // The sound rows are untouched: exact amounts, months, numbers and no placeholder.
      for (const [row, invoice, amount, month] of [
        [rendered[shown.indexOf(seed[0] as Invoice)], seed[0], '¥4,060', 'May 2020'],
        [rendered[shown.indexOf(seed[3] as Invoice)], seed[3], '¥45,629', 'October 2020'],
      ] as const) {
        const text = deepText(row as Element);
        expect(text)
          .to.contain(amount)
          .and.contain(month)
          .and.contain((invoice as Invoice).invoiceNumber);
        expect(deepQueryAll(row as Element, '[part~="invalid-value"]')).to.have.length(0);
      }
      expectNoInjectedMarkup(grid);
    });

    it('renders rows whose documents are not a list', async () => {
      const rows = oddDocumentRows();
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${seedAdapter(rows)}></invoice-grid>`);
      await waitFor(() => dataRows(grid).length === rows.length, 'rows');
      expect(deepText(grid)).not.to.match(/NaN|\[object Object\]|undefined/);
    });

    it(`renders ${RANDOM_ROWS.toLocaleString('en')} rows of hostile values without a throw, reporting each bad one`, async function (this: {
      timeout(ms: number): void;
    }) {
      this.timeout(120_000);
      const rows = hostileRows(RANDOM_ROWS);
      const expectedBad = countInvalid(rows);
      expect(expectedBad, 'the arbitrary mixes bad and sound rows').to.be.within(RANDOM_ROWS / 4, RANDOM_ROWS - RANDOM_ROWS / 10);
      let reported = 0;
      let placeholders = 0;
      let rendered = 0;
      const adapter = new InMemoryInvoiceAdapter(rows as Invoice[]);
      const grid = await fixture<InvoiceGrid>(
        html`<invoice-grid
          page-size=${PAGE}
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => (e.detail.kind === 'row' ? reported++ : undefined)}
          .adapter=${adapter}
        ></invoice-grid>`,
      );
      let loadedOffset = -1;
      grid.addEventListener('invoice-load', (e) => (loadedOffset = e.detail.query.offset));
      for (let offset = 0; offset < RANDOM_ROWS; offset += PAGE) {
        if (offset > 0) grid.query = { ...grid.query, offset };
        await waitFor(() => loadedOffset === offset, `page at ${offset}`, 10_000);
        await grid.updateComplete;
        expect(dataRows(grid)).to.have.length(Math.min(PAGE, RANDOM_ROWS - offset));
        rendered += dataRows(grid).length;
        placeholders += deepQueryAll(grid, '[part~="invalid-value"]').length;
      }
      console.log(
        `malformed rows: ${rendered} random rows rendered, ${reported} reported as malformed, ${placeholders} placeholders shown`,
      );
      expect(rendered).to.equal(RANDOM_ROWS);
      expect(reported, 'invoice-error per malformed row').to.equal(expectedBad);
      expect(placeholders).to.be.at.least(expectedBad);
      expectNoInjectedMarkup(grid);
    });

    it('sorts and searches hostile rows in the adapter without a throw', async () => {
      const rows = hostileRows(2000, 7) as Invoice[];
      const adapter = new InMemoryInvoiceAdapter(rows);
      for (const field of ['amount', 'billingMonth', 'customerName', 'status', 'invoiceNumber', 'currency']) {
        for (const direction of ['asc', 'desc'] as const) {
          const page = await adapter.listInvoices(defaultQuery({ sort: [{ field, direction }], limit: 50 }));
          expect(page.total).to.equal(rows.length);
        }
      }
      const searched = await adapter.listInvoices(defaultQuery({ search: '<img', limit: 50 }));
      expect(searched.total).to.be.greaterThan(0);
      const counts = await adapter.countByStatus(defaultQuery());
      for (const value of Object.values(counts)) expect(Number.isInteger(value) && value >= 0).to.equal(true);
      // Currency codes that are also Object.prototype names must not poison the totals.
      const prototypeNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((currency, i) => ({
        ...seedInvoices()[0]!,
        id: `p${i}`,
        currency,
      }));
      const poisoned = await new InMemoryInvoiceAdapter([...prototypeNames, ...seedInvoices()]).listInvoices(defaultQuery());
      for (const [currency, sum] of Object.entries(poisoned.totals ?? {})) {
        expect(Number.isFinite(sum), `total for ${JSON.stringify(currency)}`).to.equal(true);
      }
      expect(Object.getPrototypeOf(poisoned.totals ?? {})).to.be.oneOf([Object.prototype, null]);
      const page = await adapter.listInvoices(defaultQuery({ limit: 10 }));
      for (const [currency, sum] of Object.entries(page.totals ?? {})) {
        expect(Number.isFinite(sum), `total for ${JSON.stringify(currency)}`).to.equal(true);
      }
    });
  });

  describe('<invoice-download-dialog>', () => {
    it('lists malformed documents safely and keeps the sound ones', async () => {
      const invoice = seedInvoices()[3] as Invoice;
      const sound: InvoiceDocument = {
        id: 'ok',
        kind: 'invoice',
        name: 'Invoice',
        fileName: 'ok.pdf',
        mimeType: 'application/pdf',
        size: 1000,
      };
      const documents = [
        sound,
        null,
        7,
        'doc',
        { id: 'n1' },
        { id: 'n2', kind: 'weird', name: { x: 1 }, fileName: ['a'], size: Number.NaN, availableUntil: '2020-13-45' },
        { id: 'n3', kind: 'cdr', name: '', fileName: '', size: -5, availableUntil: 'never' },
        {
          id: 'n4',
          kind: 'report',
          name: 'R',
          fileName: 'r.csv',
          mimeType: 'text/csv',
          size: Number.POSITIVE_INFINITY,
          availability: 'bogus',
        },
        { id: 'ok', kind: 'invoice', name: 'Duplicate id', fileName: 'dup.pdf', mimeType: 'application/pdf' },
      ];
      const adapter = seedAdapter();
      adapter.listDocuments = async () => documents as InvoiceDocument[];
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog
          .adapter=${adapter}
          .invoice=${invoice}
          .today=${new Date('2020-12-15T00:00:00Z')}
          open
        ></invoice-download-dialog>`,
      );
      await dialog.documentsSettled;
      await dialog.updateComplete;
      const text = deepText(dialog);
      expect(text).to.contain('ok.pdf');
      expect(text).not.to.match(/NaN|Infinity|undefined|\[object Object\]/);
      expectNoInjectedMarkup(dialog);
    });

    it('survives 500 documents of hostile values', async () => {
      const docs = fc.sample(
        fc.record(
          {
            id: hostileValue,
            kind: hostileValue,
            name: hostileValue,
            fileName: hostileValue,
            mimeType: hostileValue,
            size: hostileValue,
            url: hostileValue,
            availableUntil: hostileValue,
          },
          { requiredKeys: [] },
        ),
        { numRuns: 500, seed: 42 },
      );
      const adapter = seedAdapter();
      adapter.listDocuments = async () => docs as InvoiceDocument[];
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog .adapter=${adapter} .invoice=${seedInvoices()[3]!} open></invoice-download-dialog>`,
      );
      await dialog.documentsSettled;
      await dialog.updateComplete;
      await settle();
      expect(deepText(dialog)).not.to.match(/\[object Object\]/);
      expectNoInjectedMarkup(dialog);
    });
  });

  describe('<advanced-filter>', () => {
    it('reads a malformed filter value defensively', async () => {
      const values = [
        null,
        'open',
        42,
        { version: 99 },
        {
          version: 1,
          monthFrom: '0020-10',
          monthTo: 5,
          amountMin: 'abc',
          amountMax: Number.NaN,
          currency: {},
          statuses: 'open',
          kinds: [null, 'x'],
        },
        { version: 1, invoiceNumber: 'x', customerName: { op: 'regex', value: 5 }, ocn: null },
        fc.sample(fc.dictionary(fc.string({ maxLength: 12 }), hostileValue), { numRuns: 1, seed: 3 })[0],
      ];
      for (const value of values) {
        const filter = await fixture<AdvancedFilter>(
          html`<advanced-filter no-saved-views .value=${value as unknown as InvoiceFilter}></advanced-filter>`,
        );
        await filter.updateComplete;
        expect(filter.value.version).to.equal(1);
        expect(deepText(filter)).not.to.match(/NaN|\[object Object\]|undefined/);
        expectNoInjectedMarkup(filter);
      }
    });
  });

  it('validateInvoice finds every malformed case the suite uses', () => {
    for (const { name, row } of malformedRows()) expect(validateInvoice(row).length, name).to.be.greaterThan(0);
  });
});
