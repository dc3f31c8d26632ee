import type { TicketReason } from '../data/billing-types.js';
import type { Invoice } from '../data/types.js';

/**
 * `invoice-ticket-request` (cancelable): the ticket form was sent. The portal receives what
 * the customer entered; prevent the event to take the ticket over (the form closes and
 * raises nothing itself). Not prevented, the form sends it through `adapter.raiseTicket`,
 * or says that tickets cannot be raised here when the adapter has none.
 */
export interface InvoiceTicketRequestDetail {
  /** The invoice, when the form was opened for one. */
  invoice?: Invoice;
  /** The invoice number the ticket is about. */
  invoiceNumber: string;
  reason: TicketReason;
  /** The customer's message (may be empty unless the reason is `other`). */
  message: string;
}

/** `invoice-ticket-complete`: `adapter.raiseTicket` accepted the ticket. */
export interface InvoiceTicketCompleteDetail extends InvoiceTicketRequestDetail {
  /** The reference the billing service gave the ticket. */
  reference: string;
}

/** `invoice-open-detail`: a row asks for its detail panel ("View details", Enter on the row). */
export interface InvoiceOpenDetailDetail {
  invoice: Invoice;
}

/** `invoice-open-ticket`: "Raise ticket" asks for the ticket form of one invoice. */
export interface InvoiceOpenTicketDetail {
  invoice: Invoice;
}
