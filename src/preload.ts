import { AdvancedFilter } from './components/advanced-filter/advanced-filter.component.js';
import { loadPanels } from './components/invoice-grid/panels-loader.js';
import { loadSectionParts } from './components/invoice-section/section-parts-loader.js';

/**
 * Loads now every part the elements otherwise load on first use or when the page is idle: the
 * advanced filter's form, the download dialog's content, the grid's panels and the section's
 * filter chips and link notice. Await it on the
 * server before rendering with `@lit-labs/ssr`, so that the filter's form is in the markup;
 * in the browser, for a page that would rather load everything up front.
 */
export async function preloadParts(): Promise<void> {
  await Promise.all([
    AdvancedFilter.preloadForm(),
    import('./components/invoice-download-dialog/download-dialog-view.js'),
    loadPanels(),
    loadSectionParts(),
  ]);
}
