import { expect } from '@open-wc/testing';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { lineageInvoices } from '../../stories/fixtures.js';
import { dataRows } from './grid.js';

/**
 * Layout checks of the grid at a given viewport width: every identifier whole, status and
 * actions on screen, the page never scrolling sideways, and headers that break between words
 * only. They read the layout (widths, line boxes), so they hold whatever font the machine
 * draws CJK text with.
 */

/** The widths customers use (issue 16), and the ends of the supported range. */
export const COMMON_WIDTHS = [390, 768, 1024, 1280, 1440, 1920];
export const EXTREME_WIDTHS = [320, 2560];
export const LAYOUT_LOCALES = ['en', 'ja', 'ko'] as const;

/** The seed rows with a reissue, a credit note and a superseded original, a Singapore dollar row and very long names. */
export function layoutRows(): Invoice[] {
  const seed = seedInvoices().filter((row) => row.id !== 'seed-4');
  const long: Invoice = {
    ...seedInvoices()[0]!,
    id: 'sg-long',
    invoiceNumber: '6520100000123',
    currency: 'SGD',
    amount: 1_234_567.89,
    status: 'disputed',
    customerName: 'Marina Bay International Telecommunications and Data Services Holdings Pte. Ltd.',
    billingEntityName: 'Colt Technology Services Singapore Private Limited, Regional Billing Office for Asia Pacific',
    ocn: '652010042',
    bcn: '6520100421',
  };
  return [...seed, ...lineageInvoices(), long];
}

/** Identifier cells: the value must be whole, inside its cell. */
const IDENTIFIERS = ['invoiceNumber', 'billingMonth', 'amount', 'ocn', 'bcn', 'status'];

/** Why `element` is not shown whole inside `within`, or undefined when it is. */
export function whole(element: Element, within: Element): string | undefined {
  const box = element.getBoundingClientRect();
  const cell = within.getBoundingClientRect();
  if (element.scrollWidth > element.clientWidth + 1) return `overflows itself (${element.scrollWidth} > ${element.clientWidth})`;
  if (box.left < cell.left - 1 || box.right > cell.right + 1)
    return `sticks out of its cell (${box.left}–${box.right} vs ${cell.left}–${cell.right})`;
  return undefined;
}

/** Places where a label's text moved to a new line inside a word. */
export function brokenWords(label: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    let previousTop: number | undefined;
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || /\s/.test(text[i]!)) continue;
      if (previousTop !== undefined && rect.top > previousTop + 2 && !/\s/.test(text[i - 1] ?? ' '))
        broken.push(`${text.slice(0, i)}|${text.slice(i)}`);
      previousTop = rect.top;
    }
  }
  return broken;
}

/** Waits for the grid's loads, then a few frames for its measured layout. */
export async function settleLayout(el: InvoiceGrid, settle: () => Promise<void>): Promise<void> {
  await settle();
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await settle();
  }
}

/** What is wrong with the grid's layout at the current viewport (empty when nothing is). */
export function layoutProblems(el: InvoiceGrid): string[] {
  const root = el.shadowRoot!;
  const grid = root.querySelector<HTMLElement>('[role="grid"]')!;
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);
  const seen = grid.getBoundingClientRect();
  const rowsShown = dataRows(el);
  if (rowsShown.length === 0) problems.push('no rows');
  for (const row of rowsShown) {
    const name = row.querySelector('.number')?.textContent ?? '?';
    for (const id of IDENTIFIERS) {
      const cell = row.querySelector(`[data-column-id="${id}"]`);
      if (!cell) continue;
      const content = cell.querySelector('.content')!;
      for (const part of [content, ...content.querySelectorAll('.number, .tag, .badge, .text')]) {
        // Left out on purpose (a virtual card leaves "Superseded" to the status): not cut short.
        if (part.getClientRects().length === 0) continue;
        const problem = whole(part, cell);
        if (problem) problems.push(`${name} ${id} ${part.className}: ${problem}`);
      }
    }
    for (const [what, selector] of [
      ['status', '[part~="status-badge"]'],
      ['actions', '[part~="actions-button"]'],
    ] as const) {
      const target = row.querySelector(selector)?.getBoundingClientRect();
      if (!target) problems.push(`${name}: no ${what}`);
      else if (target.left < Math.max(0, seen.left) - 1 || target.right > Math.min(window.innerWidth, seen.right) + 1)
        problems.push(`${name}: ${what} off screen (${target.left}–${target.right}, grid ${seen.left}–${seen.right})`);
    }
  }
  // The range and its Previous and Next buttons stay on one line.
  const pager = root.querySelector('[part~="pager"]');
  if (pager) {
    const tops = ['.range', 'button[aria-label]:first-of-type', 'button[aria-label]:last-of-type'].map((selector) => {
      const box = pager.querySelector(selector)!.getBoundingClientRect();
      return Math.round(box.top + box.height / 2);
    });
    if (Math.max(...tops) - Math.min(...tops) > 2)
      problems.push(`the pager's range, Previous and Next are not on one line (${tops.join(', ')})`);
  }
  for (const header of root.querySelectorAll<HTMLElement>('.head [role="columnheader"][data-column-id]')) {
    const label = header.querySelector('.label')!;
    const problem = whole(label, header);
    if (problem) problems.push(`header ${label.textContent!.trim()}: ${problem}`);
    for (const broken of brokenWords(label)) problems.push(`header broken inside a word: ${broken}`);
  }
  return problems;
}

/** Cards below 640 px: the detail of the first card holds OCN and BCN, whole. */
export async function expectWholeCardDetail(el: InvoiceGrid, settle: () => Promise<void>, where: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>('[part~="detail-button"]')!.click();
  await settle();
  const detail = el.shadowRoot!.querySelector('[part~="row-detail"]')!;
  for (const id of ['ocn', 'bcn']) {
    const value = detail.querySelector(`[data-column-id="${id}"] dd`)!;
    expect(whole(value.firstElementChild ?? value, detail), `${where}: ${id} in the detail`).to.equal(undefined);
  }
}
