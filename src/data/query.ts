import { localToday } from './dates.js';
import { parseInvoiceNumber } from './lineage.js';
import { isDueWithin, isOverdue, isPaidWithin } from './payments.js';
import { normalizeText } from './normalize.js';
import { MAX_MAGNITUDE, isKnownCurrency, isPlausibleAmount, isValidMonth, textOf } from './validate.js';
import {
  FILTER_TEXT_FIELDS,
  INVOICE_STATUSES,
  type FilterTextField,
  type Invoice,
  type InvoiceFilter,
  type InvoiceQuery,
  type InvoiceStatus,
  type LineageKind,
  type SortKey,
  type TextCondition,
} from './types.js';

export const FILTER_VERSION = 1;
export const LINEAGE_KINDS: readonly LineageKind[] = ['invoice', 'reissue', 'credit-note'];
export const DEFAULT_PAGE_SIZE = 25;
/** The largest page a link or a stored value may ask for. */
export const MAX_PAGE_SIZE = 1000;
/**
 * Sort keys read from a link or from storage. The grid sorts by one key per sortable column
 * (eight by default); ten leaves room for a portal's own columns. A key per field, the first kept.
 */
export const MAX_SORT_KEYS = 10;
/** Characters of a search or a text condition read from a link (the rest is cut, and reported). */
export const MAX_LINK_TEXT = 500;
const MAX_FIELD_NAME = 64;

export function emptyFilter(): InvoiceFilter {
  return { version: 1 };
}

export function defaultQuery(overrides: Partial<InvoiceQuery> = {}): InvoiceQuery {
  return { search: '', statuses: [], filter: emptyFilter(), sort: [], offset: 0, limit: DEFAULT_PAGE_SIZE, ...overrides };
}

/** True when the filter constrains nothing. */
export function isFilterEmpty(filter: InvoiceFilter | undefined): boolean {
  return activeFilterKeys(filter).length === 0;
}

export type FilterKey = Exclude<keyof InvoiceFilter, 'version'>;

/** The filter's constraining keys, in display order (used for chips). */
export function activeFilterKeys(filter: InvoiceFilter | undefined): FilterKey[] {
  if (!filter) return [];
  const keys: FilterKey[] = [];
  if (filter.monthFrom) keys.push('monthFrom');
  if (filter.monthTo) keys.push('monthTo');
  if (filter.amountMin !== undefined) keys.push('amountMin');
  if (filter.amountMax !== undefined) keys.push('amountMax');
  if (filter.currency) keys.push('currency');
  if (filter.statuses?.length) keys.push('statuses');
  if (filter.kinds?.length) keys.push('kinds');
  for (const field of FILTER_TEXT_FIELDS) if (filter[field]?.value.trim()) keys.push(field);
  if (filter.overdue === true) keys.push('overdue');
  if (filter.dueWithinDays !== undefined) keys.push('dueWithinDays');
  if (filter.paidWithinMonths !== undefined) keys.push('paidWithinMonths');
  return keys;
}

/** Bounds of the date-relative conditions (inclusive). */
export const DUE_WITHIN_DAYS_MAX = 366;
export const PAID_WITHIN_MONTHS_MAX = 120;

/** True when the filter has a condition judged against today (overdue, due within, paid within). */
export function hasDateConditions(filter: InvoiceFilter | undefined): boolean {
  return !!filter && (filter.overdue === true || filter.dueWithinDays !== undefined || filter.paidWithinMonths !== undefined);
}

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;

/** A copy of the filter without one key (removing a chip). */
export function withoutFilterKey(filter: InvoiceFilter, key: FilterKey): InvoiceFilter {
  const next = { ...filter };
  delete next[key];
  return next;
}

export type FilterErrorCode =
  'month-invalid' | 'month-order' | 'amount-invalid' | 'amount-order' | 'currency-invalid' | 'days-invalid' | 'months-invalid';

export interface FilterError {
  field: FilterKey;
  code: FilterErrorCode;
}

