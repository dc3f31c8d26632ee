import { expect } from '@open-wc/testing';
import { isPlausibleAmount, isValidMonth, parseCalendarDate, readCount, utcDate, validateInvoice } from '../../src/data/validate.js';
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
  it('reports an absurd amount (1e308) as out of range', () => {
    expect(validateInvoice({ ...good(), amount: 1e308 })).to.deep.equal([{ field: 'amount', code: 'out-of-range', value: 1e308 }]);
    expect(validateInvoice({ ...good(), amount: -1e16 })[0]).to.include({ field: 'amount', code: 'out-of-range' });
    expect(validateInvoice({ ...good(), amount: -0 })).to.deep.equal([]);
    expect(isPlausibleAmount(Number.MAX_SAFE_INTEGER)).to.equal(true);
    expect(isPlausibleAmount(Number.MAX_SAFE_INTEGER + 2)).to.equal(false);
  });
});

describe('readCount', () => {
  it('reads finite counts and refuses absurd ones', () => {
    expect(readCount(5)).to.equal(5);
    expect(readCount(5.7)).to.equal(5);
    expect(readCount(-0)).to.equal(0);
    for (const bad of [1e308, -1, Number.NaN, Infinity, '5', null, undefined]) expect(readCount(bad), String(bad)).to.equal(undefined);
  });
});

describe('calendar dates', () => {
  it('builds UTC dates for years 0–99 without the 1900 shift of Date.UTC', () => {
    expect(utcDate(99, 12, 31)?.toISOString()).to.equal('0099-12-31T00:00:00.000Z');
    expect(utcDate(0, 1, 1)?.getUTCFullYear()).to.equal(0);
    expect(utcDate(2024, 2, 30)).to.equal(undefined);
    expect(utcDate(1900, 2, 29)).to.equal(undefined);
    expect(utcDate(2024, 2, 29)?.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
  });
  it('reads real dates between 1900 and 2999 only', () => {
    expect(parseCalendarDate('2021-10-31')).to.deep.equal({ year: 2021, month: 10, day: 31 });
    expect(parseCalendarDate('2021-10-31T23:00:00+09:00')).to.deep.equal({ year: 2021, month: 10, day: 31 });
    for (const bad of ['0020-10-31', '1899-12-31', '3000-01-01', '2024-02-30', '2021-10-311', 'x', 20211031])
      expect(parseCalendarDate(bad), String(bad)).to.equal(undefined);
  });
});
