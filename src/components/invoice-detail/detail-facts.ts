import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { amountStillDue, daysOverdue, dueDateOf, paidDateOf, paymentState } from '../../data/payments.js';
import { INVOICE_STATUSES, type Invoice } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { formatCount, formatDate, formatMoney, formatMonth, pluralCategory } from '../../format/formatters.js';
import { invalidValueLabel, statusLabel } from '../../internal/labels.js';

/** "Overdue by 20 days", "Due 30 Nov 2026", "Due today", "Paid 25 Aug 2026", "Credit", or '' when there is nothing to say. */
export function paymentLabel(invoice: Invoice, today: string, locale: string): string {
  const state = paymentState(invoice, today);
  switch (state) {
    case 'overdue': {
      const days = daysOverdue(invoice, today);
      const n = formatCount(days, locale);
      return pluralCategory(days, locale) === 'one'
        ? msg(str`Overdue by ${n} day`, { id: 'detail.overdue.one' })
        : msg(str`Overdue by ${n} days`, { id: 'detail.overdue.other' });
    }
    case 'due': {
      const due = dueDateOf(invoice);
      if (!due) return msg('Not yet paid', { id: 'detail.unpaid' });
      if (due === today) return msg('Due today', { id: 'detail.due-today' });
      const date = formatDate(due, locale);
      return msg(str`Due ${date}`, { id: 'detail.due-on' });
    }
    case 'paid': {
      const date = formatDate(paidDateOf(invoice), locale);
      return msg(str`Paid ${date}`, { id: 'detail.paid-on' });
    }
    case 'credit':
      return msg('Credit', { id: 'detail.credit' });
    default:
      return '';
  }
}

function fact(label: string, value: TemplateResult | string, part = ''): TemplateResult {
  return html`<div part=${`fact${part ? ` ${part}` : ''}`}>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** The invoice's facts: amounts, dates, the customer, and the ticket reference of a disputed invoice. */
export function detailFacts(invoice: Invoice, locale: string): TemplateResult {
  const currency = textOf(invoice.currency);
  const money = (amount: unknown) => formatMoney(amount, currency, locale);
  const amount = money(invoice.amount);
  const due = amountStillDue(invoice);
  const owed = due !== undefined && due !== 0 && (invoice.status === 'open' || invoice.status === 'disputed');
  const dueDate = dueDateOf(invoice);
  const paid = paidDateOf(invoice);
  const reference = textOf(invoice.ticketReference).trim();
  const invalid = html`<span part="invalid-value" class="invalid">${invalidValueLabel()}</span>`;
  return html`<dl part="facts" class="facts">
    ${fact(msg('Amount', { id: 'detail.amount' }), amount || invalid, 'fact-amount')}
    ${owed ? fact(msg('Still to pay', { id: 'detail.amount-due' }), money(due) || invalid, 'fact-amount-due') : nothing}
    ${fact(msg('Billing month', { id: 'detail.month' }), formatMonth(invoice.billingMonth, locale) || invalid)}
    ${fact(msg('Status', { id: 'detail.status' }), INVOICE_STATUSES.includes(invoice.status) ? statusLabel(invoice.status) : invalid)}
    ${dueDate ? fact(msg('Due date', { id: 'detail.due-date' }), formatDate(dueDate, locale), 'fact-due-date') : nothing}
    ${paid ? fact(msg('Paid on', { id: 'detail.paid-date' }), formatDate(paid, locale), 'fact-paid-date') : nothing}
    ${
      invoice.status === 'disputed' && reference
        ? fact(msg('Ticket reference', { id: 'detail.ticket-reference' }), html`<span class="mono">${reference}</span>`, 'fact-ticket')
        : nothing
    }
    ${fact(msg('Customer name', { id: 'detail.customer' }), textOf(invoice.customerName) || invalid)}
    ${fact(msg('Customer number (OCN)', { id: 'detail.ocn' }), html`<span class="mono">${textOf(invoice.ocn)}</span>`)}
    ${fact(msg('Customer number (BCN)', { id: 'detail.bcn' }), html`<span class="mono">${textOf(invoice.bcn)}</span>`)}
    ${textOf(invoice.billingEntityName) ? fact(msg('Billing entity', { id: 'detail.entity' }), textOf(invoice.billingEntityName)) : nothing}
  </dl>`;
}
