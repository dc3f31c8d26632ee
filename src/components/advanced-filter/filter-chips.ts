import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { activeFilterKeys, type FilterKey } from '../../data/query.js';
import type { InvoiceFilter } from '../../data/types.js';
import { filterChipLabel, filterChipValue } from './filter-labels.js';

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

/** Styles for `filterChips()`; they read the same tokens as the components. */
export const filterChipStyles = css`
  .filter-chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-2);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_inv-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_inv-space-1);
    max-width: 100%;
    padding: 0 0 0 var(--_inv-space-3);
    border: 1px solid var(--inv-chip-border-color, var(--_inv-color-primary));
    border-radius: var(--inv-chip-radius, var(--_inv-radius-pill));
    background: var(--inv-chip-bg, var(--_inv-color-primary-subtle));
    color: var(--inv-chip-color, var(--_inv-color-text));
    font-size: var(--_inv-font-size-sm);
  }
  .chip [part~='chip-label'] {
    color: var(--_inv-color-text-muted);
  }
  .chip [part~='chip-value'] {
    overflow: hidden;
    font-weight: var(--_inv-font-weight-bold);
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip-remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    border: 0;
    border-radius: var(--_inv-radius-pill);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--inv-chip-remove-hover-bg, var(--_inv-color-hover));
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
  }
`;
