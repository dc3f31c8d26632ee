import { InvoiceDownloadDialog } from '../components/invoice-download-dialog/invoice-download-dialog.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('invoice-download-dialog', InvoiceDownloadDialog);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-download-dialog': InvoiceDownloadDialog;
  }
}

export { InvoiceDownloadDialog };
