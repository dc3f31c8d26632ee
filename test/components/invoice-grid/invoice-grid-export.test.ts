import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define/invoice-download-dialog.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceExportDetail } from '../../../src/events/invoice-events.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { getByRole, until } from '../../helpers/dom.js';
import { dataRows, gridFixture, settle } from '../../helpers/grid.js';

interface Saved {
  fileName: string;
  text: string;
}

function capture(el: InvoiceGrid): Saved[] {
  const saved: Saved[] = [];
  el.saveFile = async (blob, fileName) => {
    saved.push({ fileName, text: (await blob.text()).replace(/^\uFEFF/, '') });
  };
  return saved;
}

const csvLines = (text: string) => text.split(/\r?\n/).filter(Boolean);

describe('<invoice-grid> export', () => {
  it('"Export to Excel" offers format and scope, then writes the page as CSV with the visible columns', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()));
    const saved = capture(el);
    const button = getByRole(el, 'button', 'Export to Excel');
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    getByRole<HTMLInputElement>(el, 'radio', 'CSV').click();
    getByRole<HTMLInputElement>(el, 'radio', 'This page').click();
    expect(getByRole<HTMLInputElement>(el, 'radio', 'Selected rows (0)').disabled).to.equal(true);
    const events: string[] = [];
    el.addEventListener('invoice-export-request', (e) => events.push(`request ${e.detail.format} ${e.detail.scope}`));
    const complete = oneEvent(el, 'invoice-export-complete');
    getByRole(el, 'button', 'Export').click();
    const detail = ((await complete) as CustomEvent<InvoiceExportDetail>).detail;
    expect(events).to.deep.equal(['request csv page']);
    expect(detail).to.deep.include({ format: 'csv', scope: 'page', rowCount: 5 });
    await until(() => saved.length === 1, 'file saved');
    expect(saved[0]!.fileName).to.match(/\.csv$/);
    const lines = csvLines(saved[0]!.text);
    expect(lines[0]).to.equal(
      'Month,Invoice number,Amount,Customer name,Customer number (OCN),Customer number (BCN),Billing entity,Status',
    );
    expect(lines).to.have.length(6);
    // Newest billing month first: October 2020.
    expect(lines[1]).to.contain('2202008003470');
  });

  it('a prevented invoice-export-request writes nothing', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()));
    const saved = capture(el);
    el.addEventListener('invoice-export-request', (e) => e.preventDefault());
    let completed = false;
    el.addEventListener('invoice-export-complete', () => (completed = true));
    await el.exportTo('csv', 'all');
    expect(saved).to.have.length(0);
    expect(completed).to.equal(false);
  });

  it('exports the selection, or every matching row fetched from the adapter', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(generateInvoices(60, { seed: 9 })), { pageSize: 10 });
    const saved = capture(el);
    dataRows(el)[1]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    dataRows(el)[4]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle(el);
    await el.exportTo('csv', 'selected');
    expect(csvLines(saved[0]!.text)).to.have.length(3);
    await el.exportTo('csv', 'all');
    expect(csvLines(saved[1]!.text)).to.have.length(61);
  });

  it('opens its own download dialog for a row when nobody prevents invoice-open-documents', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(seedInvoices()));
    getByRole(el, 'button', 'Invoice, 2 reports').click();
    await settle(el);
    const dialog = el.shadowRoot!.querySelector('invoice-download-dialog') as HTMLElement & {
      open: boolean;
      invoice?: { invoiceNumber: string };
    };
    expect(dialog).to.exist;
    expect(dialog.open).to.equal(true);
    expect(dialog.invoice!.invoiceNumber).to.equal('2202008003470');
    (dialog as unknown as { close(): void }).close();
  });
});
