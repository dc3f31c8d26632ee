// Input the database must never see gets a 400 with a reason; hostile text that is a fair
// search (quotes, wildcards, SQL) is matched literally through bound parameters.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { loadTesting } from '../library.mjs';
import { databases, ocnsOf, startApi } from './harness.mjs';

const { conformanceInvoices } = await loadTesting();

/** [query string, parameter named in the answer, words the message holds] */
const REFUSED = [
  ['sort=amount;DROP TABLE invoices', 'sort', /sortable fields are/],
  ['sort=password:asc', 'sort', /cannot use "password"/],
  ['sort=amount:sideways', 'sort', /asc or desc/],
  ['sort=amount:asc,amount:desc', 'sort', /twice/],
  ['sort=(select 1)', 'sort', /cannot use/],
  ['offset=-1', 'offset', /whole number from 0/],
  ['offset=1e9', 'offset', /whole number/],
  ['offset=99999999999999999999', 'offset', /whole number/],
  ['offset=2.5', 'offset', /whole number/],
  ['limit=0', 'limit', /from 1 to 1,000/],
  ['limit=100000', 'limit', /from 1 to 1,000/],
  ['limit=ten', 'limit', /whole number/],
  [`q=${'x'.repeat(201)}`, 'q', /longer than 200/],
  ['q=a%00b', 'q', /NUL/],
  ['status=open,paid', 'status', /"paid"/],
  ['f.v=2', 'f.v', /version/],
  ['f.from=2020-13', 'f.from', /YYYY-MM/],
  ['f.from=0020-10', 'f.from', /1900-01/],
  ['f.from=2021-01&f.to=2020-01', 'f.to', /before/],
  ['f.min=abc', 'f.min', /number/],
  ['f.min=NaN', 'f.min', /number/],
  ['f.min=Infinity', 'f.min', /number/],
  ['f.min=10&f.max=1', 'f.max', /less than/],
  ['f.currency=yen', 'f.currency', /ISO 4217/],
  ['f.currency=XYZ', 'f.currency', /ISO 4217/],
  ['f.kind=invoice,refund', 'f.kind', /"refund"/],
  ['f.customer.op=like', 'f.customer.op', /contains or equals/],
  ['f.where=1%3D1', 'f.where', /not a filter/],
  ['q=a&q=b', 'q', /more than once/],
];

/** Fair searches full of SQL and LIKE metacharacters, matched literally. */
const LITERAL = ["'", "''", '"', '%', '_', '\\', '%_%', "' OR '1'='1", "'; DROP TABLE invoices; --", '$1', '/*', 'ｃｏｌｔ'];

function rawGet(url, authorization) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { authorization } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', reject);
  });
}

for (const target of databases()) {
  describe(`hostile input on ${target.name}`, { concurrency: false }, () => {
    const invoices = conformanceInvoices();
    let api;
    let headers;
    let reference;
    before(async () => {
      api = await startApi(target, invoices);
      headers = { authorization: `Bearer ${await api.issuer.sign({ accounts: ocnsOf(invoices) })}` };
      reference = new api.lib.InMemoryInvoiceAdapter(invoices);
    });
    after(() => api?.close());

    for (const [query, parameter, message] of REFUSED) {
      it(`refuses ${query.length > 60 ? `${query.slice(0, 60)}…` : query} with a 400 naming ${parameter}`, async () => {
        for (const route of ['/invoices', '/invoices/counts']) {
          const before = api.statements.length;
          const response = await fetch(`${api.baseUrl}${route}?${query}`, { headers });
          const body = await response.json();
          assert.equal(response.status, 400, JSON.stringify(body));
          assert.equal(body.error.code, 'bad-request');
          assert.equal(body.error.parameter, parameter);
          assert.match(body.error.message, message);
          // Refused before any query but the token's scope.
          assert.deepEqual(
            api.statements.slice(before).filter((sql) => !sql.includes('FROM accounts')),
            [],
          );
        }
      });
    }

    it('refuses a 1 MB search with a 400 that says why', async () => {
      const { status, body } = await rawGet(`${api.baseUrl}/invoices?q=${'%27'.repeat(350_000)}`, headers.authorization);
      assert.equal(status, 400);
      assert.match(JSON.parse(body).error.message, /too large/);
    });

    it('refuses a malformed id in a path with a 400', async () => {
      const response = await fetch(`${api.baseUrl}/invoices/%E0%A4%A/documents`, { headers });
      assert.equal(response.status, 400);
    });

    for (const search of LITERAL) {
      it(`matches ${JSON.stringify(search)} literally`, async () => {
        const page = await (await fetch(`${api.baseUrl}/invoices?q=${encodeURIComponent(search)}&limit=50`, { headers })).json();
        const expected = await reference.listInvoices({
          ...api.lib.defaultQuery({ search, limit: 50 }),
          sort: [{ field: 'billingMonth', direction: 'desc' }],
        });
        assert.equal(page.total, expected.total);
        assert.deepEqual(
          page.rows.map((row) => row.id),
          expected.rows.map((row) => row.id),
        );
      });
    }

    it('still holds every invoice after the hostile requests', async () => {
      const counts = await (await fetch(`${api.baseUrl}/invoices/counts`, { headers })).json();
      assert.equal(
        Object.values(counts).reduce((a, b) => a + b, 0),
        invoices.length,
      );
      assert.deepEqual(
        api.statements.filter((sql) => /DROP|OR '1'/.test(sql)),
        [],
      );
    });

    it('accepts everything RestInvoiceAdapter sends', async () => {
      const adapter = new api.lib.RestInvoiceAdapter({ baseUrl: api.baseUrl, headers });
      const query = api.lib.defaultQuery({
        search: 'Colt',
        statuses: ['open', 'closed'],
        sort: [
          { field: 'amount', direction: 'desc' },
          { field: 'customerName', direction: 'asc' },
        ],
        offset: 3,
        limit: 1000,
        filter: {
          version: 1,
          monthFrom: '2019-01',
          monthTo: '2026-10',
          amountMin: 0.5,
          amountMax: 1e9,
          currency: 'JPY',
          statuses: ['open'],
          kinds: ['invoice', 'reissue', 'credit-note'],
          invoiceNumber: { op: 'contains', value: '2' },
          customerName: { op: 'contains', value: 'colt' },
          ocn: { op: 'equals', value: invoices[0].ocn },
          bcn: { op: 'contains', value: invoices[0].bcn },
          billingEntityName: { op: 'contains', value: 'テクノロジー' },
        },
      });
      const page = await adapter.listInvoices(query);
      assert.ok(page.total >= 1);
      await adapter.countByStatus(query);
    });
  });
}
