// The database keeps its own promises: migrations apply once, the loader refuses rows the
// schema must not hold, and the rollups stay equal to the invoices through inserts, status
// changes and deletes (what the daily payment-status refresh does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrate } from '../database.mjs';
import { loadTesting } from '../library.mjs';
import { loadInvoices } from '../load.mjs';
import { databases, ocnsOf, startApi } from './harness.mjs';

const { conformanceInvoices } = await loadTesting();

const TOTALS_MATCH = `SELECT count(*)::int AS differences FROM (
  (SELECT billing_account_id, account_id, status, currency, kind, count(*) AS n, sum(signed_amount) AS s FROM invoices GROUP BY 1, 2, 3, 4, 5
   EXCEPT SELECT billing_account_id, account_id, status, currency, kind, invoices, signed_amount FROM invoice_totals)
  UNION ALL
  (SELECT billing_account_id, account_id, status, currency, kind, invoices, signed_amount FROM invoice_totals
   EXCEPT SELECT billing_account_id, account_id, status, currency, kind, count(*), sum(signed_amount) FROM invoices GROUP BY 1, 2, 3, 4, 5)
) d`;

const ROLLUPS_MATCH = `SELECT count(*)::int AS differences FROM (
  (SELECT billing_account_id, account_id, billing_month, status, currency, kind, count(*) AS n, sum(signed_amount) AS s
   FROM invoices GROUP BY 1, 2, 3, 4, 5, 6
   EXCEPT SELECT billing_account_id, account_id, billing_month, status, currency, kind, invoices, signed_amount FROM invoice_rollups)
  UNION ALL
  (SELECT billing_account_id, account_id, billing_month, status, currency, kind, invoices, signed_amount FROM invoice_rollups
   EXCEPT SELECT billing_account_id, account_id, billing_month, status, currency, kind, count(*), sum(signed_amount)
   FROM invoices GROUP BY 1, 2, 3, 4, 5, 6)
) d`;

for (const target of databases()) {
  describe(`schema on ${target.name}`, { concurrency: false }, () => {
    const invoices = conformanceInvoices();
    let api;
    before(async () => {
      api = await startApi(target, invoices);
    });
    after(() => api?.close());

    it('applies each migration once', async () => {
      assert.deepEqual(await migrate(api.db), []);
      const { rows } = await api.db.query('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(
        rows.map((row) => row.version),
        ['001_schema', '002_rollups', '003_indexes', '004_totals'],
      );
    });

    it('keeps the rollups equal to the invoices through status changes, new invoices and deletes', async () => {
      const differences = async () =>
        (await api.db.query(ROLLUPS_MATCH)).rows[0].differences + (await api.db.query(TOTALS_MATCH)).rows[0].differences;
      assert.equal(await differences(), 0);
      await api.db.query("UPDATE invoices SET status = 'closed' WHERE status = 'open' AND ord % 3 = 0");
      await api.db.query("UPDATE invoices SET status = 'disputed', amount = amount + 1 WHERE ord % 7 = 0");
      assert.equal(await differences(), 0);
      const more = invoices.slice(0, 20).map((row, i) => ({ ...row, id: `extra-${i}`, documents: [] }));
      await loadInvoices(api.db, api.lib, more);
      assert.equal(await differences(), 0);
      await api.db.query("DELETE FROM invoices WHERE id LIKE 'extra-%' OR ord % 11 = 0");
      assert.equal(await differences(), 0);
      const { rows } = await api.db.query(
        'SELECT (SELECT count(*) FROM invoice_rollups WHERE invoices = 0) + (SELECT count(*) FROM invoice_totals WHERE invoices = 0) AS n',
      );
      assert.equal(Number(rows[0].n), 0, 'no empty groups left behind');
    });

    it('serves the refreshed statuses at once', async () => {
      const token = await api.issuer.sign({ accounts: ocnsOf(invoices) });
      const counts = async () => (await fetch(`${api.baseUrl}/invoices/counts`, { headers: { authorization: `Bearer ${token}` } })).json();
      const before = await counts();
      await api.db.query("UPDATE invoices SET status = 'closed' WHERE status = 'disputed'");
      const after = await counts();
      assert.equal(after.disputed, 0);
      assert.equal(after.closed, before.closed + before.disputed);
    });

    it('refuses rows the schema must not hold, naming the problem, and writes nothing of their batch', async () => {
      const { rows: start } = await api.db.query('SELECT count(*)::int AS n FROM invoices');
      const good = { ...invoices[0], id: 'fresh-1', documents: [] };
      const bad = [
        [{ ...good, id: 'bad-month', billingMonth: '0020-10' }, /billingMonth is impossible-month/],
        [{ ...good, id: 'bad-amount', amount: Number.NaN }, /amount is not-finite/],
        [{ ...good, id: 'bad-status', status: 'paid' }, /status is unknown-status/],
        [{ ...good, id: 'bad-currency', currency: 'XYZ' }, /currency is unknown-currency/],
        [{ ...good, id: '', customerName: 'x' }, /id is missing/],
      ];
      for (const [row, message] of bad) await assert.rejects(loadInvoices(api.db, api.lib, [good, row]), message);
      await assert.rejects(loadInvoices(api.db, api.lib, [good, { ...good }]), /duplicate key|unique/i);
      const { rows: end } = await api.db.query('SELECT count(*)::int AS n FROM invoices');
      assert.equal(end[0].n, start[0].n);
    });
  });
}
