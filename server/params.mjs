// Reads the query string of /invoices, /invoices/counts and /invoices/summary, and the body of
// POST /tickets, strictly: anything the database must never see (an unknown sort field, a 1 MB
// search, a negative or huge offset, a malformed filter or day, a parameter given twice, an
// unknown ticket field) is refused with a 400 that says why. What RestInvoiceAdapter sends
// (queryToParams, the summary request) and what the ticket form collects always pass.

export const MAX_TEXT_LENGTH = 200;
export const MAX_LIMIT = 1000;
export const MAX_OFFSET = 10_000_000;

/** Sortable fields (the grid's sortable columns). */
export const SORT_FIELDS = ['billingMonth', 'amount', 'invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName', 'status'];

const STATUSES = ['open', 'disputed', 'closed', 'na'];
const KINDS = ['invoice', 'reissue', 'credit-note'];
const TEXT_FILTERS = {
  'f.number': 'invoiceNumber',
  'f.customer': 'customerName',
  'f.ocn': 'ocn',
  'f.bcn': 'bcn',
  'f.entity': 'billingEntityName',
};
const FILTER_PARAMS = new Set([
  'f.v',
  'f.from',
  'f.to',
  'f.min',
  'f.max',
  'f.currency',
  'f.status',
  'f.kind',
  'f.overdue',
  'f.due',
  'f.paid',
  ...Object.keys(TEXT_FILTERS),
  ...Object.keys(TEXT_FILTERS).map((name) => `${name}.op`),
]);
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// A JavaScript number as String(n) writes it (4060, 12.5, 1e-7), bounded in length.
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const INTEGER = /^\d{1,9}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Bounds of the payment conditions and of the summary's windows (the library's own). */
export const DUE_WITHIN_DAYS_MAX = 366;
export const PAID_WITHIN_MONTHS_MAX = 120;
export const SPEND_MONTHS_MAX = 36;

/** A request the server refuses, with the reason shown to the user. */
export class BadRequest extends Error {
  /** @param {string} parameter @param {string} message */
  constructor(parameter, message) {
    super(message);
    this.name = 'BadRequest';
    this.parameter = parameter;
  }
}

function text(params, name) {
  const value = params.get(name);
  if (value === null) return undefined;
  if (value.length > MAX_TEXT_LENGTH) throw new BadRequest(name, `${name} is longer than ${MAX_TEXT_LENGTH} characters.`);
  if (value.includes('\u0000')) throw new BadRequest(name, `${name} contains a NUL character.`);
  return value;
}

function list(params, name, allowed) {
  const value = text(params, name);
  if (value === undefined || value === '') return [];
  const items = value.split(',');
  for (const item of items) {
    if (!allowed.includes(item))
      throw new BadRequest(name, `${name} has ${JSON.stringify(item)}; expected a comma-separated list of ${allowed.join(', ')}.`);
  }
  return [...new Set(items)];
}

function integer(params, name, { min, max, fallback }) {
  const value = params.get(name);
  if (value === null) return fallback;
  if (!INTEGER.test(value) || Number(value) < min || Number(value) > max) {
    throw new BadRequest(name, `${name} must be a whole number from ${min} to ${max.toLocaleString('en')}.`);
  }
  return Number(value);
}

function amount(params, name) {
  const value = params.get(name);
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  if (value.length > 32 || !DECIMAL.test(value.trim()) || !Number.isFinite(number) || Math.abs(number) > 1e15) {
    throw new BadRequest(name, `${name} must be a number such as 4060 or 12.50.`);
  }
  return number;
}

function month(params, name) {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  const match = MONTH.exec(value);
  if (!match || Number(match[1]) < 1900 || Number(match[1]) > 2999)
    throw new BadRequest(name, `${name} must be a month written YYYY-MM, from 1900-01 to 2999-12.`);
  return value;
}

/**
 * The client's calendar date (`today=YYYY-MM-DD`), against which the payment conditions and the
 * summary are judged; the server's own date when absent. A malformed or impossible date is refused.
 */
export function today(params, { isValidDate, localToday }) {
  const value = params.get('today');
  if (value === null || value === '') return localToday();
  if (value.length !== 10 || !DATE.test(value) || !isValidDate(value))
    throw new BadRequest('today', 'today must be a calendar date written YYYY-MM-DD, from 1900-01-01 to 2999-12-31.');
  return value;
}

