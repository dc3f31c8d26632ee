#!/usr/bin/env node
// npm run bench:server: latency of the requests the invoice section makes (first open, search,
// sort, filter, page 500, counts, billing summary, overdue list) against the reference server, over HTTP, on PostgreSQL and on
// PGlite, with 1,000,000 invoices read by one token (the worst case: every row in scope).
//   --count=1000000       rows to seed (each database is seeded once and kept between runs)
//   --runs=200            measured requests per scenario (after warm-up)
//   --only=postgres|pglite
//   --explain             also print EXPLAIN (ANALYZE, BUFFERS) of each scenario's queries
// DATABASE_URL points at a PostgreSQL server to use; otherwise a local cluster is kept in
// node_modules/.cache/invoice-bench/postgres (Debian's postgresql package).
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuth, createDemoIssuer } from './auth.mjs';
import { createInvoiceApi } from './api.mjs';
import { openDatabase } from './database.mjs';
import { loadData } from './library.mjs';
import { summarySql } from './billing-queries.mjs';
import { parseQuery, parseSummaryRequest } from './params.mjs';
import { postgresBinDir, startPostgres } from './postgres-instance.mjs';
import { createScope, statementsFor } from './queries.mjs';
import { seed } from './seed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, 'node_modules/.cache/invoice-bench');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const count = Number(arg('count', 1_000_000));
const runs = Number(arg('runs', 200));
const only = arg('only', undefined);
const explain = process.argv.includes('--explain');
const log = (line) => console.log(line);

/** Days the billing requests are judged on: around the newest billing month of the seed (2026-10). */
const DAYS = ['2026-11-20', '2026-11-29', '2026-12-05', '2026-11-02'];

