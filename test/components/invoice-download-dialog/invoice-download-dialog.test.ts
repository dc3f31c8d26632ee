import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unzipSync } from 'fflate';
import '../../../src/define/invoice-download-dialog.js';
import type { InvoiceDownloadDialog } from '../../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { InvoiceAdapterError } from '../../../src/data/errors.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { sampleDocumentContent, seedInvoices } from '../../../src/data/sample.js';
import type { FetchDocumentOptions, Invoice, InvoiceDataAdapter, InvoiceDocument } from '../../../src/data/types.js';
import type { InvoiceDownloadCompleteDetail, InvoiceErrorDetail } from '../../../src/events/invoice-events.js';
import { lineageAdapter, lineageInvoices, slowDownloadsAdapter } from '../../../stories/fixtures.js';
import { setLocale } from '../../../src/localization.js';
import { accessibleName, deepActiveElement, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

/** A day inside the retention period of October 2020's documents. */
const TODAY = new Date(2021, 0, 15);

interface Saved {
  blob: Blob;
  fileName: string;
}

function saver(): { saved: Saved[]; next: () => Promise<Saved>; save: (blob: Blob, fileName: string) => void } {
  const saved: Saved[] = [];
  let waiting: ((s: Saved) => void) | undefined;
  return {
    saved,
    next: () => new Promise<Saved>((resolve) => (saved.length ? resolve(saved[saved.length - 1] as Saved) : (waiting = resolve))),
    save: (blob, fileName) => {
      const entry = { blob, fileName };
      saved.push(entry);
      waiting?.(entry);
      waiting = undefined;
    },
  };
}

async function openDialog(
  options: {
    adapter?: InvoiceDataAdapter;
    invoice?: Invoice;
    invoices?: Invoice[];
    today?: Date | undefined;
    save?: (b: Blob, n: string) => void;
  } = {},
): Promise<InvoiceDownloadDialog> {
  const el = await fixture<InvoiceDownloadDialog>(
    html`<invoice-download-dialog billing-contact="billing@colt.example"></invoice-download-dialog>`,
  );
  el.adapter = options.adapter ?? lineageAdapter();
  if (options.invoices) el.invoices = options.invoices;
  else el.invoice = options.invoice ?? (lineageInvoices()[0] as Invoice);
  el.today = 'today' in options ? options.today : TODAY;
  if (options.save) el.saveFile = options.save;
  el.show();
  await el.updateComplete;
  await el.documentsSettled;
  await el.updateComplete;
  return el;
}

const dialogOf = (el: InvoiceDownloadDialog) => el.shadowRoot!.querySelector('dialog') as HTMLDialogElement;
const checkbox = (el: InvoiceDownloadDialog, name: string | RegExp) => getByRole<HTMLInputElement>(el, 'checkbox', name);
const button = (el: InvoiceDownloadDialog, name: string | RegExp) => getByRole<HTMLButtonElement>(el, 'button', name);

async function choose(el: InvoiceDownloadDialog, ...names: Array<string | RegExp>): Promise<void> {
  for (const name of names) checkbox(el, name).click();
  await el.updateComplete;
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

function docById(id: string): InvoiceDocument {
  for (const invoice of lineageInvoices())
    for (const doc of invoice.documents ?? [])
      if (doc.id === id) return { ...doc, invoiceNumber: doc.invoiceNumber ?? invoice.invoiceNumber };
  throw new Error(`no document ${id}`);
}

describe('<invoice-download-dialog>', () => {
  it('opens by keyboard from a button, keeps focus inside, closes on Escape and gives focus back', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="opener">Documents</button>
        <invoice-download-dialog></invoice-download-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('invoice-download-dialog') as InvoiceDownloadDialog;
    el.adapter = lineageAdapter();
    el.invoice = lineageInvoices()[0] as Invoice;
    el.today = TODAY;
    const opener = wrapper.querySelector('#opener') as HTMLButtonElement;
    opener.addEventListener('click', () => el.show());
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.documentsSettled;
    await el.updateComplete;

    const dialog = dialogOf(el);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(accessibleName(dialog)).to.equal('Download');
    expect(dialog.contains(deepActiveElement())).to.equal(true);

    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(dialog.contains(active), `Tab ${i + 1} left the dialog for ${active?.outerHTML}`).to.equal(true);
    }
    // And backwards (Shift held with down/up: the Firefox driver knows no "Shift+Tab" chord).
    await sendKeys({ down: 'Shift' });
    try {
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        expect(dialog.contains(active), `Shift+Tab ${i + 1} left the dialog for ${active?.outerHTML}`).to.equal(true);
      }
    } finally {
      await sendKeys({ up: 'Shift' });
    }

    await sendKeys({ press: 'Escape' });
    await until(() => !el.open, 'dialog closes on Escape');
    expect(dialog.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(deepActiveElement()).to.equal(opener);
  });

  it('groups the documents of an invoice with its reissue and credit note', async () => {
    const el = await openDialog();
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Download');
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Invoice', 'Call data records (CDR)', 'Universal number list', 'Other reports']);

    const invoiceGroup = el.shadowRoot!.querySelector('fieldset[data-group="invoice"]')!;
    expect(queryAllByRole(invoiceGroup, 'checkbox').map(accessibleName)).to.deep.equal([
      'Invoice 2202008003470 Monthly invoice',
      'Invoice 2202008003470-1 Reissue 1',
      'Credit note 2202008003470CN',
    ]);
    const cdr = checkbox(el, /^Call data records/);
    const meta = el.shadowRoot!.getElementById(cdr.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ');
    expect(meta).to.match(/2202008003470_CDR_2020-10\.csv/);
    expect(meta).to.match(/\d(\.\d)? (MB|kB)/);
    expect(meta).to.contain('Available until Oct 31, 2021');
    const report = checkbox(el, /^Usage summary report/);
    expect(el.shadowRoot!.getElementById(report.getAttribute('aria-describedby')!)!.textContent).to.contain('Available until Oct 31, 2027');
    expect(el.shadowRoot!.querySelector('[part~="subtitle"]')!.textContent).to.equal('Invoice 2202008003470, October 2020');
  });

  it('marks documents past the retention period as removed, and shows the notice with a mailto link', async () => {
    const el = await openDialog({ today: new Date(2026, 10, 25) });
    const cdr = checkbox(el, /^Call data records/);
    expect(cdr.disabled).to.equal(true);
    expect(el.shadowRoot!.getElementById(cdr.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'Removed after the retention period, which ended on Oct 31, 2021',
    );
    expect(checkbox(el, /^Usage summary report/).disabled).to.equal(false);
    const notice = el.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain('Invoices from May 2020 onwards can be downloaded.');
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain('removed from the portal 12 months after their billing month');
    const link = getByRole<HTMLAnchorElement>(el, 'link', 'billing@colt.example');
    expect(link.getAttribute('href')).to.equal('mailto:billing@colt.example');
  });

  it('uses the billing contact of the invoice’s legal entity, and shows a non-address as text', async () => {
    const el = await openDialog();
    el.billingContacts = { JP: 'jp-billing@colt.example' };
    await el.updateComplete;
    expect(getByRole(el, 'link', 'jp-billing@colt.example').getAttribute('href')).to.equal('mailto:jp-billing@colt.example');
    el.billingContacts = { JP: 'javascript:alert(1)//@x.com' };
    await el.updateComplete;
    expect(queryAllByRole(el, 'link')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('javascript:alert(1)//@x.com');
  });

  it('downloads one chosen file directly', async () => {
    const { save, next } = saver();
    const el = await openDialog({ save });
    const request = oneEvent(el, 'invoice-download-request');
    const complete = oneEvent(el, 'invoice-download-complete');
    await choose(el, /^Invoice 2202008003470-1/);
    button(el, 'Download selected').click();
    const req = await request;
    expect(req.detail.mode).to.equal('single');
    expect(req.detail.documents.map((d: InvoiceDocument) => d.id)).to.deep.equal(['seed-4-r1-invoice']);
    const saved = await next();
    expect(saved.fileName).to.equal('2202008003470-1.pdf');
    const expected = sampleDocumentContent(docById('seed-4-r1-invoice'));
    expect(await bytesOf(saved.blob)).to.deep.equal(await bytesOf(expected));
    const done = await complete;
    expect(done.detail).to.deep.include({ fileName: '2202008003470-1.pdf' });
    expect(done.detail.failed).to.deep.equal([]);
  });

  it('bundles several files into one ZIP whose entries are the documents', async () => {
    const { save, next } = saver();
    const el = await openDialog({ save });
    await choose(el, 'Select all available');
    expect(el.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.match(/^6 selected/);
    const complete = oneEvent(el, 'invoice-download-complete');
    button(el, 'Download selected').click();
    const saved = await next();
    expect(saved.fileName).to.equal('2202008003470-documents.zip');
    expect(saved.blob.type).to.equal('application/zip');
    const entries = unzipSync(await bytesOf(saved.blob));
    const ids = ['seed-4-invoice', 'seed-4-r1-invoice', 'seed-4-cn-doc', 'seed-4-cdr', 'seed-4-unl', 'seed-4-report-1'];
    expect(Object.keys(entries).sort()).to.deep.equal(ids.map((id) => docById(id).fileName).sort());
    for (const id of ids) {
      const doc = docById(id);
      expect(entries[doc.fileName], doc.fileName).to.deep.equal(await bytesOf(sampleDocumentContent(doc)));
    }
    const done = await complete;
    expect(done.detail.documents).to.have.length(6);
    expect(done.detail.fileName).to.equal('2202008003470-documents.zip');
  });

  it('survives a failing document: the rest still download, Retry fetches it, then the ZIP is saved', async () => {
    const base = lineageAdapter();
    let cdrAttempts = 0;
    const adapter: InvoiceDataAdapter = {
      listInvoices: (q, o) => base.listInvoices(q, o),
      countByStatus: (q, o) => base.countByStatus(q, o),
      listDocuments: (i, o) => base.listDocuments(i, o),
      async fetchDocument(document: InvoiceDocument, options?: FetchDocumentOptions) {
        if (document.kind === 'cdr' && ++cdrAttempts === 1) throw new InvoiceAdapterError('network', 'Connection reset.');
        return base.fetchDocument(document, options);
      },
    };
    const { save, saved, next } = saver();
    const el = await openDialog({ adapter, save });
    const errors: InvoiceErrorDetail[] = [];
    el.addEventListener('invoice-error', (e) => errors.push(e.detail));
    await choose(el, /^Invoice 2202008003470 /, /^Call data records/, /^Universal number list/);
    button(el, 'Download selected').click();
    const retry = await (async () => {
      await until(() => queryAllByRole(el, 'button', /^Retry/).length === 1, 'a Retry button for the failed file');
      return getByRole<HTMLButtonElement>(el, 'button', /^Retry/);
    })();
    expect(accessibleName(retry)).to.equal('Retry Call data records (CDR)');
    // The others carry on; the archive waits for the failed file.
    await until(
      () => /could not be downloaded/.test(el.shadowRoot!.querySelector('[part~="summary"]')!.textContent!),
      'the other files arrive',
    );
    await el.updateComplete;
    expect(saved).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="file-done"]')).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.contain('1 file could not be downloaded');
    expect(el.shadowRoot!.querySelector('[part~="file-error"]')!.textContent).to.equal(
      'The billing service could not be reached. Check your connection.',
    );
    expect(errors.map((e) => e.kind)).to.deep.equal(['download']);
    expect(button(el, 'Save ZIP without failed files')).to.exist;

    const complete = oneEvent(el, 'invoice-download-complete');
    retry.click();
    const zip = await next();
    const entries = unzipSync(await bytesOf(zip.blob));
    expect(Object.keys(entries).sort()).to.deep.equal([
      '2202008003470.pdf',
      '2202008003470_CDR_2020-10.csv',
      '2202008003470_UNL_2020-10.csv',
    ]);
    expect(entries['2202008003470_CDR_2020-10.csv']).to.deep.equal(await bytesOf(sampleDocumentContent(docById('seed-4-cdr'))));
    expect((await complete).detail.failed).to.deep.equal([]);
    expect(cdrAttempts).to.equal(2);
  });

  it('can save the ZIP without the files that keep failing', async () => {
    const base = lineageAdapter();
    const adapter: InvoiceDataAdapter = {
      listInvoices: (q, o) => base.listInvoices(q, o),
      countByStatus: (q, o) => base.countByStatus(q, o),
      listDocuments: (i, o) => base.listDocuments(i, o),
      async fetchDocument(document: InvoiceDocument, options?: FetchDocumentOptions) {
        if (document.kind === 'universal-number-list') throw new InvoiceAdapterError('server', 'Boom.');
        return base.fetchDocument(document, options);
      },
    };
    const { save, next } = saver();
    const el = await openDialog({ adapter, save });
    await choose(el, /^Invoice 2202008003470 /, /^Universal number list/);
    const complete = oneEvent(el, 'invoice-download-complete');
    button(el, 'Download selected').click();
    await until(() => queryAllByRole(el, 'button', 'Save ZIP without failed files').length === 1, 'the save-without button');
    button(el, 'Save ZIP without failed files').click();
    const zip = await next();
    expect(Object.keys(unzipSync(await bytesOf(zip.blob)))).to.deep.equal(['2202008003470.pdf']);
    const detail: InvoiceDownloadCompleteDetail = (await complete).detail;
    expect(detail.failed.map((d) => d.id)).to.deep.equal(['seed-4-unl']);
  });

  it('refuses a javascript: document URL with a clear message and fetches nothing', async () => {
    const invoice: Invoice = {
      ...(seedInvoices()[3] as Invoice),
      documents: [
        {
          id: 'evil',
          kind: 'invoice',
          name: 'Invoice',
          fileName: 'invoice.pdf',
          mimeType: 'application/pdf',
          url: 'javascript:alert(document.domain)',
        },
      ],
    };
    const adapter = new InMemoryInvoiceAdapter([invoice], { documentContent: sampleDocumentContent });
    let fetched = 0;
    const inner = adapter.fetchDocument.bind(adapter);
    adapter.fetchDocument = (d, o) => {
      fetched++;
      return inner(d, o);
    };
    const { save, saved } = saver();
    const el = await openDialog({ adapter, invoice, save });
    const error = oneEvent(el, 'invoice-error');
    await choose(el, /^Invoice/);
    button(el, 'Download selected').click();
    const detail = (await error).detail;
    expect(detail.kind).to.equal('download');
    expect(detail.message).to.equal('This document link is not safe to open, so it was refused.');
    expect(detail.retryable).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="file-error"]')!.textContent).to.equal(
      'This document link is not safe to open, so it was refused.',
    );
    expect(queryAllByRole(el, 'button', /^Retry/)).to.have.length(0);
    expect(fetched).to.equal(0);
    expect(saved).to.have.length(0);
  });

  it('lets the host take over the download by cancelling the request', async () => {
    const { save, saved } = saver();
    const el = await openDialog({ save });
    el.addEventListener('invoice-download-request', (e) => e.preventDefault());
    await choose(el, /^Invoice 2202008003470 /);
    button(el, 'Download selected').click();
    await new Promise((r) => setTimeout(r, 50));
    expect(saved).to.have.length(0);
  });

  it('cancels a download in progress', async () => {
    const { save, saved } = saver();
    const el = await openDialog({ adapter: slowDownloadsAdapter(), save });
    await choose(el, /^Invoice 2202008003470 /, /^Call data records/);
    button(el, 'Download selected').click();
    await until(() => el.shadowRoot!.querySelectorAll('progress[part~="file-progress"]').length > 0, 'per-file progress');
    await expectNoAxeViolations(el);
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.contain('Download cancelled.');
    await new Promise((r) => setTimeout(r, 300));
    expect(saved).to.have.length(0);
    expect(button(el, 'Download selected').disabled).to.equal(false);
  });

  it('shows a load error with Retry that lists the documents again', async () => {
    const base = lineageAdapter();
    let calls = 0;
    const adapter: InvoiceDataAdapter = {
      listInvoices: (q, o) => base.listInvoices(q, o),
      countByStatus: (q, o) => base.countByStatus(q, o),
      listDocuments: (i, o) => (++calls === 1 ? Promise.reject(new InvoiceAdapterError('network', 'down')) : base.listDocuments(i, o)),
      fetchDocument: (d, o) => base.fetchDocument(d, o),
    };
    const el = await openDialog({ adapter });
    expect(getByRole(el, 'alert').textContent).to.contain('could not be reached');
    button(el, 'Retry').click();
    await el.documentsSettled;
    await el.updateComplete;
    expect(queryAllByRole(el, 'checkbox').length).to.be.greaterThan(3);
  });

  it('lists each selected invoice under its own heading', async () => {
    const seed = seedInvoices();
    const el = await openDialog({ adapter: lineageAdapter(), invoices: [seed[0] as Invoice, lineageInvoices()[1] as Invoice] });
    expect(el.shadowRoot!.querySelector('[part~="subtitle"]')!.textContent).to.equal('2 invoices');
    const headings = [...el.shadowRoot!.querySelectorAll('h2, h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Download', 'Invoice 2202008003468, May 2020', 'Invoice 2202008003470-1, October 2020']);
  });

  it('names the ZIP after download-name, and opens from the open attribute', async () => {
    const { save, next } = saver();
    const el = await fixture<InvoiceDownloadDialog>(
      html`<invoice-download-dialog
        download-name="October documents"
        .adapter=${lineageAdapter()}
        .invoice=${lineageInvoices()[0]}
        .today=${TODAY}
        .saveFile=${save}
        open
      ></invoice-download-dialog>`,
    );
    await el.documentsSettled;
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    await choose(el, /^Invoice 2202008003470 /, /^Credit note/);
    button(el, 'Download selected').click();
    expect((await next()).fileName).to.equal('October documents.zip');
  });

  it('says why documents before the first downloadable month cannot be chosen', async () => {
    const april: Invoice = { ...(seedInvoices()[0] as Invoice), billingMonth: '2020-04' };
    const el = await openDialog({ adapter: new InMemoryInvoiceAdapter([april]), invoice: april, today: new Date(2020, 5, 1) });
    const box = checkbox(el, /^Invoice/);
    expect(box.disabled).to.equal(true);
    expect(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'Not available: only documents from May 2020 on can be downloaded',
    );
    expect(button(el, 'Download selected').disabled).to.equal(true);
  });

  it('has no axe violations, listing and downloading', async () => {
    const el = await openDialog({ save: () => undefined });
    await expectNoAxeViolations(el);
    el.invoices = [seedInvoices()[0] as Invoice, lineageInvoices()[1] as Invoice];
    await el.updateComplete;
    await el.documentsSettled;
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});

describe('<invoice-download-dialog> document names', () => {
  afterEach(() => setLocale('en'));

  it('shows default names in the active language and keeps names of their own as given', async () => {
    await setLocale('ja');
    const invoice = lineageInvoices()[0] as Invoice;
    const documents: InvoiceDocument[] = [
      { id: 'a', kind: 'invoice', name: 'Invoice', fileName: 'a.pdf', mimeType: 'application/pdf' },
      { id: 'b', kind: 'cdr', name: ' call  data records (CDR) ', fileName: 'b.csv', mimeType: 'text/csv' },
      { id: 'c', kind: 'universal-number-list', name: '', fileName: 'c.csv', mimeType: 'text/csv' },
      { id: 'd', kind: 'report', name: 'Usage summary report', fileName: 'd.csv', mimeType: 'text/csv' },
      { id: 'e', kind: 'invoice', name: 'Invoice (corrected copy)', fileName: 'e.pdf', mimeType: 'application/pdf' },
    ];
    const adapter = new InMemoryInvoiceAdapter([{ ...invoice, documents }]);
    const el = await openDialog({ adapter, invoice: { ...invoice, documents } });
    const names = [...el.shadowRoot!.querySelectorAll('[part~="document-name"]')].map((n) => n.textContent?.replace(/\s+/g, ' ').trim());
    expect(names.some((n) => n?.startsWith('請求書'))).to.be.true;
    expect(names.some((n) => n?.startsWith('コールデータ'))).to.be.true;
    expect(names.some((n) => n?.startsWith('ユニバーサル'))).to.be.true;
    expect(names.some((n) => n?.startsWith('Usage summary report'))).to.be.true;
    expect(names.some((n) => n?.startsWith('Invoice (corrected copy)'))).to.be.true;
    expect(names.some((n) => n?.startsWith('Invoice') && !n.startsWith('Invoice (corrected'))).to.be.false;
  });
});