/** Validates a filter as entered; an invalid filter must never be applied. */
export function validateFilter(filter: InvoiceFilter): FilterError[] {
  const errors: FilterError[] = [];
  if (filter.monthFrom !== undefined && !isValidMonth(filter.monthFrom)) errors.push({ field: 'monthFrom', code: 'month-invalid' });
  if (filter.monthTo !== undefined && !isValidMonth(filter.monthTo)) errors.push({ field: 'monthTo', code: 'month-invalid' });
  if (isValidMonth(filter.monthFrom) && isValidMonth(filter.monthTo) && filter.monthFrom > filter.monthTo) {
    errors.push({ field: 'monthTo', code: 'month-order' });
  }
  const min = filter.amountMin;
  const max = filter.amountMax;
  // Beyond 2^53 − 1 an amount is not a figure (and a link could not carry it back): as invalid as text.
  if (min !== undefined && !isPlausibleAmount(min)) errors.push({ field: 'amountMin', code: 'amount-invalid' });
  if (max !== undefined && !isPlausibleAmount(max)) errors.push({ field: 'amountMax', code: 'amount-invalid' });
  if (Number.isFinite(min) && Number.isFinite(max) && (min as number) > (max as number)) {
    errors.push({ field: 'amountMax', code: 'amount-order' });
  }
  if (filter.currency !== undefined && filter.currency !== '' && !isKnownCurrency(filter.currency)) {
    errors.push({ field: 'currency', code: 'currency-invalid' });
  }
  if (filter.dueWithinDays !== undefined && !isCount(filter.dueWithinDays, DUE_WITHIN_DAYS_MAX))
    errors.push({ field: 'dueWithinDays', code: 'days-invalid' });
  if (filter.paidWithinMonths !== undefined && !isCount(filter.paidWithinMonths, PAID_WITHIN_MONTHS_MAX))
    errors.push({ field: 'paidWithinMonths', code: 'months-invalid' });
  return errors;
}

/**
 * Reads an untrusted value (a saved view, a URL, a property set by a portal) as a filter,
 * keeping only well-formed parts. Never throws.
 */
export function coerceFilter(value: unknown): InvoiceFilter {
  const filter = emptyFilter();
  if (!value || typeof value !== 'object') return filter;
  const input = value as Record<string, unknown>;
  if (isValidMonth(input.monthFrom)) filter.monthFrom = input.monthFrom;
  if (isValidMonth(input.monthTo)) filter.monthTo = input.monthTo;
  if (isPlausibleAmount(input.amountMin)) filter.amountMin = input.amountMin;
  if (isPlausibleAmount(input.amountMax)) filter.amountMax = input.amountMax;
  if (isKnownCurrency(input.currency)) filter.currency = input.currency;
  if (Array.isArray(input.statuses)) {
    const statuses = INVOICE_STATUSES.filter((s) => (input.statuses as unknown[]).includes(s));
    if (statuses.length) filter.statuses = statuses;
  }
  if (Array.isArray(input.kinds)) {
    const kinds = LINEAGE_KINDS.filter((k) => (input.kinds as unknown[]).includes(k));
    if (kinds.length) filter.kinds = kinds;
  }
  for (const field of FILTER_TEXT_FIELDS) {
    const condition = input[field] as Partial<TextCondition> | undefined;
    if (condition && typeof condition === 'object' && typeof condition.value === 'string' && condition.value.trim()) {
      filter[field] = { op: condition.op === 'equals' ? 'equals' : 'contains', value: condition.value };
    }
  }
  if (input.overdue === true) filter.overdue = true;
  if (isCount(input.dueWithinDays, DUE_WITHIN_DAYS_MAX)) filter.dueWithinDays = input.dueWithinDays;
  if (isCount(input.paidWithinMonths, PAID_WITHIN_MONTHS_MAX)) filter.paidWithinMonths = input.paidWithinMonths;
  return filter;
}

/** A filter compiled once per query, then tested against many rows. */
export interface CompiledFilter {
  (invoice: Invoice): boolean;
}

/**
 * Compiles a filter. `today` (`YYYY-MM-DD`, default the local date) is the day the
 * date-relative conditions are judged against.
 */
