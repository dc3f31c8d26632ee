import type { InvoiceDetailData, InvoiceLineItem, TaxBreakdown } from './billing-types.js';
import { addDays } from './dates.js';
import type { Invoice, InvoiceDocument, InvoiceDocumentKind, InvoiceStatus } from './types.js';

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

/** One document; every document has these fields in this order, so all share one shape. */
function sampleDocument(
  id: string,
  kind: InvoiceDocumentKind,
  name: string,
  fileName: string,
  mimeType: string,
  size: number,
  invoiceNumber: string,
): InvoiceDocument {
  return { id, kind, name, fileName, mimeType, size, invoiceNumber };
}

/** Built once: the parts of document ids and file names that repeat across invoices. */
const cdrSuffixes = new Map<string, string>();
const unlSuffixes = new Map<string, string>();
const REPORT_NAMES = ['', 'Usage summary report'];
const reportIdSuffixes: string[] = [];
const reportFileSuffixes: string[] = [];

function documentsFor(
  id: string,
  invoiceNumber: string,
  month: string,
  extra: { cdr: boolean; unl: boolean; reports: number },
): InvoiceDocument[] {
  const idHash = hash(id);
  const credit = invoiceNumber.endsWith('CN');
  // Sized up front: an array grown by push() keeps room for 16 more entries it never uses.
  const docs = new Array<InvoiceDocument>(1 + Number(extra.cdr) + Number(extra.unl) + extra.reports);
  let next = 0;
  docs[next++] = sampleDocument(
    id + '-invoice',
    credit ? 'credit-note' : 'invoice',
    credit ? 'Credit note' : 'Invoice',
    invoiceNumber + '.pdf',
    'application/pdf',
    48_000 + (idHash % 90_000),
    invoiceNumber,
  );
  if (extra.cdr) {
    let suffix = cdrSuffixes.get(month);
    if (suffix === undefined) cdrSuffixes.set(month, (suffix = `_CDR_${month}.csv`));
    const size = 200_000 + (hash('c', idHash) % 4_000_000);
    docs[next++] = sampleDocument(id + '-cdr', 'cdr', 'Call data records (CDR)', invoiceNumber + suffix, 'text/csv', size, invoiceNumber);
  }
  if (extra.unl) {
    let suffix = unlSuffixes.get(month);
    if (suffix === undefined) unlSuffixes.set(month, (suffix = `_UNL_${month}.csv`));
    const size = 12_000 + (hash('u', idHash) % 80_000);
    docs[next++] = sampleDocument(
      id + '-unl',
      'universal-number-list',
      'Universal number list',
      invoiceNumber + suffix,
      'text/csv',
      size,
      invoiceNumber,
    );
  }
  for (let r = 1; r <= extra.reports; r++) {
    const name = (REPORT_NAMES[r] ??= `Service charges report ${r}`);
    const idSuffix = (reportIdSuffixes[r] ??= `-report-${r}`);
    const fileSuffix = (reportFileSuffixes[r] ??= `_report_${r}.csv`);
    const size = 30_000 + (hash(String(r), hash('r', idHash)) % 200_000);
    docs[next++] = sampleDocument(id + idSuffix, 'report', name, invoiceNumber + fileSuffix, 'text/csv', size, invoiceNumber);
  }
  return docs;
}

const FNV_OFFSET = 2166136261;

