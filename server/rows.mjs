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

function extraOf(object, known) {
  const extra = {};
  let any = false;
  for (const [key, value] of Object.entries(object)) {
    if (known.has(key) || value === undefined) continue;
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
    extraOf(invoice, KNOWN_INVOICE_FIELDS),
    lineage.base,
    lineage.kind,
    lineage.reissue,
    lib.normalizeText(invoice.invoiceNumber),
  ];
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
