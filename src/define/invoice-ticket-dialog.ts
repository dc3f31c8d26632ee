import { InvoiceTicketDialog } from '../components/invoice-ticket-dialog/invoice-ticket-dialog.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('invoice-ticket-dialog', InvoiceTicketDialog);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-ticket-dialog': InvoiceTicketDialog;
  }
}

export { InvoiceTicketDialog };
