import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/billing-summary.js';
import '../../src/define/invoice-detail.js';
import '../../src/define/invoice-ticket-dialog.js';
import type { BillingSummary } from '../../src/components/billing-summary/billing-summary.component.js';
import type { InvoiceDetail } from '../../src/components/invoice-detail/invoice-detail.component.js';
import type { InvoiceTicketDialog } from '../../src/components/invoice-ticket-dialog/invoice-ticket-dialog.component.js';
import { LoadController } from '../../src/controllers/load-controller.js';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import type { Invoice, InvoiceDataAdapter } from '../../src/data/types.js';
import type { InvoiceErrorDetail } from '../../src/events/invoice-events.js';
import { allByRole, byRole, deepQueryAll, deepText, settle, waitFor } from '../helpers/dom.js';
import { watchPage, type PageWatch } from '../helpers/guards.js';
import { BILLING_TODAY, billingAccount } from '../helpers/billing-account.js';
import { DETAIL_TODAY, detailAdapter, detailInvoices } from '../helpers/detail-fixtures.js';

/**
 * SPEC §5 for the billing elements: an adapter whose billing methods reject, throw, reject
 * with junk, never answer, answer junk, or answer after the element is gone. Each ends in a
 * clear, localised state with "Retry" (or "Send" again), an `invoice-error`, and nothing
 * reaching the page as an unhandled rejection or a console error.
 */

type Method = 'billingSummary' | 'getInvoiceDetail' | 'listInvoices' | 'listDocuments' | 'raiseTicket';

interface Fault {
  name: string;
  /** What the faulty method does on its first call (later calls work). */
  act: () => Promise<never>;
  message: string;
}

const FAULTS: Fault[] = [
  {
    name: 'rejects (server error)',
    act: () => Promise.reject(new InvoiceAdapterError('server', 'x')),
    message: 'The invoices could not be loaded.',
  },
  {
    name: 'rejects (network)',
    act: () => Promise.reject(new InvoiceAdapterError('network', 'x')),
    message: 'The billing service could not be reached. Check your connection.',
  },
  {
    name: 'throws synchronously',
    act: () => {
      throw new Error('sync');
    },
    message: 'The invoices could not be loaded.',
  },
  { name: 'rejects with a non-error', act: () => Promise.reject({ not: 'an error' }), message: 'The invoices could not be loaded.' },
  { name: 'never answers (times out)', act: () => new Promise<never>(() => {}), message: 'The billing service took too long to answer.' },
];

const TIMEOUT_MS = 300;

