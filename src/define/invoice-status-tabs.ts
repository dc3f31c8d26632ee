import { InvoiceStatusTabs } from '../components/invoice-status-tabs/invoice-status-tabs.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('invoice-status-tabs', InvoiceStatusTabs);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-status-tabs': InvoiceStatusTabs;
  }
}

export { InvoiceStatusTabs };