export function compileFilter(filter: InvoiceFilter, today: string = localToday()): CompiledFilter {
  const tests: CompiledFilter[] = [];
  const { monthFrom, monthTo, amountMin, amountMax, currency, statuses, kinds } = filter;
  if (monthFrom) tests.push((i) => typeof i.billingMonth === 'string' && i.billingMonth >= monthFrom);
  if (monthTo) tests.push((i) => typeof i.billingMonth === 'string' && i.billingMonth <= monthTo);
  if (amountMin !== undefined) tests.push((i) => typeof i.amount === 'number' && i.amount >= amountMin);
  if (amountMax !== undefined) tests.push((i) => typeof i.amount === 'number' && i.amount <= amountMax);
  if (currency) tests.push((i) => i.currency === currency);
  if (statuses?.length) {
    const set = new Set<unknown>(statuses);
    tests.push((i) => set.has(i.status));
  }
  if (kinds?.length) {
    const set = new Set<LineageKind>(kinds);
    tests.push((i) => set.has(parseInvoiceNumber(textOf(i.invoiceNumber)).kind));
  }
  for (const field of FILTER_TEXT_FIELDS) {
    const condition = filter[field];
    if (!condition?.value.trim()) continue;
    const needle = normalizeText(condition.value);
    tests.push(condition.op === 'equals' ? (i) => normalizeText(i[field]) === needle : (i) => normalizeText(i[field]).includes(needle));
  }
  const { overdue, dueWithinDays, paidWithinMonths } = filter;
  if (overdue === true) tests.push((i) => isOverdue(i, today));
  if (dueWithinDays !== undefined) tests.push((i) => isDueWithin(i, today, dueWithinDays));
  if (paidWithinMonths !== undefined) tests.push((i) => isPaidWithin(i, today, paidWithinMonths));
  if (tests.length === 0) return () => true;
  return (invoice) => tests.every((test) => test(invoice));
}

// ---- URL round trip ---------------------------------------------------------------------

const TEXT_PARAM: Record<FilterTextField, string> = {
  invoiceNumber: 'f.number',
  customerName: 'f.customer',
  ocn: 'f.ocn',
  bcn: 'f.bcn',
  billingEntityName: 'f.entity',
};

/** Writes a filter into URL search params under `f.*` names (`f.v` is the model version). */
export function filterToParams(filter: InvoiceFilter, params = new URLSearchParams()): URLSearchParams {
  if (isFilterEmpty(filter)) return params;
  params.set('f.v', String(FILTER_VERSION));
  if (filter.monthFrom) params.set('f.from', filter.monthFrom);
  if (filter.monthTo) params.set('f.to', filter.monthTo);
  if (filter.amountMin !== undefined) params.set('f.min', String(filter.amountMin));
  if (filter.amountMax !== undefined) params.set('f.max', String(filter.amountMax));
  if (filter.currency) params.set('f.currency', filter.currency);
  if (filter.statuses?.length) params.set('f.status', filter.statuses.join(','));
  if (filter.kinds?.length) params.set('f.kind', filter.kinds.join(','));
  for (const field of FILTER_TEXT_FIELDS) {
    const condition = filter[field];
    if (!condition?.value.trim()) continue;
    params.set(TEXT_PARAM[field], condition.value);
    if (condition.op === 'equals') params.set(`${TEXT_PARAM[field]}.op`, 'equals');
  }
  if (filter.overdue === true) params.set('f.overdue', '1');
  if (filter.dueWithinDays !== undefined) params.set('f.due', String(filter.dueWithinDays));
  if (filter.paidWithinMonths !== undefined) params.set('f.paid', String(filter.paidWithinMonths));
  return params;
}

/**
 * What part of a link (or of a stored value) could not be read as written, so the user can be
 * told: a filter field, `search`, `tab` (the `status` parameter), `sort`, `offset`, `limit`, `filter` (an `f.*`
 * parameter this version does not know) or `filter-version` (a filter from a newer version).
 */
export type UnreadPart = FilterKey | 'search' | 'tab' | 'sort' | 'offset' | 'limit' | 'filter' | 'filter-version';

/** A query read from a link, with what of it could not be read in full (empty when all was). */
export interface QueryReading {
  query: InvoiceQuery;
  unread: UnreadPart[];
}

// A plain decimal number, as `String(number)` writes it: no hex (`0x3E8`), binary, octal,
// `Infinity`, blanks or digit separators, which `Number()` would all accept.
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Reads a decimal number; `undefined` when absent, `null` when present but not a plain decimal. */
function decimalParam(value: string | null): number | null | undefined {
  if (value === null || value === '') return undefined;
  if (!DECIMAL.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

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
]);
for (const name of Object.values(TEXT_PARAM)) FILTER_PARAMS.add(name).add(`${name}.op`);

