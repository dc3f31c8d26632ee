import { expect } from '@open-wc/testing';
import { isCreditNoteNumber, parseInvoiceNumber } from '../../src/data/lineage.js';
import { seedInvoices } from '../../src/data/sample.js';
import { invoiceTotals } from '../../src/data/totals.js';
import type { Invoice } from '../../src/data/types.js';

const row = (overrides: Partial<Invoice>): Invoice => ({ ...seedInvoices()[3]!, ...overrides });

describe('invoiceTotals', () => {
  it('totals the seed screen ¥49,689, outstanding ¥45,629: the three NA rows are left out', () => {
    expect(invoiceTotals(seedInvoices())).to.deep.equal({ totals: { JPY: 49_689 }, outstanding: { JPY: 45_629 } });
  });

  it('never sums across currencies, and lists the same currencies in both', () => {
    const result = invoiceTotals([
      row({ currency: 'SGD', amount: 10.5, status: 'closed' }),
      row({ currency: 'JPY', amount: 4060, status: 'open' }),
      row({ currency: 'SGD', amount: 2.25, status: 'disputed' }),
    ]);
    expect(result).to.deep.equal({ totals: { SGD: 12.75, JPY: 4060 }, outstanding: { SGD: 2.25, JPY: 4060 } });
    expect(Object.keys(result.totals)).to.deep.equal(['SGD', 'JPY']);
  });

  it('counts a credit note as negative whatever the sign it is stored with', () => {
    const original = row({ invoiceNumber: '2202008003470', amount: 45_629, status: 'open' });
    expect(invoiceTotals([original, row({ invoiceNumber: '2202008003470CN', amount: 5000, status: 'closed' })]).totals).to.deep.equal({
      JPY: 40_629,
    });
    expect(invoiceTotals([original, row({ invoiceNumber: '2202008003470CN', amount: -5000, status: 'open' })])).to.deep.equal({
      totals: { JPY: 40_629 },
      outstanding: { JPY: 40_629 },
    });
  });

  it('counts a reissue in place of its superseded (NA) original', () => {
    const lineage = [
      row({ invoiceNumber: '2202008003470', amount: 45_629, status: 'na' }),
      row({ invoiceNumber: '2202008003470-1', amount: 44_000, status: 'open' }),
      row({ invoiceNumber: '2202008003470CN', amount: -1_000, status: 'closed' }),
    ];
    expect(invoiceTotals(lineage)).to.deep.equal({ totals: { JPY: 43_000 }, outstanding: { JPY: 44_000 } });
  });

  it('leaves out rows it cannot count, and answers nothing for nothing', () => {
    const bad = [
      null,
      row({ status: 'weird' as never }),
      row({ amount: NaN }),
      row({ amount: '4060' as never }),
      row({ currency: '' }),
      row({ currency: '__proto__' }),
      row({ currency: 'jpy' }),
    ];
    expect(invoiceTotals(bad as Invoice[])).to.deep.equal({ totals: {}, outstanding: {} });
    expect(invoiceTotals([])).to.deep.equal({ totals: {}, outstanding: {} });
    expect(Object.getPrototypeOf(invoiceTotals(bad as Invoice[]).totals)).to.equal(Object.prototype);
  });
});

describe('isCreditNoteNumber', () => {
  it('agrees with parseInvoiceNumber on every shape of number', () => {
    const numbers = [
      '2202008003470CN',
      '2202008003470cn',
      '2202008003470Cn',
      ' 2202008003470CN ',
      '2202008003470CN\u00a0',
      '2202008003470CN\t',
      'CN',
      ' CN',
      'xCN',
      '2202008003470',
      '2202008003470-1',
      '2202008003470-1CN',
      '2202008003470N',
      '2202008003470C N',
      '',
      'N',
    ];
    for (const number of numbers)
      expect(isCreditNoteNumber(number), JSON.stringify(number)).to.equal(parseInvoiceNumber(number).creditNote);
    expect(isCreditNoteNumber(undefined)).to.equal(false);
    expect(isCreditNoteNumber(123)).to.equal(false);
  });
});
