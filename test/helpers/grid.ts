import { fixture, html } from '@open-wc/testing';
import '../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceGridColumn } from '../../src/components/invoice-grid/columns.js';
import type { InvoiceDataAdapter, InvoiceQuery } from '../../src/data/types.js';
import { accessibleName, queryAllByRole } from './dom.js';

/** Fixtures and readers for `<invoice-grid>` tests. */

export interface GridOptions {
  virtual?: boolean;
  storageKey?: string;
  query?: InvoiceQuery;
  columns?: InvoiceGridColumn[];
  searchDelay?: number;
  pageSize?: number;
}

/** Renders a grid on `adapter` (properties set before it connects) and waits for its first load. */
export async function gridFixture(adapter: InvoiceDataAdapter | undefined, options: GridOptions = {}): Promise<InvoiceGrid> {
  const el = document.createElement('invoice-grid');
  el.adapter = adapter;
  if (options.virtual) {
    el.virtual = true;
    el.style.setProperty('--inv-grid-virtual-height', '400px');
  }
  if (options.storageKey) el.storageKey = options.storageKey;
  if (options.query) el.query = options.query;
  if (options.columns) el.columns = options.columns;
  if (options.pageSize) el.pageSize = options.pageSize;
  el.searchDelay = options.searchDelay ?? 250;
  await fixture(html`<div style="width: 1200px">${el}</div>`);
  await settle(el);
  return el;
}

/** Waits for pending loads and the renders they cause. */
export async function settle(el: InvoiceGrid): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await el.updateComplete;
}

/** Text of the cells of each data row (visible text, whitespace collapsed). */
export function rowTexts(el: InvoiceGrid): string[][] {
  return dataRows(el).map((row) =>
    [...row.querySelectorAll('[role="gridcell"]')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

export function dataRows(el: InvoiceGrid): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')];
}

export function headerNames(el: InvoiceGrid): string[] {
  return queryAllByRole(el, 'columnheader').map((h) => accessibleName(h.querySelector('button') ?? h) || accessibleName(h));
}

export function columnTexts(el: InvoiceGrid, name: string): string[] {
  const index = headerNames(el).indexOf(name);
  if (index < 0) throw new Error(`No column ${name}`);
  return rowTexts(el).map((cells) => cells[index] ?? '');
}
