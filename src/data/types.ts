/** Payment status of an invoice. `na` ("Not applicable") marks, for example, an original superseded by a reissue. */
export type InvoiceStatus = 'open' | 'disputed' | 'closed' | 'na';

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['open', 'disputed', 'closed', 'na'];

/** What a downloadable document is. */
export type InvoiceDocumentKind = 'invoice' | 'cdr' | 'universal-number-list' | 'report' | 'credit-note';

export const DOCUMENT_KINDS: readonly InvoiceDocumentKind[] = ['invoice', 'cdr', 'universal-number-list', 'report', 'credit-note'];

/** Whether a document can be fetched now. */
export type DocumentAvailability = 'available' | 'preparing' | 'removed';

export interface InvoiceDocument {
  id: string;
  kind: InvoiceDocumentKind;
  /** Human label, e.g. "Invoice" or "Call data records (CDR)". Untrusted text. */
  name: string;
  fileName: string;
  mimeType: string;
  /** Size in bytes, when known. */
  size?: number;
  /** Where to fetch it. Only http(s) and blob URLs are ever followed. */
  url?: string;
  /** ISO date (YYYY-MM-DD) or date-time after which the portal removes the document. */
  availableUntil?: string;
  availability?: DocumentAvailability;
  /** Invoice number of the lineage member this document belongs to (original, reissue, credit note). */
  invoiceNumber?: string;
}

export interface Invoice {
  id: string;
  invoiceNumber: string;
  /** Calendar month, `YYYY-MM`; never a UTC instant. */
  billingMonth: string;
  /** Amount in major units of `currency` (4060 for ¥4,060). */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  customerName: string;
  /** Customer number (OCN). */
  ocn: string;
  /** Customer number (BCN). */
  bcn: string;
  /** Billing entity name in the local language. */
  billingEntityName?: string;
  status: InvoiceStatus;
  documents?: InvoiceDocument[];
  /** Legal entity code (e.g. `JP`, `SG`, `HK`, `KR`), used to choose the billing contact. */
  legalEntity?: string;
  /** Payment due date, `YYYY-MM-DD`. */
  dueDate?: string;
  /** ISO date-time the invoice was issued. */
  issuedAt?: string;
  /**
   * Number of the invoice that replaced this one (its reissue), when the adapter knows it;
   * the grid also finds it when the reissue is in the same result.
   */
  supersededBy?: string;
  [extra: string]: unknown;
}

export type SortDirection = 'asc' | 'desc';

export interface SortKey {
  field: string;
  direction: SortDirection;
}

/** Lineage-derived kind of an invoice, used by the filter. */
export type LineageKind = 'invoice' | 'reissue' | 'credit-note';

export type TextMatchOp = 'contains' | 'equals';

export interface TextCondition {
  op: TextMatchOp;
  value: string;
}

/** The fields a text condition of the advanced filter can test. */
export type FilterTextField = 'invoiceNumber' | 'customerName' | 'ocn' | 'bcn' | 'billingEntityName';

export const FILTER_TEXT_FIELDS: readonly FilterTextField[] = ['invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName'];

/**
 * The advanced-filter value. Versioned so that saved views and shared URLs stay readable
 * when the model grows. Every field is optional; an absent field does not constrain.
 */
export interface InvoiceFilter {
  version: 1;
  /** Inclusive, `YYYY-MM`. */
  monthFrom?: string;
  /** Inclusive, `YYYY-MM`. */
  monthTo?: string;
  amountMin?: number;
  amountMax?: number;
  /** ISO 4217; when set, only invoices in this currency match. */
  currency?: string;
  statuses?: InvoiceStatus[];
  kinds?: LineageKind[];
  invoiceNumber?: TextCondition;
  customerName?: TextCondition;
  ocn?: TextCondition;
  bcn?: TextCondition;
  billingEntityName?: TextCondition;
}

export interface InvoiceQuery {
  /** Free text matched against invoice number, customer name, OCN, BCN and billing entity. */
  search: string;
  /** Status constraint (the tabs). Empty means every status. */
  statuses: InvoiceStatus[];
  filter: InvoiceFilter;
  sort: SortKey[];
  offset: number;
  limit: number;
}

export interface InvoicePage {
  rows: Invoice[];
  /** Number of invoices matching the query, across all pages. */
  total: number;
  /** Sum of `amount` per currency over every matching invoice (never summed across currencies). */
  totals?: Record<string, number>;
  /** ISO date-time when payment statuses were last refreshed. */
  lastRefreshed?: string;
}

export type StatusCounts = Record<InvoiceStatus, number>;

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface FetchDocumentOptions extends RequestOptions {
  /** Called with bytes received and total bytes (when known). */
  onProgress?: (loaded: number, total: number | undefined) => void;
}

/**
 * Where every element gets its data. The adapter does the querying, so the same elements
 * serve five rows or millions held by a server. Every call honours its `AbortSignal`.
 */
export interface InvoiceDataAdapter {
  listInvoices(query: InvoiceQuery, options?: RequestOptions): Promise<InvoicePage>;
  countByStatus(query: InvoiceQuery, options?: RequestOptions): Promise<StatusCounts>;
  listDocuments(invoice: Invoice, options?: RequestOptions): Promise<InvoiceDocument[]>;
  fetchDocument(document: InvoiceDocument, options?: FetchDocumentOptions): Promise<Blob>;
}
