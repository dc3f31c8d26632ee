import { isValidMonth } from '../data/validate.js';

/** What a month field holds, read: a month (`YYYY-MM`), nothing, or text that is not one yet. */
export type MonthReading = { month: string } | { empty: true } | { error: 'month-invalid' | 'month-incomplete' };

const names = new Map<string, Array<[string, number]>>();

/** Month names of `locale` (long and short) and of English, lower-cased, longest first, with their number. */
function monthNames(locale: string): Array<[string, number]> {
  let list = names.get(locale);
  if (list) return list;
  list = [];
  for (const tag of new Set([locale, 'en'])) {
    for (const style of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let month = 1; month <= 12; month++) {
        const name = format
          .format(new Date(Date.UTC(2000, month - 1, 15)))
          .normalize('NFKC')
          .toLowerCase()
          .replace(/\.$/, '');
        // Numeric names ("5月", "5월") are read as numbers below.
        if (name && !/\d/.test(name)) list.push([name, month]);
      }
    }
  }
  list.sort((a, b) => b[0].length - a[0].length);
  names.set(locale, list);
  return list;
}

const pad = (month: number) => String(month).padStart(2, '0');

/**
 * Reads a month as people type it, in any of the UI's locales: `2020-05`, `2020/5`, `5/2020`,
 * `2020年5月`, `2020년 5월`, `May 2020`, `mai 2020`, full-width digits. A year of four digits
 * and a month (a number from 1 to 12, or a month name in `locale` or English) are needed;
 * `2020` alone is incomplete, `2020-13` is not a month.
 */
export function readMonthInput(text: string, locale: string): MonthReading {
  const value = text.normalize('NFKC').trim().toLowerCase();
  if (!value) return { empty: true };
  let rest = value;
  let month: number | undefined;
  for (const [name, number] of monthNames(locale)) {
    const at = rest.indexOf(name);
    if (at >= 0) {
      month = number;
      rest = `${rest.slice(0, at)} ${rest.slice(at + name.length)}`;
      break;
    }
  }
  const numbers = rest.match(/\d+/g) ?? [];
  const years = numbers.filter((n) => n.length === 4);
  const small = numbers.filter((n) => n.length <= 2);
  if (/[^\d\s\-/.,年月년월]/u.test(rest.replace(/\d+/g, ''))) return { error: 'month-invalid' };
  if (years.length !== 1 || numbers.length - years.length > (month === undefined ? 1 : 0)) {
    return years.length === 0 && (month !== undefined || small.length === 1) && numbers.length <= 1
      ? { error: 'month-incomplete' }
      : { error: 'month-invalid' };
  }
  if (month === undefined) {
    if (small.length !== 1) return { error: 'month-incomplete' };
    month = Number(small[0]);
  }
  const iso = `${years[0]}-${pad(month)}`;
  return isValidMonth(iso) ? { month: iso } : { error: 'month-invalid' };
}
