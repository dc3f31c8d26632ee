import type { InvoiceDetailData, InvoiceLineItem, TaxBreakdown } from './billing-types.js';
import { addDays } from './dates.js';
import type { Invoice, InvoiceDocument, InvoiceStatus } from './types.js';

/** The five rows of the Colt Online invoices screen (JPY, customer Colt Technology Services). */
export function seedInvoices(): Invoice[] {
  const customer = { customerName: 'Colt Technology Services', ocn: '22848', bcn: '165188', currency: 'JPY', legalEntity: 'JP' };
  const entity = 'Colt テクノロジーサービス株式会社';
  const rows: Array<[string, string, number, string, InvoiceStatus, number]> = [
    ['seed-1', '2020-05', 4060, '2202008003468', 'na', 0],
    ['seed-2', '2020-06', 44616, '2020101039829', 'na', 0],
    ['seed-3', '2020-09', 4060, '2202008003481', 'closed', 0],
    ['seed-4', '2020-10', 45629, '2202008003470', 'open', 2],
    ['seed-5', '2020-07', 3976, '2202007002231', 'na', 0],
  ];
  return rows.map(([id, billingMonth, amount, invoiceNumber, status, reports]) => ({
    id,
    invoiceNumber,
    billingMonth,
    amount,
    status,
    billingEntityName: entity,
    ...customer,
    documents: documentsFor(id, invoiceNumber, billingMonth, { cdr: reports > 0, unl: reports > 0, reports: Math.max(0, reports - 2) }),
  }));
}

function documentsFor(
  id: string,
  invoiceNumber: string,
  month: string,
  extra: { cdr: boolean; unl: boolean; reports: number },
): InvoiceDocument[] {
  const docs: InvoiceDocument[] = [
    {
      id: `${id}-invoice`,
      kind: invoiceNumber.endsWith('CN') ? 'credit-note' : 'invoice',
      name: invoiceNumber.endsWith('CN') ? 'Credit note' : 'Invoice',
      fileName: `${invoiceNumber}.pdf`,
      mimeType: 'application/pdf',
      size: 48_000 + (hash(id) % 90_000),
      invoiceNumber,
    },
  ];
  if (extra.cdr) {
    docs.push({
      id: `${id}-cdr`,
      kind: 'cdr',
      name: 'Call data records (CDR)',
      fileName: `${invoiceNumber}_CDR_${month}.csv`,
      mimeType: 'text/csv',
      size: 200_000 + (hash(`${id}c`) % 4_000_000),
      invoiceNumber,
    });
  }
  if (extra.unl) {
    docs.push({
      id: `${id}-unl`,
      kind: 'universal-number-list',
      name: 'Universal number list',
      fileName: `${invoiceNumber}_UNL_${month}.csv`,
      mimeType: 'text/csv',
      size: 12_000 + (hash(`${id}u`) % 80_000),
      invoiceNumber,
    });
  }
  for (let r = 1; r <= extra.reports; r++) {
    docs.push({
      id: `${id}-report-${r}`,
      kind: 'report',
      name: r === 1 ? 'Usage summary report' : `Service charges report ${r}`,
      fileName: `${invoiceNumber}_report_${r}.csv`,
      mimeType: 'text/csv',
      size: 30_000 + (hash(`${id}r${r}`) % 200_000),
      invoiceNumber,
    });
  }
  return docs;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Entity {
  code: string;
  prefix: string;
  currency: string;
  name: string;
  customers: string[];
  /** Typical monthly amount range in major units. */
  range: [number, number];
  decimals: number;
}

const ENTITIES: Entity[] = [
  {
    code: 'JP',
    prefix: '22',
    currency: 'JPY',
    name: 'Colt テクノロジーサービス株式会社',
    customers: [
      'Colt Technology Services',
      '株式会社サクラネット',
      '東京データリンク株式会社',
      'みなと証券株式会社',
      'Nippon Cloud Works K.K.',
      '大阪メディカル合同会社',
    ],
    range: [3_000, 4_800_000],
    decimals: 0,
  },
  {
    code: 'SG',
    prefix: '65',
    currency: 'SGD',
    name: 'Colt Technology Services Singapore Pte. Ltd.',
    customers: ['Marina Bay Trading Pte. Ltd.', 'Lion City Logistics Pte. Ltd.', '狮城金融科技有限公司', 'Straits Analytics Pte. Ltd.'],
    range: [40, 60_000],
    decimals: 2,
  },
  {
    code: 'HK',
    prefix: '85',
    currency: 'HKD',
    name: 'Colt 科技服務香港有限公司',
    customers: ['Victoria Harbour Securities Ltd.', '九龍數據服務有限公司', 'Pearl River Media Ltd.', '港島物流有限公司'],
    range: [200, 400_000],
    decimals: 2,
  },
  {
    code: 'KR',
    prefix: '82',
    currency: 'KRW',
    name: '콜트테크놀로지서비스 유한회사',
    customers: ['한강네트웍스 주식회사', 'Busan Port Systems Co., Ltd.', '서울핀테크 주식회사', 'Gangnam Media Co., Ltd.'],
    range: [30_000, 50_000_000],
    decimals: 0,
  },
];

export interface GenerateOptions {
  /** PRNG seed; the same seed gives the same invoices. Default 1. */
  seed?: number;
  /** Last billing month, `YYYY-MM`. Default `2026-10`. */
  lastMonth?: string;
  /** Months back from `lastMonth`. Default 84. */
  months?: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The last day of the month after `billingMonth`: when a month's invoice falls due. */
function dueDateFor(billingMonth: string): string {
  const [year, month] = billingMonth.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month + 1, 0));
  return `${last.getUTCFullYear()}-${pad2(last.getUTCMonth() + 1)}-${pad2(last.getUTCDate())}`;
}

