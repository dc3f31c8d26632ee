// Starts the reference API for a test file on each database under test: PGlite always, and the
// PostgreSQL server that scripts/test-server.mjs started (INVOICE_TEST_DATABASE_URL), each test
// file in a database of its own.
import { randomBytes } from 'node:crypto';
import { createAuth, createDemoIssuer } from '../auth.mjs';
import { createInvoiceApi } from '../api.mjs';
import { createHttpServer } from '../http.mjs';
import { migrate, openDatabase } from '../database.mjs';
import { loadData, loadTesting } from '../library.mjs';
import { loadInvoices } from '../load.mjs';

/** The databases to run against: [{ name, url? }]. */
export function databases() {
  const url = process.env.INVOICE_TEST_DATABASE_URL;
  return [{ name: 'PGlite' }, ...(url ? [{ name: 'PostgreSQL', url }] : [])];
}

export async function freshDatabase(adminUrl) {
  const { default: pg } = await import('pg');
  const name = `invoices_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * @param {{ name: string, url?: string }} target
 * @param {object[]} invoices loaded in this order
 */
export async function startApi(target, invoices, { lastRefreshed = '2026-11-24T21:00:00.000Z' } = {}) {
  const lib = await loadData();
  const created = target.url ? await freshDatabase(target.url) : undefined;
  const opened = await openDatabase({ url: created?.url });
  // Every statement the API runs, to prove that request values only ever travel as parameters.
  const statements = [];
  const db = { ...opened, query: (text, params) => (statements.push(text), opened.query(text, params)) };
  await migrate(db);
  await loadInvoices(db, lib, invoices, { lastRefreshed, batchSize: 1000 });
  const issuer = await createDemoIssuer();
  const auth = await createAuth({ jwks: issuer.jwks });
  const logs = [];
  // A low collect limit, so that the small data sets page searches both ways (queries.mjs).
  const api = createInvoiceApi({
    db,
    lib,
    auth,
    prefix: '/api',
    log: (line) => logs.push(line),
    collectLimit: 40,
    invoiceDetail: lib.sampleInvoiceDetail,
  });
  const server = createHttpServer(api);
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const baseUrl = `http://127.0.0.1:${server.address().port}/api`;
  return {
    lib,
    db,
    issuer,
    baseUrl,
    logs,
    statements,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await db.close();
      await created?.drop();
    },
  };
}

/** The OCNs of a set of invoices, in first-seen order. */
export const ocnsOf = (invoices) => [...new Set(invoices.map((invoice) => invoice.ocn))];

/**
 * The conformance data split by customer number into tenants A and B, plus rows of B built to
 * collide with A: reissues and credit notes of A's invoice numbers (same lineage base), A's
 * customer names and document names, so that a missing scope anywhere would show.
 */
export async function twoTenants() {
  const { conformanceInvoices } = await loadTesting();
  const invoices = conformanceInvoices();
  const ocns = ocnsOf(invoices);
  const a = new Set(ocns.filter((_, i) => i % 2 === 0));
  const tenantA = invoices.filter((row) => a.has(row.ocn));
  const foreignOcn = ocns.find((ocn) => !a.has(ocn));
  const twins = tenantA.slice(0, 40).flatMap((row, i) => {
    const number = i % 2 ? `${row.invoiceNumber}-7` : `${row.invoiceNumber}CN`;
    const id = `b-twin-${i}`;
    return [
      {
        ...row,
        id,
        invoiceNumber: number,
        ocn: foreignOcn,
        status: ['open', 'disputed', 'closed', 'na'][i % 4],
        documents: [{ id: `${id}-doc`, kind: 'invoice', name: 'Invoice', fileName: `${number}.pdf`, mimeType: 'application/pdf' }],
      },
    ];
  });
  const all = [...invoices, ...twins];
  return { all, a, tenant: (ocnSet) => all.filter((row) => ocnSet.has(row.ocn)) };
}
