/**
 * Data for the billing stories (and the tests that reuse them): an account in three
 * currencies whose figures are easy to check by hand, generated invoices with payments and
 * details, and adapters for every state a designer reviews. Imports only the data layer.
 */
import {
  InMemoryInvoiceAdapter,
  InvoiceAdapterError,
  generateInvoices,
  sampleDocumentContent,
  sampleInvoiceDetail,
  seedInvoices,
  type Invoice,
  type InvoiceDataAdapter,
  type InvoiceStatus,
  type TicketReceipt,
  type TicketRequest,
} from '../../src/data/index.js';
import { LAST_REFRESHED } from '../fixtures.js';

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

/** The day the generated data is judged against: the day it was last refreshed (see SAMPLE_TODAY). */
export const SAMPLE_DAY = '2026-11-24';

const common = { lastRefreshed: LAST_REFRESHED, documentContent: sampleDocumentContent, invoiceDetail: sampleInvoiceDetail };

/** Raises tickets after a moment and answers a reference, as a billing service would. */
function withTickets<A extends InMemoryInvoiceAdapter>(
  adapter: A,
  delayMs = 600,
): A & { raiseTicket(request: TicketRequest): Promise<TicketReceipt> } {
  let next = 41;
  return Object.assign(adapter, {
    async raiseTicket(request: TicketRequest, options: { signal?: AbortSignal } = {}): Promise<TicketReceipt> {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      return { reference: `BT-${request.invoiceNumber.slice(0, 4)}-${String(++next).padStart(5, '0')}` };
    },
  });
}

/** The three-currency account of `billingAccount()`, with ticket raising. */
export function billingAccountAdapter(): InMemoryInvoiceAdapter {
  return withTickets(new InMemoryInvoiceAdapter(billingAccount(), common));
}

/** A few hundred generated invoices across JPY, SGD, HKD, KRW and USD with payments, line items and tax. */
export function billingSampleAdapter(): InMemoryInvoiceAdapter {
  return withTickets(new InMemoryInvoiceAdapter([...seedInvoices(), ...generateInvoices(240, { seed: 7 })], common));
}

/** The first generated invoice of a legal entity that has a reissue and a credit note, else any of it. */
export function sampleInvoiceOf(legalEntity: string, status?: InvoiceStatus): Invoice {
  const rows = [...seedInvoices(), ...generateInvoices(240, { seed: 7 })];
  const mine = rows.filter((row) => row.legalEntity === legalEntity && (!status || row.status === status));
  const credited = mine.find(
    (row) =>
      !row.invoiceNumber.endsWith('CN') && rows.some((other) => other.invoiceNumber === `${row.invoiceNumber.replace(/-\d+$/, '')}CN`),
  );
  return credited ?? (mine[0] as Invoice);
}

/** Billing calls that never settle until aborted: the loading states, frozen. */
export function pendingBillingAdapter(): InvoiceDataAdapter {
  const inner = billingAccountAdapter();
  const wait = <T>(options: { signal?: AbortSignal } = {}) =>
    new Promise<T>((_, reject) => options.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
  return Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, {
    billingSummary: (_request: unknown, options?: { signal?: AbortSignal }) => wait(options),
    getInvoiceDetail: (_invoice: unknown, options?: { signal?: AbortSignal }) => wait(options),
    listDocuments: (_invoice: unknown, options?: { signal?: AbortSignal }) => wait(options),
    listInvoices: (_query: unknown, options?: { signal?: AbortSignal }) => wait(options),
  });
}

/** Billing calls that fail once (the billing service answered 503), then work: Retry recovers. */
export function flakyBillingAdapter(): InvoiceDataAdapter {
  const inner = billingAccountAdapter();
  const failures = { summary: 1, detail: 1, ticket: 1 };
  const fail = () => Promise.reject(new InvoiceAdapterError('unavailable', 'The billing service answered HTTP 503.', { status: 503 }));
  return Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, {
    billingSummary: (request: never, options: never) => (failures.summary-- > 0 ? fail() : inner.billingSummary(request, options)),
    getInvoiceDetail: (invoice: Invoice, options: never) => (failures.detail-- > 0 ? fail() : inner.getInvoiceDetail(invoice, options)),
    raiseTicket: (request: TicketRequest) =>
      failures.ticket-- > 0 ? fail() : (inner as unknown as { raiseTicket(r: TicketRequest): Promise<TicketReceipt> }).raiseTicket(request),
  });
}

/** An adapter with none of the optional billing methods: the elements hide what it cannot give. */
export function plainAdapter(): InvoiceDataAdapter {
  const inner = new InMemoryInvoiceAdapter(billingAccount(), { documentContent: sampleDocumentContent });
  return {
    listInvoices: (q, o) => inner.listInvoices(q, o),
    countByStatus: (q, o) => inner.countByStatus(q, o),
    listDocuments: (i, o) => inner.listDocuments(i, o),
    fetchDocument: (d, o) => inner.fetchDocument(d, o),
  };
}
