import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/invoice-detail.js';
import '../../../src/define/invoice-ticket-dialog.js';
import type { InvoiceDetail } from '../../../src/components/invoice-detail/invoice-detail.component.js';
import type { TaxBreakdown } from '../../../src/data/billing-types.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import type { Invoice, InvoiceDataAdapter, InvoiceDocument } from '../../../src/data/types.js';
import { setLocale } from '../../../src/localization.js';
import { axeViolations } from '../../helpers/axe.js';
import { allByRole, byRole, deepActiveElement, deepQueryAll, deepText, queryByRole, waitFor } from '../../helpers/dom.js';
import { DETAIL_TODAY, JAPAN_TAX, detailAdapter, detailInvoices } from '../../helpers/detail-fixtures.js';

const reissue = () => detailInvoices()[1] as Invoice;

async function openDetail(
  invoice: Invoice = reissue(),
  adapter: InvoiceDataAdapter = detailAdapter(),
  opener?: HTMLElement,
): Promise<InvoiceDetail> {
  const el = await fixture<InvoiceDetail>(html`<invoice-detail today=${DETAIL_TODAY}></invoice-detail>`);
  el.adapter = adapter;
  el.show(invoice, opener);
  await el.updateComplete;
  await el.loaded;
  await el.updateComplete;
  return el;
}

