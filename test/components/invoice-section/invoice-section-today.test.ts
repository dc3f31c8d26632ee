import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceDownloadDialog } from '../../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { queryAllByRole, until } from '../../helpers/dom.js';

/** The seed screen as it was shown: October 2020's invoice, a month later. */
const NOVEMBER_2020 = new Date('2020-11-20T12:00:00Z');

async function openOctober(today?: Date): Promise<InvoiceDownloadDialog> {
  const section = await fixture<InvoiceSection>(
    html`<invoice-section .adapter=${new InMemoryInvoiceAdapter(seedInvoices())} .today=${today}></invoice-section>`,
  );
  await section.updateComplete;
  const grid = section.shadowRoot!.querySelector('invoice-grid') as InvoiceGrid;
  await grid.updateComplete;
  grid.openDocuments([seedInvoices()[3]!]);
  const dialog = section.shadowRoot!.querySelector('invoice-download-dialog') as InvoiceDownloadDialog;
  await until(() => dialog.open && queryAllByRole(dialog, 'checkbox').length >= 3, 'the October documents listed');
  return dialog;
}

describe('<invoice-section> today', () => {
  it('judges documents against the day it is given: in November 2020 October 2020 can be downloaded', async () => {
    const dialog = await openOctober(NOVEMBER_2020);
    expect(dialog.today).to.equal(NOVEMBER_2020);
    const boxes = queryAllByRole(dialog, 'checkbox') as HTMLInputElement[];
    expect(boxes.filter((box) => box.disabled)).to.have.length(0);
  });

  it('judges them against the real today by default: years later they are removed', async () => {
    const dialog = await openOctober();
    expect(dialog.today).to.equal(undefined);
    const boxes = queryAllByRole(dialog, 'checkbox') as HTMLInputElement[];
    expect(boxes.every((box) => box.disabled)).to.equal(true);
  });
});