function sort(params) {
  const value = text(params, 'sort');
  if (value === undefined || value === '') return [];
  const keys = value.split(',').map((part) => {
    const [field, direction = 'asc', more] = part.split(':');
    if (!SORT_FIELDS.includes(field))
      throw new BadRequest('sort', `sort cannot use ${JSON.stringify(field)}; sortable fields are ${SORT_FIELDS.join(', ')}.`);
    if ((direction !== 'asc' && direction !== 'desc') || more !== undefined)
      throw new BadRequest('sort', `sort direction of ${field} must be asc or desc.`);
    return { field, direction };
  });
  if (new Set(keys.map((key) => key.field)).size !== keys.length) throw new BadRequest('sort', 'sort names a field twice.');
  return keys;
}

function filter(params, isKnownCurrency) {
  const version = params.get('f.v');
  if (version !== null && version !== '1')
    throw new BadRequest('f.v', `Filter version ${JSON.stringify(version.slice(0, 20))} is not supported; this server reads version 1.`);
  const result = { version: 1 };
  const monthFrom = month(params, 'f.from');
  const monthTo = month(params, 'f.to');
  if (monthFrom && monthTo && monthFrom > monthTo) throw new BadRequest('f.to', 'f.to is before f.from.');
  if (monthFrom) result.monthFrom = monthFrom;
  if (monthTo) result.monthTo = monthTo;
  const amountMin = amount(params, 'f.min');
  const amountMax = amount(params, 'f.max');
  if (amountMin !== undefined && amountMax !== undefined && amountMin > amountMax)
    throw new BadRequest('f.max', 'f.max is less than f.min.');
  if (amountMin !== undefined) result.amountMin = amountMin;
  if (amountMax !== undefined) result.amountMax = amountMax;
  const currency = text(params, 'f.currency');
  if (currency) {
    if (!isKnownCurrency(currency)) throw new BadRequest('f.currency', 'f.currency must be an ISO 4217 currency code such as JPY.');
    result.currency = currency;
  }
  const statuses = list(params, 'f.status', STATUSES);
  if (statuses.length) result.statuses = statuses;
  const kinds = list(params, 'f.kind', KINDS);
  if (kinds.length) result.kinds = kinds;
  for (const [name, field] of Object.entries(TEXT_FILTERS)) {
    const value = text(params, name);
    const op = params.get(`${name}.op`) ?? 'contains';
    if (op !== 'contains' && op !== 'equals') throw new BadRequest(`${name}.op`, `${name}.op must be contains or equals.`);
    if (value !== undefined && value.trim()) result[field] = { op, value };
  }
  const overdue = params.get('f.overdue');
  if (overdue !== null && overdue !== '') {
    if (overdue !== '1') throw new BadRequest('f.overdue', 'f.overdue must be 1 (overdue invoices only) or absent.');
    result.overdue = true;
  }
  const dueWithinDays = integer(params, 'f.due', { min: 1, max: DUE_WITHIN_DAYS_MAX, fallback: undefined });
  if (dueWithinDays !== undefined) result.dueWithinDays = dueWithinDays;
  const paidWithinMonths = integer(params, 'f.paid', { min: 1, max: PAID_WITHIN_MONTHS_MAX, fallback: undefined });
  if (paidWithinMonths !== undefined) result.paidWithinMonths = paidWithinMonths;
  return result;
}

function noDuplicates(params) {
  const seen = new Set();
  for (const name of params.keys()) {
    if (seen.has(name)) throw new BadRequest(name, `${name} is given more than once.`);
    seen.add(name);
  }
}

/**
 * @param {URLSearchParams} params
 * @param {{ isKnownCurrency: (code: string) => boolean, isValidDate: (value: string) => boolean,
 *   localToday: () => string, defaultLimit?: number }} lib
 * @returns the InvoiceQuery the parameters describe, with `today` (the day payment conditions are judged on)
 */
export function parseQuery(params, { isKnownCurrency, isValidDate, localToday, defaultLimit = 25 }) {
  const seen = new Set();
  for (const name of params.keys()) {
    if (seen.has(name)) throw new BadRequest(name, `${name} is given more than once.`);
    seen.add(name);
    if (name.startsWith('f.') && !FILTER_PARAMS.has(name))
      throw new BadRequest(name, `${name.slice(0, 40)} is not a filter this server knows.`);
  }
  return {
    search: text(params, 'q') ?? '',
    statuses: list(params, 'status', STATUSES),
    filter: filter(params, isKnownCurrency),
    sort: sort(params),
    today: today(params, { isValidDate, localToday }),
    offset: integer(params, 'offset', { min: 0, max: MAX_OFFSET, fallback: 0 }),
    limit: integer(params, 'limit', { min: 1, max: MAX_LIMIT, fallback: defaultLimit }),
  };
}

