import { expect } from '@open-wc/testing';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import {
  activeFilterKeys,
  coerceFilter,
  defaultQuery,
  filterFromParams,
  filterToParams,
  queryFromParams,
  queryToParams,
  validateFilter,
} from '../../src/data/query.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import { BILLING_TODAY, billingAccount } from '../helpers/billing-account.js';

describe('filter: the payment conditions', () => {
  it('round-trip through a URL as f.overdue, f.due and f.paid, without pinning a date', () => {
    const filter = { version: 1 as const, currency: 'JPY', overdue: true, dueWithinDays: 30, paidWithinMonths: 12 };
    const params = filterToParams(filter);
    expect(params.toString()).to.equal('f.v=1&f.currency=JPY&f.overdue=1&f.due=30&f.paid=12');
    expect(filterFromParams(params)).to.deep.equal(filter);
    const query = defaultQuery({ filter, today: '2026-11-20' });
    expect(queryToParams(query).has('today')).to.equal(false);
    expect(queryFromParams(queryToParams(query)).filter).to.deep.equal(filter);
  });

  it('drops malformed values read from a URL or a saved view', () => {
    expect(filterFromParams(new URLSearchParams('f.overdue=yes&f.due=0&f.paid=1.5'))).to.deep.equal({ version: 1 });
    expect(filterFromParams(new URLSearchParams('f.due=367&f.paid=121'))).to.deep.equal({ version: 1 });
    expect(coerceFilter({ overdue: 'true', dueWithinDays: '30', paidWithinMonths: 12 })).to.deep.equal({
      version: 1,
      paidWithinMonths: 12,
    });
  });

  it('validate: whole days 1–366 and months 1–120', () => {
    expect(validateFilter({ version: 1, dueWithinDays: 0, paidWithinMonths: 121 })).to.deep.equal([
      { field: 'dueWithinDays', code: 'days-invalid' },
      { field: 'paidWithinMonths', code: 'months-invalid' },
    ]);
    expect(validateFilter({ version: 1, dueWithinDays: Number.NaN })).to.deep.equal([{ field: 'dueWithinDays', code: 'days-invalid' }]);
    expect(validateFilter({ version: 1, dueWithinDays: 366, paidWithinMonths: 1 })).to.deep.equal([]);
  });

  it('are active filter keys (chips) after the others', () => {
    expect(activeFilterKeys({ version: 1, overdue: true, currency: 'JPY', paidWithinMonths: 3 })).to.deep.equal([
      'currency',
      'overdue',
      'paidWithinMonths',
    ]);
    expect(activeFilterKeys({ version: 1, overdue: false })).to.deep.equal([]);
  });
});

describe('InMemoryInvoiceAdapter: payment conditions judged against the query’s today', () => {
  const adapter = new InMemoryInvoiceAdapter(billingAccount());
  const ids = async (filter: object, today = BILLING_TODAY) =>
    (await adapter.listInvoices(defaultQuery({ filter: { version: 1, ...filter }, today, limit: 100 }))).rows.map((r) => r.id).sort();

  it('lists the overdue, the due-soon and the recently paid', async () => {
    expect(await ids({ overdue: true })).to.deep.equal(['j2', 'j3', 's2']);
    expect(await ids({ dueWithinDays: 30 })).to.deep.equal(['j1', 's1', 's4']);
    expect(await ids({ paidWithinMonths: 12 })).to.deep.equal(['j4', 'j6', 'j8r', 's3', 'u2']);
  });

  it('a new day is a new answer (the day is part of the cached query)', async () => {
    expect(await ids({ overdue: true })).to.deep.equal(['j2', 'j3', 's2']);
    // On 1 December j1 and s1 (due 30 November) are overdue too.
    expect(await ids({ overdue: true }, '2026-12-01')).to.deep.equal(['j1', 'j2', 'j3', 's1', 's2']);
  });

  it('counts follow a payment condition', async () => {
    const counts = await adapter.countByStatus(defaultQuery({ filter: { version: 1, overdue: true }, today: BILLING_TODAY }));
    expect(counts).to.deep.equal({ open: 2, disputed: 1, closed: 0, na: 0 });
  });
});

describe('RestInvoiceAdapter: billing', () => {
  it('sends today with a payment condition, and only then', async () => {
    const urls: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response(JSON.stringify({ rows: [], total: 0, open: 0, disputed: 0, closed: 0, na: 0 }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof globalThis.fetch;
    const adapter = new RestInvoiceAdapter({ baseUrl: 'https://billing.example/api', fetch });
    await adapter.listInvoices(defaultQuery({ filter: { version: 1, overdue: true }, today: '2026-11-20' }));
    await adapter.countByStatus(defaultQuery({ filter: { version: 1, dueWithinDays: 7 }, today: '2026-11-20' }));
    await adapter.listInvoices(defaultQuery({ filter: { version: 1, currency: 'JPY' } }));
    expect(urls[0]).to.contain('f.overdue=1').and.contain('today=2026-11-20');
    expect(urls[1]).to.contain('f.due=7').and.contain('today=2026-11-20');
    expect(urls[2]).to.not.contain('today=');
  });

  it('has billingSummary and getInvoiceDetail only with billing: true', () => {
    expect(new RestInvoiceAdapter({ baseUrl: 'https://billing.example/api' }).billingSummary).to.equal(undefined);
    const billing = new RestInvoiceAdapter({ baseUrl: 'https://billing.example/api', billing: true });
    expect(typeof billing.billingSummary).to.equal('function');
    expect(typeof billing.getInvoiceDetail).to.equal('function');
  });

  it('reads the summary and a detail from the reference server', async () => {
    const adapter = new RestInvoiceAdapter({ baseUrl: `${location.origin}/test-api`, billing: true });
    const summary = await adapter.billingSummary!({ today: '2026-11-20' });
    expect(summary.today).to.equal('2026-11-20');
    expect(summary.currencies.length).to.be.greaterThan(2);
    expect(summary.currencies[0]?.spend).to.have.length(12);
    const { rows } = await adapter.listInvoices(defaultQuery({ filter: { version: 1, statuses: ['disputed'] } }));
    const detail = await adapter.getInvoiceDetail!(rows[0]!);
    expect(detail.ticketReference).to.equal(rows[0]!.ticketReference);
    expect(detail.tax?.lines).to.be.an('array');
  });

  it('refuses a summary without a currencies array as a bad response', async () => {
    const fetch = (async () =>
      new Response('{"today":"2026-11-20"}', { headers: { 'content-type': 'application/json' } })) as typeof globalThis.fetch;
    const adapter = new RestInvoiceAdapter({ baseUrl: 'https://billing.example/api', fetch, billing: true });
    const error = await adapter.billingSummary!({}).catch((e: unknown) => e);
    expect((error as { code?: string }).code).to.equal('bad-response');
  });
});
