import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/billing-summary.js';
import '../../src/define/invoice-detail.js';
import '../../src/define/invoice-ticket-dialog.js';
import type { BillingSummary } from '../../src/components/billing-summary/billing-summary.component.js';
import type { InvoiceDetail } from '../../src/components/invoice-detail/invoice-detail.component.js';
import type { InvoiceTicketDialog } from '../../src/components/invoice-ticket-dialog/invoice-ticket-dialog.component.js';
import type { BillingSummaryData, InvoiceDetailData } from '../../src/data/billing-types.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { sampleDocumentContent } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import type { InvoiceTicketRequestDetail } from '../../src/events/invoice-events.js';
import { allByRole, byRole, deepQueryAll, deepText, settle, waitFor } from '../helpers/dom.js';
import { expectNoInjectedMarkup, watchPage } from '../helpers/guards.js';
import { XSS_PAYLOADS, hostileInvoice, setXssTrap, type XssTrap } from '../helpers/xss-payloads.js';

/**
 * The billing elements keep untrusted text as text (SPEC §5), as the other elements do:
 * every payload of the corpus in every text the summary, the detail panel and the ticket
 * form show; afterwards nothing has run, no element or attribute was made from data, and
 * the text reads back literally. Links a portal configures are refused unless http(s).
 */

const payloads = XSS_PAYLOADS.map((p) => p.text);
const FIRE_MS = 150;

async function expectInert(root: Element, trap: XssTrap): Promise<void> {
  await settle(FIRE_MS);
  expect(trap.count, 'payloads executed').to.equal(0);
  expect(trap.violations.map((v) => v.effectiveDirective)).to.deep.equal([]);
  expectNoInjectedMarkup(root);
}

/** A summary whose currency codes, months and figures come from a hostile backend. */
function hostileSummary(): BillingSummaryData {
  const sound = { amount: 1000, count: 1 };
  return {
    today: '2026-11-20',
    currencies: [
      { currency: 'JPY', outstanding: sound, overdue: sound, dueSoon: sound, paid: sound, spend: [{ month: '2026-11', ...sound }] },
      ...payloads.map((code, i) => ({
        currency: code,
        outstanding: { amount: i, count: 1 },
        overdue: { amount: i, count: 1 },
        dueSoon: { amount: 0, count: 0 },
        paid: { amount: 1, count: 1 },
        spend: [
          { month: code, amount: 5, count: 1 },
          { month: '2026-11', amount: i, count: 1 },
        ],
      })),
    ],
  };
}

/** The detail a hostile backend gives: payloads in every text of the charges and tax. */
function hostileDetail(payload: string): InvoiceDetailData {
  return {
    ticketReference: payload,
    lineItems: [{ description: payload, amount: 100, quantity: 1, unitPrice: 100, taxRate: 0.1, periodStart: payload, periodEnd: payload }],
    tax: {
      jurisdiction: 'JP',
      issuerName: payload,
      registrationNumber: payload,
      lines: [{ rate: 0.1, taxableAmount: 100, taxAmount: 10 }],
    },
  };
}

