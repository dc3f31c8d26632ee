import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/invoice-section.js';
import '../../src/define/invoice-download-dialog.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { isPlainEmail, mailtoHref } from '../../src/internal/contact.js';

/** Addresses carrying mailto: header fields, a second recipient or URL syntax: never a link. */
const HOSTILE_CONTACTS = [
  'billing@colt.example?cc=attacker@evil.example&body=Send%20the%20invoices',
  'billing@colt.example?subject=x',
  'billing@colt.example&body=x',
  'a@b.com?bcc=c@d.com',
  'billing@colt.example, attacker@evil.example',
  'billing@colt.example;attacker@evil.example',
  'billing%40colt.example',
  'javascript:alert(1)//@x.com',
  'mailto:billing@colt.example',
  'billing@colt.example/path',
  'billing@colt.example#x',
  '"a b"@x.com',
  '<billing@colt.example>',
  `${'a'.repeat(250)}@x.com`,
];

describe('isPlainEmail (the one check behind every mailto: link)', () => {
  it('accepts plain addresses, blanks around them aside', () => {
    for (const ok of ['billing@colt.example', 'jp.billing+invoices@colt-telecom.co.jp', ' sg@colt.example ']) {
      expect(isPlainEmail(ok), ok).to.equal(true);
      expect(mailtoHref(ok), ok).to.equal(`mailto:${ok.trim()}`);
    }
  });

  it('refuses header fields, second addresses and URL syntax', () => {
    for (const bad of [...HOSTILE_CONTACTS, '', 'a@b', 42, null]) {
      expect(isPlainEmail(bad), String(bad)).to.equal(false);
      expect(mailtoHref(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('the retention and contact notice', () => {
  const adapter = () => new InMemoryInvoiceAdapter(seedInvoices());

  async function section(contact: string): Promise<InvoiceSection> {
    const el = await fixture<InvoiceSection>(html`<invoice-section billing-contact=${contact} .adapter=${adapter()}></invoice-section>`);
    await el.updateComplete;
    return el;
  }

  async function dialog(contact: string): Promise<InvoiceDownloadDialog> {
    const el = await fixture<InvoiceDownloadDialog>(
      html`<invoice-download-dialog
        billing-contact=${contact}
        .adapter=${adapter()}
        .invoice=${seedInvoices()[3] as Invoice}
      ></invoice-download-dialog>`,
    );
    el.show();
    await el.updateComplete;
    await el.documentsSettled;
    await el.updateComplete;
    return el;
  }

  const notice = (el: Element) => el.shadowRoot!.querySelector('[part~="notice"]') as HTMLElement;
  const text = (el: Element) => notice(el).textContent!.replace(/\s+/g, ' ').trim();

  it('makes no mailto: link of an address with header fields, in the section as in the dialog', async () => {
    for (const contact of HOSTILE_CONTACTS) {
      for (const el of [await section(contact), await dialog(contact)]) {
        expect(notice(el).querySelectorAll('a'), `${el.localName}: ${contact}`).to.have.length(0);
        expect(text(el), `${el.localName}: ${contact}`).to.contain(contact.trim());
      }
    }
  });

  it('says the same in the section and in the dialog, with the same link', async () => {
    const contact = 'billing@colt.example';
    const [a, b] = [await section(contact), await dialog(contact)];
    expect(text(a)).to.equal(text(b));
    expect(text(a)).to.equal(
      'Invoices from May 2020 onwards can be downloaded. Documents are removed from the portal 12 months after their billing month, so download the files you need and keep them locally. For other questions about invoices, contact billing: billing@colt.example',
    );
    for (const el of [a, b]) {
      expect(notice(el).getAttribute('role')).to.equal('note');
      expect(notice(el).getAttribute('aria-label')).to.equal('About invoice documents');
      expect(notice(el).querySelector('a[part~="contact-link"]')!.getAttribute('href')).to.equal('mailto:billing@colt.example');
    }
  });

  it('states no retention period for an absurd one (1e308 months), rather than a 309-digit number', async () => {
    const el = await fixture<InvoiceSection>(html`<invoice-section retention-months="1e308" .adapter=${adapter()}></invoice-section>`);
    await el.updateComplete;
    expect(text(el)).to.equal('Invoices from May 2020 onwards can be downloaded.');
  });
});
