import { expect } from '@open-wc/testing';
import { addDays, addMonths, calendarDate, daysBetween, isValidDate, localToday, monthsEnding } from '../../src/data/dates.js';
import { amountStillDue, daysOverdue, isDueWithin, isOverdue, isPaidWithin, paymentState } from '../../src/data/payments.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { validateInvoice } from '../../src/data/validate.js';

const base = seedInvoices()[3] as Invoice;
const row = (overrides: Partial<Invoice>): Invoice => ({ ...base, ...overrides });

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isValidDate('2028-02-29')).to.equal(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '0020-10-01', '2026-1-01', '2026-11-30T00:00:00Z', 20261130, null])
      expect(isValidDate(bad), String(bad)).to.equal(false);
  });

  it('reads the day of a date-time as written, in every time zone alike', () => {
    expect(calendarDate('2026-11-30T23:30:00-10:00')).to.equal('2026-11-30');
    expect(calendarDate('2026-11-30')).to.equal('2026-11-30');
    expect(calendarDate('30/11/2026')).to.equal(undefined);
  });

  it('adds days and months across month ends and leap years', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
    expect(addMonths('2026-11-20', -12)).to.equal('2025-11-20');
    expect(addMonths('2026-01-15', -13)).to.equal('2024-12-15');
    expect(daysBetween('2026-10-31', '2026-11-20')).to.equal(20);
  });

  it('lists the months ending with a month, oldest first', () => {
    expect(monthsEnding('2026-02', 4)).to.deep.equal(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it("takes today from the viewer's clock, not UTC", () => {
    // 23:30 local on 31 December is still 31 December, whatever UTC says.
    expect(localToday(new Date(2026, 11, 31, 23, 30))).to.equal('2026-12-31');
  });
});

describe('what is still owed, and the overdue state', () => {
  const today = '2026-11-20';

  it('owes amountDue when given, else the whole amount; closed and NA owe nothing', () => {
    expect(amountStillDue(row({ status: 'open', amount: 80_000, amountDue: 30_000 }))).to.equal(30_000);
    expect(amountStillDue(row({ status: 'disputed', amount: 45_000 }))).to.equal(45_000);
    expect(amountStillDue(row({ status: 'closed', amount: 45_000, amountDue: 45_000 }))).to.equal(0);
    expect(amountStillDue(row({ status: 'na', amount: 45_000 }))).to.equal(0);
    expect(amountStillDue(row({ status: 'open', amount: Number.NaN }))).to.equal(undefined);
  });

  it('counts an open credit note as negative, whatever its sign', () => {
    expect(amountStillDue(row({ invoiceNumber: '2202008003470CN', status: 'open', amount: 5000 }))).to.equal(-5000);
    expect(amountStillDue(row({ invoiceNumber: '2202008003470CN', status: 'open', amount: -5000 }))).to.equal(-5000);
  });

  it('is overdue when the due date is before today and something is owed', () => {
    expect(isOverdue(row({ status: 'open', dueDate: '2026-11-19' }), today)).to.equal(true);
    expect(daysOverdue(row({ status: 'open', dueDate: '2026-10-31' }), today)).to.equal(20);
    // Due today is not overdue yet.
    expect(isOverdue(row({ status: 'open', dueDate: today }), today)).to.equal(false);
    expect(isOverdue(row({ status: 'open', dueDate: '2026-10-31', amountDue: 0 }), today)).to.equal(false);
    expect(isOverdue(row({ status: 'closed', dueDate: '2026-10-31' }), today)).to.equal(false);
    expect(isOverdue(row({ invoiceNumber: '2202008003470CN', status: 'open', dueDate: '2026-10-31' }), today)).to.equal(false);
    expect(isOverdue(row({ status: 'open', dueDate: '2026-02-30' }), today)).to.equal(false);
    expect(daysOverdue(row({ status: 'closed', dueDate: '2026-10-31' }), today)).to.equal(0);
  });

  it('is due within N days from today to today + N, both included, not when overdue', () => {
    expect(isDueWithin(row({ status: 'open', dueDate: today }), today, 30)).to.equal(true);
    expect(isDueWithin(row({ status: 'open', dueDate: '2026-12-20' }), today, 30)).to.equal(true);
    expect(isDueWithin(row({ status: 'open', dueDate: '2026-12-21' }), today, 30)).to.equal(false);
    expect(isDueWithin(row({ status: 'open', dueDate: '2026-11-19' }), today, 30)).to.equal(false);
  });

  it('is paid within N months when closed and paid after the same day N months back, up to today', () => {
    expect(isPaidWithin(row({ status: 'closed', paidAt: '2025-11-21' }), today, 12)).to.equal(true);
    expect(isPaidWithin(row({ status: 'closed', paidAt: '2025-11-20' }), today, 12)).to.equal(false);
    expect(isPaidWithin(row({ status: 'closed', paidAt: '2026-11-21' }), today, 12)).to.equal(false);
    expect(isPaidWithin(row({ status: 'open', paidAt: '2026-11-01' }), today, 12)).to.equal(false);
    expect(isPaidWithin(row({ status: 'closed', paidAt: '2026-11-20T23:59:00+14:00' }), today, 12)).to.equal(true);
  });

  it('names the payment state for badges', () => {
    expect(paymentState(row({ status: 'closed', paidAt: '2026-10-01' }), today)).to.equal('paid');
    expect(paymentState(row({ status: 'open', dueDate: '2026-10-31' }), today)).to.equal('overdue');
    expect(paymentState(row({ status: 'open', dueDate: '2026-12-31' }), today)).to.equal('due');
    expect(paymentState(row({ status: 'open', invoiceNumber: '1CN', amount: 10 }), today)).to.equal('credit');
    expect(paymentState(row({ status: 'na' }), today)).to.equal('none');
  });
});

describe('validateInvoice: payment fields', () => {
  const problems = (overrides: Partial<Invoice>) => validateInvoice(row(overrides)).map((p) => `${p.field} ${p.code}`);

  it('accepts well-formed payment fields', () => {
    expect(problems({ dueDate: '2026-11-30', paidAt: '2026-11-29T10:00:00+09:00', amountDue: 100, ticketReference: 'BT-1' })).to.deep.equal(
      [],
    );
  });

  it('reports impossible dates, non-finite or out-of-range amounts due and a ticket reference that is not text', () => {
    expect(problems({ dueDate: '2026-02-30' })).to.deep.equal(['dueDate impossible-date']);
    expect(problems({ paidAt: 'yesterday' })).to.deep.equal(['paidAt impossible-date']);
    expect(problems({ amountDue: Number.NaN })).to.deep.equal(['amountDue not-finite']);
    expect(problems({ amountDue: '100' as unknown as number })).to.deep.equal(['amountDue not-finite']);
    expect(problems({ amountDue: -1 })).to.deep.equal(['amountDue out-of-range']);
    expect(problems({ amount: 45_629, amountDue: 45_630 })).to.deep.equal(['amountDue out-of-range']);
    expect(problems({ ticketReference: { ref: 1 } as unknown as string })).to.deep.equal(['ticketReference not-text']);
  });

  it("lets a credit note's amount due be negative", () => {
    expect(problems({ invoiceNumber: '2202008003470CN', amount: -5000, amountDue: -2000 })).to.deep.equal([]);
  });
});