const SUMMARY_PARAMS = new Set(['today', 'dueDays', 'paidMonths', 'months']);

/**
 * Reads the query string of /invoices/summary strictly: `today` (default the server's date),
 * `dueDays` 1–366 (default 30), `paidMonths` 1–120 (default 12), `months` 1–36 (default 12),
 * nothing else.
 * @returns the BillingSummaryRequest
 */
export function parseSummaryRequest(params, { isValidDate, localToday }) {
  noDuplicates(params);
  for (const name of params.keys()) {
    if (!SUMMARY_PARAMS.has(name))
      throw new BadRequest(name, `${name.slice(0, 40)} is not a summary parameter; they are today, dueDays, paidMonths and months.`);
  }
  return {
    today: today(params, { isValidDate, localToday }),
    dueWithinDays: integer(params, 'dueDays', { min: 1, max: DUE_WITHIN_DAYS_MAX, fallback: 30 }),
    paidWithinMonths: integer(params, 'paidMonths', { min: 1, max: PAID_WITHIN_MONTHS_MAX, fallback: 12 }),
    months: integer(params, 'months', { min: 1, max: SPEND_MONTHS_MAX, fallback: 12 }),
  };
}

export const TICKET_REASONS = ['wrong-amount', 'missing-credit', 'duplicate', 'other'];
export const TICKET_MESSAGE_MAX = 2000;
const TICKET_FIELDS = new Set(['invoiceId', 'invoiceNumber', 'reason', 'message']);

/**
 * Reads the JSON body of POST /tickets strictly (what the ticket form collects, as
 * `TicketRequest` describes it): `invoiceNumber` (1–200 characters), `reason` (wrong-amount,
 * missing-credit, duplicate or other), `message` (at most 2,000 characters; required for
 * "other"), and `invoiceId` when the form was opened for an invoice. Nothing else.
 * @param {string} text the body
 */
export function parseTicket(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest('body', 'The body is not JSON; send {"invoiceNumber", "reason", "message"} as application/json.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequest('body', 'The body must be a JSON object with invoiceNumber, reason and message.');
  for (const key of Object.keys(body)) {
    if (!TICKET_FIELDS.has(key))
      throw new BadRequest(
        key.slice(0, 40),
        `${key.slice(0, 40)} is not a ticket field; they are invoiceId, invoiceNumber, reason and message.`,
      );
  }
  const field = (name, { max, required }) => {
    const value = body[name];
    if (value === undefined || value === null) {
      if (required) throw new BadRequest(name, `${name} is required.`);
      return undefined;
    }
    if (typeof value !== 'string') throw new BadRequest(name, `${name} must be text.`);
    if (value.includes('\u0000')) throw new BadRequest(name, `${name} contains a NUL character.`);
    // Characters as the ticket form counts them (code points), not UTF-16 units.
    if ([...value].length > max) throw new BadRequest(name, `${name} is longer than ${max.toLocaleString('en')} characters.`);
    return value;
  };
  const invoiceNumber = field('invoiceNumber', { max: MAX_TEXT_LENGTH, required: true }).trim();
  if (!invoiceNumber) throw new BadRequest('invoiceNumber', 'invoiceNumber is empty: name the invoice the ticket is about.');
  const invoiceId = field('invoiceId', { max: MAX_TEXT_LENGTH, required: false });
  if (invoiceId === '') throw new BadRequest('invoiceId', 'invoiceId is empty; leave it out when the ticket names only a number.');
  const reason = field('reason', { max: 40, required: true });
  if (!TICKET_REASONS.includes(reason))
    throw new BadRequest('reason', `reason ${JSON.stringify(reason)} is not one of ${TICKET_REASONS.join(', ')}.`);
  const message = (field('message', { max: TICKET_MESSAGE_MAX, required: false }) ?? '').trim();
  if (reason === 'other' && !message) throw new BadRequest('message', 'message is required when the reason is "other": say what is wrong.');
  return { invoiceNumber, reason, message, ...(invoiceId !== undefined ? { invoiceId } : {}) };
}