/** Reads a filter from URL search params, reporting each part that could not be read as written. */
export function readFilterParams(params: URLSearchParams): { filter: InvoiceFilter; unread: UnreadPart[] } {
  const unread = new Set<UnreadPart>();
  const filter = emptyFilter();
  const version = params.get('f.v');
  // A filter from a newer version may mean more than this one can read: say so rather than narrow it silently.
  if (version !== null && version !== String(FILTER_VERSION)) unread.add('filter-version');
  for (const name of params.keys()) if (name.startsWith('f.') && !FILTER_PARAMS.has(name)) unread.add('filter');

  for (const [key, name] of [
    ['monthFrom', 'f.from'],
    ['monthTo', 'f.to'],
  ] as const) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (isValidMonth(value)) filter[key] = value;
    else unread.add(key);
  }
  for (const [key, name] of [
    ['amountMin', 'f.min'],
    ['amountMax', 'f.max'],
  ] as const) {
    const value = decimalParam(params.get(name));
    if (value === undefined) continue;
    if (value !== null && isPlausibleAmount(value)) filter[key] = value;
    else unread.add(key);
  }
  const currency = params.get('f.currency');
  if (currency) {
    if (isKnownCurrency(currency)) filter.currency = currency;
    else unread.add('currency');
  }
  const list = <T extends string>(name: string, known: readonly T[], key: FilterKey): T[] | undefined => {
    const items = params.get(name)?.split(',').filter(Boolean);
    if (!items?.length) return undefined;
    if (items.some((item) => !known.includes(item as T))) unread.add(key);
    const kept = known.filter((item) => items.includes(item));
    return kept.length ? kept : undefined;
  };
  const statuses = list('f.status', INVOICE_STATUSES, 'statuses');
  if (statuses) filter.statuses = statuses;
  const kinds = list('f.kind', LINEAGE_KINDS, 'kinds');
  if (kinds) filter.kinds = kinds;
  for (const field of FILTER_TEXT_FIELDS) {
    const value = params.get(TEXT_PARAM[field]);
    const op = params.get(`${TEXT_PARAM[field]}.op`);
    if (value === null || !value.trim()) continue;
    if (value.length > MAX_LINK_TEXT || (op !== null && op !== 'contains' && op !== 'equals')) unread.add(field);
    filter[field] = { op: op === 'equals' ? 'equals' : 'contains', value: cutText(value) };
  }
  const overdue = params.get('f.overdue');
  if (overdue !== null && overdue !== '') {
    if (overdue === '1') filter.overdue = true;
    else unread.add('overdue');
  }
  for (const [key, name, max] of [
    ['dueWithinDays', 'f.due', DUE_WITHIN_DAYS_MAX],
    ['paidWithinMonths', 'f.paid', PAID_WITHIN_MONTHS_MAX],
  ] as const) {
    const value = decimalParam(params.get(name));
    if (value === undefined) continue;
    if (isCount(value, max)) filter[key] = value;
    else unread.add(key);
  }
  return { filter, unread: [...unread] };
}

/** Reads a filter from URL search params; unknown or malformed parts are dropped (see `readFilterParams`). */
export function filterFromParams(params: URLSearchParams): InvoiceFilter {
  return readFilterParams(params).filter;
}

/** Serialises sort keys as `amount:desc,billingMonth:asc`. */
export function sortToString(sort: readonly SortKey[]): string {
  return sort.map((key) => `${key.field}:${key.direction}`).join(',');
}

/**
 * Reads untrusted sort keys (a link, a stored layout, a saved view): well-formed field names
 * only, one key per field (the first), at most `MAX_SORT_KEYS`. `capped` tells whether
 * anything was left out.
 */
export function readSort(value: unknown): { sort: SortKey[]; capped: boolean } {
  if (!Array.isArray(value)) return { sort: [], capped: value !== undefined && value !== null };
  const sort: SortKey[] = [];
  const seen = new Set<string>();
  let capped = false;
  for (const key of value) {
    const field = (key as Partial<SortKey> | null)?.field;
    if (typeof field !== 'string' || !field || field.length > MAX_FIELD_NAME || !/^[\w.-]+$/.test(field) || seen.has(field)) {
      capped = true;
      continue;
    }
    if (sort.length === MAX_SORT_KEYS) {
      capped = true;
      break;
    }
    seen.add(field);
    sort.push({ field, direction: (key as SortKey).direction === 'desc' ? 'desc' : 'asc' });
  }
  return { sort, capped };
}

/** Untrusted sort keys, bounded (see `readSort`). */
export function coerceSort(value: unknown): SortKey[] {
  return readSort(value).sort;
}

/** Reads `amount:desc,billingMonth:asc`, bounded (see `readSort`). */
export function sortFromString(text: string | null | undefined): SortKey[] {
  return readSortString(text).sort;
}

