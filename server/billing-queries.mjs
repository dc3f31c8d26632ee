// The statements of the billing routes: the account's billing summary, one invoice's detail and
// the tickets customers raise. Like queries.mjs, every statement's first condition is
// `account_id = ANY($1)` with the ids of a verified Scope (`scopedIds`), and values travel only
// as bound parameters.
import { randomBytes } from 'node:crypto';
import { invoiceFromRow, lastRefreshedSql, scopedIds } from './queries.mjs';

/**
 * The four statements of a summary (billing-summary.ts `summarizeBilling`, as SQL aggregates
 * over the rollups the triggers keep, never over the invoices themselves):
 * - `owed`: open and disputed invoices per currency (invoice_dues): outstanding (what each
 *   still owes), the overdue part (due day before today, something owed) and the part due
 *   from today to today + dueWithinDays.
 * - `paid`: closed invoices paid after today − paidWithinMonths months and not after today,
 *   per currency (invoice_paid, by payment day).
 * - `spend`: what was billed per month of the window, "Not applicable" left out (invoice_rollups).
 * - `counted`: invoices per currency that count at all, the order of the currencies (invoice_totals).
 */
export function summarySql(lib, scope, request) {
  const { today, dueWithinDays, paidWithinMonths, months } = request;
  const window = lib.monthsEnding(lib.monthOf(today), months);
  const ids = scopedIds(scope);
  const overdue = 'r.owes AND r.due_on < $2::date';
  const soon = 'r.owes AND r.due_on >= $2::date AND r.due_on <= $3::date';
  return {
    owed: {
      sql: `SELECT r.currency, sum(r.invoices)::float8 AS n, sum(r.owed)::float8 AS amount,
  coalesce(sum(r.invoices) FILTER (WHERE ${overdue}), 0)::float8 AS overdue_n,
  coalesce(sum(r.owed) FILTER (WHERE ${overdue}), 0)::float8 AS overdue,
  coalesce(sum(r.invoices) FILTER (WHERE ${soon}), 0)::float8 AS soon_n,
  coalesce(sum(r.owed) FILTER (WHERE ${soon}), 0)::float8 AS soon
FROM invoice_dues r WHERE r.account_id = ANY($1::bigint[])
GROUP BY r.currency`,
      params: [ids, today, lib.addDays(today, dueWithinDays)],
    },
    paid: {
      sql: `SELECT p.currency, sum(p.invoices)::float8 AS n, sum(p.signed_amount)::float8 AS amount
FROM invoice_paid p WHERE p.account_id = ANY($1::bigint[]) AND p.paid_on > $2::date AND p.paid_on <= $3::date
GROUP BY p.currency`,
      params: [ids, lib.addMonths(today, -paidWithinMonths), today],
    },
    spend: {
      sql: `SELECT r.currency, r.billing_month AS month, sum(r.invoices)::float8 AS n, sum(r.signed_amount)::float8 AS amount
FROM invoice_rollups r WHERE r.account_id = ANY($1::bigint[]) AND r.status <> 'na' AND r.billing_month >= $2 AND r.billing_month <= $3
GROUP BY r.currency, r.billing_month`,
      params: [ids, window[0], window.at(-1)],
    },
    counted: {
      sql: `SELECT t.currency, sum(t.invoices)::float8 AS n FROM invoice_totals t
WHERE t.account_id = ANY($1::bigint[]) AND t.status <> 'na' GROUP BY t.currency`,
      params: [ids],
    },
    window,
  };
}

const run = (db, { sql, params }) => db.query(sql, params);
const figure = (amount, count) => ({ amount: Number(amount ?? 0), count: Number(count ?? 0) });

/**
 * The account's billing figures per currency, never summed across currencies: what
 * `summarizeBilling` answers over the same invoices. `request` is a full BillingSummaryRequest
 * (params.mjs `parseSummaryRequest`).
 */
export async function billingSummary(db, lib, scope, request) {
  const statements = summarySql(lib, scope, request);
  const [owed, paid, spend, counted, refreshed] = await Promise.all([
    run(db, statements.owed),
    run(db, statements.paid),
    run(db, statements.spend),
    run(db, statements.counted),
    run(db, lastRefreshedSql(scope)),
  ]);
  const currencies = new Map();
  const of = (currency) => {
    let entry = currencies.get(currency);
    if (!entry) {
      entry = { currency, invoices: 0, outstanding: figure(), overdue: figure(), dueSoon: figure(), paid: figure(), spend: new Map() };
      currencies.set(currency, entry);
    }
    return entry;
  };
  for (const row of counted.rows) of(row.currency).invoices = Number(row.n);
  for (const row of owed.rows) {
    const entry = of(row.currency);
    entry.outstanding = figure(row.amount, row.n);
    entry.overdue = figure(row.overdue, row.overdue_n);
    entry.dueSoon = figure(row.soon, row.soon_n);
  }
  for (const row of paid.rows) of(row.currency).paid = figure(row.amount, row.n);
  for (const row of spend.rows) of(row.currency).spend.set(row.month, figure(row.amount, row.n));
  const summary = {
    today: request.today,
    currencies: [...currencies.values()]
      .filter((c) => c.outstanding.count + c.paid.count + c.spend.size > 0)
      .sort((a, b) => b.invoices - a.invoices || (a.currency < b.currency ? -1 : 1))
      .map((c) => ({
        currency: c.currency,
        outstanding: c.outstanding,
        overdue: c.overdue,
        dueSoon: c.dueSoon,
        paid: c.paid,
        spend: statements.window.map((month) => ({ month, ...(c.spend.get(month) ?? figure()) })),
      })),
  };
  if (refreshed.rows[0]?.at) summary.lastRefreshed = refreshed.rows[0].at;
  return summary;
}

