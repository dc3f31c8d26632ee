import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type GridPanel = 'columns' | 'export';

export interface ToolbarView {
  /** "12 invoices", nothing before the first result, or a placeholder when the total cannot be read. */
  count: string | TemplateResult;
  search: string;
  filterOpen: boolean;
  panel: GridPanel | undefined;
  onSearchInput: (event: Event) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
  onToggleFilter: () => void;
  onTogglePanel: (panel: GridPanel) => void;
}

/** Search, "Advanced filter", "Customize columns", "Export to Excel", the portal's slots and the record count. */
export function toolbar(v: ToolbarView): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <slot name="toolbar-start"></slot>
    <input
      class="input search"
      part="search"
      type="search"
      aria-label=${msg('Search invoices', { id: 'grid.search' })}
      placeholder=${msg('Search invoices', { id: 'grid.search' })}
      .value=${v.search}
      @input=${v.onSearchInput}
      @keydown=${v.onSearchKeydown}
    />
    <button type="button" class="button" part="filter-button" aria-expanded=${v.filterOpen ? 'true' : 'false'} @click=${v.onToggleFilter}>
      ${msg('Advanced filter', { id: 'grid.advanced-filter' })}
    </button>
    <button
      type="button"
      class="button"
      part="customize-button"
      id="customize-button"
      aria-expanded=${v.panel === 'columns' ? 'true' : 'false'}
      aria-controls="columns-panel"
      @click=${() => v.onTogglePanel('columns')}
    >
      ${msg('Customize columns', { id: 'grid.customize' })}
    </button>
    <button
      type="button"
      class="button"
      part="export-button"
      id="export-button"
      aria-expanded=${v.panel === 'export' ? 'true' : 'false'}
      aria-controls="export-panel"
      @click=${() => v.onTogglePanel('export')}
    >
      ${msg('Export to Excel', { id: 'grid.export' })}
    </button>
    <slot name="toolbar-end"></slot>
    <span class="count" part="record-count">${v.count}</span>
  </div>`;
}
