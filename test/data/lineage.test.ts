import { expect } from '@open-wc/testing';
import { applyLineageStatuses, groupLineages, parseInvoiceNumber } from '../../src/data/lineage.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';

describe('parseInvoiceNumber', () => {
  it('reads an original', () => {
    expect(parseInvoiceNumber('2202008003470')).to.deep.equal({ base: '2202008003470', reissue: 0, creditNote: false, kind: 'invoice' });
  });
  it('reads reissues -1 and -2', () => {
    expect(parseInvoiceNumber('2202008003470-1')).to.deep.equal({ base: '2202008003470', reissue: 1, creditNote: false, kind: 'reissue' });
    expect(parseInvoiceNumber('2202008003470-2').reissue).to.equal(2);
  });
  it('reads a credit note, in either case, ignoring whitespace', () => {
    expect(parseInvoiceNumber('2202008003470CN')).to.deep.equal({
      base: '2202008003470',
      reissue: 0,
      creditNote: true,
      kind: 'credit-note',
    });
    expect(parseInvoiceNumber(' 2202008003470cn ').creditNote).to.equal(true);
  });
  it('keeps odd numbers whole as originals', () => {
    expect(parseInvoiceNumber('-1').kind).to.equal('invoice');
    expect(parseInvoiceNumber('CN').base).to.equal('CN');
    expect(parseInvoiceNumber('2202008003470-0').kind).to.equal('invoice');
    expect(parseInvoiceNumber(undefined as unknown as string).base).to.equal('');
  });
});

describe('groupLineages', () => {
  const make = (invoiceNumber: string, status: Invoice['status'] = 'open'): Invoice => ({
    id: invoiceNumber,
    invoiceNumber,
    billingMonth: '2020-10',
    amount: 1,
    currency: 'JPY',
    customerName: 'c',
    ocn: '1',
    bcn: '2',
    status,
  });
  it('orders original → reissues → credit notes and marks superseded members', () => {
    const rows = [make('A-2'), make('ACN'), make('A'), make('A-1'), make('B')];
    const lineages = groupLineages(rows);
    const a = lineages.get('A')!;
    expect(a.original?.invoiceNumber).to.equal('A');
    expect(a.reissues.map((r) => r.invoiceNumber)).to.deep.equal(['A-1', 'A-2']);
    expect(a.creditNotes.map((r) => r.invoiceNumber)).to.deep.equal(['ACN']);
    expect(a.current?.invoiceNumber).to.equal('A-2');
    expect(a.superseded.map((r) => r.invoiceNumber)).to.deep.equal(['A', 'A-1']);
    expect(lineages.get('B')!.superseded).to.deep.equal([]);
  });
  it('sets superseded originals to NA without touching the input', () => {
    const rows = [make('A'), make('A-1')];
    const out = applyLineageStatuses(rows);
    expect(out.map((r) => r.status)).to.deep.equal(['na', 'open']);
    expect(rows[0]!.status).to.equal('open');
  });
  it('groups the seed rows one lineage each', () => {
    expect(groupLineages(seedInvoices()).size).to.equal(5);
  });
});
