// Converts between the API's Invoice / InvoiceDocument objects and table rows. Derived columns
// (lineage, folded text) are computed here, once per write, with the library's own functions.

/** Columns of `invoices` the loader writes, in order. */
export const INVOICE_COLUMNS = [
  'ord',
  'account_id',
  'billing_account_id',
  'id',
  'invoice_number',
  'billing_month',
  'amount',
  'currency',
  'customer_name',
  'ocn',
  'bcn',
  'billing_entity_name',
  'status',
  'legal_entity',
  'due_date',
  'issued_at',
  'extra',
  'lineage_base',
  'kind',
  'reissue',
  'number_fold',
  'paid_at',
  'amount_due',
  'ticket_reference',
  'due_on',
  'paid_on',
];

/** SQL types of INVOICE_COLUMNS, for `unnest($n::type[])`. */
export const INVOICE_TYPES = [
  'bigint',
  'bigint',
  'bigint',
  'text',
  'text',
  'text',
  'numeric',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'jsonb',
  'text',
  'text',
  'integer',
  'text',
  'text',
  'numeric',
  'text',
  'date',
  'date',
];

export const DOCUMENT_COLUMNS = [
  'id',
  'account_id',
  'invoice_ord',
  'position',
  'kind',
  'name',
  'file_name',
  'mime_type',
  'size',
  'url',
  'available_until',
  'availability',
  'invoice_number',
  'extra',
];

export const DOCUMENT_TYPES = [
  'text',
  'bigint',
  'bigint',
  'integer',
  'text',
  'text',
  'text',
  'text',
  'bigint',
  'text',
  'text',
  'text',
  'text',
  'jsonb',
];

const KNOWN_INVOICE_FIELDS = new Set([
  'id',
  'invoiceNumber',
  'billingMonth',
  'amount',
  'currency',
  'customerName',
  'ocn',
  'bcn',
  'billingEntityName',
  'status',
  'legalEntity',
  'dueDate',
  'issuedAt',
  'paidAt',
  'amountDue',
  'ticketReference',
  'documents',
]);

const KNOWN_DOCUMENT_FIELDS = new Set([
  'id',
  'kind',
  'name',
  'fileName',
  'mimeType',
  'size',
  'url',
  'availableUntil',
  'availability',
  'invoiceNumber',
]);

/** Line items and a tax breakdown of the expected shapes go to invoice_details; anything else stays in `extra`. */
const detailParts = (invoice) => ({
  lineItems: Array.isArray(invoice.lineItems) ? invoice.lineItems : undefined,
  tax: invoice.tax && typeof invoice.tax === 'object' && !Array.isArray(invoice.tax) ? invoice.tax : undefined,
});

function extraOf(object, known, stored = {}) {
  const extra = {};
  let any = false;
  for (const [key, value] of Object.entries(object)) {
    if (known.has(key) || value === undefined || stored[key] !== undefined) continue;
    extra[key] = value;
    any = true;
  }
  return any ? JSON.stringify(extra) : null;
}

const optionalText = (value) => (typeof value === 'string' ? value : null);

/**
 * Throws a TypeError naming the problem of a row the database must not hold (the library's
 * `validateInvoice` decides).
 */
export function assertStorable(lib, invoice) {
  const problems = lib.validateInvoice(invoice);
  if (problems.length) {
    const { field, code } = problems[0];
    throw new TypeError(`Invoice ${JSON.stringify(invoice?.id ?? null)} cannot be stored: ${field || 'row'} is ${code}.`);
  }
}

/** One invoice (checked by assertStorable) as the values of INVOICE_COLUMNS. */
export function invoiceRow(lib, invoice, ord, accountId, billingAccountId) {
  const text = (value) => String(value);
  const lineage = lib.parseInvoiceNumber(text(invoice.invoiceNumber));
  return [
    ord,
    accountId,
    billingAccountId,
    text(invoice.id),
    text(invoice.invoiceNumber),
    invoice.billingMonth,
    String(invoice.amount),
    invoice.currency,
    text(invoice.customerName),
    text(invoice.ocn),
    text(invoice.bcn),
    optionalText(invoice.billingEntityName),
    invoice.status,
    optionalText(invoice.legalEntity),
    optionalText(invoice.dueDate),
    optionalText(invoice.issuedAt),
    extraOf(invoice, KNOWN_INVOICE_FIELDS, detailParts(invoice)),
    lineage.base,
    lineage.kind,
    lineage.reissue,
    lib.normalizeText(invoice.invoiceNumber),
    optionalText(invoice.paidAt),
    typeof invoice.amountDue === 'number' ? String(invoice.amountDue) : null,
    invoice.ticketReference == null ? null : String(invoice.ticketReference),
    lib.isValidDate(invoice.dueDate) ? invoice.dueDate : null,
    lib.calendarDate(invoice.paidAt) ?? null,
  ];
}

export const DETAIL_COLUMNS = ['account_id', 'invoice_ord', 'line_items', 'tax'];
export const DETAIL_TYPES = ['bigint', 'bigint', 'jsonb', 'jsonb'];

/** The invoice's line items and tax breakdown as values of DETAIL_COLUMNS, or undefined when it carries neither. */
export function detailRow(invoice, ord, accountId) {
  const { lineItems, tax } = detailParts(invoice);
  if (!lineItems && !tax) return undefined;
  return [accountId, ord, lineItems ? JSON.stringify(lineItems) : null, tax ? JSON.stringify(tax) : null];
}

/** The billing account an invoice names: [customer_name, ocn, bcn, billing_entity_name]. */
export function billingAccountKey(invoice) {
  return [String(invoice.customerName), String(invoice.ocn), String(invoice.bcn), optionalText(invoice.billingEntityName)];
}

export const BILLING_ACCOUNT_COLUMNS = [
  'account_id',
  'customer_name',
  'ocn',
  'bcn',
  'billing_entity_name',
  'customer_fold',
  'ocn_fold',
  'bcn_fold',
  'entity_fold',
  'search_key',
];

/** A billing account (from billingAccountKey) as values of BILLING_ACCOUNT_COLUMNS. */
export function billingAccountRow(lib, key, accountId) {
  const folds = key.map((value) => lib.normalizeText(value ?? ''));
  return [accountId, ...key, ...folds, folds.join('\n')];
}

/** The documents of one invoice as values of DOCUMENT_COLUMNS. */
export function documentRows(invoice, ord, accountId) {
  const documents = Array.isArray(invoice.documents) ? invoice.documents : [];
  return documents.map((document, position) => {
    if (!document || typeof document !== 'object' || typeof document.id !== 'string' || !document.id) {
      throw new TypeError(`Invoice ${JSON.stringify(invoice.id)} has a document without an id.`);
    }
    return [
      document.id,
      accountId,
      ord,
      position,
      document.kind,
      String(document.name ?? ''),
      String(document.fileName ?? ''),
      String(document.mimeType ?? ''),
      Number.isFinite(document.size) && document.size >= 0 ? Math.round(document.size) : null,
      optionalText(document.url),
      optionalText(document.availableUntil),
      optionalText(document.availability),
      optionalText(document.invoiceNumber),
      extraOf(document, KNOWN_DOCUMENT_FIELDS),
    ];
  });
}
