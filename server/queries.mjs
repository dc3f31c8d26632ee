// The one query layer. Every statement the API runs is written here (the billing routes' in
// billing-queries.mjs, which reach account ids only through `scopedIds`), and every one of them
// is scoped to the accounts of a `Scope`: `account_id = ANY($1)` is the first condition of each
// WHERE clause, and a Scope exists only once a signed token has been verified (auth.mjs).
// Values reach PostgreSQL only as bound parameters; the SQL text is built from constants.
//
// Why a query layer and not row-level security: PostgreSQL evaluates a policy's condition
// before any operator that is not LEAKPROOF, and LIKE (trigram search) and numeric comparisons
// (amount filters) are not. Under RLS the trigram index goes unused: a search over 1,000,000
// rows took 1,868 ms instead of 1.3 ms. See "Serving the data".

const SCOPES = new WeakSet();

/** The customer accounts one verified token may read. Made only by `createScope`. */
export class Scope {
  /** @param {string} subject @param {readonly string[]} accountIds @param {readonly string[]} ocns */
  constructor(subject, accountIds, ocns) {
    this.subject = subject;
    this.accountIds = Object.freeze([...accountIds]);
    this.ocns = Object.freeze([...ocns]);
    Object.freeze(this);
  }
}

/**
 * The scope of verified claims: the account ids of the OCNs the token names (unknown OCNs
 * simply match nothing). Only auth.mjs calls this, after verifying the token's signature.
 */
export async function createScope(db, subject, ocns) {
  const { rows } = await db.query('SELECT account_id::text AS id FROM accounts WHERE ocn = ANY($1::text[])', [ocns]);
  const scope = new Scope(
    subject,
    rows.map((row) => row.id),
    ocns,
  );
  SCOPES.add(scope);
  return scope;
}

function ids(scope) {
  if (!SCOPES.has(scope)) throw new TypeError('Queries need the Scope of a verified token.');
  return scope.accountIds;
}

/** The account ids of a verified scope, for the billing statements (billing-queries.mjs); throws for anything else. */
export const scopedIds = ids;

/** ORDER BY expression per sortable field (of alias `a`); each has an index per direction (003_indexes.sql). */
const SORT_SQL = {
  billingMonth: (a) => `${a}.billing_month`,
  amount: (a) => `${a}.amount`,
  invoiceNumber: (a) => `(${a}.invoice_number COLLATE invoice_text)`,
  customerName: (a) => `(${a}.customer_name COLLATE invoice_text)`,
  ocn: (a) => `(${a}.ocn COLLATE invoice_text)`,
  bcn: (a) => `(${a}.bcn COLLATE invoice_text)`,
  billingEntityName: (a) => `(nullif(${a}.billing_entity_name, '') COLLATE invoice_text)`,
  status: (a) => `${a}.status`,
};

/**
 * A search or number filter that matches at most this many invoices is paged by collecting its
 * matches (trigram index) and sorting them, not by walking the sort order: invoice numbers hold
 * the month, so a number's matches cluster in a few months that a newest-first walk may reach
 * only after passing hundreds of thousands of rows. The planner cannot know that clustering.
 */
export const COLLECT_LIMIT = 5_000;

/** Text filters on the billing account's names, and the column each tests. */
const ACCOUNT_TEXT = {
  customerName: 'customer_fold',
  ocn: 'ocn_fold',
  bcn: 'bcn_fold',
  billingEntityName: 'entity_fold',
};

