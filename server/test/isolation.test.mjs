// Tenant isolation: two tenants share the database; fast-check fuzzes queries, filters, sort
// fields, paging, invoice ids and document ids with each tenant's token, and every answer must
// be exactly what an InMemoryInvoiceAdapter over that tenant's own invoices answers: no row, no
// count, no total and no document of the other tenant.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { SORT_FIELDS } from '../params.mjs';
import { databases, ocnsOf, startApi, twoTenants } from './harness.mjs';

const SEARCHES = [
  '',
  '2',
  '22',
  '220',
  'colt',
  'COLT',
  'ｃｏｌｔ',
  'サクラ',
  '%',
  '_',
  '\\',
  "'",
  "'; DROP TABLE invoices; --",
  '-7',
  'cn',
  'marina',
  '株式会社',
  '8',
  '-1',
];

/** Queries the section can send, as the in-memory adapter takes them. */
const queryArbitrary = (probes) =>
  fc
    .record({
      search: fc.oneof(fc.constantFrom(...SEARCHES, ...probes.numbers), fc.string({ maxLength: 6 })),
      statuses: fc.subarray(['open', 'disputed', 'closed', 'na']),
      filter: fc.record(
        {
          version: fc.constant(1),
          monthFrom: fc.constantFrom('2019-01', '2021-06', '2024-03', '2026-10'),
          monthTo: fc.constantFrom('2022-12', '2025-08', '2026-10', '2030-01'),
          amountMin: fc.constantFrom(0, 100, 5000, 120000, -1000),
          currency: fc.constantFrom('JPY', 'SGD', 'HKD', 'KRW', 'USD', 'EUR'),
          statuses: fc.subarray(['open', 'disputed', 'closed', 'na'], { minLength: 1 }),
          kinds: fc.subarray(['invoice', 'reissue', 'credit-note'], { minLength: 1 }),
          customerName: fc.record({ op: fc.constantFrom('contains', 'equals'), value: fc.constantFrom(...probes.customers, 'ltd', 'a') }),
          invoiceNumber: fc.record({ op: fc.constant('contains'), value: fc.constantFrom(...probes.numbers, 'CN', '-7') }),
          overdue: fc.constant(true),
          dueWithinDays: fc.constantFrom(1, 7, 30, 45, 366),
          paidWithinMonths: fc.constantFrom(1, 3, 12, 120),
        },
        { requiredKeys: ['version'] },
      ),
      // The day payment conditions are judged on (sent as today= with them).
      today: fc.constantFrom('2026-11-20', '2026-12-31', '2025-03-31', '2024-02-29'),
      sort: fc.uniqueArray(fc.record({ field: fc.constantFrom(...SORT_FIELDS), direction: fc.constantFrom('asc', 'desc') }), {
        maxLength: 2,
        selector: (key) => key.field,
      }),
      offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
      limit: fc.integer({ min: 1, max: 60 }),
    })
    .map((query) => {
      // A month range the filter could never hold is refused by the server (tested elsewhere).
      const { filter } = query;
      if (filter.monthFrom && filter.monthTo && filter.monthFrom > filter.monthTo) delete filter.monthTo;
      return query;
    });

/** Totals by the section's rules: per currency, NA left out, credit notes negative; outstanding = open + disputed. */
function expectedTotals(rows) {
  const totals = {};
  const outstanding = {};
  for (const row of rows) {
    totals[row.currency] ??= 0;
    outstanding[row.currency] ??= 0;
    const amount = /CN$/i.test(row.invoiceNumber) ? -Math.abs(row.amount) : row.amount;
    if (row.status !== 'na') totals[row.currency] += amount;
    if (row.status === 'open' || row.status === 'disputed') outstanding[row.currency] += amount;
  }
  return { totals, outstanding };
}