/**
 * Payment fields of a generated invoice, from a generator of their own (so the invoices'
 * other fields stay what they were before payments were modelled): a due date at the end of
 * the month after billing; closed invoices paid around it; one open invoice in five partly
 * paid; disputed invoices with a ticket reference.
 */
function paymentFields(id: string, billingMonth: string, amount: number, status: InvoiceStatus, scale: number): Partial<Invoice> {
  const random = createRandom(hash(`${id}/pay`));
  const dueDate = dueDateFor(billingMonth);
  const fields: Partial<Invoice> = { dueDate };
  if (status === 'closed') fields.paidAt = addDays(dueDate, Math.floor(random() * 30) - 22);
  else if (status === 'open' && random() < 0.2) fields.amountDue = Math.round(amount * (0.3 + random() * 0.6) * scale) / scale;
  else if (status === 'disputed')
    fields.ticketReference = `BT-${billingMonth.replace('-', '')}-${String(hash(id) % 100_000).padStart(5, '0')}`;
  return fields;
}

/**
 * Generates `count` realistic invoices across the Japan, Singapore, Hong Kong and Korea
 * entities: every status, some USD billing, reissues (`-1`, `-2`, whose originals read NA),
 * credit notes (`CN`) and their documents. Invoices carry payment fields: a `dueDate` (the
 * end of the month after billing), `paidAt` on closed ones, `amountDue` on some partly paid
 * open ones and a `ticketReference` on disputed ones. Deterministic for a given seed.
 */