function readSortString(text: string | null | undefined): { sort: SortKey[]; capped: boolean } {
  if (!text) return { sort: [], capped: false };
  // Only as many parts as could be kept (plus duplicates) are looked at, whatever the length.
  const parts = text.split(',', MAX_SORT_KEYS * 4 + 1);
  const keys = parts.filter(Boolean).map((part) => ({ field: part.split(':')[0], direction: part.split(':')[1] }));
  const read = readSort(keys);
  return { sort: read.sort, capped: read.capped || parts.length > MAX_SORT_KEYS * 4 };
}

/** Writes the whole query (search, statuses, filter, sort, page) into URL search params. */
export function queryToParams(query: InvoiceQuery, params = new URLSearchParams()): URLSearchParams {
  if (query.search) params.set('q', query.search);
  if (query.statuses.length) params.set('status', query.statuses.join(','));
  filterToParams(query.filter, params);
  if (query.sort.length) params.set('sort', sortToString(query.sort));
  if (query.offset) params.set('offset', String(query.offset));
  if (query.limit !== DEFAULT_PAGE_SIZE) params.set('limit', String(query.limit));
  return params;
}

/**
 * Reads a query from URL search params (a shared link) within bounds: plain decimal numbers
 * only, at most `MAX_SORT_KEYS` sort keys, a page size from 1 to `MAX_PAGE_SIZE`, an offset
 * of at most 2^53 − 1 (the grid shows the last page for one past the end, see `clampOffset`),
 * search and text conditions of at most `MAX_LINK_TEXT` characters. Everything else is read as
 * well as it can be, and `unread` lists what was not, for a notice.
 */
export function readQueryParams(params: URLSearchParams, base: InvoiceQuery = defaultQuery()): QueryReading {
  const unread = new Set<UnreadPart>();
  const statusItems = (params.get('status') ?? '').split(',').filter(Boolean);
  const statuses = INVOICE_STATUSES.filter((s) => statusItems.includes(s));
  if (statusItems.some((item) => !INVOICE_STATUSES.includes(item as InvoiceStatus))) unread.add('tab');
  const search = params.get('q') ?? '';
  if (search.length > MAX_LINK_TEXT) unread.add('search');
  const filter = readFilterParams(params);
  for (const part of filter.unread) unread.add(part);
  const sort = readSortString(params.get('sort'));
  if (sort.capped) unread.add('sort');

  const offsetValue = decimalParam(params.get('offset'));
  let offset = 0;
  if (offsetValue === null || (offsetValue !== undefined && offsetValue < 0)) unread.add('offset');
  else if (offsetValue !== undefined) offset = Math.floor(Math.min(offsetValue, MAX_MAGNITUDE));
  const limitValue = decimalParam(params.get('limit'));
  let limit = base.limit;
  if (limitValue === null || (limitValue !== undefined && (limitValue < 1 || limitValue > MAX_PAGE_SIZE))) unread.add('limit');
  else if (limitValue !== undefined) limit = Math.floor(limitValue);

  return {
    query: { ...base, search: cutText(search), statuses, filter: filter.filter, sort: sort.sort, offset, limit },
    unread: [...unread],
  };
}

/** Reads a query from URL search params, within bounds (see `readQueryParams`). */
export function queryFromParams(params: URLSearchParams, base: InvoiceQuery = defaultQuery()): InvoiceQuery {
  return readQueryParams(params, base).query;
}

/** The offset of the last page of `total` rows (0 when there are none). */
export function lastPageOffset(total: number, limit: number): number {
  const size = Math.max(1, Math.floor(limit) || 1);
  return Math.max(0, Math.ceil(total / size) - 1) * size;
}

/** `query` with an offset past the end moved to the last page of `total` rows; the same object when it is within. */
export function clampOffset(query: InvoiceQuery, total: number): InvoiceQuery {
  if (query.offset <= 0 || query.offset < total) return query;
  return { ...query, offset: lastPageOffset(total, query.limit) };
}

function cutText(text: string): string {
  if (text.length <= MAX_LINK_TEXT) return text;
  // Never cut a surrogate pair in two.
  const cut = text.slice(0, MAX_LINK_TEXT);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Structural equality of two queries (used to skip redundant loads). */
export function sameQuery(a: InvoiceQuery, b: InvoiceQuery): boolean {
  return queryToParams(a).toString() === queryToParams(b).toString() && a.limit === b.limit;
}
