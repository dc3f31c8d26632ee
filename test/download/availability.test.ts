import { expect } from '@open-wc/testing';
import { documentAvailability, retentionEnd } from '../../src/download/availability.js';
import type { InvoiceDocument } from '../../src/data/types.js';

const doc = (extra: Partial<InvoiceDocument> = {}): InvoiceDocument => ({
  id: 'd',
  kind: 'invoice',
  name: 'Invoice',
  fileName: 'a.pdf',
  mimeType: 'application/pdf',
  ...extra,
});

describe('document availability', () => {
  it('ends the retention period on the last day of the month, counted from the billing month', () => {
    expect(retentionEnd('2020-10', 12)).to.equal('2021-10-31');
    expect(retentionEnd('2020-01', 1)).to.equal('2020-02-29');
    expect(retentionEnd('2020-12', 2)).to.equal('2021-02-28');
    expect(retentionEnd('0020-10', 12)).to.equal(undefined);
  });

  it('is available until the end of the retention period, removed after it', () => {
    expect(documentAvailability(doc(), '2020-10', { today: new Date(2021, 9, 31) })).to.deep.equal({
      availability: 'available',
      availableUntil: '2021-10-31',
    });
    expect(documentAvailability(doc(), '2020-10', { today: new Date(2021, 10, 1) })).to.deep.equal({
      availability: 'removed',
      availableUntil: '2021-10-31',
    });
    expect(documentAvailability(doc(), '2020-10', { today: new Date(2021, 1, 1), retentionMonths: 3 })).to.deep.equal({
      availability: 'removed',
      availableUntil: '2021-01-31',
    });
  });

  it('prefers the document’s own availableUntil and explicit availability', () => {
    expect(documentAvailability(doc({ availableUntil: '2027-10-31' }), '2020-10', { today: new Date(2026, 10, 25) })).to.deep.equal({
      availability: 'available',
      availableUntil: '2027-10-31',
    });
    expect(documentAvailability(doc({ availableUntil: '2027-10-31T23:59:59Z' }), '2020-10').availableUntil).to.equal('2027-10-31');
    expect(documentAvailability(doc({ availability: 'preparing' }), '2020-10', { today: new Date(2020, 10, 2) }).availability).to.equal(
      'preparing',
    );
    expect(documentAvailability(doc({ availability: 'removed' }), '2020-10', { today: new Date(2020, 10, 2) }).availability).to.equal(
      'removed',
    );
    expect(documentAvailability(doc({ availability: 'available' }), '2020-10', { today: new Date(2030, 0, 1) }).availability).to.equal(
      'available',
    );
  });

  it('turns the rule off with 0 months, and refuses months before the first downloadable one', () => {
    expect(documentAvailability(doc(), '2020-10', { retentionMonths: 0, today: new Date(2030, 0, 1) })).to.deep.equal({
      availability: 'available',
    });
    expect(documentAvailability(doc(), '2020-04', { availableFrom: '2020-05', retentionMonths: 0 })).to.deep.equal({
      availability: 'removed',
      beforeStart: true,
    });
    expect(documentAvailability(doc(), '2020-05', { availableFrom: '2020-05', retentionMonths: 0 }).availability).to.equal('available');
  });
});
