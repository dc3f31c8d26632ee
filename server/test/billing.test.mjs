// The billing routes under two tenants: the summary is summarizeBilling over the tenant's own
// invoices and nobody else's, an invoice's detail and a ticket reach only the tenant's own
// invoices (another tenant's answer exactly as one that does not exist, and nothing is stored),
// and malformed days, windows and ticket bodies get a 400 that names the parameter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { invoiceDetail } from '../billing-queries.mjs';
import { loadInvoices } from '../load.mjs';
import { createScope } from '../queries.mjs';
import { databases, ocnsOf, startApi, twoTenants } from './harness.mjs';

const { all, a, tenant } = await twoTenants();

/** Compares two summaries: same currencies in the same order, counts equal, amounts to 1e-9. */
function assertSameSummary(actual, expected, where) {
  assert.equal(actual.today, expected.today, `${where}: today`);
  assert.deepEqual(
    actual.currencies.map((c) => c.currency),
    expected.currencies.map((c) => c.currency),
    `${where}: currencies`,
  );
  const close = (x, y, what) => assert.ok(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)), `${where} ${what}: ${x}, expected ${y}`);
  expected.currencies.forEach((currency, i) => {
    const mine = actual.currencies[i];
    for (const figure of ['outstanding', 'overdue', 'dueSoon', 'paid']) {
      assert.equal(mine[figure].count, currency[figure].count, `${where} ${currency.currency}.${figure}.count`);
      close(mine[figure].amount, currency[figure].amount, `${currency.currency}.${figure}.amount`);
    }
    assert.deepEqual(
      mine.spend.map((m) => [m.month, m.count]),
      currency.spend.map((m) => [m.month, m.count]),
      `${where} ${currency.currency}.spend`,
    );
    currency.spend.forEach((m, k) => close(mine.spend[k].amount, m.amount, `${currency.currency}.spend[${m.month}]`));
  });
}

