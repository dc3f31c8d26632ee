import { isKnownCurrency, isPlausibleAmount, isValidMonth, parseCalendarDate, utcDate } from '../data/validate.js';

// Intl formatters are costly to build and cheap to reuse: cache them per locale and options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  return cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency }));
}

/**
 * Formats an amount in major units with its own currency's digits: `¥4,060` (JPY has no
 * minor unit), `S$1,234.50`. An amount that shows as zero has no sign (`-0` and `-0.001` JPY
 * are `¥0`). Returns `''` for a non-finite or absurd amount (beyond `MAX_MAGNITUDE`, such as
 * `1e308`) or an unknown currency, so the caller can show its placeholder.
 */
export function formatMoney(amount: unknown, currency: unknown, locale: string): string {
  if (!isPlausibleAmount(amount) || typeof currency !== 'string') return '';
  try {
    const format = moneyFormat(locale, currency);
    const scale = 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2);
    const text = format.format(Math.round(Math.abs(amount) * scale) === 0 ? 0 : amount);
    return currency === 'KRW' && isSimplifiedChinese(locale) ? text.replace('\uFFE6', '\u20A9') : text;
  } catch {
    return '';
  }
}

// Asked for every KRW amount shown: answered once per locale.
const simplifiedChinese = new Map<string, boolean>();

/**
 * Whether a locale writes Simplified Chinese (zh-Hans-SG, zh-SG, zh-CN). Older CLDR data (ICU 72,
 * the system ICU WebKit uses on Debian 12) gives it the full-width won sign ￦ where current
 * CLDR, and the ICU bundled with Chromium and Firefox, write ₩: `formatMoney` writes ₩ in every
 * engine.
 */
function isSimplifiedChinese(locale: string): boolean {
  let hans = simplifiedChinese.get(locale);
  if (hans === undefined) {
    try {
      hans = new Intl.Locale(locale).maximize().script === 'Hans';
    } catch {
      hans = false;
    }
    simplifiedChinese.set(locale, hans);
  }
  return hans;
}

/**
 * Builds ahead of time the formatters a list of invoices uses first (counts, months, the
 * refresh stamp, money in `currencies`) for `locale`, and the runtime's currency list that
 * validation reads. The first Intl formatter a page builds loads the locale's data, which
 * takes milliseconds: call this while the page is idle, before the rows arrive, so the first
 * rows do not wait for it. Formatting gives the same strings with or without it.
 */
export function prepareFormats(locale: string, currencies: readonly string[] = ['USD']): void {
  try {
    formatCount(0, locale);
    formatMonth('2000-01', locale);
    formatDateTime(0, locale);
    for (const currency of currencies) formatMoney(0, currency, locale);
    isKnownCurrency('USD');
  } catch {
    // A tag Intl rejects: formatting says so where it is used, not here.
  }
}

/** Fraction digits a currency uses (JPY 0, SGD 2); 2 when unknown. */
export function currencyDigits(currency: string): number {
  try {
    return moneyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The UTC instant that stands for a calendar month, for Intl formatting in the UTC zone. */
export function monthToUtcDate(month: string): Date | undefined {
  if (!isValidMonth(month)) return undefined;
  const [year, m] = month.split('-').map(Number) as [number, number];
  return utcDate(year, m, 1);
}

/**
 * Formats a calendar month `YYYY-MM` ("May 2020", "2020年5月", "2020년 5월"). Formatting
 * happens in UTC, so the month is the same in every time zone. `''` for an impossible month.
 */
export function formatMonth(month: unknown, locale: string, style: 'long' | 'short' = 'long'): string {
  if (typeof month !== 'string') return '';
  const date = monthToUtcDate(month);
  if (!date) return '';
  return cached(
    `month|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: style, timeZone: 'UTC' }),
  ).format(date);
}

/**
 * Formats a calendar date `YYYY-MM-DD` (or the date part of an ISO date-time) in every time
 * zone alike. `''` for an impossible date (`2021-02-30`) or a year outside 1900–2999 (`0020-10-31`
 * is a fault in the data, not a date to show as "Oct 31, 20" or, worse, 1920).
 */
export function formatDate(value: unknown, locale: string): string {
  const parts = parseCalendarDate(value);
  const date = parts && utcDate(parts.year, parts.month, parts.day);
  if (!date) return '';
  return cached(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(date);
}

/** Formats an instant (the "Payment status as of" stamp) in the viewer's time zone, or `timeZone`. */
export function formatDateTime(value: unknown, locale: string, timeZone?: string): string {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '';
  return cached(
    `datetime|${locale}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }),
  ).format(date);
}

/** Formats a count with grouping ("1,234"); `-0` is `0`, and `''` for an absurd count (`1e308`, NaN). */
export function formatCount(value: number, locale: string): string {
  if (!isPlausibleAmount(value)) return '';
  return cached(`count|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(
    Math.round(value) === 0 ? 0 : value,
  );
}

/** Formats a byte size ("48 kB", "1.2 MB"). */
export function formatBytes(bytes: unknown, locale: string): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return cached(
    `bytes|${locale}|${unit}`,
    () =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }),
  ).format(value);
}

/** Plural category of `count` in `locale` ("one", "other", …). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** A short money amount for chart axes: "¥120K", "¥12万", "S$1.2K". `''` when it cannot be formatted. */
export function formatMoneyCompact(amount: unknown, currency: unknown, locale: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || typeof currency !== 'string') return '';
  try {
    return cached(
      `money-compact|${locale}|${currency}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }),
    ).format(amount);
  } catch {
    return '';
  }
}

/** A rate given as a fraction, as a percentage: 0.1 → "10%", 0.08 → "8%" ("10 %" where the locale spaces it). */
export function formatPercent(rate: unknown, locale: string): string {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return '';
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })).format(rate);
}

/** The name of a calendar month `YYYY-MM` alone, short: "Nov", "11月", "11월". `''` for an impossible month. */
export function formatMonthName(month: unknown, locale: string): string {
  if (typeof month !== 'string') return '';
  const date = monthToUtcDate(month);
  if (!date) return '';
  return cached(`month-name|${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })).format(date);
}

/** A currency's name in the locale ("Japanese Yen", "日本円"), or the code when the runtime has none. */
export function currencyDisplayName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
