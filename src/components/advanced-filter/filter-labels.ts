import { msg, str } from '@lit/localize';
import type { FilterErrorCode, FilterKey } from '../../data/query.js';
import type { InvoiceFilter, TextMatchOp } from '../../data/types.js';
import { formatCount, formatMoney, formatMonth, pluralCategory } from '../../format/formatters.js';
import { lineageKindLabel, statusLabel } from '../../internal/labels.js';
import { intlLocale } from '../../localization.js';

/** The label of a filter field, also its chip's label ("From month", "Customer number (OCN)", …). */
export function filterFieldLabel(key: FilterKey): string {
  switch (key) {
    case 'monthFrom':
      return msg('From month', { id: 'filter.field.month-from' });
    case 'monthTo':
      return msg('To month', { id: 'filter.field.month-to' });
    case 'amountMin':
      return msg('Minimum amount', { id: 'filter.field.amount-min' });
    case 'amountMax':
      return msg('Maximum amount', { id: 'filter.field.amount-max' });
    case 'currency':
      return msg('Currency', { id: 'filter.field.currency' });
    case 'statuses':
      return msg('Status', { id: 'filter.field.status' });
    case 'kinds':
      return msg('Document kind', { id: 'filter.field.kind' });
    case 'invoiceNumber':
      return msg('Invoice number', { id: 'filter.field.invoice-number' });
    case 'customerName':
      return msg('Customer name', { id: 'filter.field.customer-name' });
    case 'ocn':
      return msg('Customer number (OCN)', { id: 'filter.field.ocn' });
    case 'bcn':
      return msg('Customer number (BCN)', { id: 'filter.field.bcn' });
    case 'billingEntityName':
      return msg('Billing entity', { id: 'filter.field.billing-entity' });
    case 'overdue':
      return msg('Overdue only', { id: 'filter.field.overdue' });
    case 'dueWithinDays':
      return msg('Due within (days)', { id: 'filter.field.due-within' });
    case 'paidWithinMonths':
      return msg('Paid within (months)', { id: 'filter.field.paid-within' });
  }
}

/** A chip's label: the field's, except for the payment conditions, whose chips read "Payment: Overdue", "Due: next 30 days". */
export function filterChipLabel(key: FilterKey): string {
  switch (key) {
    case 'overdue':
      return msg('Payment', { id: 'filter.chip.payment' });
    case 'dueWithinDays':
      return msg('Due', { id: 'filter.chip.due' });
    case 'paidWithinMonths':
      return msg('Paid', { id: 'filter.chip.paid' });
    default:
      return filterFieldLabel(key);
  }
}

export function textOpLabel(op: TextMatchOp): string {
  return op === 'equals' ? msg('equals', { id: 'filter.op.equals' }) : msg('contains', { id: 'filter.op.contains' });
}

/** The inline message for a validation error. */
export function filterErrorMessage(code: FilterErrorCode | 'month-incomplete'): string {
  switch (code) {
    case 'month-invalid': {
      const example = formatMonth('2020-05', intlLocale());
      return msg(str`Enter a real month, for example ${example} or 2020-05.`, { id: 'filter.error.month-unreadable' });
    }
    case 'month-incomplete':
      return msg('Enter both the month and the year.', { id: 'filter.error.month-incomplete' });
    case 'month-order':
      return msg('"To month" must not be before "From month".', { id: 'filter.error.month-order' });
    case 'amount-invalid':
      return msg('Enter a number, for example 4060 or 1234.50.', { id: 'filter.error.amount-invalid' });
    case 'amount-order':
      return msg('"Maximum amount" must not be less than "Minimum amount".', { id: 'filter.error.amount-order' });
    case 'currency-invalid':
      return msg('Choose a currency from the list.', { id: 'filter.error.currency-invalid' });
    case 'days-invalid':
      return msg('Enter a whole number of days from 1 to 366.', { id: 'filter.error.days-invalid' });
    case 'months-invalid':
      return msg('Enter a whole number of months from 1 to 120.', { id: 'filter.error.months-invalid' });
  }
}

function formatAmount(amount: number, currency: string | undefined, locale: string): string {
  return (currency && formatMoney(amount, currency, locale)) || new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(amount);
}

/** The value shown on a key's chip: "May 2020", "¥40,000", "Open, Disputed", "contains “Colt”". */
export function filterChipValue(filter: InvoiceFilter, key: FilterKey): string {
  const locale = intlLocale();
  switch (key) {
    case 'monthFrom':
    case 'monthTo':
      return formatMonth(filter[key], locale) || String(filter[key] ?? '');
    case 'amountMin':
    case 'amountMax':
      return formatAmount(filter[key] as number, filter.currency, locale);
    case 'currency':
      return filter.currency ?? '';
    case 'statuses':
      return (filter.statuses ?? []).map(statusLabel).join(', ');
    case 'kinds':
      return (filter.kinds ?? []).map(lineageKindLabel).join(', ');
    case 'overdue':
      return msg('Overdue', { id: 'filter.chip.overdue' });
    case 'dueWithinDays':
      return nextDaysLabel(filter.dueWithinDays ?? 0);
    case 'paidWithinMonths':
      return lastMonthsLabel(filter.paidWithinMonths ?? 0);
    default: {
      const condition = filter[key];
      if (!condition) return '';
      const value = condition.value;
      return condition.op === 'equals'
        ? msg(str`equals “${value}”`, { id: 'filter.chip.equals' })
        : msg(str`contains “${value}”`, { id: 'filter.chip.contains' });
    }
  }
}

/** "next 30 days" / "next day". */
export function nextDaysLabel(days: number): string {
  const locale = intlLocale();
  const n = formatCount(days, locale);
  return pluralCategory(days, locale) === 'one'
    ? msg(str`next ${n} day`, { id: 'filter.chip.next-days.one' })
    : msg(str`next ${n} days`, { id: 'filter.chip.next-days.other' });
}

/** "last 12 months" / "last month". */
export function lastMonthsLabel(months: number): string {
  const locale = intlLocale();
  const n = formatCount(months, locale);
  return pluralCategory(months, locale) === 'one'
    ? msg(str`last ${n} month`, { id: 'filter.chip.last-months.one' })
    : msg(str`last ${n} months`, { id: 'filter.chip.last-months.other' });
}