function assertSums(actual, expected, where) {
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${where}: currencies`);
  for (const [currency, value] of Object.entries(expected)) {
    assert.ok(
      Math.abs(actual[currency] - value) <= 1e-6 * Math.max(1, Math.abs(value)),
      `${where}: ${currency} ${actual[currency]}, expected ${value}`,
    );
  }
}

const { all, a, tenant } = await twoTenants();

for (const target of databases()) {
  describe(`tenant isolation on ${target.name}`, { concurrency: false }, () => {
    const ocnsA = [...a];
    const ocnsB = ocnsOf(all).filter((ocn) => !a.has(ocn));
    const tenants = {
      A: { ocns: ocnsA, rows: tenant(new Set(ocnsA)) },
      B: { ocns: ocnsB, rows: tenant(new Set(ocnsB)) },
    };
    let api;
    let lib;
    const adapters = {};
    before(async () => {
      api = await startApi(target, all);
      lib = api.lib;
      for (const [name, t] of Object.entries(tenants)) {
        const token = await api.issuer.sign({ subject: `user-${name}`, accounts: t.ocns });
        t.token = token;
        t.reference = new lib.InMemoryInvoiceAdapter(t.rows);
        t.ids = new Set(t.rows.map((row) => row.id));
        t.documentIds = new Set(t.rows.flatMap((row) => (row.documents ?? []).map((d) => d.id)));
        adapters[name] = new lib.RestInvoiceAdapter({ baseUrl: api.baseUrl, headers: { authorization: `Bearer ${token}` } });
      }
      assert.ok(tenants.A.rows.length > 100 && tenants.B.rows.length > 100, 'both tenants hold invoices');
    });
    after(() => api?.close());

    const probes = () => ({
      numbers: tenants.A.rows.slice(0, 6).map((row) => row.invoiceNumber.slice(2, 8)),
      customers: [...new Set(all.map((row) => row.customerName))].slice(0, 6),
    });

    it('lists, counts and sums only the tenant own invoices, exactly as the in-memory adapter over them', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('A', 'B'), queryArbitrary(probes()), async (name, query) => {
          const t = tenants[name];
          const page = await adapters[name].listInvoices(query);
          for (const row of page.rows) {
            assert.ok(t.ids.has(row.id), `tenant ${name} got foreign invoice ${row.id}`);
            for (const document of row.documents ?? [])
              assert.ok(t.documentIds.has(document.id), `tenant ${name} got foreign document ${document.id}`);
          }
          const sort = query.sort.length ? query.sort : [{ field: 'billingMonth', direction: 'desc' }];
          const expected = await t.reference.listInvoices({ ...query, sort });
          assert.deepEqual(
            page.rows.map((row) => row.id),
            expected.rows.map((row) => row.id),
            'rows',
          );
          assert.equal(page.total, expected.total, 'total');
          const everything = await t.reference.listInvoices({ ...query, sort, offset: 0, limit: t.rows.length });
          const sums = expectedTotals(everything.rows);
          assertSums(page.totals, sums.totals, 'totals');
          assertSums(page.outstanding, sums.outstanding, 'outstanding');
          assert.deepEqual(await adapters[name].countByStatus(query), await t.reference.countByStatus(query), 'counts');
        }),
        { numRuns: 150 },
      );
    });

    it('finds invoices and documents by id only within the tenant', async () => {
      const invoiceIds = all.map((row) => row.id);
      const documentIds = all.flatMap((row) => (row.documents ?? []).map((d) => d.id));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('A', 'B'),
          fc.constantFrom(...invoiceIds),
          fc.constantFrom(...documentIds),
          async (name, invoiceId, documentId) => {
            const t = tenants[name];
            const headers = { authorization: `Bearer ${t.token}` };
            const listed = await fetch(`${api.baseUrl}/invoices/${encodeURIComponent(invoiceId)}/documents`, { headers });
            if (t.ids.has(invoiceId)) {
              assert.equal(listed.status, 200);
              const { documents } = await listed.json();
              const invoice = t.rows.find((row) => row.id === invoiceId);
              const expected = await t.reference.listDocuments(invoice);
              assert.deepEqual(
                documents.map((d) => d.id),
                expected.map((d) => d.id),
              );
              for (const d of documents) assert.ok(t.documentIds.has(d.id), `foreign document ${d.id}`);
            } else {
              assert.equal(listed.status, 404, `tenant ${name} reached foreign invoice ${invoiceId}`);
            }
            const content = await fetch(`${api.baseUrl}/documents/${encodeURIComponent(documentId)}/content`, { headers });
            assert.equal(content.status, t.documentIds.has(documentId) ? 200 : 404, `tenant ${name}, document ${documentId}`);
            await content.arrayBuffer();
          },
        ),
        { numRuns: 150 },
      );
    });

    it('answers a foreign invoice exactly as one that does not exist', async () => {
      const foreign = tenants.B.rows[0].id;
      const headers = { authorization: `Bearer ${tenants.A.token}` };
      const [a, b] = await Promise.all(
        [foreign, 'no-such-invoice'].map(async (id) => {
          const response = await fetch(`${api.baseUrl}/invoices/${encodeURIComponent(id)}/documents`, { headers });
          return { status: response.status, body: await response.text() };
        }),
      );
      assert.deepEqual(a, b);
    });

    it('sends request values to the database only as bound parameters', () => {
      const leaked = api.statements.filter((sql) => /DROP TABLE|colt|サクラ|marina/i.test(sql));
      assert.deepEqual(leaked, []);
    });
  });
}
