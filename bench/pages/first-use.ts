// How long a part that loads on first use (the download dialog's content, the advanced filter's
// form, the grid's "Customize columns" panel, a row's Actions menu) takes from the click that opens it to its first
// painted frame, on a page opened with a cold cache. `open(part)` clicks the control a user
// clicks and stops the clock at the animation frame after the part is shown; the runner calls
// it right after the first rows (before the page has been idle, so nothing is prefetched yet)
// or after the page has been idle (prefetched).
import '../../src/index.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { generateInvoices } from '../../src/data/sample.js';

export type FirstUsePart = 'dialog' | 'filter' | 'columns' | 'menu';

declare global {
  interface Window {
    benchFirstUse: {
      /** Resolves when the first rows are painted. */
      ready: Promise<void>;
      /** Resolves when the page has been idle once (the parts are prefetched then). */
      idle(): Promise<void>;
      open(part: FirstUsePart): Promise<number>;
    };
  }
}

const section = document.querySelector('invoice-section') as InvoiceSection;
section.adapter = new InMemoryInvoiceAdapter(generateInvoices(1000));
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const grid = () => section.shadowRoot?.querySelector('invoice-grid');
const inGrid = (selector: string) => grid()?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

async function until(check: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await nextFrame();
  }
}

const shown = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;

const parts: Record<FirstUsePart, { control: () => HTMLElement | null; visible: () => boolean }> = {
  dialog: {
    control: () => inGrid('[part~="documents-button"]'),
    visible: () => {
      const dialog = section.shadowRoot?.querySelector('invoice-download-dialog')?.shadowRoot?.querySelector('dialog');
      return !!dialog?.open && shown(dialog.querySelector('[part~="title"]'));
    },
  },
  filter: {
    control: () => grid()?.filterButton ?? null,
    visible: () => shown(section.shadowRoot?.querySelector('advanced-filter')?.shadowRoot?.querySelector('#f-monthFrom')),
  },
  columns: {
    control: () => inGrid('#customize-button'),
    visible: () => shown(inGrid('#columns-panel input')),
  },
  menu: {
    control: () => inGrid('[part~="actions-button"]'),
    visible: () => shown(inGrid('[role="menu"] [role="menuitem"]')),
  },
};

window.benchFirstUse = {
  ready: until(() => !!inGrid('[part~="documents-button"]'), 'the first rows').then(() => nextFrame().then(() => undefined)),
  idle: () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })),
  async open(part) {
    const { control, visible } = parts[part];
    const target = control();
    if (!target) throw new Error(`No control opens the ${part}`);
    const start = performance.now();
    target.click();
    await until(visible, `the ${part}`);
    // The frame that shows it has been painted by the next frame callback.
    await nextFrame();
    return performance.now() - start;
  },
};