describe('XSS corpus: billing elements', () => {
  let trap: XssTrap;
  beforeEach(() => {
    trap = setXssTrap();
  });
  afterEach(() => trap.restore());

  it('<billing-summary>: hostile currency codes, months and heading are text; a javascript: page link is refused', async () => {
    const watch = watchPage();
    const adapter = Object.assign(new InMemoryInvoiceAdapter([]), { billingSummary: async () => hostileSummary() });
    const el = await fixture<BillingSummary>(
      html`<billing-summary today="2026-11-20" label=${payloads[0]} href="javascript:__xss++" .adapter=${adapter}></billing-summary>`,
    );
    await el.loaded;
    await el.updateComplete;
    await expectInert(el, trap);
    const text = deepText(el);
    const missing = payloads.filter((payload) => !text.includes(payload));
    expect(missing, 'payloads not shown literally').to.deep.equal([]);
    // Only the sound currency's figures are links; the page link configured was refused.
    const links = allByRole<HTMLAnchorElement>(el, 'link');
    expect(links).to.have.length(4);
    for (const link of links) expect(link.getAttribute('href')).to.match(/^\?f\.v=1&f\.currency=JPY&/);
    await watch.expectClean();
  });

  it('<invoice-detail>: payloads in the invoice, its lineage, documents, charges and tax are text', async () => {
    const watch = watchPage();
    for (const [index, payload] of payloads.entries()) {
      const invoice: Invoice = { ...hostileInvoice(payload, index), status: 'disputed', legalEntity: 'JP', dueDate: '2026-10-31' };
      const adapter = new InMemoryInvoiceAdapter([invoice], {
        documentContent: sampleDocumentContent,
        invoiceDetail: () => hostileDetail(payload),
      });
      const el = await fixture<InvoiceDetail>(html`<invoice-detail no-preview today="2026-11-20" .adapter=${adapter}></invoice-detail>`);
      el.detailHref = () => 'javascript:__xss++';
      el.show(invoice);
      await el.updateComplete;
      await el.loaded;
      await el.updateComplete;
      const text = deepText(el);
      // Number, customer, OCN, BCN, entity, ticket reference, line item, issuer, registration number.
      expect(text.split(payload).length - 1, payload).to.be.at.least(8);
      for (const link of allByRole<HTMLAnchorElement>(el, 'link')) expect(link.getAttribute('href'), payload).to.match(/^\?(.*&)?invoice=/);
      expectNoInjectedMarkup(el);
      el.close();
    }
    await settle(FIRE_MS);
    expect(trap.count, 'payloads executed').to.equal(0);
    expect(trap.violations.map((v) => v.effectiveDirective)).to.deep.equal([]);
    await watch.expectClean();
  });

  it('<invoice-detail>: the preview frames only a blob: PDF, even for a document with a hostile name and URL', async () => {
    const invoice = hostileInvoice(payloads[1]!, 1);
    const adapter = new InMemoryInvoiceAdapter([invoice], { documentContent: sampleDocumentContent });
    const el = await fixture<InvoiceDetail>(html`<invoice-detail .adapter=${adapter}></invoice-detail>`);
    el.show(invoice);
    await waitFor(
      () => ['ready', 'not-pdf', 'none', 'error'].includes(el.previewState) && el.previewState !== 'loading',
      'the preview settled',
    );
    await el.updateComplete;
    for (const frame of deepQueryAll<HTMLIFrameElement>(el, 'iframe')) expect(frame.getAttribute('src')).to.match(/^blob:/);
    await expectInert(el, trap);
  });

  it('<invoice-ticket-dialog>: a hostile invoice number and message stay text, in the form and in the event', async () => {
    const invoice = hostileInvoice(payloads[2]!, 2);
    const el = await fixture<InvoiceTicketDialog>(html`<invoice-ticket-dialog></invoice-ticket-dialog>`);
    el.show(invoice);
    await el.loaded;
    expect(deepText(el)).to.contain(payloads[2]);
    const requests: InvoiceTicketRequestDetail[] = [];
    el.addEventListener('invoice-ticket-request', (e) => {
      requests.push(e.detail);
      e.preventDefault();
    });
    for (const payload of payloads.slice(0, 12)) {
      el.show(invoice);
      await el.loaded;
      byRole(el, 'radio', 'Other').click();
      await el.updateComplete;
      const textarea = byRole<HTMLTextAreaElement>(el, 'textbox', 'Message');
      textarea.value = payload;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expectNoInjectedMarkup(el);
      await el.submit();
    }
    expect(requests.map((r) => r.message)).to.deep.equal(payloads.slice(0, 12).map((p) => p.trim()));
    expect(requests.every((r) => r.invoiceNumber === payloads[2]!.trim())).to.equal(true);
    await expectInert(el, trap);
  });
});