for (const target of databases()) {
  describe(`billing routes on ${target.name}`, { concurrency: false }, () => {
    const ocnsA = [...a];
    const tenants = {
      A: { ocns: ocnsA, rows: tenant(new Set(ocnsA)) },
      B: { ocns: ocnsOf(all).filter((ocn) => !a.has(ocn)), rows: [] },
    };
    tenants.B.rows = tenant(new Set(tenants.B.ocns));
    let api;
    let lib;
    const get = (name, path) => fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${tenants[name].token}` } });
    const post = (name, body, { type = 'application/json', token = tenants[name]?.token } = {}) =>
      fetch(`${api.baseUrl}/tickets`, {
        method: 'POST',
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const ticketCount = async () => (await api.db.query('SELECT count(*)::int AS n FROM tickets')).rows[0].n;

    before(async () => {
      api = await startApi(target, all);
      lib = api.lib;
      for (const [name, t] of Object.entries(tenants)) {
        t.token = await api.issuer.sign({ subject: `user-${name}`, accounts: t.ocns });
        t.ids = new Set(t.rows.map((row) => row.id));
        t.adapter = new lib.RestInvoiceAdapter({ baseUrl: api.baseUrl, billing: true, headers: { authorization: `Bearer ${t.token}` } });
      }
    });
    after(() => api?.close());

    it('sums the billing summary over the tenant own invoices only, for any day and windows', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('A', 'B'),
          fc.record({
            today: fc.constantFrom('2026-11-20', '2026-12-31', '2026-03-31', '2024-02-29', '2019-01-01'),
            dueWithinDays: fc.integer({ min: 1, max: 366 }),
            paidWithinMonths: fc.integer({ min: 1, max: 120 }),
            months: fc.integer({ min: 1, max: 36 }),
          }),
          async (name, request) => {
            const actual = await tenants[name].adapter.billingSummary(request);
            assertSameSummary(actual, lib.summarizeBilling(tenants[name].rows, request), `tenant ${name} ${JSON.stringify(request)}`);
          },
        ),
        { numRuns: 60 },
      );
    });

    it('answers an invoice detail only within the tenant, a foreign invoice exactly as a missing one', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('A', 'B'), fc.constantFrom(...all.map((row) => row.id)), async (name, id) => {
          const response = await get(name, `/invoices/${encodeURIComponent(id)}/detail`);
          const body = await response.json();
          if (!tenants[name].ids.has(id)) {
            assert.equal(response.status, 404, `tenant ${name} reached foreign invoice ${id}`);
            assert.deepEqual(body, { error: { code: 'not-found', message: 'No such invoice.' } });
            return;
          }
          assert.equal(response.status, 200);
          const row = tenants[name].rows.find((invoice) => invoice.id === id);
          for (const field of ['dueDate', 'paidAt', 'amountDue', 'ticketReference']) assert.equal(body[field], row[field], field);
          assert.ok(Array.isArray(body.lineItems) && body.tax && Array.isArray(body.tax.lines), 'line items and tax');
        }),
        { numRuns: 80 },
      );
      const missing = await (await get('A', '/invoices/no-such-invoice/detail')).text();
      const foreign = await (await get('A', `/invoices/${encodeURIComponent(tenants.B.rows[0].id)}/detail`)).text();
      assert.equal(foreign, missing);
    });

    it('answers line items and a tax breakdown stored with the invoice', async () => {
      const row = { ...tenants.A.rows[0], id: 'detail-stored', invoiceNumber: 'DETAIL-1', documents: [] };
      const lineItems = [{ description: 'Ethernet 1 Gbps, Tokyo', amount: 1000, taxRate: 0.1 }];
      const tax = { jurisdiction: 'JP', registrationNumber: 'T1234567890123', lines: [{ rate: 0.1, taxableAmount: 1000, taxAmount: 100 }] };
      await loadInvoices(api.db, lib, [{ ...row, lineItems, tax }]);
      const plain = new lib.RestInvoiceAdapter({
        baseUrl: api.baseUrl,
        billing: true,
        headers: { authorization: `Bearer ${tenants.A.token}` },
      });
      // Over HTTP the harness completes every detail with sampleInvoiceDetail (as the in-memory
      // adapter's option of that name does); without that option the stored ones are the answer.
      const scope = await createScope(api.db, 'user-A', tenants.A.ocns);
      const detail = await invoiceDetail(api.db, scope, 'detail-stored');
      assert.deepEqual(detail.lineItems, lineItems);
      assert.deepEqual(detail.tax, tax);
      assert.equal(detail.dueDate, row.dueDate);
      assert.equal(await invoiceDetail(api.db, await createScope(api.db, 'user-B', tenants.B.ocns), 'detail-stored'), undefined);
      const listed = await plain.listInvoices({ ...lib.defaultQuery(), search: 'DETAIL-1' });
      assert.equal(listed.rows.length, 1);
      assert.equal(listed.rows[0].lineItems, undefined, 'list rows stay light: line items come with the detail');
      await api.db.query("DELETE FROM invoices WHERE id = 'detail-stored'");
    });

    it('stores a ticket about the tenant own invoice and answers its reference', async () => {
      const invoice = tenants.A.rows.find((row) => row.status === 'disputed') ?? tenants.A.rows[0];
      const before = await ticketCount();
      const response = await post('A', {
        invoiceId: invoice.id,
        invoiceNumber: invoice.invoiceNumber,
        reason: 'wrong-amount',
        message: ' 金額が違います ',
      });
      assert.equal(response.status, 201);
      const { reference } = await response.json();
      assert.match(reference, /^TCK-[0-9A-HJKMNP-TV-Z]{10}$/);
      const { rows } = await api.db.query(
        `SELECT t.reason, t.message, t.subject, t.invoice_number, i.id FROM tickets t
         JOIN invoices i ON i.account_id = t.account_id AND i.ord = t.invoice_ord WHERE t.reference = $1`,
        [reference],
      );
      assert.deepEqual(rows, [
        { reason: 'wrong-amount', message: '金額が違います', subject: 'user-A', invoice_number: invoice.invoiceNumber, id: invoice.id },
      ]);
      // By number alone (typed by the customer), through the same route.
      const byNumber = await post('A', { invoiceNumber: ` ${invoice.invoiceNumber} `, reason: 'duplicate', message: '' });
      assert.equal(byNumber.status, 201);
      assert.notEqual((await byNumber.json()).reference, reference);
      assert.equal(await ticketCount(), before + 2);
    });

    it('raises a ticket through RestInvoiceAdapter with tickets: true, for the tenant own invoices only', async () => {
      const adapter = new lib.RestInvoiceAdapter({
        baseUrl: api.baseUrl,
        tickets: true,
        headers: { authorization: `Bearer ${tenants.A.token}` },
      });
      const invoice = tenants.A.rows[0];
      const before = await ticketCount();
      const { reference } = await adapter.raiseTicket({
        invoice,
        invoiceNumber: invoice.invoiceNumber,
        reason: 'missing-credit',
        message: '',
      });
      assert.match(reference, /^TCK-[0-9A-HJKMNP-TV-Z]{10}$/);
      const { rows } = await api.db.query('SELECT reason, invoice_number FROM tickets WHERE reference = $1', [reference]);
      assert.deepEqual(rows, [{ reason: 'missing-credit', invoice_number: invoice.invoiceNumber }]);
      const foreign = tenants.B.rows.find((row) => !tenants.A.rows.some((other) => other.invoiceNumber === row.invoiceNumber));
      const refused = await adapter
        .raiseTicket({ invoice: foreign, invoiceNumber: foreign.invoiceNumber, reason: 'duplicate', message: '' })
        .catch((error) => error);
      assert.equal(refused.code, 'not-found');
      const unsigned = new lib.RestInvoiceAdapter({ baseUrl: api.baseUrl, tickets: true });
      assert.equal(
        (await unsigned.raiseTicket({ invoiceNumber: invoice.invoiceNumber, reason: 'duplicate', message: '' }).catch((e) => e)).status,
        401,
      );
      assert.equal(await ticketCount(), before + 1);
    });

    it('refuses a ticket about another tenant invoice exactly as about a missing one, and stores nothing', async () => {
      const before = await ticketCount();
      const onlyB = tenants.B.rows.find((row) => !tenants.A.rows.some((other) => other.invoiceNumber === row.invoiceNumber));
      const answers = [];
      for (const body of [
        { invoiceId: onlyB.id, invoiceNumber: onlyB.invoiceNumber, reason: 'duplicate', message: '' },
        { invoiceNumber: onlyB.invoiceNumber, reason: 'duplicate', message: '' },
        { invoiceId: 'no-such-invoice', invoiceNumber: onlyB.invoiceNumber, reason: 'duplicate', message: '' },
        { invoiceNumber: 'NO-SUCH-NUMBER', reason: 'duplicate', message: '' },
      ]) {
        const response = await post('A', body);
        answers.push({ status: response.status, body: await response.text() });
      }
      assert.ok(answers.every((answer) => answer.status === 404));
      assert.equal(new Set(answers.map((answer) => answer.body)).size, 1, 'one answer for foreign and missing');
      assert.equal(await ticketCount(), before);
    });

    it('refuses a malformed ticket with a 400 naming the field, and stores nothing', async () => {
      const invoice = tenants.A.rows[0];
      const good = {
        invoiceId: invoice.id,
        invoiceNumber: invoice.invoiceNumber,
        reason: 'other',
        message: 'The credit for October is missing.',
      };
      const before = await ticketCount();
      const cases = [
        ['{"invoiceNumber": ', 'body'],
        ['[1, 2]', 'body'],
        ['null', 'body'],
        [{ ...good, reason: 'angry' }, 'reason'],
        [{ ...good, reason: undefined }, 'reason'],
        [{ ...good, message: '  ' }, 'message'],
        [{ ...good, message: 'x'.repeat(2001) }, 'message'],
        [{ ...good, message: 42 }, 'message'],
        [{ ...good, invoiceNumber: '   ' }, 'invoiceNumber'],
        [{ ...good, invoiceNumber: undefined }, 'invoiceNumber'],
        [{ ...good, invoiceNumber: 'x'.repeat(201) }, 'invoiceNumber'],
        [{ ...good, invoiceNumber: `${invoice.invoiceNumber}-9` }, 'invoiceNumber'],
        [{ ...good, invoiceId: '' }, 'invoiceId'],
        [{ ...good, status: 'closed' }, 'status'],
        [{ ...good, message: 'a\u0000b' }, 'message'],
      ];
      for (const [body, parameter] of cases) {
        const response = await post('A', body);
        const answer = await response.json();
        assert.equal(response.status, 400, `${JSON.stringify(body).slice(0, 80)}: ${JSON.stringify(answer)}`);
        assert.equal(answer.error.code, 'bad-request');
        assert.equal(answer.error.parameter, parameter, JSON.stringify(answer));
        assert.ok(answer.error.message.length > 10);
      }
      // 2,000 characters in any script are accepted (counted as the form counts them, not in UTF-16 units).
      assert.equal((await post('A', { ...good, message: '😀'.repeat(2000) })).status, 201);
      assert.equal((await post('A', good, { type: 'text/plain' })).status, 415);
      assert.equal((await post('A', { ...good, message: 'x'.repeat(40_000) })).status, 413);
      assert.equal((await post('A', good, { token: null })).status, 401);
      assert.equal((await post('A', good, { token: `${tenants.A.token.slice(0, -2)}xx` })).status, 401);
      assert.equal((await get('A', '/tickets')).status, 405);
      assert.equal((await fetch(`${api.baseUrl}/invoices`, { method: 'POST' })).status, 405);
      assert.equal(await ticketCount(), before + 1);
    });

    it('refuses a malformed today, payment condition or summary window with a 400 naming it', async () => {
      const cases = [
        ['/invoices?f.v=1&f.overdue=1&today=2026-02-30', 'today'],
        ['/invoices?f.v=1&f.overdue=1&today=yesterday', 'today'],
        ['/invoices?f.v=1&f.due=30&today=2026-1-5', 'today'],
        ['/invoices/counts?f.v=1&f.paid=12&today=20261120', 'today'],
        ['/invoices?f.v=1&f.overdue=1&today=2026-11-20&today=2026-11-21', 'today'],
        ['/invoices?f.v=1&f.overdue=yes', 'f.overdue'],
        ['/invoices?f.v=1&f.due=0', 'f.due'],
        ['/invoices?f.v=1&f.due=367', 'f.due'],
        ['/invoices?f.v=1&f.paid=-1', 'f.paid'],
        ['/invoices?f.v=1&f.paid=1.5', 'f.paid'],
        ['/invoices/summary?today=2026-13-01', 'today'],
        ['/invoices/summary?today=%27%3B%20DROP%20TABLE%20invoices', 'today'],
        ['/invoices/summary?dueDays=0', 'dueDays'],
        ['/invoices/summary?paidMonths=121', 'paidMonths'],
        ['/invoices/summary?months=37', 'months'],
        ['/invoices/summary?months=twelve', 'months'],
        ['/invoices/summary?currency=JPY', 'currency'],
      ];
      for (const [path, parameter] of cases) {
        const response = await get('A', path);
        const body = await response.json();
        assert.equal(response.status, 400, `${path}: ${JSON.stringify(body)}`);
        assert.equal(body.error.parameter, parameter, path);
        assert.ok(body.error.message.length > 10, path);
      }
      // Without today, the server judges on its own date.
      const summary = await (await get('A', '/invoices/summary')).json();
      assert.equal(summary.today, lib.localToday());
    });
  });
}
