// Reads the query string of /invoices and /invoices/counts strictly: anything the database
// must never see (an unknown sort field, a 1 MB search, a negative or huge offset, a malformed
// filter, a parameter given twice) is refused with a 400 that says why. What RestInvoiceAdapter
// sends (queryToParams) always passes.

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
  ...Object.keys(TEXT_FILTERS),
  ...Object.keys(TEXT_FILTERS).map((name) => `${name}.op`),
]);
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
// A JavaScript number as String(n) writes it (4060, 12.5, 1e-7), bounded in length.
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const INTEGER = /^\d{1,9}$/;

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
  return result;
}

/**
 * @param {URLSearchParams} params
 * @param {{ isKnownCurrency: (code: string) => boolean, defaultLimit?: number }} lib
 * @returns the InvoiceQuery the parameters describe
 */
export function parseQuery(params, { isKnownCurrency, defaultLimit = 25 }) {
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
    offset: integer(params, 'offset', { min: 0, max: MAX_OFFSET, fallback: 0 }),
    limit: integer(params, 'limit', { min: 1, max: MAX_LIMIT, fallback: defaultLimit }),
  };
}
