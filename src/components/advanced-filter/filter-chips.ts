import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { activeFilterKeys, type FilterKey } from '../../data/query.js';
import type { InvoiceFilter } from '../../data/types.js';
import { filterChipLabel, filterChipValue } from './filter-labels.js';

/** Kept in a module of their own: a page that shows no filter loads them without the chips' code. */
export { filterChipStyles } from './filter-chips.styles.js';

export interface FilterChipsOptions {
  /** Adds a "Clear all filters" button when two or more filters are active. */
  onClearAll?: () => void;
}

/**
 * One removable chip per active filter key ("Minimum amount: ¥40,000 ×"), as a Lit template
 * any element can render (the section puts it in the grid's `toolbar-below` slot). Include
 * `filterChipStyles` in the rendering element's styles. Renders nothing when no filter is active.
 *
 * Parts: `chips` (the list), `chip`, `chip-label`, `chip-value`, `chip-remove`, `chips-clear`.
 */
export function filterChips(
  filter: InvoiceFilter | undefined,
  onRemove: (key: FilterKey) => void,
  options: FilterChipsOptions = {},
): TemplateResult | typeof nothing {
  const keys = activeFilterKeys(filter);
  if (!filter || keys.length === 0) return nothing;
  return html`<div class="filter-chips" part="chips-bar">
    <ul class="chips" part="chips" aria-label=${msg('Active filters', { id: 'filter.chips.label' })}>
      ${keys.map((key) => {
        const label = filterChipLabel(key);
        return html`<li class="chip" part="chip" data-key=${key}>
          <span part="chip-label">${label}:</span>
          <span part="chip-value">${filterChipValue(filter, key)}</span>
          <button
            type="button"
            class="chip-remove"
            part="chip-remove"
            aria-label=${msg(str`Remove filter: ${label}`, { id: 'filter.chips.remove' })}
            @click=${() => onRemove(key)}
          >
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" fill="none" />
            </svg>
          </button>
        </li>`;
      })}
    </ul>
    ${
      options.onClearAll && keys.length > 1
        ? html`<button type="button" class="button ghost chips-clear" part="chips-clear" @click=${options.onClearAll}>
            ${msg('Clear all filters', { id: 'filter.chips.clear-all' })}
          </button>`
        : nothing
    }
  </div>`;
}