/** FNV-1a of `text`, continuing from `h`: `hash(a + b)` is `hash(b, hash(a))`, with no string built. */
function hash(text: string, h = FNV_OFFSET): number {
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

/** A customer of one entity, with its OCN and BCN worked out once. */
interface Customer {
  name: string;
  ocn: string;
  bcn: string;
}

const CUSTOMERS: Customer[][] = ENTITIES.map((entity) =>
  entity.customers.map((name) => ({
    name,
    ocn: String(20000 + (hash(entity.code + name) % 9000)),
    bcn: String(100000 + (hash(`${name}${entity.code}b`) % 89999)),
  })),
);

const pad2 = (n: number) => String(n).padStart(2, '0');

interface PaymentFields {
  dueDate: string;
  paidAt: string | undefined;
  amountDue: number | undefined;
  ticketReference: string | undefined;
}

/** Per billing month: its due date, payment days worked out so far, the prefix of its ticket references. */
const PAYMENT_MONTHS = new Map<string, { dueDate: string; paidDays: string[]; reference: string }>();

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
function paymentFields(key: number, billingMonth: string, amount: number, status: InvoiceStatus, currency: string): PaymentFields {
  let month = PAYMENT_MONTHS.get(billingMonth);
  if (month === undefined) {
    const dueDate = dueDateFor(billingMonth);
    month = { dueDate, paidDays: [], reference: `BT-${billingMonth.replace('-', '')}-` };
    PAYMENT_MONTHS.set(billingMonth, month);
  }
  // One integer mix per row (no string hashing): the payment fields cost little next to the row itself.
  let h = Math.imul(key ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  const fields: PaymentFields = { dueDate: month.dueDate, paidAt: undefined, amountDue: undefined, ticketReference: undefined };
  if (status === 'closed') {
    const offset = h % 30;
    fields.paidAt = month.paidDays[offset] ??= addDays(month.dueDate, offset - 22);
  } else if (status === 'open' && h % 5 === 0) {
    const scale = currency === 'JPY' || currency === 'KRW' ? 1 : 100;
    fields.amountDue = Math.round(amount * (0.3 + ((h >>> 8) % 600) / 1000) * scale) / scale;
  } else if (status === 'disputed') {
    fields.ticketReference = month.reference + String(h % 100_000).padStart(5, '0');
  }
  return fields;
}

/**
 * Generates `count` realistic invoices across the Japan, Singapore, Hong Kong and Korea
 * entities: every status, some USD billing, reissues (`-1`, `-2`, whose originals read NA),
 * credit notes (`CN`) and their documents. Invoices carry payment fields: a `dueDate` (the
 * end of the month after billing), `paidAt` on closed ones, `amountDue` on some partly paid
 * open ones and a `ticketReference` on disputed ones. Deterministic for a given seed.
 *
 * Fast enough to call with 100,000 in a story (`npm run bench:sample`): each row is built
 * as one object literal of a fixed shape, and what repeats (a customer's OCN and BCN, a
 * month's `YYYY-MM`) is worked out once, not per row.
 */
export function generateInvoices(count: number, options: GenerateOptions = {}): Invoice[] {
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  // Keys of the payment fields' own generator: one per row, different for every seed.
  const salt = Math.imul(seed, 0x27d4eb2d);
  const [lastYear, lastMonthNo] = (options.lastMonth ?? '2026-10').split('-').map(Number) as [number, number];
  const months = options.months ?? 84;
  const last = lastYear * 12 + (lastMonthNo - 1);
  // `YYYY-MM` and the `YYMM` of invoice numbers, per month back from `lastMonth`.
  const monthLabels: string[] = [];
  const numberMonths: string[] = [];
  const monthOf = (back: number): string => {
    let label = monthLabels[back];
    if (label === undefined) {
      const index = last - back;
      label = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
      monthLabels[back] = label;
      numberMonths[back] = label.replace('-', '').slice(2);
    }
    return label;
  };
  const invoices: Invoice[] = [];
  let serial = 0;
  while (invoices.length < count) {
    const entityIndex = Math.floor(random() * ENTITIES.length);
    const entity = ENTITIES[entityIndex] as Entity;
    const customers = CUSTOMERS[entityIndex] as Customer[];
    const customer = customers[Math.floor(random() * customers.length)] as Customer;
    const back = Math.floor(random() * months);
    const billingMonth = monthOf(back);
    const usd = random() < 0.06;
    const currency = usd ? 'USD' : entity.currency;
    const decimals = usd ? 2 : entity.decimals;
    const low = usd ? 30 : entity.range[0];
    const high = usd ? 40_000 : entity.range[1];
    const scale = 10 ** decimals;
    const amount = Math.round((low + (high - low) * random() ** 3) * scale) / scale;
    const base = entity.prefix + (numberMonths[back] as string) + String(++serial).padStart(7, '0');
    const status: InvoiceStatus =
      back < 2 ? (random() < 0.85 ? 'open' : 'disputed') : random() < 0.05 ? 'disputed' : random() < 0.08 ? 'open' : 'closed';
    const id = `inv-${serial}`;
    const hasCdr = random() < 0.6;
    const hasUnl = random() < 0.2;
    const reports = Math.floor(random() * 3);
    const reissues = random() < 0.05 ? 1 + Math.floor(random() * 2) : 0;
    const common: RowCommon = { customer, entity, currency, billingMonth };
    invoices.push(
      sampleInvoice(
        common,
        (serial * 4) ^ salt,
        id,
        base,
        amount,
        reissues ? 'na' : status,
        documentsFor(id, base, billingMonth, { cdr: hasCdr, unl: hasUnl, reports }),
      ),
    );
    for (let r = 1; r <= reissues && invoices.length < count; r++) {
      const reissueId = `${id}-r${r}`;
      const number = `${base}-${r}`;
      const reissueAmount = Math.round(amount * (0.9 + random() * 0.1) * scale) / scale;
      invoices.push(
        sampleInvoice(
          common,
          (serial * 4 + r) ^ salt,
          reissueId,
          number,
          reissueAmount,
          r === reissues ? status : 'na',
          documentsFor(reissueId, number, billingMonth, NO_EXTRA),
        ),
      );
    }
    if (random() < 0.03 && invoices.length < count) {
      const creditId = `${id}-cn`;
      const number = `${base}CN`;
      invoices.push(
        sampleInvoice(
          common,
          (serial * 4 + 3) ^ salt,
          creditId,
          number,
          -Math.round(amount * random() * 0.3 * scale) / scale,
          'closed',
          documentsFor(creditId, number, billingMonth, NO_EXTRA),
        ),
      );
    }
  }
  return invoices;
}

const NO_EXTRA = { cdr: false, unl: false, reports: 0 };

/** What an invoice, its reissues and its credit note share. */
interface RowCommon {
  customer: Customer;
  entity: Entity;
  currency: string;
  billingMonth: string;
}

/** One generated invoice; every row has these fields in this order, so all share one shape. */
function sampleInvoice(
  common: RowCommon,
  key: number,
  id: string,
  invoiceNumber: string,
  amount: number,
  status: InvoiceStatus,
  documents: InvoiceDocument[],
): Invoice {
  const payment = amount < 0 ? undefined : paymentFields(key, common.billingMonth, amount, status, common.currency);
  return {
    customerName: common.customer.name,
    ocn: common.customer.ocn,
    bcn: common.customer.bcn,
    billingEntityName: common.entity.name,
    legalEntity: common.entity.code,
    currency: common.currency,
    billingMonth: common.billingMonth,
    id,
    invoiceNumber,
    amount,
    status,
    documents,
    dueDate: payment?.dueDate,
    paidAt: payment?.paidAt,
    amountDue: payment?.amountDue,
    ticketReference: payment?.ticketReference,
  };
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
