// Converts between the API's Invoice / InvoiceDocument objects and table rows. Derived columns
// (lineage, folded text) are computed here, once per write, with the library's own functions.

/** Columns of `invoices` the loader writes, in order. */
export const INVOICE_COLUMNS = [
  'ord',
  'account_id',
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
  'customer_fold',
  'ocn_fold',
  'bcn_fold',
  'entity_fold',
  'search_key',
];

/** SQL types of INVOICE_COLUMNS, for `unnest($n::type[])`. */
export const INVOICE_TYPES = [
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
  'text',
  'text',
  'text',
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
 * One invoice as the values of INVOICE_COLUMNS. Throws a TypeError naming the problem for a
 * row the database must not hold (the library's `validateInvoice` decides).
 * @param {object} lib the data module
 */
export function invoiceRow(lib, invoice, ord, accountId) {
  const problems = lib.validateInvoice(invoice);
  if (problems.length) {
    const { field, code } = problems[0];
    throw new TypeError(`Invoice ${JSON.stringify(invoice?.id ?? null)} cannot be stored: ${field || 'row'} is ${code}.`);
  }
  const text = (value) => String(value);
  const lineage = lib.parseInvoiceNumber(text(invoice.invoiceNumber));
  const folds = [invoice.invoiceNumber, invoice.customerName, invoice.ocn, invoice.bcn, invoice.billingEntityName].map((value) =>
    lib.normalizeText(value ?? ''),
  );
  return [
    ord,
    accountId,
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
    ...folds,
    folds.join('\n'),
  ];
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
