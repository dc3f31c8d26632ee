import { parseCalendarDate } from './validate.js';

/**
 * Calendar dates (`YYYY-MM-DD`) as the billing model uses them: a due date or a payment date
 * is a day on the calendar, never an instant, so `2026-11-30` is the same day in every time
 * zone. Arithmetic happens on UTC midnights, where no day is 23 or 25 hours long.
 */

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(value: unknown): [number, number, number] | undefined {
  const date = parseCalendarDate(value);
  return date ? [date.year, date.month, date.day] : undefined;
}

/** True for a real calendar date `YYYY-MM-DD` between 1900 and 2999 (`2026-02-30` is not one; see `parseCalendarDate`). */
export function isValidDate(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && parts(value) !== undefined;
}

/**
 * The calendar day of a date (`2026-11-30`) or of an ISO date-time (`2026-11-30T09:00:00+09:00`
 * is the 30th, as written: the day the issuer recorded), or `undefined` when it is neither.
 */
export function calendarDate(value: unknown): string | undefined {
  const p = parts(value);
  return p ? `${pad(p[0], 4)}-${pad(p[1])}-${pad(p[2])}` : undefined;
}

/** The viewer's local calendar date, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function toUtc(date: string): number {
  const [year, month, day] = parts(date) ?? [1970, 1, 1];
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + Math.trunc(days) * DAY_MS);
}

/**
 * `date` plus `months`, kept within the target month: `2026-03-31` minus one month is
 * `2026-02-28`.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date) ?? [1970, 1, 1];
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, last))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The month `YYYY-MM` of a calendar date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The `count` calendar months ending with `lastMonth` (`YYYY-MM`), oldest first. */
export function monthsEnding(lastMonth: string, count: number): string[] {
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  const end = year * 12 + (month - 1);
  const months: string[] = [];
  for (let index = end - Math.max(0, Math.trunc(count)) + 1; index <= end; index++) {
    months.push(`${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`);
  }
  return months;
}