export function generateInvoices(count: number, options: GenerateOptions = {}): Invoice[] {
  const random = createRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const [lastYear, lastMonthNo] = (options.lastMonth ?? '2026-10').split('-').map(Number) as [number, number];
  const months = options.months ?? 84;
  const invoices: Invoice[] = [];
  let serial = 0;
  while (invoices.length < count) {
    const entity = pick(ENTITIES);
    const customerIndex = Math.floor(random() * entity.customers.length);
    const customerName = entity.customers[customerIndex] as string;
    const ocn = String(20000 + (hash(entity.code + customerName) % 9000));
    const bcn = String(100000 + (hash(`${customerName}${entity.code}b`) % 89999));
    const back = Math.floor(random() * months);
    const monthIndex = lastYear * 12 + (lastMonthNo - 1) - back;
    const billingMonth = `${String(Math.floor(monthIndex / 12)).padStart(4, '0')}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
    const usd = random() < 0.06;
    const currency = usd ? 'USD' : entity.currency;
    const decimals = usd ? 2 : entity.decimals;
    const [low, high] = usd ? [30, 40_000] : entity.range;
    const scale = 10 ** decimals;
    const amount = Math.round((low + (high - low) * random() ** 3) * scale) / scale;
    const base = `${entity.prefix}${billingMonth.replace('-', '').slice(2)}${String(++serial).padStart(7, '0')}`;
    const age = back;
    const status: InvoiceStatus =
      age < 2 ? (random() < 0.85 ? 'open' : 'disputed') : random() < 0.05 ? 'disputed' : random() < 0.08 ? 'open' : 'closed';
    const id = `inv-${serial}`;
    const common = {
      customerName,
      ocn,
      bcn,
      billingEntityName: entity.name,
      legalEntity: entity.code,
      currency,
      billingMonth,
    };
    const hasCdr = random() < 0.6;
    const hasUnl = random() < 0.2;
    const reports = Math.floor(random() * 3);
    const reissues = random() < 0.05 ? 1 + Math.floor(random() * 2) : 0;
    const originalStatus = reissues ? 'na' : status;
    invoices.push({
      ...common,
      id,
      invoiceNumber: base,
      amount,
      status: originalStatus,
      documents: documentsFor(id, base, billingMonth, { cdr: hasCdr, unl: hasUnl, reports }),
      ...paymentFields(id, billingMonth, amount, originalStatus, scale),
    });
    for (let r = 1; r <= reissues && invoices.length < count; r++) {
      const number = `${base}-${r}`;
      const reissueAmount = Math.round(amount * (0.9 + random() * 0.1) * scale) / scale;
      const reissueStatus = r === reissues ? status : 'na';
      invoices.push({
        ...common,
        id: `${id}-r${r}`,
        invoiceNumber: number,
        amount: reissueAmount,
        status: reissueStatus,
        documents: documentsFor(`${id}-r${r}`, number, billingMonth, { cdr: false, unl: false, reports: 0 }),
        ...paymentFields(`${id}-r${r}`, billingMonth, reissueAmount, reissueStatus, scale),
      });
    }
    if (random() < 0.03 && invoices.length < count) {
      const number = `${base}CN`;
      invoices.push({
        ...common,
        id: `${id}-cn`,
        invoiceNumber: number,
        amount: -Math.round(amount * random() * 0.3 * scale) / scale,
        status: 'closed',
        documents: documentsFor(`${id}-cn`, number, billingMonth, { cdr: false, unl: false, reports: 0 }),
      });
    }
  }
  return invoices;
}

/**
 * Bytes for a sample document that has no URL: a one-page PDF for invoices and credit notes,
 * CSV for records and reports. Real files, so downloads and ZIPs can be opened.
 */
export function sampleDocumentContent(document: InvoiceDocument): Blob {
  if (document.mimeType === 'application/pdf')
    return new Blob([minimalPdf(`${document.name} ${document.invoiceNumber ?? ''}`)], { type: 'application/pdf' });
  const random = createRandom(hash(document.id));
  const lines = ['date,time,from,to,duration_s,charge'];
  for (let i = 0; i < 50; i++) {
    const minute = Math.floor(random() * 1440);
    lines.push(
      `2020-10-${String(1 + Math.floor(random() * 28)).padStart(2, '0')},${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')},+81 3 ${1000 + Math.floor(random() * 8999)} ${1000 + Math.floor(random() * 8999)},+65 6${Math.floor(random() * 9999999)},${Math.floor(random() * 3600)},${(random() * 300).toFixed(2)}`,
    );
  }
  return new Blob(['\ufeff', lines.join('\r\n')], { type: document.mimeType || 'text/csv' });
}

function minimalPdf(title: string): string {
  const text = title.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '');
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

