import type { DocumentAvailability, InvoiceDocument } from '../data/types.js';
import { isValidMonth } from '../data/validate.js';

/** Whether a document can be downloaded now, and until when. */
export interface DocumentAvailabilityInfo {
  availability: DocumentAvailability;
  /** Last day the document can be downloaded, `YYYY-MM-DD`, when known. */
  availableUntil?: string;
  /** True when the billing month is before the first downloadable month. */
  beforeStart?: boolean;
}

export interface RetentionRule {
  /** Months after the billing month a document stays; 0 or less turns the rule off. Default 12. */
  retentionMonths?: number;
  /** First downloadable billing month, `YYYY-MM` (the portal's "from May 2020"). */
  availableFrom?: string;
  /** The day to judge against. Default: today. */
  today?: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The last day of the month `months` after `month` (`2020-10` + 12 → `2021-10-31`). */
export function retentionEnd(month: string, months: number): string | undefined {
  if (!isValidMonth(month)) return undefined;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(year, m - 1 + months + 1, 0));
  return `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

/** Today's local calendar date as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Works out a document's availability: an explicit `preparing` or `removed` from the
 * adapter wins; otherwise the document is removed once past `availableUntil`, or past the
 * retention period counted from its invoice's billing month, and documents of months before
 * `availableFrom` are not in the portal at all.
 */
export function documentAvailability(
  document: InvoiceDocument,
  billingMonth: string | undefined,
  rule: RetentionRule = {},
): DocumentAvailabilityInfo {
  const explicitUntil = typeof document.availableUntil === 'string' ? DATE.exec(document.availableUntil)?.[0] : undefined;
  const months = rule.retentionMonths ?? 12;
  const until = explicitUntil ?? (months > 0 && billingMonth ? retentionEnd(billingMonth, months) : undefined);
  const info = (availability: DocumentAvailability, extra: Partial<DocumentAvailabilityInfo> = {}): DocumentAvailabilityInfo => ({
    availability,
    ...(until ? { availableUntil: until } : {}),
    ...extra,
  });
  if (document.availability === 'preparing' || document.availability === 'removed') return info(document.availability);
  if (
    rule.availableFrom &&
    isValidMonth(rule.availableFrom) &&
    billingMonth &&
    isValidMonth(billingMonth) &&
    billingMonth < rule.availableFrom
  ) {
    return info('removed', { beforeStart: true });
  }
  if (document.availability === 'available') return info('available');
  if (until && localDay(rule.today ?? new Date()) > until) return info('removed');
  return info('available');
}