/** LIKE pattern that finds `text` anywhere, its wildcards taken literally. */
function containsPattern(text) {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Parameters of one statement; $1 is always the scope. */
class Params {
  constructor(scope) {
    this.values = [ids(scope)];
  }
  bind(value) {
    return `$${this.values.push(value)}`;
  }
}

const textConditions = (filter, fields) =>
  Object.keys(fields)
    .filter((field) => filter[field]?.value.trim())
    .map((field) => [fields[field], filter[field]]);

/**
 * The billing accounts in scope that the search (any of their four texts holds it) and the
 * customer/OCN/BCN/entity filters match, as id lists; undefined when the query has none.
 */
async function matchBillingAccounts(db, lib, scope, query) {
  const search = lib.normalizeText(query.search);
  const conditions = textConditions(query.filter, ACCOUNT_TEXT);
  if (!search && !conditions.length) return {};
  const p = new Params(scope);
  const searched = search ? `b.search_key LIKE ${p.bind(containsPattern(search))}` : 'false';
  const filtered = conditions.length
    ? conditions
        .map(([column, { op, value }]) => {
          const needle = lib.normalizeText(value);
          return op === 'equals' ? `b.${column} = ${p.bind(needle)}` : `b.${column} LIKE ${p.bind(containsPattern(needle))}`;
        })
        .join(' AND ')
    : 'true';
  const { rows } = await db.query(
    `SELECT b.billing_account_id::text AS id, ${searched} AS searched, ${filtered} AS filtered
FROM billing_accounts b WHERE b.account_id = ANY($1::bigint[])`,
    p.values,
  );
  return {
    search: search ? rows.filter((row) => row.searched).map((row) => row.id) : undefined,
    filter: conditions.length ? rows.filter((row) => row.filtered).map((row) => row.id) : undefined,
  };
}

/**
 * Conditions on the columns invoices and invoice_rollups share (alias `a`): scope, tabs,
 * filter statuses, months, currency, kinds and the billing accounts the text filters matched.
 */
function sharedConditions(p, query, matched, { a, tab }) {
  const { filter } = query;
  const clauses = [`${a}.account_id = ANY($1::bigint[])`];
  if (tab && query.statuses.length) clauses.push(`${a}.status = ANY(${p.bind(query.statuses)}::text[])`);
  if (filter.statuses?.length) clauses.push(`${a}.status = ANY(${p.bind(filter.statuses)}::text[])`);
  if (filter.monthFrom) clauses.push(`${a}.billing_month >= ${p.bind(filter.monthFrom)}`);
  if (filter.monthTo) clauses.push(`${a}.billing_month <= ${p.bind(filter.monthTo)}`);
  if (filter.currency) clauses.push(`${a}.currency = ${p.bind(filter.currency)}`);
  if (filter.kinds?.length) clauses.push(`${a}.kind = ANY(${p.bind(filter.kinds)}::text[])`);
  if (matched.filter) clauses.push(`${a}.billing_account_id = ANY(${p.bind(matched.filter)}::bigint[])`);
  return clauses;
}

/**
 * The due-day conditions (query.ts `compileFilter`, payments.ts), judged on `query.today`, over
 * invoices (alias i: something owed is `owed > 0`) or invoice_dues (alias r: `owes`):
 * - overdue: a due day before today, something owed;
 * - due within N days: a due day from today to today + N, something owed.
 * The day bounds are worked out with the library's own date arithmetic and bound as dates.
 */
function dueConditions(p, lib, query, a) {
  const { filter, today } = query;
  const owes = a === 'r' ? 'r.owes' : `${a}.owed > 0`;
  const clauses = [];
  if (filter.overdue === true) clauses.push(`${owes} AND ${a}.due_on < ${p.bind(today)}::date`);
  if (filter.dueWithinDays !== undefined) {
    clauses.push(
      `${owes} AND ${a}.due_on >= ${p.bind(today)}::date AND ${a}.due_on <= ${p.bind(lib.addDays(today, filter.dueWithinDays))}::date`,
    );
  }
  return clauses;
}

/** Paid within N months: closed, paid after today − N months and not after today. */
function paidConditions(p, lib, query) {
  const { filter, today } = query;
  if (filter.paidWithinMonths === undefined) return [];
  return [
    `i.status = 'closed' AND i.paid_on > ${p.bind(lib.addMonths(today, -filter.paidWithinMonths))}::date AND i.paid_on <= ${p.bind(today)}::date`,
  ];
}

/** Conditions on an invoice's own values that no rollup holds: amounts, the invoice number, the payment day. */
function rowConditions(p, lib, query) {
  const { filter } = query;
  const clauses = paidConditions(p, lib, query);
  if (filter.amountMin !== undefined) clauses.push(`i.amount >= ${p.bind(String(filter.amountMin))}::numeric`);
  if (filter.amountMax !== undefined) clauses.push(`i.amount <= ${p.bind(String(filter.amountMax))}::numeric`);
  for (const [, { op, value }] of textConditions(filter, { invoiceNumber: 'number_fold' })) {
    const needle = lib.normalizeText(value);
    clauses.push(op === 'equals' ? `i.number_fold = ${p.bind(needle)}` : `i.number_fold LIKE ${p.bind(containsPattern(needle))}`);
  }
  return clauses;
}

/** Conditions only invoices can test (not invoice_rollups): payments, amounts and the invoice number. */
function invoiceConditions(p, lib, query) {
  return [...dueConditions(p, lib, query, 'i'), ...rowConditions(p, lib, query)];
}

/** The whole WHERE clause over invoices (alias i). */
function invoiceWhere(p, lib, query, matched, { tab }) {
  const clauses = [...sharedConditions(p, query, matched, { a: 'i', tab }), ...invoiceConditions(p, lib, query)];
  const search = lib.normalizeText(query.search);
  if (search) {
    clauses.push(
      `(i.number_fold LIKE ${p.bind(containsPattern(search))} OR i.billing_account_id = ANY(${p.bind(matched.search)}::bigint[]))`,
    );
  }
  return clauses.join(' AND ');
}

/**
 * Counts and signed sums per status and currency of the invoices the query matches. From the
 * rollups when the query constrains only their columns; with a search, the rollups of the
 * billing accounts it matched plus the invoices whose number alone matches; otherwise from the
 * invoices.
 */
function aggregateSql(lib, scope, query, matched, { tab }) {
  const p = new Params(scope);
  const search = lib.normalizeText(query.search);
  const dues = dueConditions(new Params(scope), lib, query, 'r').length > 0;
  if (rowConditions(new Params(scope), lib, query).length || (dues && search)) {
    return {
      sql: `SELECT i.status, i.currency, count(*)::float8 AS n, sum(i.signed_amount)::float8 AS amount
FROM invoices i WHERE ${invoiceWhere(p, lib, query, matched, { tab })} GROUP BY i.status, i.currency`,
      params: p.values,
    };
  }
  const rollups = sharedConditions(p, query, matched, { a: 'r', tab });
  if (dues) {
    // Overdue or due within N days: the open and disputed rollups by due day (006_payment_rollups.sql).
    return {
      sql: `SELECT r.status, r.currency, sum(r.invoices)::float8 AS n, sum(r.signed_amount)::float8 AS amount
FROM invoice_dues r WHERE ${[...rollups, ...dueConditions(p, lib, query, 'r')].join(' AND ')} GROUP BY r.status, r.currency`,
      params: p.values,
    };
  }
  // Without a month range, the rollups without months: a few hundred rows.
  const table = query.filter.monthFrom || query.filter.monthTo ? 'invoice_rollups' : 'invoice_totals';
  if (!search) {
    return {
      sql: `SELECT r.status, r.currency, sum(r.invoices)::float8 AS n, sum(r.signed_amount)::float8 AS amount
FROM ${table} r WHERE ${rollups.join(' AND ')} GROUP BY r.status, r.currency`,
      params: p.values,
    };
  }
  const accounts = p.bind(matched.search);
  const rows = sharedConditions(p, query, matched, { a: 'i', tab });
  return {
    sql: `SELECT status, currency, sum(n)::float8 AS n, sum(amount)::float8 AS amount FROM (
  SELECT r.status, r.currency, sum(r.invoices) AS n, sum(r.signed_amount) AS amount
  FROM ${table} r WHERE ${rollups.join(' AND ')} AND r.billing_account_id = ANY(${accounts}::bigint[])
  GROUP BY r.status, r.currency
  UNION ALL
  SELECT i.status, i.currency, count(*), sum(i.signed_amount)
  FROM invoices i WHERE ${rows.join(' AND ')} AND i.number_fold LIKE ${p.bind(containsPattern(search))}
    AND NOT (i.billing_account_id = ANY(${accounts}::bigint[]))
  GROUP BY i.status, i.currency
) matches GROUP BY status, currency`,
    params: p.values,
  };
}

/** A document as the API sends it (alias d; `m` the lineage member it belongs to, or d's own number). */
const DOCUMENT_JSON = (number) => `(coalesce(d.extra, '{}'::jsonb) || jsonb_strip_nulls(jsonb_build_object(
  'id', d.id, 'kind', d.kind, 'name', d.name, 'fileName', d.file_name, 'mimeType', d.mime_type, 'size', d.size,
  'url', d.url, 'availableUntil', d.available_until, 'availability', d.availability, 'invoiceNumber', ${number})))`;

const PAGE_COLUMNS = `i.ord, i.id, i.invoice_number, i.billing_month, i.amount, i.currency, i.customer_name, i.ocn, i.bcn,
  i.billing_entity_name, i.status, i.legal_entity, i.due_date, i.issued_at, i.paid_at, i.amount_due, i.ticket_reference, i.extra`;

/**
 * The SQL of one page of listInvoices (also shown by the benchmark's EXPLAIN). The inner query
 * finds the page's rows by their keys alone, so the rows an offset skips are read from the
 * index (index-only where the index holds every column the query tests); only the page's rows
 * are then read whole.
 */
export function pageSql(lib, scope, query, matched) {
  const p = new Params(scope);
  const where = invoiceWhere(p, lib, query, matched, { tab: true });
  const keys = (a) =>
    [
      ...(query.sort.length
        ? query.sort.map((key) => `${SORT_SQL[key.field](a)} ${key.direction === 'desc' ? 'DESC' : 'ASC'}`)
        : [`${a}.billing_month DESC`]),
      `${a}.ord`,
    ].join(', ');
  return {
    sql: `SELECT i.ord::text AS ord, i.id, i.invoice_number, i.billing_month, i.amount::float8 AS amount, i.currency, i.customer_name,
  i.ocn, i.bcn, i.billing_entity_name, i.status, i.legal_entity, i.due_date, i.issued_at, i.paid_at,
  i.amount_due::float8 AS amount_due, i.ticket_reference, i.extra::text AS extra
FROM (SELECT i.ord FROM invoices i WHERE ${where}
  ORDER BY ${keys('i')} LIMIT ${p.bind(query.limit)} OFFSET ${p.bind(query.offset)}) AS page
JOIN invoices i ON i.ord = page.ord
ORDER BY ${keys('i')}`,
    params: p.values,
  };
}

/** The SQL of the documents of a page's invoices, one round trip. */
function pageDocumentsSql(scope, ords) {
  return {
    sql: `SELECT d.invoice_ord::text AS ord, ${DOCUMENT_JSON('d.invoice_number')}::text AS document
FROM documents d WHERE d.account_id = ANY($1::bigint[]) AND d.invoice_ord = ANY($2::bigint[])
ORDER BY d.invoice_ord, d.position`,
    params: [ids(scope), ords],
  };
}

export function invoiceFromRow(row) {
  const invoice = {
    id: row.id,
    invoiceNumber: row.invoice_number,
    billingMonth: row.billing_month,
    amount: Number(row.amount),
    currency: row.currency,
    customerName: row.customer_name,
    ocn: row.ocn,
    bcn: row.bcn,
  };
  if (row.billing_entity_name !== null) invoice.billingEntityName = row.billing_entity_name;
  invoice.status = row.status;
  if (row.legal_entity !== null) invoice.legalEntity = row.legal_entity;
  if (row.due_date !== null) invoice.dueDate = row.due_date;
  if (row.issued_at !== null) invoice.issuedAt = row.issued_at;
  if (row.paid_at !== null) invoice.paidAt = row.paid_at;
  if (row.amount_due !== null) invoice.amountDue = Number(row.amount_due);
  if (row.ticket_reference !== null) invoice.ticketReference = row.ticket_reference;
  return row.extra ? { ...JSON.parse(row.extra), ...invoice } : invoice;
}

/** The SQL of the tab counts (the status constraint ignored). */
export function countsSql(lib, scope, query, matched) {
  return aggregateSql(lib, scope, query, matched, { tab: false });
}

/** The SQL of a page's total, per-currency totals and outstanding amounts. */
export function totalsSql(lib, scope, query, matched) {
  return aggregateSql(lib, scope, query, matched, { tab: true });
}

/**
 * True when the query's invoice-number condition (search or number filter) can find its
 * matches through the trigram index, and no billing account matched the search (the planner
 * estimates those well): then collecting the matches may beat walking the sort order.
 */
function collectable(lib, query, matched) {
  const search = lib.normalizeText(query.search);
  const number = query.filter.invoiceNumber?.value.trim() ? lib.normalizeText(query.filter.invoiceNumber.value) : '';
  if (matched.search?.length) return false;
  return search.length >= 3 || number.length >= 3;
}

/**
 * One statement that collects up to `limit` + 1 matches and answers both the page and the
 * counts and sums from them; `matched` > `limit` means it gave up (too many to collect).
 */
export function collectSql(lib, scope, query, matched, limit) {
  const p = new Params(scope);
  const where = invoiceWhere(p, lib, query, matched, { tab: true });
  const keys = [
    ...(query.sort.length
      ? query.sort.map((key) => `${SORT_SQL[key.field]('m')} ${key.direction === 'desc' ? 'DESC' : 'ASC'}`)
      : ['m.billing_month DESC']),
    'm.ord',
  ].join(', ');
  return {
    sql: `WITH m AS MATERIALIZED (
  SELECT ${PAGE_COLUMNS}, i.signed_amount FROM invoices i WHERE ${where} LIMIT ${p.bind(limit + 1)}
), page AS (
  SELECT m.ord::text AS ord, m.id, m.invoice_number, m.billing_month, m.amount::float8 AS amount, m.currency, m.customer_name,
    m.ocn, m.bcn, m.billing_entity_name, m.status, m.legal_entity, m.due_date, m.issued_at, m.paid_at,
    m.amount_due::float8 AS amount_due, m.ticket_reference, m.extra::text AS extra,
    row_number() OVER (ORDER BY ${keys}) AS position
  FROM m ORDER BY ${keys} LIMIT ${p.bind(query.limit)} OFFSET ${p.bind(query.offset)}
), groups AS (
  SELECT m.status, m.currency, count(*)::float8 AS n, sum(m.signed_amount)::float8 AS amount FROM m GROUP BY m.status, m.currency
)
SELECT (SELECT count(*) FROM m)::int AS matched,
  (SELECT coalesce(json_agg(page ORDER BY page.position), '[]') FROM page)::text AS rows,
  (SELECT coalesce(json_agg(groups), '[]') FROM groups)::text AS groups`,
    params: p.values,
  };
}

/** The statements of listInvoices / countByStatus for a query: what the benchmark EXPLAINs. */
export async function statementsFor(db, lib, scope, query, { counts = false, collectLimit = COLLECT_LIMIT } = {}) {
  const matched = await matchBillingAccounts(db, lib, scope, query);
  if (counts) return { counts: countsSql(lib, scope, query, matched) };
  if (collectable(lib, query, matched)) {
    const collect = collectSql(lib, scope, query, matched, collectLimit);
    const { rows } = await run(db, collect);
    if (rows[0].matched <= collectLimit) return { 'page and totals': collect };
  }
  return { page: pageSql(lib, scope, query, matched), totals: totalsSql(lib, scope, query, matched) };
}

export const lastRefreshedSql = (scope) => ({
  sql: `SELECT to_char(min(s.refreshed_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
FROM status_refreshes s WHERE s.account_id = ANY($1::bigint[])`,
  params: [ids(scope)],
});

const run = (db, { sql, params }) => db.query(sql, params);

/** One page: rows (with their documents), total, per-currency totals and outstanding amounts. */
export async function listInvoices(db, lib, scope, query, { collectLimit = COLLECT_LIMIT } = {}) {
  const matched = await matchBillingAccounts(db, lib, scope, query);
  const refreshing = run(db, lastRefreshedSql(scope));
  let groups;
  let pageRows;
  if (collectable(lib, query, matched)) {
    const { rows } = await run(db, collectSql(lib, scope, query, matched, collectLimit));
    if (rows[0].matched <= collectLimit) [groups, pageRows] = [JSON.parse(rows[0].groups), JSON.parse(rows[0].rows)];
  }
  if (!groups) {
    const [aggregates, page] = await Promise.all([
      run(db, totalsSql(lib, scope, query, matched)),
      run(db, pageSql(lib, scope, query, matched)),
    ]);
    [groups, pageRows] = [aggregates.rows, page.rows];
  }
  const refreshed = await refreshing;
  const page = { rows: pageRows };
  const rows = page.rows.map(invoiceFromRow);
  if (page.rows.length) {
    const ords = page.rows.map((row) => row.ord);
    const documents = await run(db, pageDocumentsSql(scope, ords));
    const byOrd = new Map(page.rows.map((row, i) => [String(row.ord), rows[i]]));
    for (const row of documents.rows) {
      const invoice = byOrd.get(row.ord);
      (invoice.documents ??= []).push(JSON.parse(row.document));
    }
  }
  let total = 0;
  const totals = {};
  const outstanding = {};
  for (const group of groups) {
    total += Number(group.n);
    totals[group.currency] ??= 0;
    outstanding[group.currency] ??= 0;
    if (group.status !== 'na') totals[group.currency] += Number(group.amount);
    if (group.status === 'open' || group.status === 'disputed') outstanding[group.currency] += Number(group.amount);
  }
  const result = { rows, total, totals, outstanding };
  if (refreshed.rows[0]?.at) result.lastRefreshed = refreshed.rows[0].at;
  return result;
}

/** Invoices per status for the query's search and filter (the tabs). */
export async function countByStatus(db, lib, scope, query) {
  const counts = { open: 0, disputed: 0, closed: 0, na: 0 };
  const matched = await matchBillingAccounts(db, lib, scope, query);
  for (const group of (await run(db, countsSql(lib, scope, query, matched))).rows) counts[group.status] += Number(group.n);
  return counts;
}

/**
 * The documents of an invoice and of its lineage (original, reissues, credit notes) within the
 * scope, in arrival order; undefined when the scope holds no invoice with this id.
 */
export async function listDocuments(db, scope, invoiceId) {
  const found = await db.query('SELECT i.lineage_base FROM invoices i WHERE i.account_id = ANY($1::bigint[]) AND i.id = $2', [
    ids(scope),
    invoiceId,
  ]);
  if (!found.rows.length) return undefined;
  const { rows } = await db.query(
    `SELECT ${DOCUMENT_JSON('coalesce(d.invoice_number, m.invoice_number)')}::text AS document
FROM invoices m JOIN documents d ON d.account_id = m.account_id AND d.invoice_ord = m.ord
WHERE m.account_id = ANY($1::bigint[]) AND m.lineage_base = $2
ORDER BY m.ord, d.position`,
    [ids(scope), found.rows[0].lineage_base],
  );
  return rows.map((row) => JSON.parse(row.document));
}

/** One document within the scope, or undefined. */
export async function findDocument(db, scope, documentId) {
  const { rows } = await db.query(
    `SELECT ${DOCUMENT_JSON('d.invoice_number')}::text AS document FROM documents d WHERE d.account_id = ANY($1::bigint[]) AND d.id = $2`,
    [ids(scope), documentId],
  );
  return rows.length ? JSON.parse(rows[0].document) : undefined;
}