/** `inner` with `method` faulty on its first call. */
function faulty(inner: InMemoryInvoiceAdapter, method: Method, fault: Fault): InvoiceDataAdapter & { calls: number } {
  const adapter = Object.create(inner) as InvoiceDataAdapter & { calls: number };
  adapter.calls = 0;
  const sound =
    method === 'raiseTicket'
      ? async () => ({ reference: 'BT-OK' })
      : (inner[method] as (...args: unknown[]) => Promise<unknown>).bind(inner);
  (adapter as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => (++adapter.calls === 1 ? fault.act() : sound(...args));
  return adapter;
}

describe('adapter faults: billing elements', () => {
  let watch: PageWatch;
  let savedTimeout: number;
  beforeEach(() => {
    savedTimeout = LoadController.defaultTimeoutMs;
    LoadController.defaultTimeoutMs = TIMEOUT_MS;
    watch = watchPage();
  });
  afterEach(async () => {
    LoadController.defaultTimeoutMs = savedTimeout;
    await watch.expectClean();
  });

  describe('<billing-summary>', () => {
    for (const fault of FAULTS) {
      it(`billingSummary ${fault.name}: localised error, Retry recovers`, async () => {
        const adapter = faulty(new InMemoryInvoiceAdapter(billingAccount()), 'billingSummary', fault);
        const errors: InvoiceErrorDetail[] = [];
        const el = await fixture<BillingSummary>(html`<billing-summary today=${BILLING_TODAY}></billing-summary>`);
        el.addEventListener('invoice-error', (e) => errors.push(e.detail));
        el.adapter = adapter;
        await waitFor(() => deepQueryAll(el, '[part~="error"]').length === 1, 'the error', 3000);
        expect(deepText(el)).to.contain('The billing overview could not be loaded.').and.contain(fault.message);
        expect(errors.map((e) => e.kind)).to.deep.equal(['summary']);
        byRole(el, 'button', 'Retry').click();
        await waitFor(() => allByRole(el, 'link').length === 10, 'the figures');
      });
    }

    for (const [name, answer] of [
      ['null', null],
      ['a number', 42],
      ['currencies that is not an array', { today: BILLING_TODAY, currencies: 'JPY' }],
      [
        'NaN, negative and 1e308 figures',
        {
          today: BILLING_TODAY,
          currencies: [
            {
              currency: 'JPY',
              outstanding: { amount: Number.NaN, count: 2 },
              overdue: { amount: 1e308, count: -4 },
              dueSoon: { amount: 100, count: Number.POSITIVE_INFINITY },
              paid: null,
              spend: [{ month: '2026-11', amount: 1e308, count: 1 }, { month: '0020-10', amount: 5, count: 1 }, null],
            },
          ],
        },
      ],
    ] as const) {
      it(`billingSummary answers ${name}: no NaN, no infinity, nothing thrown`, async () => {
        const adapter = Object.assign(new InMemoryInvoiceAdapter([]), { billingSummary: async () => answer as never });
        const el = await fixture<BillingSummary>(html`<billing-summary today=${BILLING_TODAY} .adapter=${adapter}></billing-summary>`);
        await el.loaded;
        await settle();
        const text = deepText(el);
        expect(text).to.not.match(/NaN|Infinity|∞/);
        for (const bar of deepQueryAll(el, '[part~="chart-bar"]'))
          for (const a of ['x', 'y', 'width', 'height']) expect(Number.isFinite(Number(bar.getAttribute(a)))).to.equal(true);
      });
    }

    it('an answer that arrives after the element was removed changes nothing and reaches no one', async () => {
      let resolve!: (value: unknown) => void;
      const adapter = Object.assign(new InMemoryInvoiceAdapter([]), { billingSummary: () => new Promise((r) => (resolve = r)) });
      const errors: unknown[] = [];
      const el = await fixture<BillingSummary>(html`<billing-summary .adapter=${adapter}></billing-summary>`);
      el.addEventListener('invoice-error', (e) => errors.push(e));
      el.remove();
      resolve(null);
      await settle();
      expect(errors).to.deep.equal([]);
    });
  });

  describe('<invoice-detail>', () => {
    const cases: Array<[Method, string]> = [
      ['getInvoiceDetail', 'The charges and tax of this invoice could not be loaded.'],
      ['listInvoices', 'The invoice history could not be loaded.'],
      ['listDocuments', 'The documents could not be listed.'],
    ];
    for (const [method, what] of cases) {
      for (const fault of FAULTS) {
        it(`${method} ${fault.name}: the block says so, the rest still shows, Retry recovers`, async () => {
          const adapter = faulty(detailAdapter(), method, fault);
          const errors: string[] = [];
          const el = await fixture<InvoiceDetail>(html`<invoice-detail no-preview today=${DETAIL_TODAY}></invoice-detail>`);
          el.addEventListener('invoice-error', (e) => errors.push(e.detail.kind));
          el.adapter = adapter;
          el.show(detailInvoices()[1] as Invoice);
          await waitFor(() => deepText(el).includes(what), what, 3000);
          expect(deepText(el)).to.contain(fault.message);
          expect(errors).to.have.length(1);
          // The panel still shows what it could load.
          expect(deepText(el)).to.contain('¥49,400');
          const retry = deepQueryAll<HTMLButtonElement>(el, '[part~="retry-button"]');
          expect(retry).to.have.length(1);
          retry[0]!.click();
          await waitFor(() => !deepText(el).includes(what), 'recovered', 3000);
        });
      }
    }

    for (const [name, answer] of [
      ['null', null],
      ['an array', [1, 2]],
      ['line items that are not an array and a tax without lines', { lineItems: 'x', tax: { jurisdiction: 'JP', lines: 'x' } }],
      ['line items of junk', { lineItems: [null, 5, { description: { html: 1 }, amount: 'ten' }], tax: null }],
    ] as const) {
      it(`getInvoiceDetail answers ${name}: the panel shows what it can, nothing thrown`, async () => {
        const inner = detailAdapter();
        const adapter = Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, { getInvoiceDetail: async () => answer as never });
        const el = await fixture<InvoiceDetail>(
          html`<invoice-detail no-preview today=${DETAIL_TODAY} .adapter=${adapter}></invoice-detail>`,
        );
        const { lineItems: _l, tax: _t, ...row } = detailInvoices()[1] as Invoice;
        el.show(row);
        await el.loaded;
        await settle();
        expect(deepText(el))
          .to.contain('Invoice 2226090000500-1')
          .and.not.match(/NaN|\[object Object\]/);
      });
    }

    it('loads that settle after the panel closed or left the page change nothing and reach no one', async () => {
      const never = () => new Promise<never>(() => {});
      const inner = detailAdapter();
      const adapter = Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, { getInvoiceDetail: never, listDocuments: never });
      const errors: unknown[] = [];
      const el = await fixture<InvoiceDetail>(html`<invoice-detail today=${DETAIL_TODAY} .adapter=${adapter}></invoice-detail>`);
      el.addEventListener('invoice-error', (e) => errors.push(e));
      el.show(detailInvoices()[1] as Invoice);
      await el.updateComplete;
      el.close();
      await el.updateComplete;
      el.remove();
      await settle(TIMEOUT_MS + 100);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('<invoice-ticket-dialog>', () => {
    for (const fault of FAULTS) {
      it(`raiseTicket ${fault.name}: the form says so, keeps the text, sends again`, async () => {
        const adapter = faulty(new InMemoryInvoiceAdapter(detailInvoices()), 'raiseTicket', fault);
        const errors: string[] = [];
        const el = await fixture<InvoiceTicketDialog>(html`<invoice-ticket-dialog></invoice-ticket-dialog>`);
        el.addEventListener('invoice-error', (e) => errors.push(e.detail.kind));
        el.adapter = adapter;
        el.show(detailInvoices()[3] as Invoice);
        await el.loaded;
        byRole(el, 'radio', 'Wrong amount').click();
        await el.updateComplete;
        expect(await el.submit()).to.equal(false);
        await el.updateComplete;
        expect(deepText(el)).to.contain('The ticket could not be sent.').and.contain(fault.message);
        expect(errors).to.deep.equal(['ticket']);
        expect((byRole(el, 'radio', 'Wrong amount') as HTMLInputElement).checked).to.equal(true);
        expect(await el.submit()).to.equal(true);
        await el.updateComplete;
        expect(deepText(el)).to.contain('BT-OK');
      });
    }
  });
});
