import { msg, str } from '@lit/localize';
import { TICKET_MESSAGE_MAX, TICKET_REASONS, type TicketReason } from '../../data/billing-types.js';
import { formatCount } from '../../format/formatters.js';
import { intlLocale } from '../../localization.js';

/** Longest invoice number the form accepts. */
export const INVOICE_NUMBER_MAX = 64;

/** The form as typed. */
export interface TicketDraft {
  invoiceNumber: string;
  reason: TicketReason | '';
  message: string;
}

export type TicketField = 'invoiceNumber' | 'reason' | 'message';
export type TicketErrorCode = 'number-missing' | 'number-invalid' | 'reason-missing' | 'message-missing' | 'message-too-long';

/** Fields in tab order, to focus the first invalid one. */
export const TICKET_FIELDS: readonly TicketField[] = ['invoiceNumber', 'reason', 'message'];

export function reasonLabel(reason: TicketReason): string {
  switch (reason) {
    case 'wrong-amount':
      return msg('Wrong amount', { id: 'ticket.reason.wrong-amount' });
    case 'missing-credit':
      return msg('Missing credit', { id: 'ticket.reason.missing-credit' });
    case 'duplicate':
      return msg('Duplicate invoice', { id: 'ticket.reason.duplicate' });
    case 'other':
      return msg('Other', { id: 'ticket.reason.other' });
  }
}

/** What is wrong with the draft, field by field; empty when it can be sent. */
export function validateTicket(draft: TicketDraft): Map<TicketField, TicketErrorCode> {
  const errors = new Map<TicketField, TicketErrorCode>();
  const number = draft.invoiceNumber.trim();
  if (!number) errors.set('invoiceNumber', 'number-missing');
  else if (number.length > INVOICE_NUMBER_MAX || /[\u0000-\u001f\u007f]/.test(number)) errors.set('invoiceNumber', 'number-invalid');
  if (!(TICKET_REASONS as readonly string[]).includes(draft.reason)) errors.set('reason', 'reason-missing');
  const message = draft.message.trim();
  if ([...message].length > TICKET_MESSAGE_MAX) errors.set('message', 'message-too-long');
  else if (draft.reason === 'other' && !message) errors.set('message', 'message-missing');
  return errors;
}

export function ticketErrorMessage(code: TicketErrorCode, draft: TicketDraft): string {
  const locale = intlLocale();
  switch (code) {
    case 'number-missing':
      return msg('Enter the invoice number.', { id: 'ticket.error.number-missing' });
    case 'number-invalid': {
      const max = formatCount(INVOICE_NUMBER_MAX, locale);
      return msg(str`Enter an invoice number of at most ${max} characters, without line breaks.`, { id: 'ticket.error.number-invalid' });
    }
    case 'reason-missing':
      return msg('Choose a reason.', { id: 'ticket.error.reason-missing' });
    case 'message-missing':
      return msg('Tell us what is wrong.', { id: 'ticket.error.message-missing' });
    case 'message-too-long': {
      const max = formatCount(TICKET_MESSAGE_MAX, locale);
      const length = formatCount([...draft.message.trim()].length, locale);
      return msg(str`Use at most ${max} characters (this message has ${length}).`, { id: 'ticket.error.message-too-long' });
    }
  }
}
