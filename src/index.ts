/** The one-import entry: registers all five tags and re-exports everything. */
import './define/invoice-grid.js';
import './define/invoice-status-tabs.js';
import './define/invoice-download-dialog.js';
import './define/advanced-filter.js';
import './define/invoice-section.js';

export * from './classes.js';
