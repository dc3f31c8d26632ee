// <invoice-detail> is a small shell: its panel's content and behaviour (the loads, the PDF
// preview, the actions) load with import() the first time it opens, or when the page is idle.
// Opening it before then shows the whole panel once they are there, with its data loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/invoice-detail.js';
import type { InvoiceDetail } from '../../../src/components/invoice-detail/invoice-detail.component.js';
import type { Invoice } from '../../../src/data/types.js';
import { deepActiveElement, waitFor } from '../../helpers/dom.js';
import { DETAIL_TODAY, detailAdapter, detailInvoices } from '../../helpers/detail-fixtures.js';

performance.setResourceTimingBufferSize(10_000);
const loaded = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

describe('<invoice-detail> loaded on first use', () => {
  it('opens from show() made before its panel has loaded, with its data, focus in the panel', async () => {
    expect(loaded('/invoice-detail/detail-panel'), 'panel code loaded before').to.equal(false);
    expect(loaded('/invoice-detail/pdf-preview-controller'), 'not part of the first load').to.equal(false);
    const el = await fixture<InvoiceDetail>(html`<invoice-detail today=${DETAIL_TODAY}></invoice-detail>`);
    el.adapter = detailAdapter();
    expect(el.previewState).to.equal('none');
    el.show(detailInvoices()[1] as Invoice);
    await el.loaded;
    await el.updateComplete;
    expect(loaded('/invoice-detail/detail-panel')).to.equal(true);
    const dialog = el.shadowRoot!.querySelector('dialog') as HTMLDialogElement;
    await waitFor(() => dialog.open, 'the panel shown');
    expect(el.shadowRoot!.querySelector('#title')?.textContent).to.contain(detailInvoices()[1]!.invoiceNumber);
    expect(el.shown?.invoiceNumber).to.equal(detailInvoices()[1]!.invoiceNumber);
    expect(el.shadowRoot!.querySelector('[part~="documents"]'), 'documents listed').to.exist;
    await waitFor(() => el.shadowRoot!.contains(deepActiveElement()), 'focus in the panel');
    el.close();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('adds nothing to the page for a panel never opened, once its code has loaded', async () => {
    // The first test loaded the panel's code: a new element has it at hand when it updates.
    const added: string[] = [];
    const original = document.addEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      added.push(type);
      return (original as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    try {
      const el = await fixture<InvoiceDetail>(html`<invoice-detail today=${DETAIL_TODAY}></invoice-detail>`);
      el.adapter = detailAdapter();
      el.invoice = detailInvoices()[1] as Invoice;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(added, 'listeners added to the document').to.deep.equal([]);
      expect(el.previewState).to.equal('none');
    } finally {
      document.addEventListener = original;
    }
  });
});