/** The fields of a row the detail answers (InMemoryInvoiceAdapter's DETAIL_FIELDS). */
const DETAIL_FIELDS = ['lineItems', 'tax', 'ticketReference', 'dueDate', 'paidAt', 'amountDue', 'issuedAt'];

/**
 * One invoice's detail within the scope, or undefined when the scope holds no invoice with this
 * id: its line items and tax breakdown (invoice_details) and its payment fields, completed by
 * `invoiceDetail(invoice)` when given (as InMemoryInvoiceAdapter's option of that name).
 */
export async function invoiceDetail(db, scope, invoiceId, { invoiceDetail: complete } = {}) {
  const { rows } = await db.query(
    `SELECT i.id, i.invoice_number, i.billing_month, i.amount::float8 AS amount, i.currency, i.customer_name, i.ocn, i.bcn,
  i.billing_entity_name, i.status, i.legal_entity, i.due_date, i.issued_at, i.paid_at, i.amount_due::float8 AS amount_due,
  i.ticket_reference, i.extra::text AS extra, d.line_items::text AS line_items, d.tax::text AS tax
FROM invoices i LEFT JOIN invoice_details d ON d.account_id = i.account_id AND d.invoice_ord = i.ord
WHERE i.account_id = ANY($1::bigint[]) AND i.id = $2`,
    [scopedIds(scope), invoiceId],
  );
  if (!rows.length) return undefined;
  const invoice = invoiceFromRow(rows[0]);
  if (rows[0].line_items !== null) invoice.lineItems = JSON.parse(rows[0].line_items);
  if (rows[0].tax !== null) invoice.tax = JSON.parse(rows[0].tax);
  const detail = {};
  for (const field of DETAIL_FIELDS) if (invoice[field] !== undefined) detail[field] = invoice[field];
  if (complete) Object.assign(detail, await complete(invoice));
  return detail;
}

// Crockford's base32 without I, L, O, U: a reference reads aloud and types without ambiguity.
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ticket reference such as TCK-7F3KQ9XM2B: 50 random bits, so it says nothing about other tickets. */
export function newTicketReference() {
  const bytes = randomBytes(10);
  return `TCK-${[...bytes].map((b) => REFERENCE_ALPHABET[b & 31]).join('')}`;
}

/**
 * Stores a ticket (params.mjs `parseTicket`) about an invoice within the scope: the one with
 * `invoiceId` when given, else the newest with `invoiceNumber`. Answers `{ reference }`, or
 * undefined when the scope holds no such invoice (the caller answers 404: another tenant's
 * invoice is as absent as one that does not exist).
 */
export async function raiseTicket(db, scope, ticket) {
  const ids = scopedIds(scope);
  const found = ticket.invoiceId
    ? await db.query(
        'SELECT i.account_id::text AS account_id, i.ord::text AS ord, i.invoice_number FROM invoices i WHERE i.account_id = ANY($1::bigint[]) AND i.id = $2',
        [ids, ticket.invoiceId],
      )
    : await db.query(
        `SELECT i.account_id::text AS account_id, i.ord::text AS ord, i.invoice_number FROM invoices i
WHERE i.account_id = ANY($1::bigint[]) AND i.invoice_number = $2 ORDER BY i.ord DESC LIMIT 1`,
        [ids, ticket.invoiceNumber],
      );
  const invoice = found.rows[0];
  if (!invoice) return undefined;
  if (invoice.invoice_number.trim() !== ticket.invoiceNumber) return { mismatch: invoice.invoice_number };
  for (let attempt = 0; ; attempt++) {
    const reference = newTicketReference();
    const { rows } = await db.query(
      `INSERT INTO tickets (reference, account_id, invoice_ord, invoice_number, reason, message, subject)
VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (reference) DO NOTHING RETURNING reference`,
      [reference, invoice.account_id, invoice.ord, invoice.invoice_number, ticket.reason, ticket.message, scope.subject ?? ''],
    );
    if (rows.length) return { reference: rows[0].reference };
    if (attempt >= 3) throw new Error('Could not draw an unused ticket reference.');
  }
}
