import type { Invoice, InvoiceStatus } from '../../src/data/types.js';

/**
 * One customer's account in three currencies (JPY, SGD, USD), judged on `BILLING_TODAY`
 * (2026-11-20). The tests that use it state the figures they expect, worked out by hand
 * from the rows below (see the comment on each row).
 */
export const BILLING_TODAY = '2026-11-20';

const customer = { customerName: 'Sakura Net K.K.', ocn: '22848', bcn: '165188' };

function row(
  id: string,
  invoiceNumber: string,
  billingMonth: string,
  amount: number,
  currency: string,
  status: InvoiceStatus,
  extra: Partial<Invoice> = {},
): Invoice {
  const legalEntity = currency === 'JPY' ? 'JP' : 'SG';
  return { id, invoiceNumber, billingMonth, amount, currency, status, legalEntity, ...customer, ...extra };
}

export function billingAccount(): Invoice[] {
  return [
    // JPY
    row('j1', '2226100000101', '2026-10', 120_000, 'JPY', 'open', { dueDate: '2026-11-30' }), // due soon
    row('j2', '2226090000102', '2026-09', 80_000, 'JPY', 'open', { dueDate: '2026-10-31', amountDue: 30_000 }), // overdue, ¥30,000 left
    row('j3', '2226080000103', '2026-08', 45_000, 'JPY', 'disputed', { dueDate: '2026-09-30', ticketReference: 'BT-202608-00103' }), // overdue
    row('j4', '2226070000104', '2026-07', 60_000, 'JPY', 'closed', { dueDate: '2026-08-31', paidAt: '2026-08-25' }), // paid
    row('j5', '2225100000105', '2025-10', 50_000, 'JPY', 'closed', { dueDate: '2025-11-30', paidAt: '2025-11-20' }), // paid 12 months ago to the day: not in
    row('j6', '2225110000106', '2025-11', 70_000, 'JPY', 'closed', { dueDate: '2025-12-31', paidAt: '2025-11-21T10:00:00+09:00' }), // paid, first day in
    row('j7', '2226090000102CN', '2026-09', -5_000, 'JPY', 'closed'), // credit note: spend −¥5,000 in 2026-09
    row('j8', '2226060000108', '2026-06', 99_999, 'JPY', 'na', { dueDate: '2026-07-31' }), // superseded: left out
    row('j8r', '2226060000108-1', '2026-06', 90_000, 'JPY', 'closed', { dueDate: '2026-07-31', paidAt: '2026-07-31' }), // paid
    row('j9', '2226110000109', '2026-11', 30_000, 'JPY', 'open', { dueDate: '2026-12-31' }), // owed, due after the 30 days
    // SGD
    row('s1', '6526100000201', '2026-10', 1250.5, 'SGD', 'open', { dueDate: '2026-11-30' }), // due soon
    row('s2', '6526080000202', '2026-08', 980.25, 'SGD', 'open', { dueDate: '2026-09-30' }), // overdue
    row('s3', '6526090000203', '2026-09', 2000, 'SGD', 'closed', { dueDate: '2026-10-31', paidAt: '2026-10-15' }), // paid
    row('s4', '6526100000204', '2026-10', 300.1, 'SGD', 'disputed', { dueDate: '2026-12-10', amountDue: 100.05 }), // due soon, S$100.05 left
    // USD
    row('u1', '6526110000301', '2026-11', 5000, 'USD', 'open', { dueDate: '2026-12-31' }), // owed, due after the 30 days
    row('u2', '6526050000302', '2026-05', 1200, 'USD', 'closed', { dueDate: '2026-06-30', paidAt: '2026-06-20' }), // paid
    row('u3', '6524030000303', '2024-03', 700, 'USD', 'closed', { dueDate: '2024-04-30', paidAt: '2024-04-30' }), // long ago
  ];
}
