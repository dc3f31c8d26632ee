// The database keeps its own promises: migrations apply once, the loader refuses rows the
// schema must not hold, and the rollups stay equal to the invoices through inserts, status
// changes and deletes (what the daily payment-status refresh does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrate, openDatabase } from '../database.mjs';
import { loadTesting } from '../library.mjs';
import { loadInvoices } from '../load.mjs';
import { databases, freshDatabase, ocnsOf, startApi } from './harness.mjs';

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

const DUES_MATCH = `SELECT count(*)::int AS differences FROM (
  (SELECT billing_account_id, account_id, billing_month, status, currency, kind, coalesce(due_on, 'infinity') AS due_on, owed > 0 AS owes,
     count(*) AS n, sum(signed_amount) AS s, sum(owed) AS o
   FROM invoices WHERE status IN ('open', 'disputed') GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
   EXCEPT SELECT billing_account_id, account_id, billing_month, status, currency, kind, due_on, owes, invoices, signed_amount, owed FROM invoice_dues)
  UNION ALL
  (SELECT billing_account_id, account_id, billing_month, status, currency, kind, due_on, owes, invoices, signed_amount, owed FROM invoice_dues
   EXCEPT SELECT billing_account_id, account_id, billing_month, status, currency, kind, coalesce(due_on, 'infinity'), owed > 0,
     count(*), sum(signed_amount), sum(owed)
   FROM invoices WHERE status IN ('open', 'disputed') GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
) d`;

