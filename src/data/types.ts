import type {
  BillingSummaryData,
  BillingSummaryRequest,
  InvoiceDetailData,
  InvoiceLineItem,
  TaxBreakdown,
  TicketReceipt,
  TicketRequest,
} from './billing-types.js';

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
  /** Payment due date, `YYYY-MM-DD`. Past it, an invoice with something still owed is overdue (`isOverdue`). */
  dueDate?: string;
  /** When the invoice was paid in full: a date `YYYY-MM-DD` or an ISO date-time (its date part counts). */
  paidAt?: string;
  /**
   * What is still owed, in major units of `currency`, after partial payments and credit notes
   * (0 ≤ `amountDue` ≤ `amount`). Absent: an open or disputed invoice owes its whole `amount`.
   */
  amountDue?: number;
  /** The reference of the ticket raised about the invoice (shown on a disputed invoice). Untrusted text. */
  ticketReference?: string;
  /** ISO date-time the invoice was issued. */
  issuedAt?: string;
  /**
   * Number of the invoice that replaced this one (its reissue), when the adapter knows it;
   * the grid also finds it when the reissue is in the same result.
   */
  supersededBy?: string;
  /** Line items, when the data carries them (an adapter may give them through `getInvoiceDetail` instead). */
  lineItems?: InvoiceLineItem[];
  /** Tax breakdown, when the data carries it (see `TaxBreakdown`). */
  tax?: TaxBreakdown;
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
  /** Only overdue invoices: due date past and something still owed (`isOverdue`). */
  overdue?: boolean;
  /** Only invoices with something owed that fall due from today to this many days later (1–366). */
  dueWithinDays?: number;
  /** Only closed invoices paid in full within this many months up to today (1–120). */
  paidWithinMonths?: number;
}

export interface InvoiceQuery {
  /** Free text matched against invoice number, customer name, OCN, BCN and billing entity. */
  search: string;
  /** Status constraint (the tabs). Empty means every status. */
  statuses: InvoiceStatus[];
  filter: InvoiceFilter;
  /**
   * Sort keys, most significant first; ties keep the data's order. Empty: the default order,
   * newest billing month first (ties in the data's order, rows without a valid month last).
   */
  sort: SortKey[];
  offset: number;
  limit: number;
  /**
   * The viewer's calendar date `YYYY-MM-DD` for the date-relative filter conditions (overdue,
   * due within, paid within). Default: the adapter's local date. Never written into URLs, so
   * a shared link keeps meaning "overdue today".
   */
  today?: string;
}

export interface InvoicePage {
  rows: Invoice[];
  /** Number of invoices matching the query, across all pages. */
  total: number;
  /**
   * Sum of `amount` per currency over every matching invoice that counts (never summed across
   * currencies): "Not applicable" rows are left out (a superseded original reads NA) and
   * credit notes (`CN`) count as negative. See `InvoiceTotals`.
   */
  totals?: Record<string, number>;
  /** The open and disputed part of `totals`, per currency, with the same currencies. */
  outstanding?: Record<string, number>;
  /**
   * Instead of `totals` and `outstanding`, when they are still being summed: resolves with
   * both. The grid shows the rows at once, a placeholder where the totals go, and the totals
   * when it resolves. (The in-memory adapter answers the first page of a large list this way.)
   */
  pendingTotals?: Promise<{ totals: Record<string, number>; outstanding: Record<string, number> }>;
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
  /**
   * Optional. Account-wide billing figures per currency (`<billing-summary>` hides without
   * it). An adapter that has it also honours the filter's `overdue`, `dueWithinDays` and
   * `paidWithinMonths` conditions; the advanced filter offers them only then.
   */
  billingSummary?(request: BillingSummaryRequest, options?: RequestOptions): Promise<BillingSummaryData>;
  /** Optional. Line items, tax breakdown and ticket reference of one invoice (`<invoice-detail>` hides those parts without it). */
  getInvoiceDetail?(invoice: Invoice, options?: RequestOptions): Promise<InvoiceDetailData>;
  /** Optional. Raises a billing ticket and answers its reference (`<invoice-ticket-dialog>` then sends through it). */
  raiseTicket?(request: TicketRequest, options?: RequestOptions): Promise<TicketReceipt>;
}
