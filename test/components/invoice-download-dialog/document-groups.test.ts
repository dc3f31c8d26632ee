import { expect } from '@open-wc/testing';
import { groupDocuments } from '../../../src/components/invoice-download-dialog/document-groups.js';
import { looksLikeEmail } from '../../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import type { Invoice, InvoiceDocument } from '../../../src/data/types.js';
import { lineageInvoices } from '../../../stories/fixtures.js';

describe('groupDocuments', () => {
  const [original, reissue, credit] = lineageInvoices() as [Invoice, Invoice, Invoice];
  const adapter = new InMemoryInvoiceAdapter([credit, reissue, original]);

  it('orders the Invoice group original, reissues, credit notes, then CDR, number list and other reports', async () => {
    const documents = await adapter.listDocuments(reissue);
    const [entry] = groupDocuments([{ invoice: reissue, documents }], { today: new Date(2021, 0, 1) });
    expect(entry!.groups.map((g) => g.id)).to.deep.equal(['invoice', 'cdr', 'universal-number-list', 'other']);
    expect(entry!.groups[0]!.documents.map((d) => [d.invoiceNumber, d.lineage, d.reissue])).to.deep.equal([
      ['2202008003470', 'invoice', 0],
      ['2202008003470-1', 'reissue', 1],
      ['2202008003470CN', 'credit-note', 0],
    ]);
    expect(entry!.groups[3]!.documents[0]!.availability).to.deep.equal({ availability: 'available', availableUntil: '2027-10-31' });
  });

  it('lists a document once across invoices of one lineage, and skips malformed entries', async () => {
    const lists = [
      { invoice: original, documents: [null, 'nonsense', ...(await adapter.listDocuments(original))] },
      { invoice: credit, documents: await adapter.listDocuments(credit) },
    ];
    const [first, second] = groupDocuments(lists);
    expect(first!.groups.flatMap((g) => g.documents)).to.have.length(6);
    expect(second!.groups).to.deep.equal([]);
  });

  it('files unknown kinds under other reports', () => {
    const odd = {
      id: 'x',
      kind: 'tax-summary',
      name: 'Tax summary',
      fileName: 'tax.csv',
      mimeType: 'text/csv',
    } as unknown as InvoiceDocument;
    const [entry] = groupDocuments([{ invoice: original, documents: [odd] }]);
    expect(entry!.groups.map((g) => g.id)).to.deep.equal(['other']);
  });
});

describe('looksLikeEmail (when a billing contact becomes a mailto: link)', () => {
  it('accepts plain addresses', () => {
    for (const ok of ['billing@colt.example', 'jp.billing+invoices@colt-telecom.co.jp', ' sg@colt.example '])
      expect(looksLikeEmail(ok), ok).to.equal(true);
  });

  it('refuses anything that is not one plain address', () => {
    for (const bad of [
      '',
      'call 03-1234-5678',
      'a@b',
      'javascript:alert(1)//@x.com',
      'x@a.b?cc=.com',
      'x@evil.com?bcc=y@z.com',
      '"a b"@x.com',
      'a@b.com, c@d.com',
      '<a@b.com>',
      42,
    ]) {
      expect(looksLikeEmail(bad), String(bad)).to.equal(false);
    }
  });
});
