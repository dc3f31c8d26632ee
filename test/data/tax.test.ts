import { expect } from '@open-wc/testing';
import {
  isValidJapanRegistrationNumber,
  normalizeJapanRegistrationNumber,
  normalizeKoreaBusinessNumber,
  normalizeSingaporeGstNumber,
  taxJurisdiction,
} from '../../src/data/tax.js';

describe('tax registration numbers', () => {
  it("accepts a Japanese qualified-invoice number: T and 13 digits whose first is the corporate number's check digit", () => {
    // The Japan Federation of Certified Public Tax Accountants' Associations' published number.
    expect(normalizeJapanRegistrationNumber('T7010705000725')).to.equal('T7010705000725');
    expect(normalizeJapanRegistrationNumber('T9010401234567')).to.equal('T9010401234567');
    // As people type it: full width, lower case, hyphens and spaces.
    expect(normalizeJapanRegistrationNumber('Ｔ７０１０７０５０００７２５')).to.equal('T7010705000725');
    expect(normalizeJapanRegistrationNumber('t7-0107-0500-0725')).to.equal('T7010705000725');
  });

  it('refuses a wrong check digit, a missing T, 12 or 14 digits, a leading 0 and anything not text', () => {
    for (const bad of [
      'T8010705000725',
      '7010705000725',
      'T701070500072',
      'T70107050007250',
      'T0010705000725',
      'TX010705000725',
      7010705000725,
      undefined,
    ])
      expect(isValidJapanRegistrationNumber(bad), String(bad)).to.equal(false);
  });

  it('checks a Korean business registration number and prints it 3-2-5', () => {
    expect(normalizeKoreaBusinessNumber('1234567891')).to.equal('123-45-67891');
    expect(normalizeKoreaBusinessNumber('124-81-00998')).to.equal('124-81-00998');
    expect(normalizeKoreaBusinessNumber('123-45-67890')).to.equal(undefined);
    expect(normalizeKoreaBusinessNumber('12345678')).to.equal(undefined);
  });

  it('checks the shape of a Singapore GST registration number', () => {
    expect(normalizeSingaporeGstNumber('M28012345-6')).to.equal('M2-8012345-6');
    expect(normalizeSingaporeGstNumber('201912345K')).to.equal('201912345K');
    expect(normalizeSingaporeGstNumber('GST 123')).to.equal(undefined);
  });

  it("takes the jurisdiction from the breakdown, else the invoice's legal entity", () => {
    expect(taxJurisdiction({ legalEntity: 'SG' }, { jurisdiction: 'jp', lines: [] })).to.equal('JP');
    expect(taxJurisdiction({ legalEntity: 'kr' })).to.equal('KR');
    expect(taxJurisdiction({ legalEntity: 'DE' })).to.equal(undefined);
  });
});
