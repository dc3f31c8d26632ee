import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { InvoiceColumnKind } from '../columns.js';

/** A column the cards can be sorted by. */
export interface SortChoice {
  id: string;
  label: string;
  kind: InvoiceColumnKind;
}

export interface CardsBarView {
  choices: SortChoice[];
  /** The sort as `id:asc` / `id:desc`; '' for the default order; 'custom' for several keys. */
  value: string;
  selectLabel: string;
  allSelected: boolean;
  someSelected: boolean;
  onSort: (value: string) => void;
  onSelectAll: () => void;
}

/** What each direction means for a kind of value: "oldest first", "lowest first", "A to Z". */
function directionLabel(label: string, kind: InvoiceColumnKind, desc: boolean): string {
  switch (kind) {
    case 'month':
    case 'date':
      return desc
        ? msg(str`${label}, newest first`, { id: 'grid.sort-by.newest' })
        : msg(str`${label}, oldest first`, { id: 'grid.sort-by.oldest' });
    case 'money':
    case 'number':
      return desc
        ? msg(str`${label}, highest first`, { id: 'grid.sort-by.highest' })
        : msg(str`${label}, lowest first`, { id: 'grid.sort-by.lowest' });
    default:
      return desc ? msg(str`${label}, Z to A`, { id: 'grid.sort-by.z-a' }) : msg(str`${label}, A to Z`, { id: 'grid.sort-by.a-z' });
  }
}

/**
 * Above the cards (narrow grids, where there is no header row): "Select all" and a "Sort by"
 * select offering each sortable column in both directions, and the default order.
 */
export function cardsBar(v: CardsBarView): TemplateResult {
  return html`<div class="cards-bar" part="cards-bar">
    <label class="check">
      <input
        type="checkbox"
        part="row-checkbox"
        .checked=${v.allSelected}
        .indeterminate=${v.someSelected}
        @change=${v.onSelectAll}
      />${v.selectLabel}
    </label>
    <span class="sort-by">
      <label for="sort-by">${msg('Sort by', { id: 'grid.sort-by' })}</label>
      <select
        id="sort-by"
        class="input"
        part="sort-select"
        .value=${v.value}
        @change=${(e: Event) => v.onSort((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${v.value === ''}>${msg('Newest first (default)', { id: 'grid.sort-by.default' })}</option>
        ${v.value === 'custom' ? html`<option value="custom" selected disabled>${msg('Several columns', { id: 'grid.sort-by.custom' })}</option>` : ''}
        ${v.choices.flatMap((choice) =>
          [false, true].map((desc) => {
            const value = `${choice.id}:${desc ? 'desc' : 'asc'}`;
            return html`<option value=${value} ?selected=${v.value === value}>${directionLabel(choice.label, choice.kind, desc)}</option>`;
          }),
        )}
      </select>
    </span>
  </div>`;
}
