import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Grid } from '@vaadin/grid';
import type { GridSortColumn } from '@vaadin/grid/vaadin-grid-sort-column.js';
import type { Invoice } from '../../src/data/types.js';
import { install, matchesSearch } from './common.js';

const grid = document.getElementById('grid') as Grid<Invoice>;
const amount = grid.querySelector('vaadin-grid-sort-column[path="amount"]') as GridSortColumn<Invoice>;
let all: Invoice[] = [];

const ready = customElements.whenDefined('vaadin-grid').then(() => undefined);

install(
  'vaadin-grid',
  {
    load(rows) {
      all = rows;
      grid.items = rows;
    },
    sortByAmount() {
      amount.direction = 'asc';
    },
    search(text) {
      // Vaadin's array data provider has no global search: filter by reassigning items.
      grid.items = text ? all.filter((row) => matchesSearch(row, text)) : all;
    },
    topRows(count) {
      const out: string[] = new Array(count).fill('');
      for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
        const cell = content.assignedSlot?.parentElement;
        const row = cell?.parentElement as (HTMLElement & { index?: number }) | null | undefined;
        if (!cell || !row || row.hidden || row.parentElement?.id !== 'items') continue;
        if ((cell as HTMLElement & { _column?: unknown })._column !== grid.querySelector('vaadin-grid-column[path="invoiceNumber"]'))
          continue;
        const index = row.index ?? -1;
        if (index >= 0 && index < count) out[index] = content.textContent ?? '';
      }
      return out;
    },
    scroller: () => grid.shadowRoot?.getElementById('table'),
  },
  ready,
);
