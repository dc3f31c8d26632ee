import type { InvoiceDetailData, TaxBreakdown } from '../../src/data/billing-types.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { sampleDocumentContent } from '../../src/data/sample.js';
import type { Invoice, InvoiceDocument } from '../../src/data/types.js';

/** The day the detail tests judge payments against. */
export const DETAIL_TODAY = '2026-11-20';

const customer = {
  customerName: 'Sakura Net K.K.',
  ocn: '22848',
  bcn: '165188',
  currency: 'JPY',
  legalEntity: 'JP',
  billingEntityName: 'Colt テクノロジーサービス株式会社',
};

const pdf = (id: string, invoiceNumber: string, kind: InvoiceDocument['kind'] = 'invoice'): InvoiceDocument => ({
  id: `${id}-pdf`,
  kind,
  name: kind === 'credit-note' ? 'Credit note' : 'Invoice',
  fileName: `${invoiceNumber}.pdf`,
  mimeType: 'application/pdf',
  size: 48_000,
  invoiceNumber,
});

/** Japan's consumption tax on ¥49,400: ¥40,000 at 10% (¥4,000) and ¥5,000 at the reduced 8% (¥400). */
export const JAPAN_TAX: TaxBreakdown = {
  jurisdiction: 'JP',
  issuerName: 'Colt テクノロジーサービス株式会社',
  registrationNumber: 'T7010705000725',
  lines: [
    { rate: 0.1, taxableAmount: 40_000, taxAmount: 4_000 },
    { rate: 0.08, taxableAmount: 5_000, taxAmount: 400, reduced: true },
  ],
};

/**
 * One lineage in JPY: the September 2026 invoice (superseded, NA), its reissue (open, ¥49,400,
 * due 31 October: overdue by 20 days on `DETAIL_TODAY`) with charges and Japan's tax, and a
 * credit note; plus a disputed invoice with a ticket reference.
 */
export function detailInvoices(): Invoice[] {
  const original: Invoice = {
    ...customer,
    id: 'd-1',
    invoiceNumber: '2226090000500',
    billingMonth: '2026-09',
    amount: 50_600,
    status: 'na',
    dueDate: '2026-10-31',
    documents: [pdf('d-1', '2226090000500')],
  };
  const reissue: Invoice = {
    ...customer,
    id: 'd-1-r1',
    invoiceNumber: '2226090000500-1',
    billingMonth: '2026-09',
    amount: 49_400,
    status: 'open',
    dueDate: '2026-10-31',
    documents: [pdf('d-1-r1', '2226090000500-1')],
    lineItems: [
      { description: 'International Ethernet 1 Gbps', quantity: 1, unitPrice: 40_000, amount: 40_000, taxRate: 0.1 },
      { description: 'Refreshments for the site survey', quantity: 1, unitPrice: 5_000, amount: 5_000, taxRate: 0.08, reducedRate: true },
    ],
    tax: JAPAN_TAX,
  };
  const credit: Invoice = {
    ...customer,
    id: 'd-1-cn',
    invoiceNumber: '2226090000500CN',
    billingMonth: '2026-09',
    amount: -1_200,
    status: 'closed',
    documents: [pdf('d-1-cn', '2226090000500CN', 'credit-note')],
  };
  const disputed: Invoice = {
    ...customer,
    id: 'd-2',
    invoiceNumber: '2226100000600',
    billingMonth: '2026-10',
    amount: 12_000,
    status: 'disputed',
    dueDate: '2026-11-30',
    ticketReference: 'BT-202610-00600',
    documents: [pdf('d-2', '2226100000600')],
  };
  return [original, reissue, credit, disputed];
}

export function detailAdapter(options: { invoiceDetail?: (invoice: Invoice) => InvoiceDetailData } = {}): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter(detailInvoices(), { documentContent: sampleDocumentContent, ...options });
}
