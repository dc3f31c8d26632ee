import { BillingSummary } from '../components/billing-summary/billing-summary.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('billing-summary', BillingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'billing-summary': BillingSummary;
  }
}

export { BillingSummary };
