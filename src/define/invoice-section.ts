import { InvoiceSection } from '../components/invoice-section/invoice-section.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('invoice-section', InvoiceSection);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-section': InvoiceSection;
  }
}

export { InvoiceSection };
