import { InvoiceDetail } from '../components/invoice-detail/invoice-detail.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('invoice-detail', InvoiceDetail);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-detail': InvoiceDetail;
  }
}

export { InvoiceDetail };
