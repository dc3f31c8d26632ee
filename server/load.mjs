// Writes invoices (and their documents and accounts) in batches, in the order given: that order
// is the data order sorted ties keep. The one write path, so derived columns are always there.
import {
  BILLING_ACCOUNT_COLUMNS,
  DETAIL_COLUMNS,
  DETAIL_TYPES,
  DOCUMENT_COLUMNS,
  DOCUMENT_TYPES,
  INVOICE_COLUMNS,
  INVOICE_TYPES,
  assertStorable,
  billingAccountKey,
  billingAccountRow,
  detailRow,
  documentRows,
  invoiceRow,
} from './rows.mjs';

function insertSql(table, columns, types) {
  const arrays = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays})`;
}

const INSERT_INVOICES = insertSql('invoices', INVOICE_COLUMNS, INVOICE_TYPES);
const INSERT_DOCUMENTS = insertSql('documents', DOCUMENT_COLUMNS, DOCUMENT_TYPES);
const INSERT_DETAILS = insertSql('invoice_details', DETAIL_COLUMNS, DETAIL_TYPES);
const INSERT_BILLING_ACCOUNTS = `${insertSql('billing_accounts', BILLING_ACCOUNT_COLUMNS, ['bigint', ...Array(9).fill('text')])}
  ON CONFLICT (customer_name, ocn, bcn, billing_entity_name) DO NOTHING`;
const FIND_BILLING_ACCOUNTS = `SELECT b.billing_account_id::text AS id, b.customer_name, b.ocn, b.bcn, b.billing_entity_name
  FROM billing_accounts b JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k (customer_name, ocn, bcn, entity)
  ON b.customer_name = k.customer_name AND b.ocn = k.ocn AND b.bcn = k.bcn AND b.billing_entity_name IS NOT DISTINCT FROM k.entity`;
const keyText = (key) => JSON.stringify(key);

/** Rows to column arrays, as unnest() takes them. */
function columns(rows, width) {
  const out = Array.from({ length: width }, () => new Array(rows.length));
  rows.forEach((row, r) => row.forEach((value, c) => (out[c][r] = value)));
  return out;
}

/**
 * @param {object} db from openDatabase
 * @param {object} lib the data module
 * @param {Iterable<object>} invoices
 * @param {{ batchSize?: number, lastRefreshed?: string | Date, onProgress?: (loaded: number) => void }} [options]
 * @returns {Promise<number>} invoices written
 */
export async function loadInvoices(db, lib, invoices, { batchSize = 5000, lastRefreshed, onProgress } = {}) {
  const accounts = new Map();
  const billingAccounts = new Map();
  let loaded = 0;
  let batch = [];
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    await db.transaction(async (tx) => {
      const fresh = [
        ...new Map(rows.filter((row) => !accounts.has(String(row.ocn))).map((row) => [String(row.ocn), String(row.customerName)])),
      ];
      if (fresh.length) {
        await tx.query('INSERT INTO accounts (ocn, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (ocn) DO NOTHING', [
          fresh.map(([ocn]) => ocn),
          fresh.map(([, name]) => name),
        ]);
        const known = await tx.query('SELECT account_id::text AS id, ocn FROM accounts WHERE ocn = ANY($1::text[])', [
          fresh.map(([ocn]) => ocn),
        ]);
        for (const row of known.rows) accounts.set(row.ocn, row.id);
        if (lastRefreshed) {
          await tx.query(
            `INSERT INTO status_refreshes (account_id, refreshed_at) SELECT unnest($1::bigint[]), $2::timestamptz
             ON CONFLICT (account_id) DO UPDATE SET refreshed_at = excluded.refreshed_at`,
            [known.rows.map((row) => row.id), new Date(lastRefreshed).toISOString()],
          );
        }
      }
      const keys = [...new Map(rows.map((row) => billingAccountKey(row)).map((key) => [keyText(key), key])).values()].filter(
        (key) => !billingAccounts.has(keyText(key)),
      );
      if (keys.length) {
        await tx.query(
          INSERT_BILLING_ACCOUNTS,
          columns(
            keys.map((key) => billingAccountRow(lib, key, accounts.get(key[1]))),
            BILLING_ACCOUNT_COLUMNS.length,
          ),
        );
        const found = await tx.query(FIND_BILLING_ACCOUNTS, columns(keys, 4));
        for (const row of found.rows) billingAccounts.set(keyText([row.customer_name, row.ocn, row.bcn, row.billing_entity_name]), row.id);
      }
      // Arrival order continues after the rows already there; the lock keeps two loaders apart.
      await tx.query('LOCK TABLE invoices IN SHARE ROW EXCLUSIVE MODE');
      const { rows: last } = await tx.query('SELECT coalesce(max(ord), 0)::text AS ord FROM invoices');
      const first = BigInt(last[0].ord) + 1n;
      const invoiceValues = [];
      const documentValues = [];
      const detailValues = [];
      rows.forEach((invoice, i) => {
        const ord = String(first + BigInt(i));
        const accountId = accounts.get(String(invoice.ocn));
        invoiceValues.push(invoiceRow(lib, invoice, ord, accountId, billingAccounts.get(keyText(billingAccountKey(invoice)))));
        documentValues.push(...documentRows(invoice, ord, accountId));
        const detail = detailRow(invoice, ord, accountId);
        if (detail) detailValues.push(detail);
      });
      await tx.query(INSERT_INVOICES, columns(invoiceValues, INVOICE_COLUMNS.length));
      if (documentValues.length) await tx.query(INSERT_DOCUMENTS, columns(documentValues, DOCUMENT_COLUMNS.length));
      if (detailValues.length) await tx.query(INSERT_DETAILS, columns(detailValues, DETAIL_COLUMNS.length));
    });
    loaded += rows.length;
    onProgress?.(loaded);
  };
  for (const invoice of invoices) {
    assertStorable(lib, invoice);
    batch.push(invoice);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return loaded;
}
