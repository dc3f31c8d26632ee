import { expect } from '@open-wc/testing';
import { isValidMonth, validateInvoice } from '../../src/data/validate.js';
import { seedInvoices } from '../../src/data/sample.js';

const good = () => ({ ...seedInvoices()[3]! });

describe('validateInvoice', () => {
  it('finds nothing wrong with the seed rows', () => {
    for (const row of seedInvoices()) expect(validateInvoice(row)).to.deep.equal([]);
  });
  it('reports a missing field', () => {
    const row: Record<string, unknown> = good();
    delete row.customerName;
    expect(validateInvoice(row)).to.deep.equal([{ field: 'customerName', code: 'missing', value: undefined }]);
  });
  it('reports a NaN and an infinite amount', () => {
    expect(validateInvoice({ ...good(), amount: NaN })[0]).to.include({ field: 'amount', code: 'not-finite' });
    expect(validateInvoice({ ...good(), amount: Infinity })[0]).to.include({ field: 'amount', code: 'not-finite' });
    expect(validateInvoice({ ...good(), amount: '4060' })[0]).to.include({ field: 'amount', code: 'not-finite' });
  });
  it("reports the seed's impossible month 0020-10 and other bad months", () => {
    expect(validateInvoice({ ...good(), billingMonth: '0020-10' })).to.deep.equal([
      { field: 'billingMonth', code: 'impossible-month', value: '0020-10' },
    ]);
    for (const month of ['2020-13', '2020-00', '2020-5', 'October - 0020', '2020-10-01'])
      expect(isValidMonth(month), month).to.equal(false);
    expect(isValidMonth('2020-05')).to.equal(true);
  });
  it('reports an unknown status and an unknown currency', () => {
    expect(validateInvoice({ ...good(), status: 'paid' })[0]).to.include({ field: 'status', code: 'unknown-status' });
    expect(validateInvoice({ ...good(), currency: 'XYZ' })[0]).to.include({ field: 'currency', code: 'unknown-currency' });
    expect(validateInvoice({ ...good(), currency: 'jpy' })[0]).to.include({ field: 'currency', code: 'unknown-currency' });
  });
  it('reports a row that is not an object', () => {
    expect(validateInvoice(null)[0]!.code).to.equal('not-object');
    expect(validateInvoice('x')[0]!.code).to.equal('not-object');
  });
  it('reports several problems at once', () => {
    expect(validateInvoice({ id: 'x' }).map((p) => p.field)).to.have.members([
      'invoiceNumber',
      'customerName',
      'ocn',
      'bcn',
      'billingMonth',
      'amount',
      'currency',
      'status',
    ]);
  });
});
