/** The one-import entry: registers every tag and re-exports everything. */
import './define/invoice-grid.js';
import './define/invoice-status-tabs.js';
import './define/invoice-download-dialog.js';
import './define/advanced-filter.js';
import './define/invoice-section.js';
import './define/billing-summary.js';
import './define/invoice-detail.js';
import './define/invoice-ticket-dialog.js';

export * from './classes.js';
