/**
 * Every export of the library with no side effects: nothing is registered. Partners use it
 * to define the elements under their own tag names:
 *
 *   import { InvoiceGrid } from '@invoice-section/elements/classes';
 *   customElements.define('acme-invoice-grid', class extends InvoiceGrid {});
 */
export * from './data/index.js';
export * from './format/index.js';
export type * from './events/index.js';
export { InvoiceElement } from './internal/invoice-element.js';
export {
  getLocale,
  setLocale,
  matchLocale,
  intlLocale,
  followDocumentLanguage,
  SUPPORTED_LOCALES,
  TRANSLATED_LOCALES,
  PSEUDO_LOCALE,
  LOCALE_NAMES,
  type InvoiceLocale,
} from './localization.js';
export { LoadController } from './controllers/load-controller.js';
export { preloadParts } from './preload.js';
export { InvoiceGrid } from './components/invoice-grid/invoice-grid.component.js';
export { InvoiceStatusTabs } from './components/invoice-status-tabs/invoice-status-tabs.component.js';
export { InvoiceDownloadDialog } from './components/invoice-download-dialog/invoice-download-dialog.component.js';
export { AdvancedFilter } from './components/advanced-filter/advanced-filter.component.js';
export { InvoiceSection } from './components/invoice-section/invoice-section.component.js';
export { BillingSummary } from './components/billing-summary/billing-summary.component.js';
export { InvoiceDetail, defaultDetailHref } from './components/invoice-detail/invoice-detail.component.js';
export { InvoiceTicketDialog } from './components/invoice-ticket-dialog/invoice-ticket-dialog.component.js';
export { defaultColumns, type InvoiceColumn, type InvoiceCellContext, type InvoiceColumnKind } from './components/invoice-grid/columns.js';
export { filterChips, filterChipStyles, type FilterChipsOptions } from './components/advanced-filter/filter-chips.js';
export {
  LocalStorageSavedViewsStore,
  MemorySavedViewsStore,
  type SavedView,
  type SavedViewColumns,
  type SavedViewsStore,
} from './data/saved-views.js';
export { UrlSyncController, type UrlSyncOptions } from './controllers/url-sync-controller.js';
export * from './export/index.js';