/** The requests of each scenario, as the section sends them (RestInvoiceAdapter's query strings), varied so no one value is cached. */
function scenarios(lib, sample) {
  const pick = (list, i) => list[i % list.length];
  const numbers = sample.map((row) => row.invoiceNumber);
  const searches = [
    ...numbers.slice(0, 8).map((n) => n.slice(3, 10)), // a fragment of an invoice number
    ...numbers.slice(8, 12), // a whole invoice number, pasted
    ...numbers.slice(12, 16).map((n) => n.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).slice(0, 9)), // full-width digits
    'サクラ',
    'marina bay',
    '九龍數據',
    'busan port',
    sample[0].bcn,
    sample[1].ocn,
  ];
  const sorts = [
    'amount:desc',
    'amount:asc',
    'invoiceNumber:asc',
    'invoiceNumber:desc',
    'customerName:asc',
    'customerName:desc',
    'billingMonth:asc',
    'billingMonth:desc',
    'ocn:asc',
    'bcn:desc',
    'billingEntityName:asc',
    'status:asc',
  ];
  const filters = [
    'f.v=1&f.from=2025-01&f.to=2025-12',
    'f.v=1&f.currency=SGD',
    'f.v=1&f.status=open,disputed',
    'f.v=1&f.kind=reissue,credit-note',
    'f.v=1&f.from=2024-04&f.to=2024-06&f.currency=JPY&f.status=closed',
    'status=disputed',
    'f.v=1&f.customer=lion%20city',
    'f.v=1&f.min=40000&f.max=40100',
    `f.v=1&f.number=${numbers[20].slice(4, 11)}`,
  ];
  const counts = ['', ...filters.slice(0, 5), `q=${encodeURIComponent(searches[0])}`, `q=${encodeURIComponent('marina bay')}`];
  return [
    { name: 'first open', path: () => '/invoices?limit=25' },
    { name: 'search', path: (i) => `/invoices?q=${encodeURIComponent(pick(searches, i))}&limit=25` },
    { name: 'sort', path: (i) => `/invoices?sort=${pick(sorts, i)}&limit=25` },
    { name: 'filter', path: (i) => `/invoices?${pick(filters, i)}&limit=25` },
    { name: 'page 500', path: (i) => `/invoices?offset=${499 * 25}&limit=25${i % 2 ? '&sort=amount:desc' : ''}` },
    { name: 'counts', path: (i) => `/invoices/counts${pick(counts, i) ? `?${pick(counts, i)}` : ''}` },
    // Billing: the summary's figures, and the list its "overdue" figure opens (newest first, or by amount).
    { name: 'billing summary', path: (i) => `/invoices/summary?today=${pick(DAYS, i)}&dueDays=30&paidMonths=12&months=12` },
    {
      name: 'overdue list',
      path: (i) => `/invoices?f.v=1&f.overdue=1&today=${pick(DAYS, i)}&limit=25${i % 3 === 2 ? '&sort=amount:desc' : ''}`,
    },
    // Not targets (see "Serving the data"): a number's first six digits (entity and month) match
    // about 3,000 invoices among 30,000 trigram candidates; the first keystrokes of a search
    // match most of a million rows.
    { name: 'number prefix', path: (i) => `/invoices?q=${pick(numbers.slice(16, 24), i).slice(0, 6)}&limit=25` },
    { name: 'short search', path: (i) => `/invoices?q=${pick(['2', '22', '65', '8', '1', '20'], i)}&limit=25` },
  ];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(baseUrl, token, scenario, warmup, n) {
  const get = async (i) => {
    const response = await fetch(`${baseUrl}${scenario.path(i)}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    if (!response.ok) throw new Error(`${scenario.name}: HTTP ${response.status} ${body}`);
    return body;
  };
  for (let i = 0; i < warmup; i++) await get(i);
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await get(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1) };
}

/** Queries explained besides each scenario's first: the other ways search, sort and filter are served. */
const EXPLAIN_MORE = [
  { name: 'search by name', path: () => '/invoices?q=marina%20bay&limit=25' },
  { name: 'sort by customer', path: () => '/invoices?sort=customerName:asc&limit=25' },
  { name: 'filter by customer', path: () => '/invoices?f.v=1&f.customer=lion%20city&limit=25' },
  { name: 'filter by amount', path: () => '/invoices?f.v=1&f.min=40000&f.max=40100&limit=25' },
  { name: 'counts of a search', path: () => '/invoices/counts?q=marina%20bay' },
  { name: 'due in 30 days', path: () => '/invoices?f.v=1&f.due=30&today=2026-11-20&limit=25' },
  { name: 'paid in 12 months', path: () => '/invoices?f.v=1&f.paid=12&today=2026-11-20&limit=25' },
];

async function explainScenarios(db, lib, scope, list) {
  for (const scenario of [...list, ...EXPLAIN_MORE]) {
    const url = new URL(`http://x${scenario.path(0)}`);
    if (url.pathname.endsWith('/summary')) {
      const { window, ...statements } = summarySql(lib, scope, parseSummaryRequest(url.searchParams, lib));
      for (const [label, { sql, params }] of Object.entries(statements)) {
        const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
        log(
          `\n-- ${scenario.name} (${scenario.path(0)}, ${window.length} months): ${label}\n${sql}\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}`,
        );
      }
      continue;
    }
    const query = parseQuery(url.searchParams, lib);
    const statements = await statementsFor(db, lib, scope, query, { counts: url.pathname.endsWith('/counts') });
    for (const [label, { sql, params }] of Object.entries(statements)) {
      const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
      log(`\n-- ${scenario.name} (${scenario.path(0)}): ${label}\n${sql}\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  }
}

async function benchOne(name, db, lib) {
  log(`\n${name}: ${db.label}`);
  await seed(db, lib, count, { log: (line) => log(`  ${line}`) });
  const { rows } = await db.query('SELECT ocn FROM accounts ORDER BY account_id');
  const ocns = rows.map((row) => row.ocn);
  const sample = (await db.query('SELECT invoice_number AS "invoiceNumber", ocn, bcn FROM invoices WHERE ord % 40000 = 7 ORDER BY ord'))
    .rows;
  const issuer = await createDemoIssuer();
  const api = createInvoiceApi({ db, lib, auth: await createAuth({ jwks: issuer.jwks }), log });
  const server = http.createServer(async (req, res) => {
    if (!(await api(req, res))) res.writeHead(404).end();
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const baseUrl = `http://127.0.0.1:${server.address().port}/api`;
  const token = await issuer.sign({ accounts: ocns });
  const list = scenarios(lib, sample);
  const results = {};
  const n = name === 'PGlite' ? Math.min(runs, 60) : runs;
  for (const scenario of list) results[scenario.name] = await measure(baseUrl, token, scenario, 20, n);
  if (explain) await explainScenarios(db, lib, await createScope(db, 'bench', ocns), list);
  server.closeAllConnections();
  server.close();
  return { database: db.label, runs: n, results };
}

const lib = await loadData();
const report = { count, date: new Date().toISOString(), machine: `${(await import('node:os')).cpus().length} cores`, targets: {} };
if (only !== 'pglite') {
  let cluster;
  let url = process.env.DATABASE_URL;
  if (!url && postgresBinDir) {
    cluster = await startPostgres({
      dir: path.join(cache, 'postgres'),
      settings: {
        shared_buffers: "'1GB'",
        work_mem: "'32MB'",
        maintenance_work_mem: "'512MB'",
        effective_cache_size: "'4GB'",
        random_page_cost: 1.1,
      },
    });
    url = cluster.url;
  }
  if (url) {
    const db = await openDatabase({ url, statementTimeoutMs: 0, poolSize: 4 });
    try {
      report.targets.PostgreSQL = await benchOne('PostgreSQL', db, lib);
    } finally {
      await db.close();
      cluster?.stop();
    }
  } else log('PostgreSQL: not installed and no DATABASE_URL; skipped.');
}
if (only !== 'postgres') {
  mkdirSync(cache, { recursive: true });
  const db = await openDatabase({ dataDir: path.join(cache, 'pglite'), statementTimeoutMs: 0 });
  try {
    report.targets.PGlite = await benchOne('PGlite', db, lib);
  } finally {
    await db.close();
  }
}

const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(10);
log(`\nLatency per request over HTTP, ${count.toLocaleString('en')} invoices in scope (p50 / p95 / p99):`);
log(
  `| scenario   | ${Object.keys(report.targets)
    .map((t) => `${t} p50 | p95 | p99`)
    .join(' | ')} |`,
);
for (const scenario of [
  'first open',
  'search',
  'sort',
  'filter',
  'page 500',
  'counts',
  'billing summary',
  'overdue list',
  'number prefix',
  'short search',
]) {
  const cells = Object.values(report.targets).map(({ results }) => {
    const r = results[scenario];
    return `${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)}`;
  });
  log(`| ${scenario.padEnd(15)} | ${cells.join(' | ')} |`);
}
mkdirSync(path.join(root, 'bench/out'), { recursive: true });
writeFileSync(path.join(root, 'bench/out/server.json'), `${JSON.stringify(report, null, 2)}\n`);
log('\nWritten to bench/out/server.json');
