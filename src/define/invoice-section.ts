import { InvoiceSection } from '../components/invoice-section/invoice-section.component.js';
import { defineElement } from '../internal/invoice-element.js';
// The section renders these by tag name.
import './invoice-status-tabs.js';
import './invoice-grid.js';
import './advanced-filter.js';
import './invoice-download-dialog.js';
import './billing-summary.js';
import './invoice-detail.js';
import './invoice-ticket-dialog.js';

defineElement('invoice-section', InvoiceSection);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-section': InvoiceSection;
  }
}

export { InvoiceSection };