const PAID_MATCH = `SELECT count(*)::int AS differences FROM (
  (SELECT account_id, currency, paid_on, count(*) AS n, sum(signed_amount) AS s FROM invoices
   WHERE status = 'closed' AND paid_on IS NOT NULL GROUP BY 1, 2, 3
   EXCEPT SELECT account_id, currency, paid_on, invoices, signed_amount FROM invoice_paid)
  UNION ALL
  (SELECT account_id, currency, paid_on, invoices, signed_amount FROM invoice_paid
   EXCEPT SELECT account_id, currency, paid_on, count(*), sum(signed_amount) FROM invoices
   WHERE status = 'closed' AND paid_on IS NOT NULL GROUP BY 1, 2, 3)
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
        ['001_schema', '002_rollups', '003_indexes', '004_totals', '005_billing', '006_payment_rollups'],
      );
    });

    it('keeps the rollups equal to the invoices through status and payment changes, new invoices and deletes', async () => {
      const differences = async () => {
        let n = 0;
        for (const check of [ROLLUPS_MATCH, TOTALS_MATCH, DUES_MATCH, PAID_MATCH]) n += (await api.db.query(check)).rows[0].differences;
        return n;
      };
      assert.equal(await differences(), 0);
      const { rows: dues } = await api.db.query('SELECT count(*)::int AS n FROM invoice_dues WHERE owes');
      const { rows: paid } = await api.db.query('SELECT count(*)::int AS n FROM invoice_paid');
      assert.ok(dues[0].n > 0 && paid[0].n > 0, 'the payment rollups hold the data');
      await api.db.query("UPDATE invoices SET status = 'closed' WHERE status = 'open' AND ord % 3 = 0");
      await api.db.query("UPDATE invoices SET status = 'disputed', amount = amount + 1 WHERE ord % 7 = 0");
      // What the daily refresh of payments writes: partial payments, payment days, moved due days.
      await api.db.query("UPDATE invoices SET amount_due = amount / 2 WHERE status = 'open' AND ord % 5 = 1");
      await api.db.query("UPDATE invoices SET paid_at = '2026-11-01', paid_on = '2026-11-01' WHERE status = 'closed' AND ord % 4 = 0");
      await api.db.query('UPDATE invoices SET due_on = NULL, due_date = NULL WHERE ord % 9 = 0');
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

for (const target of databases()) {
  describe(`billing migration on ${target.name}`, () => {
    it('moves the payment fields, line items and tax of rows written before it out of extra', async () => {
      const created = target.url ? await freshDatabase(target.url) : undefined;
      const db = await openDatabase({ url: created?.url });
      try {
        await migrate(db, { until: '005' });
        const { rows: account } = await db.query(
          "INSERT INTO accounts (ocn, name) VALUES ('9001', 'Old') RETURNING account_id::text AS id",
        );
        const { rows: billing } = await db.query(
          `INSERT INTO billing_accounts (account_id, customer_name, ocn, bcn, billing_entity_name, customer_fold, ocn_fold, bcn_fold, entity_fold, search_key)
           VALUES ($1, 'Old', '9001', '100001', NULL, 'old', '9001', '100001', '', 'old') RETURNING billing_account_id::text AS id`,
          [account[0].id],
        );
        const row = (ord, number, status, extra) => [
          ord,
          account[0].id,
          billing[0].id,
          `old-${ord}`,
          number,
          status,
          JSON.stringify(extra),
        ];
        for (const values of [
          row(1, '2202008003470', 'open', { amountDue: 400, lineItems: [{ description: 'Port', amount: 1000 }], note: 'kept' }),
          row(2, '2202008003471', 'closed', { paidAt: '2026-10-20T09:00:00+09:00' }),
          row(3, '2202008003472CN', 'disputed', { ticketReference: 'BT-202609-00001', tax: { lines: [] }, lineItems: 'not a list' }),
        ]) {
          await db.query(
            `INSERT INTO invoices (ord, account_id, billing_account_id, id, invoice_number, billing_month, amount, currency, customer_name,
               ocn, bcn, status, due_date, extra, lineage_base, kind, reissue, number_fold)
             VALUES ($1, $2, $3, $4, $5, '2026-09', 1000, 'JPY', 'Old', '9001', '100001', $6, '2026-10-31', $7::jsonb, $5,
               CASE WHEN $5 LIKE '%CN' THEN 'credit-note' ELSE 'invoice' END, 0, $5)`,
            values,
          );
        }
        await migrate(db);
        const { rows } = await db.query(
          `SELECT i.id, i.paid_at, i.amount_due::float8 AS amount_due, i.ticket_reference, to_char(i.due_on, 'YYYY-MM-DD') AS due_on,
             to_char(i.paid_on, 'YYYY-MM-DD') AS paid_on, i.owed::float8 AS owed, i.extra::text AS extra,
             d.line_items::text AS line_items, d.tax::text AS tax
           FROM invoices i LEFT JOIN invoice_details d ON d.invoice_ord = i.ord ORDER BY i.ord`,
        );
        const parsed = rows.map((r) => ({
          ...r,
          extra: JSON.parse(r.extra),
          line_items: JSON.parse(r.line_items),
          tax: JSON.parse(r.tax),
        }));
        assert.deepEqual(parsed, [
          {
            id: 'old-1',
            paid_at: null,
            amount_due: 400,
            ticket_reference: null,
            due_on: '2026-10-31',
            paid_on: null,
            owed: 400,
            extra: { note: 'kept' },
            line_items: [{ description: 'Port', amount: 1000 }],
            tax: null,
          },
          {
            id: 'old-2',
            paid_at: '2026-10-20T09:00:00+09:00',
            amount_due: null,
            ticket_reference: null,
            due_on: '2026-10-31',
            paid_on: '2026-10-20',
            owed: 0,
            extra: null,
            line_items: null,
            tax: null,
          },
          {
            id: 'old-3',
            paid_at: null,
            amount_due: null,
            ticket_reference: 'BT-202609-00001',
            due_on: '2026-10-31',
            paid_on: null,
            owed: -1000,
            extra: { lineItems: 'not a list' },
            line_items: null,
            tax: { lines: [] },
          },
        ]);
      } finally {
        await db.close();
        await created?.drop();
      }
    });
  });
}
