import { localToday } from './dates.js';
import { parseInvoiceNumber } from './lineage.js';
import { isDueWithin, isOverdue, isPaidWithin } from './payments.js';
import { normalizeText } from './normalize.js';
import { isKnownCurrency, isValidMonth, textOf } from './validate.js';
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
  if (min !== undefined && !Number.isFinite(min)) errors.push({ field: 'amountMin', code: 'amount-invalid' });
  if (max !== undefined && !Number.isFinite(max)) errors.push({ field: 'amountMax', code: 'amount-invalid' });
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
  if (typeof input.amountMin === 'number' && Number.isFinite(input.amountMin)) filter.amountMin = input.amountMin;
  if (typeof input.amountMax === 'number' && Number.isFinite(input.amountMax)) filter.amountMax = input.amountMax;
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

export function matchesFilter(invoice: Invoice, filter: InvoiceFilter, today?: string): boolean {
  return compileFilter(filter, today)(invoice);
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

function numberParam(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** Reads a filter from URL search params; unknown or malformed parts are dropped. */
export function filterFromParams(params: URLSearchParams): InvoiceFilter {
  const list = (name: string) => params.get(name)?.split(',').filter(Boolean);
  const raw: Record<string, unknown> = {
    monthFrom: params.get('f.from') ?? undefined,
    monthTo: params.get('f.to') ?? undefined,
    amountMin: numberParam(params.get('f.min')),
    amountMax: numberParam(params.get('f.max')),
    currency: params.get('f.currency') ?? undefined,
    statuses: list('f.status'),
    kinds: list('f.kind'),
  };
  for (const field of FILTER_TEXT_FIELDS) {
    const value = params.get(TEXT_PARAM[field]);
    if (value !== null) raw[field] = { op: params.get(`${TEXT_PARAM[field]}.op`) ?? 'contains', value };
  }
  raw.overdue = params.get('f.overdue') === '1';
  raw.dueWithinDays = numberParam(params.get('f.due'));
  raw.paidWithinMonths = numberParam(params.get('f.paid'));
  return coerceFilter(raw);
}

/** Serialises sort keys as `amount:desc,billingMonth:asc`. */
export function sortToString(sort: readonly SortKey[]): string {
  return sort.map((key) => `${key.field}:${key.direction}`).join(',');
}

export function sortFromString(text: string | null | undefined): SortKey[] {
  if (!text) return [];
  return text
    .split(',')
    .map((part) => part.split(':'))
    .filter(([field]) => !!field && /^[\w.-]+$/.test(field))
    .map(([field, direction]) => ({ field: field as string, direction: direction === 'desc' ? 'desc' : 'asc' }));
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

export function queryFromParams(params: URLSearchParams, base: InvoiceQuery = defaultQuery()): InvoiceQuery {
  const statuses = (params.get('status') ?? '').split(',').filter((s): s is InvoiceStatus => INVOICE_STATUSES.includes(s as InvoiceStatus));
  const offset = numberParam(params.get('offset'));
  const limit = numberParam(params.get('limit'));
  return {
    ...base,
    search: params.get('q') ?? '',
    statuses,
    filter: filterFromParams(params),
    sort: sortFromString(params.get('sort')),
    offset: offset !== undefined && offset >= 0 ? Math.floor(offset) : 0,
    limit: limit !== undefined && limit >= 1 && limit <= 1000 ? Math.floor(limit) : base.limit,
  };
}

/** Structural equality of two queries (used to skip redundant loads). */
export function sameQuery(a: InvoiceQuery, b: InvoiceQuery): boolean {
  return queryToParams(a).toString() === queryToParams(b).toString() && a.limit === b.limit;
}
