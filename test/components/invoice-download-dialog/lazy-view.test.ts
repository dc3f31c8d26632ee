// The dialog's content loads with import() on first use. Opening it before that has happened
// (a click in the page's first milliseconds) must still open it, focused, with its documents.
// This file's first test runs before anything has loaded the content in this page.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/invoice-download-dialog.js';
import type { InvoiceDownloadDialog } from '../../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import type { Invoice } from '../../../src/data/types.js';
import { lineageAdapter, lineageInvoices } from '../../../stories/fixtures.js';
import { accessibleName, deepActiveElement, getByRole, waitFor } from '../../helpers/dom.js';

// Room for every module of the test page in the resource timeline (250 entries by default).
performance.setResourceTimingBufferSize(10_000);
const viewLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('download-dialog-view'));

describe('invoice-download-dialog content loaded on first use', () => {
  it('opens from a click made before its content has loaded, focused and with its documents', async () => {
    expect(viewLoaded(), 'content loaded before the test').to.equal(false);
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <button type="button">Download…</button>
        <invoice-download-dialog></invoice-download-dialog>
      </div>
    `);
    const button = page.querySelector('button') as HTMLButtonElement;
    const el = page.querySelector('invoice-download-dialog') as InvoiceDownloadDialog;
    el.adapter = lineageAdapter();
    el.invoice = lineageInvoices()[0] as Invoice;
    el.today = new Date(2021, 0, 15);
    button.addEventListener('click', () => el.show(button));
    button.focus();
    button.click();

    // The click is not lost: once the content is there the dialog is open, titled and focused inside.
    await el.updateComplete;
    expect(viewLoaded(), 'content loaded on the click').to.equal(true);
    const dialog = getByRole(el.shadowRoot as ShadowRoot, 'dialog');
    expect((dialog as HTMLDialogElement).open).to.equal(true);
    expect(accessibleName(dialog)).to.equal('Download');
    expect(el.shadowRoot?.contains(deepActiveElement())).to.equal(true);
    await el.documentsSettled;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('[part~="document"]').length).to.be.greaterThan(0);
    // Styled by the content's styles: the backdrop dims the page and the dialog has its width.
    expect(getComputedStyle(dialog).display).to.equal('flex');

    await sendKeys({ press: 'Escape' });
    await waitFor(() => !el.open, 'closed by Escape');
    expect(deepActiveElement()).to.equal(button);
  });

  it('opens in the same frame once its content is preloaded', async () => {
    const el = await fixture<InvoiceDownloadDialog>(html`<invoice-download-dialog></invoice-download-dialog>`);
    await el.preload();
    // Opening now shows it in the same update: nothing is left to load.
    el.invoice = lineageInvoices()[0] as Invoice;
    el.adapter = lineageAdapter();
    el.open = true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect((el.shadowRoot?.querySelector('dialog') as HTMLDialogElement).open).to.equal(true);
    el.close();
  });
});
