import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/invoice-download-dialog.js';
import '../../src/define/invoice-grid.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice, InvoiceDocument } from '../../src/data/types.js';
import { deepText, waitFor } from '../helpers/dom.js';

/** Dates and numbers at the edges, as the elements show them (issue 23, item 6). */
describe('values at the edges in the elements', () => {
  it('never shows a document of 0020-10-31 as "ended on Oct 31, 1920"', async () => {
    const invoice = { ...(seedInvoices()[3] as Invoice), id: 'edge' };
    const documents: InvoiceDocument[] = [
      { id: 'd1', kind: 'invoice', name: 'Invoice', fileName: 'a.pdf', mimeType: 'application/pdf', availableUntil: '0020-10-31' },
      { id: 'd2', kind: 'cdr', name: 'CDR', fileName: 'b.csv', mimeType: 'text/csv', availableUntil: '0099-12-31T00:00:00Z' },
    ];
    const adapter = new InMemoryInvoiceAdapter([{ ...invoice, documents }]);
    const dialog = await fixture<InvoiceDownloadDialog>(html`<invoice-download-dialog .adapter=${adapter}></invoice-download-dialog>`);
    dialog.invoice = { ...invoice, documents };
    dialog.show();
    await dialog.updateComplete;
    await dialog.documentsSettled;
    await dialog.updateComplete;
    const text = deepText(dialog.shadowRoot!).replace(/\s+/g, ' ');
    expect(text).not.to.match(/19[29]\d|, 20\b|, 99\b/);
    expect(text).to.contain('Removed after the retention period');
    dialog.close();
  });

  it('shows an amount of -0 as ¥0 in the grid', async () => {
    const rows = [{ ...(seedInvoices()[3] as Invoice), id: 'zero', amount: -0 }];
    const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${new InMemoryInvoiceAdapter(rows)}></invoice-grid>`);
    await waitFor(() => deepText(grid).includes('2202008003470'), 'the row');
    const text = deepText(grid);
    expect(text).to.contain('¥0');
    expect(text).not.to.contain('-¥0');
  });
});
