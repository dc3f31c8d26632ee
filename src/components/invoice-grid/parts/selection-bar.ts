import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatCount } from '../../../format/formatters.js';

export interface SelectionBarView {
  locale: string;
  count: number;
  total: number;
  allMatching: boolean;
  /** Offer "Select all … matching" (the page is selected, or the grid is virtual). */
  offerAllMatching: boolean;
  onSelectAllMatching: () => void;
  onDownload: () => void;
  onClear: () => void;
}

/** The selection count, "Select all … matching", "Download selected" and "Clear selection"; nothing when none is selected. */
export function selectionBar(v: SelectionBarView): TemplateResult | typeof nothing {
  if (v.count === 0) return nothing;
  const total = formatCount(v.total, v.locale);
  return html`<div class="selection-bar" part="selection-bar">
    <span>
      ${
        v.allMatching
          ? msg(str`All ${total} matching invoices are selected.`, { id: 'grid.selected-all' })
          : msg(str`${formatCount(v.count, v.locale)} selected`, { id: 'grid.selected-count' })
      }
    </span>
    ${
      !v.allMatching && v.offerAllMatching && v.total > v.count
        ? html`<button type="button" class="button" @click=${v.onSelectAllMatching}>
            ${msg(str`Select all ${total} matching`, { id: 'grid.select-all-matching' })}
          </button>`
        : nothing
    }
    ${
      v.allMatching
        ? nothing
        : html`<button type="button" class="button" @click=${v.onDownload}>
            ${msg('Download selected', { id: 'grid.download-selected' })}
          </button>`
    }
    <button type="button" class="button" @click=${v.onClear}>${msg('Clear selection', { id: 'grid.clear-selection' })}</button>
  </div>`;
}
