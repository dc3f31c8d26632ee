import { InvoiceGrid } from '../components/invoice-grid/invoice-grid.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('invoice-grid', InvoiceGrid);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-grid': InvoiceGrid;
  }
}

export { InvoiceGrid };