const rowsOf = (table: Element) =>
  [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

function sectionTitled(el: Element, heading: string): HTMLElement {
  const found = deepQueryAll(el, '[part~="section-heading"]').find((h) => h.textContent!.trim() === heading);
  if (!found) throw new Error(`No block titled ${heading}`);
  return found.closest('.block') as HTMLElement;
}

describe('<invoice-detail>', () => {
  afterEach(() => setLocale('en'));

  it('opens as a modal panel named by its invoice, with amounts, dates and the overdue state', async () => {
    const el = await openDetail();
    const dialog = byRole(el, 'dialog', 'Invoice 2226090000500-1');
    expect((dialog as HTMLDialogElement).open).to.equal(true);
    const text = deepText(el);
    expect(text).to.contain('¥49,400').and.contain('Still to pay').and.contain('Due date').and.contain('Oct 31, 2026');
    expect(deepQueryAll(el, '[part~="payment-overdue"]')[0]!.textContent!.trim()).to.equal('Overdue by 20 days');
    expect(deepQueryAll(el, '[part~="status-open"]')).to.have.length(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('links the lineage in order (original → reissue → credit note), the shown one current; a link shows that invoice', async () => {
    const el = await openDetail();
    const lineage = sectionTitled(el, 'Invoice history');
    const links = allByRole<HTMLAnchorElement>(lineage, 'link');
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['2226090000500', '2226090000500-1', '2226090000500CN']);
    expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal(['false', 'true', 'false']);
    // Each link opens this page with the member's number (a section with sync-url shows its detail).
    expect(links.map((a) => new URL(a.href).searchParams.get('invoice'))).to.deep.equal([
      '2226090000500',
      '2226090000500-1',
      '2226090000500CN',
    ]);
    expect(deepText(lineage)).to.contain('Monthly invoice').and.contain('Reissue 1').and.contain('Credit note');
    links[2]!.click();
    await waitFor(() => el.invoice?.id === 'd-1-cn', 'the credit note shown');
    await el.loaded;
    await el.updateComplete;
    byRole(el, 'dialog', 'Invoice 2226090000500CN');
    expect((deepActiveElement() as HTMLElement).id).to.equal('title');
    const current = allByRole<HTMLAnchorElement>(sectionTitled(el, 'Invoice history'), 'link').find(
      (a) => a.getAttribute('aria-current') === 'true',
    );
    expect(current?.textContent!.trim()).to.equal('2226090000500CN');
  });

  it('builds lineage links with an injected formatter, and lets a modified click open a tab', async () => {
    const el = await openDetail();
    el.detailHref = (invoice) => `/billing/invoices/${encodeURIComponent(invoice.id)}`;
    await el.updateComplete;
    const link = byRole<HTMLAnchorElement>(el, 'link', '2226090000500');
    expect(link.getAttribute('href')).to.equal('/billing/invoices/d-1');
    // Whether the panel left the click alone is read after its handler ran; then the test page
    // stays where it is (WebKit follows a synthetic click on a link).
    let leftAlone: boolean | undefined;
    const after = (event: Event) => {
      leftAlone = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', after, { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    expect(leftAlone).to.equal(true);
    expect(el.invoice?.id).to.equal('d-1-r1');
  });

  it("shows Japan's consumption tax per rate with the qualified-invoice registration number", async () => {
    const el = await openDetail();
    const tax = sectionTitled(el, 'Consumption tax');
    expect(deepText(tax)).to.contain('Registration number (qualified invoice)').and.contain('T7010705000725');
    expect(rowsOf(tax.querySelector('table')!)).to.deep.equal([
      ['10%', '¥40,000', '¥4,000'],
      ['8% ※ reduced rate', '¥5,000', '¥400'],
      ['Total', '¥45,000', '¥4,400'],
    ]);
    expect(deepText(tax)).to.contain('Items marked ※ are charged at the reduced rate.');
    expect(tax.querySelector('[part~="tax-warning"]')).to.equal(null);
    const charges = sectionTitled(el, 'Charges');
    expect(rowsOf(charges.querySelector('table')!)).to.deep.equal([
      ['International Ethernet 1 Gbps', '1', '¥40,000', '10%', '¥40,000'],
      ['Refreshments for the site survey ※', '1', '¥5,000', '8%', '¥5,000'],
      ['Subtotal before tax', '¥45,000'],
    ]);
  });

  it('in Japanese, reads as a Japanese qualified invoice does', async () => {
    await setLocale('ja');
    const el = await openDetail();
    const tax = sectionTitled(el, '消費税');
    expect(deepText(tax)).to.contain('登録番号').and.contain('T7010705000725');
    expect(rowsOf(tax.querySelector('table')!)[1]).to.deep.equal(['8% ※軽減税率', '￥5,000', '￥400']);
    expect(deepText(tax)).to.contain('※は軽減税率対象品目です');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('warns about a registration number that fails its check digit, and about a missing one', async () => {
    const withTax = (tax: TaxBreakdown) => detailAdapter({ invoiceDetail: () => ({ tax }) });
    const wrong = await openDetail(reissue(), withTax({ ...JAPAN_TAX, registrationNumber: 'T8010705000725' }));
    const warning = deepQueryAll(sectionTitled(wrong, 'Consumption tax'), '[part~="tax-warning"]');
    expect(warning.map((w) => w.textContent!.trim())).to.deep.equal([
      'This is not a valid qualified-invoice registration number: T followed by 13 digits with a correct check digit.',
    ]);
    const missing = await openDetail(reissue(), withTax({ ...JAPAN_TAX, registrationNumber: undefined }));
    expect(deepText(sectionTitled(missing, 'Consumption tax'))).to.contain('not a qualified invoice');
  });

  it('shows Singapore GST, Korea VAT and Hong Kong’s none in their own words', async () => {
    const one = { rate: 0.09, taxableAmount: 100, taxAmount: 9 };
    const sg = await openDetail(
      { ...reissue(), currency: 'SGD', legalEntity: 'SG' },
      detailAdapter({ invoiceDetail: () => ({ tax: { jurisdiction: 'SG', registrationNumber: 'M2-8012345-6', lines: [one] } }) }),
    );
    const gst = sectionTitled(sg, 'GST');
    expect(deepText(gst)).to.contain('GST registration number').and.contain('M2-8012345-6');
    expect([...gst.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'GST rate',
      'Value excluding GST',
      'GST',
    ]);
    const kr = await openDetail(
      { ...reissue(), currency: 'KRW', legalEntity: 'KR' },
      detailAdapter({ invoiceDetail: () => ({ tax: { registrationNumber: '1234567891', lines: [{ ...one, rate: 0.1 }] } }) }),
    );
    const vat = sectionTitled(kr, 'VAT');
    expect(deepText(vat)).to.contain('Business registration number').and.contain('123-45-67891').and.contain('Supply value');
    const hk = await openDetail(
      { ...reissue(), currency: 'HKD', legalEntity: 'HK' },
      detailAdapter({ invoiceDetail: () => ({ tax: { jurisdiction: 'HK', lines: [] } }) }),
    );
    expect(deepText(sectionTitled(hk, 'Tax'))).to.contain('Hong Kong levies no sales tax or VAT');
  });

  it('shows the ticket reference of a disputed invoice', async () => {
    const el = await openDetail(detailInvoices()[3]);
    expect(deepText(el)).to.contain('Ticket reference').and.contain('BT-202610-00600');
    const open = await openDetail(reissue());
    expect(deepText(open)).to.not.contain('Ticket reference');
  });

  it('hides charges and tax with an adapter that gives no detail', async () => {
    const inner = detailAdapter();
    const plain: InvoiceDataAdapter = {
      listInvoices: (q, o) => inner.listInvoices(q, o),
      countByStatus: (q, o) => inner.countByStatus(q, o),
      listDocuments: (i, o) => inner.listDocuments(i, o),
      fetchDocument: (d, o) => inner.fetchDocument(d, o),
    };
    const { lineItems: _l, tax: _t, ...row } = reissue();
    const el = await openDetail(row, plain);
    expect(deepQueryAll(el, '[part~="tax"], [part~="line-items"]')).to.deep.equal([]);
    // The lineage still comes from listInvoices.
    expect(allByRole(sectionTitled(el, 'Invoice history'), 'link')).to.have.length(3);
  });

  describe('PDF preview', () => {
    it('shows the invoice PDF from a blob: URL fetched through the adapter, typed application/pdf', async () => {
      const fetched: string[] = [];
      const inner = detailAdapter();
      const adapter = Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, {
        fetchDocument: (d: InvoiceDocument, o: never) => {
          fetched.push(d.id);
          return inner.fetchDocument(d, o);
        },
      });
      const el = await openDetail(reissue(), adapter);
      await waitFor(() => el.previewState === 'ready', 'the preview');
      await el.updateComplete;
      expect(fetched).to.deep.equal(['d-1-r1-pdf']);
      const frame = deepQueryAll<HTMLIFrameElement>(el, 'iframe[part~="preview-frame"]')[0]!;
      expect(frame.title).to.equal('Invoice 2226090000500-1 (PDF)');
      expect(frame.src).to.match(/^blob:/);
      const blob = await (await fetch(frame.src.split('#')[0]!)).blob();
      expect(blob.type).to.equal('application/pdf');
      expect(await blob.slice(0, 5).text()).to.equal('%PDF-');
      const save = byRole<HTMLAnchorElement>(el, 'link', 'Save the PDF (48 kB)');
      expect(save.download).to.equal('2226090000500-1.pdf');
      // Closing lets the file go (WebKit may keep a revoked URL alive while its frame shows it,
      // so the revocation itself is what is checked).
      const url = frame.src.split('#')[0]!;
      const revoked: string[] = [];
      const revoke = URL.revokeObjectURL;
      URL.revokeObjectURL = (value: string) => {
        revoked.push(value);
        revoke.call(URL, value);
      };
      try {
        el.close();
        await el.updateComplete;
      } finally {
        URL.revokeObjectURL = revoke;
      }
      expect(revoked).to.include(url);
    });

    it('offers a link instead where the browser has no PDF viewer', async () => {
      Object.defineProperty(navigator, 'pdfViewerEnabled', { value: false, configurable: true });
      try {
        const el = await openDetail();
        await waitFor(() => el.previewState === 'fallback', 'the fallback');
        await el.updateComplete;
        expect(deepQueryAll(el, 'iframe')).to.deep.equal([]);
        expect(deepText(el)).to.contain('This browser cannot show the PDF here.');
        const link = byRole<HTMLAnchorElement>(el, 'link', 'Open the invoice PDF');
        expect(link.href).to.match(/^blob:/);
        expect(link.download).to.equal('2226090000500-1.pdf');
        expect(await axeViolations(el)).to.deep.equal([]);
      } finally {
        delete (navigator as { pdfViewerEnabled?: boolean }).pdfViewerEnabled;
      }
    });

    it('never frames a file that is not a PDF, whatever type the adapter gives it', async () => {
      const inner = detailAdapter();
      const adapter = Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, {
        fetchDocument: async () => new Blob(['<script>window.__framed = 1</script>'], { type: 'text/html' }),
      });
      const el = await openDetail(reissue(), adapter);
      await waitFor(() => el.previewState === 'not-pdf', 'the file refused');
      await el.updateComplete;
      expect(deepQueryAll(el, 'iframe')).to.deep.equal([]);
      expect(deepText(el)).to.contain('is not a PDF');
      expect((window as { __framed?: number }).__framed).to.equal(undefined);
    });

    it('a failed fetch says so, reports it, and Retry fetches again', async () => {
      let calls = 0;
      const inner = detailAdapter();
      const adapter = Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, {
        fetchDocument: (d: InvoiceDocument, o: never) => (++calls === 1 ? Promise.reject(new Error('offline')) : inner.fetchDocument(d, o)),
      });
      const errors: string[] = [];
      const el = await fixture<InvoiceDetail>(html`<invoice-detail today=${DETAIL_TODAY}></invoice-detail>`);
      el.addEventListener('invoice-error', (e) => errors.push(e.detail.kind));
      el.adapter = adapter;
      el.show(reissue());
      await waitFor(() => el.previewState === 'error', 'the failure');
      await el.loaded;
      await el.updateComplete;
      expect(errors).to.deep.equal(['preview']);
      expect(deepText(el)).to.contain('The PDF could not be loaded.');
      const retry = allByRole(sectionTitled(el, 'Preview'), 'button', 'Retry')[0]!;
      retry.click();
      await waitFor(() => el.previewState === 'ready', 'the preview after Retry');
    });
  });

  describe('keyboard and actions', () => {
    it('moves focus in, keeps Escape for closing, and returns focus to the opener', async () => {
      const opener = document.createElement('button');
      opener.textContent = 'View details';
      document.body.append(opener);
      opener.focus();
      try {
        const el = await openDetail(reissue(), detailAdapter(), opener);
        expect((deepActiveElement() as HTMLElement).getAttribute('aria-label')).to.equal('Close');
        await sendKeys({ press: 'Escape' });
        await waitFor(() => !el.open, 'the panel closed');
        expect(deepActiveElement()).to.equal(opener);
      } finally {
        opener.remove();
      }
    });

    it('"Raise ticket" fires invoice-action, then invoice-open-ticket, then opens the ticket form', async () => {
      const el = await openDetail();
      const events: string[] = [];
      el.addEventListener('invoice-action', (e) => events.push(`action ${e.detail.action}`));
      el.addEventListener('invoice-open-ticket', (e) => events.push(`open-ticket ${e.detail.invoice.invoiceNumber}`));
      byRole(el, 'button', 'Raise ticket').click();
      expect(events).to.deep.equal(['action raise-ticket', 'open-ticket 2226090000500-1']);
      const form = await waitFor(() => queryByRole(el, 'dialog', 'Raise a ticket'), 'the ticket form');
      await waitFor(() => deepText(form).includes('About invoice'), 'the form filled in');
      expect((form as HTMLDialogElement).open).to.equal(true);
      expect(deepText(form)).to.contain('About invoice 2226090000500-1');
    });

    it('lets a host take the actions over', async () => {
      const el = await openDetail();
      el.addEventListener('invoice-open-documents', (e) => e.preventDefault());
      const opened = oneEvent(el, 'invoice-open-documents');
      byRole(el, 'button', 'Download…').click();
      expect((await opened).detail.invoices.map((i) => i.id)).to.deep.equal(['d-1-r1']);
      expect(queryByRole(el, 'dialog', 'Download')).to.equal(null);
    });
  });

  it('renders as a region of the page with inline', async () => {
    const el = await fixture<InvoiceDetail>(
      html`<invoice-detail inline today=${DETAIL_TODAY} .adapter=${detailAdapter()} .invoice=${reissue()}></invoice-detail>`,
    );
    await el.loaded;
    await el.updateComplete;
    expect(deepQueryAll(el, 'dialog')).to.deep.equal([]);
    expect(deepQueryAll(el, 'section[part~="base"]')[0]!.getAttribute('aria-labelledby')).to.equal('title');
    expect(queryByRole(el, 'button', 'Close')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