/** The issuer of each entity's invoices, with a registration number of the right form (made up, check digits valid). */
const ISSUERS: Record<string, { name: string; registrationNumber?: string; rates: number[] }> = {
  JP: { name: 'Colt テクノロジーサービス株式会社', registrationNumber: 'T9010401234567', rates: [0.1] },
  SG: { name: 'Colt Technology Services Singapore Pte. Ltd.', registrationNumber: 'M2-8012345-6', rates: [0.09] },
  KR: { name: '콜트테크놀로지서비스 유한회사', registrationNumber: '123-45-67891', rates: [0.1] },
  HK: { name: 'Colt 科技服務香港有限公司', rates: [] },
};

const SERVICES = [
  'International Ethernet 1 Gbps',
  'IP Access 500 Mbps',
  'SIP Trunking: usage',
  'Colocation rack (42U)',
  'Wavelength 10 Gbps',
  'Managed SD-WAN',
];

/**
 * Line items and a tax breakdown for a generated invoice, in its entity's form: Japan's
 * consumption tax at 10% (with a reduced-rate 8% line on one invoice in six), Singapore GST
 * at 9%, Korea VAT at 10%, none in Hong Kong. The invoice's `amount` is the total including
 * tax. Deterministic per invoice.
 */
export function sampleInvoiceDetail(invoice: Invoice): InvoiceDetailData {
  const random = createRandom(hash(`${String(invoice.id)}/detail`));
  const entity = typeof invoice.legalEntity === 'string' ? invoice.legalEntity : 'JP';
  const issuer = ISSUERS[entity] ?? ISSUERS['JP']!;
  const scale = 10 ** (invoice.currency === 'JPY' || invoice.currency === 'KRW' ? 0 : 2);
  const total = Math.round((typeof invoice.amount === 'number' && Number.isFinite(invoice.amount) ? invoice.amount : 0) * scale);
  const reduced = entity === 'JP' && random() < 1 / 6;
  const rate = issuer.rates[0] ?? 0;
  // Split the total (minor units) into a standard-rate part and, sometimes, a reduced-rate part.
  const reducedGross = reduced ? Math.round(total * 0.05) : 0;
  const standardGross = total - reducedGross;
  const standardNet = Math.round(standardGross / (1 + rate));
  const reducedNet = reduced ? Math.round(reducedGross / 1.08) : 0;
  const lineCount = 1 + Math.floor(random() * 3);
  const lineItems: InvoiceLineItem[] = [];
  let left = standardNet;
  for (let i = 0; i < lineCount; i++) {
    const share = i === lineCount - 1 ? left : Math.round(standardNet * (0.2 + random() * 0.4));
    left -= share;
    lineItems.push({
      id: `${String(invoice.id)}-l${i + 1}`,
      description: SERVICES[Math.floor(random() * SERVICES.length)] as string,
      quantity: 1,
      unitPrice: share / scale,
      amount: share / scale,
      ...(rate ? { taxRate: rate } : {}),
    });
  }
  if (reduced) {
    lineItems.push({
      id: `${String(invoice.id)}-l-reduced`,
      description: 'Refreshments for the site survey',
      quantity: 1,
      unitPrice: reducedNet / scale,
      amount: reducedNet / scale,
      taxRate: 0.08,
      reducedRate: true,
    });
  }
  const lines: TaxBreakdown['lines'] = [];
  if (rate) lines.push({ rate, taxableAmount: standardNet / scale, taxAmount: (standardGross - standardNet) / scale });
  if (reduced) lines.push({ rate: 0.08, taxableAmount: reducedNet / scale, taxAmount: (reducedGross - reducedNet) / scale, reduced: true });
  const tax: TaxBreakdown = {
    jurisdiction: entity,
    issuerName: issuer.name,
    ...(issuer.registrationNumber ? { registrationNumber: issuer.registrationNumber } : {}),
    lines,
  };
  return { lineItems, tax, ...(typeof invoice.ticketReference === 'string' ? { ticketReference: invoice.ticketReference } : {}) };
}
