import 'axe-core/axe.min.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceDataAdapter, InvoiceQuery } from '../../../src/data/types.js';
import type { InvoiceColumn } from '../../../src/components/invoice-grid/columns.js';

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }>;
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: unknown): Promise<AxeResult> };
  }
}

/** Runs axe on `element` (shadow roots included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await window.axe.run(element, { resultTypes: ['violations'] });
  const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  expect(lines, lines.join('\n')).to.deep.equal([]);
}

/** Every element matching `selector` in `root` and the open shadow roots below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: ParentNode) => {
    found.push(...node.querySelectorAll<T>(selector));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  if ((root as Element).shadowRoot) walk((root as Element).shadowRoot!);
  walk(root);
  return [...new Set(found)];
}

/** A close approximation of an element's accessible name (enough for role-and-name look-ups). */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const root = element.getRootNode() as Document | ShadowRoot;
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    const labels = element.labels ? [...element.labels] : [];
    if (labels.length)
      return labels
        .map((l) => l.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
  }
  if (element.tagName === 'FIELDSET') {
    return (element.querySelector('legend')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  const visibleText = (parent: Node): string =>
    [...parent.childNodes]
      .map((node) => {
        if (node instanceof Text) return node.data;
        if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return '';
        return visibleText(node);
      })
      .join(' ');
  const text = visibleText(element);
  return text.replace(/\s+/g, ' ').trim();
}

const IMPLICIT_ROLE: Record<string, string> = {
  button: 'button',
  'input[type=checkbox]': 'checkbox',
  'input[type=radio]': 'radio',
  'input[type=search]': 'searchbox',
  'input:not([type]), input[type=text], input[type=month], input[type=number], input[type=email]': 'textbox',
  select: 'combobox',
  fieldset: 'group',
  dialog: 'dialog',
  'a[href]': 'link',
  'section[aria-labelledby], section[aria-label]': 'region',
  'ul, ol': 'list',
  li: 'listitem',
};

/** Finds one element by role and accessible name (string: exact, or prefix when `prefix`; RegExp: test). */
export function getByRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T {
  const all = queryAllByRole<T>(root, role, name);
  if (all.length === 0) throw new Error(`No ${role} named ${String(name)}`);
  return all[0]!;
}

export function queryAllByRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T[] {
  const implicit = Object.entries(IMPLICIT_ROLE)
    .filter(([, r]) => r === role)
    .map(([selector]) => selector);
  const selector = [
    `[role="${role}"]`,
    ...implicit.map((s) =>
      s
        .split(',')
        .map((p) => `${p.trim()}:not([role])`)
        .join(','),
    ),
  ].join(',');
  return deepQueryAll<T>(root, selector).filter((element) => {
    if (name === undefined) return true;
    const accessible = accessibleName(element);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
}

/** The element focused now, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function until(predicate: () => boolean, message: string, timeout = 4000): Promise<void> {
  await waitUntil(predicate, message, { timeout });
}

// ---- grid-specific helpers ----------------------------------------------------------------

export interface GridOptions {
  virtual?: boolean;
  storageKey?: string;
  query?: InvoiceQuery;
  columns?: InvoiceColumn[];
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
