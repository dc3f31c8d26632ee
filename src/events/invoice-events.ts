import type { InvoiceProblem } from '../data/validate.js';
import type { SavedView } from '../data/saved-views.js';
import type { Invoice, InvoiceDocument, InvoiceFilter, InvoiceQuery, InvoiceStatus } from '../data/types.js';
import type {
  InvoiceOpenDetailDetail,
  InvoiceOpenTicketDetail,
  InvoiceTicketCompleteDetail,
  InvoiceTicketRequestDetail,
} from './billing-events.js';

export type * from './billing-events.js';

/** `invoice-query-change`: the query changed by user intent (search, sort, page, tab, filter). */
export interface InvoiceQueryChangeDetail {
  query: InvoiceQuery;
  /** What changed it. */
  reason: 'search' | 'sort' | 'page' | 'status' | 'filter' | 'reset' | 'url' | 'view';
}

/** `invoice-selection-change`. When `allMatching` is true every row of the query is selected. */
export interface InvoiceSelectionChangeDetail {
  selectedIds: string[];
  /** The selected rows that are loaded (all of them unless `allMatching`). */
  invoices: Invoice[];
  allMatching: boolean;
  /** Number of selected invoices (the query's total when `allMatching`). */
  count: number;
}

/** `invoice-status-change` (cancelable): a status tab was chosen. `null` is "All". */
export interface InvoiceStatusChangeDetail {
  status: InvoiceStatus | null;
  previous: InvoiceStatus | null;
}

/** `invoice-filter-change`: a valid advanced filter was applied or cleared. */
export interface InvoiceFilterChangeDetail {
  filter: InvoiceFilter;
}

/** `invoice-action` (cancelable): a row action. Built-ins: `view-details`, `download`, `raise-ticket`, `copy-number`. */
export interface InvoiceActionDetail {
  action: string;
  invoice: Invoice;
}

/**
 * `invoice-error`: a failure (`load`, `counts`, `documents`, `download`, `export`, `summary`,
 * `detail`, `preview`, `ticket`) or a malformed `row`.
 */
export interface InvoiceErrorDetail {
  /**
   * `duplicate-id`: invoices in the result share an id (each keeps its own row and selection).
   * `page`: the answer's total or one of its sums cannot be read (a placeholder is shown).
   */
  kind:
    | 'load'
    | 'counts'
    | 'documents'
    | 'download'
    | 'export'
    | 'row'
    | 'duplicate-id'
    | 'storage'
    | 'page'
    | 'summary'
    | 'detail'
    | 'preview'
    | 'ticket';
  /** Localised, human-readable. */
  message: string;
  error?: unknown;
  /** For `row` and `duplicate-id`: what is wrong with it. */
  problems?: InvoiceProblem[];
  invoice?: unknown;
  retryable?: boolean;
}

/** `invoice-download-request` (cancelable): documents are about to be downloaded. */
export interface InvoiceDownloadRequestDetail {
  invoices: Invoice[];
  documents: InvoiceDocument[];
  /** `single` downloads one file; `zip` bundles several into one archive. */
  mode: 'single' | 'zip';
}

/** `invoice-download-complete`: a download finished; `failed` lists documents that could not be fetched. */
export interface InvoiceDownloadCompleteDetail {
  documents: InvoiceDocument[];
  failed: InvoiceDocument[];
  fileName: string;
}

/** `invoice-export-request` (cancelable) and `invoice-export-complete`. */
export interface InvoiceExportDetail {
  format: 'xlsx' | 'csv';
  scope: 'page' | 'selected' | 'all';
  rowCount?: number;
  fileName?: string;
}

/** `invoice-columns-change`: columns shown, order or widths changed. */
export interface InvoiceColumnsChangeDetail {
  order: string[];
  hidden: string[];
  widths: Record<string, number>;
}

/** `invoice-filter-toggle`: the "Advanced filter" button asks to open or close a filter panel. */
export interface InvoiceFilterToggleDetail {
  open: boolean;
}

/** `invoice-open-documents`: the grid asks for the download dialog for one invoice or the selection. */
export interface InvoiceOpenDocumentsDetail {
  invoices: Invoice[];
}

/**
 * `invoice-load` (cancelable): a page of results arrived. When the page is past the end of the
 * result, the grid moves to the last page unless the event is prevented (a host that owns
 * paging, like the section, moves it itself).
 */
export interface InvoiceLoadDetail {
  query: InvoiceQuery;
  total: number;
  lastRefreshed?: string;
}

/** `invoice-view-apply`: a saved view was chosen; its host restores the view's search, filter, sort and columns. */
export interface InvoiceViewApplyDetail {
  view: SavedView;
}

/** Every event the library fires, name → detail. */
export interface InvoiceEventMap {
  'invoice-query-change': InvoiceQueryChangeDetail;
  'invoice-selection-change': InvoiceSelectionChangeDetail;
  'invoice-status-change': InvoiceStatusChangeDetail;
  'invoice-filter-change': InvoiceFilterChangeDetail;
  'invoice-action': InvoiceActionDetail;
  'invoice-error': InvoiceErrorDetail;
  'invoice-download-request': InvoiceDownloadRequestDetail;
  'invoice-download-complete': InvoiceDownloadCompleteDetail;
  'invoice-export-request': InvoiceExportDetail;
  'invoice-export-complete': InvoiceExportDetail;
  'invoice-columns-change': InvoiceColumnsChangeDetail;
  'invoice-filter-toggle': InvoiceFilterToggleDetail;
  'invoice-open-documents': InvoiceOpenDocumentsDetail;
  'invoice-load': InvoiceLoadDetail;
  'invoice-view-apply': InvoiceViewApplyDetail;
  'invoice-ticket-request': InvoiceTicketRequestDetail;
  'invoice-ticket-complete': InvoiceTicketCompleteDetail;
  'invoice-open-detail': InvoiceOpenDetailDetail;
  'invoice-open-ticket': InvoiceOpenTicketDetail;
}

export type InvoiceEventName = keyof InvoiceEventMap;
export type InvoiceEvent<K extends InvoiceEventName> = CustomEvent<InvoiceEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'invoice-query-change': InvoiceEvent<'invoice-query-change'>;
    'invoice-selection-change': InvoiceEvent<'invoice-selection-change'>;
    'invoice-status-change': InvoiceEvent<'invoice-status-change'>;
    'invoice-filter-change': InvoiceEvent<'invoice-filter-change'>;
    'invoice-action': InvoiceEvent<'invoice-action'>;
    'invoice-error': InvoiceEvent<'invoice-error'>;
    'invoice-download-request': InvoiceEvent<'invoice-download-request'>;
    'invoice-download-complete': InvoiceEvent<'invoice-download-complete'>;
    'invoice-export-request': InvoiceEvent<'invoice-export-request'>;
    'invoice-export-complete': InvoiceEvent<'invoice-export-complete'>;
    'invoice-columns-change': InvoiceEvent<'invoice-columns-change'>;
    'invoice-filter-toggle': InvoiceEvent<'invoice-filter-toggle'>;
    'invoice-open-documents': InvoiceEvent<'invoice-open-documents'>;
    'invoice-load': InvoiceEvent<'invoice-load'>;
    'invoice-view-apply': InvoiceEvent<'invoice-view-apply'>;
    'invoice-ticket-request': InvoiceEvent<'invoice-ticket-request'>;
    'invoice-ticket-complete': InvoiceEvent<'invoice-ticket-complete'>;
    'invoice-open-detail': InvoiceEvent<'invoice-open-detail'>;
    'invoice-open-ticket': InvoiceEvent<'invoice-open-ticket'>;
  }
}
