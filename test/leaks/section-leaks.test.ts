import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices, seedInvoices } from '../../src/data/sample.js';
import type { InvoiceStatus } from '../../src/data/types.js';
import { deepQueryAll, queryByRole, settle, waitFor } from '../helpers/dom.js';
import { seedAdapter } from '../helpers/hostile-adapters.js';

/**
 * Mount and remove <invoice-section> 200 times, re-query it 500 times: every listener the
 * elements put on window and document is taken off again, and (Chromium, where a test can
 * force garbage collection) the removed sections are collected and the heap returns to
 * within HEAP_BOUND_BYTES of where it started.
 */

const MOUNTS = 200;
const REQUERIES = 500;
/** Heap growth allowed after 200 mounts and a forced GC: far below one section's worth times 200. */
const HEAP_BOUND_BYTES = 3 * 1024 * 1024;

type Gc = () => void;
const gc = (window as unknown as { gc?: Gc }).gc;
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

async function collect(): Promise<void> {
  // WeakRef targets and finalisation need turns of the event loop between collections.
  for (let i = 0; i < 3; i++) {
    await settle();
    gc?.();
  }
}

interface ListenerLedger {
  /** Listeners added and not removed, as "target type capture". */
  open(): string[];
  restore(): void;
}

/** Counts add/removeEventListener on window and document (same listener, type and capture = same entry). */
function trackListeners(): ListenerLedger {
  const live = new Map<string, number>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (fn: unknown) => {
    if (!fn || (typeof fn !== 'function' && typeof fn !== 'object')) return -1;
    let id = ids.get(fn as object);
    if (id === undefined) ids.set(fn as object, (id = ++next));
    return id;
  };
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
  const restorers: Array<() => void> = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      const key = `${name} ${type} ${capture(options)} #${idOf(listener)}`;
      const once = typeof options === 'object' && options?.once;
      // `once` and signal-bound listeners remove themselves; count only the persistent kind.
      if (!once && !(typeof options === 'object' && options?.signal)) live.set(key, (live.get(key) ?? 0) + 1);
      return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      const key = `${name} ${type} ${capture(options)} #${idOf(listener)}`;
      if (live.has(key)) {
        const n = (live.get(key) as number) - 1;
        if (n <= 0) live.delete(key);
        else live.set(key, n);
      }
      return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof target.removeEventListener;
    restorers.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    open: () => [...live.entries()].map(([key, n]) => `${key} ×${n}`),
    restore: () => restorers.forEach((r) => r()),
  };
}

function dataRows(root: Element): HTMLElement[] {
  return deepQueryAll(root, '[role="row"][part~="row"]:not(.pending)');
}

/** One use of a section: rows, a tab, the filter and the dialog open, then removal. */
async function mountUseRemove(host: HTMLElement, adapter: ReturnType<typeof seedAdapter>, deep: boolean): Promise<WeakRef<InvoiceSection>> {
  const section = document.createElement('invoice-section') as InvoiceSection;
  section.adapter = adapter;
  host.append(section);
  await waitFor(() => dataRows(section).length === 5, 'rows');
  if (deep) {
    section.query = { ...section.query, statuses: ['open'] };
    await waitFor(() => dataRows(section).length === 1, 'open tab');
    (deepQueryAll<HTMLButtonElement>(section, '[part~="filter-button"]')[0] as HTMLButtonElement).click();
    await waitFor(() => queryByRole(section, 'button', 'Apply'), 'filter open');
    (deepQueryAll<HTMLButtonElement>(section, '[part~="actions-button"]')[0] as HTMLButtonElement).click();
    await waitFor(() => queryByRole(section, 'menu'), 'menu open');
    (deepQueryAll<HTMLButtonElement>(section, '[part~="documents-button"]')[0] as HTMLButtonElement).click();
    await waitFor(() => queryByRole(section, 'dialog', 'Download'), 'dialog open');
  }
  section.remove();
  return new WeakRef(section);
}

describe('leaks', function (this: { timeout(ms: number): void }) {
  this.timeout(120_000);

  it(`mounting and removing <invoice-section> ${MOUNTS} times leaves no listener on window or document${gc ? ' and no heap growth' : ''}`, async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const adapter = seedAdapter();
    // Warm up: module-level caches, styles and locale state settle before measuring.
    for (let i = 0; i < 5; i++) await mountUseRemove(host, adapter, true);
    await collect();
    const ledger = trackListeners();
    const before = heap();
    const refs: Array<WeakRef<InvoiceSection>> = [];
    try {
      for (let i = 0; i < MOUNTS; i++) refs.push(await mountUseRemove(host, adapter, i % 10 === 0));
      await settle(50);
      expect(ledger.open(), 'listeners left on window/document').to.deep.equal([]);
    } finally {
      ledger.restore();
    }
    if (!gc) {
      // Firefox gives pages no way to force a collection, so heap figures would be noise; the
      // listener ledger above is the check there.
      return;
    }
    await collect();
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    const after = heap() as number;
    const growth = after - (before as number);
    console.log(
      `leaks: ${alive}/${MOUNTS} removed sections still reachable after GC; heap ${((before as number) / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB (${(growth / 1024).toFixed(0)} KB)`,
    );
    expect(alive, 'removed sections still reachable after GC').to.be.at.most(1);
    expect(growth, `heap growth after ${MOUNTS} mounts (bound ${HEAP_BOUND_BYTES} bytes)`).to.be.below(HEAP_BOUND_BYTES);
  });

  it(`re-querying one section ${REQUERIES} times leaves no listener behind and no heap growth`, async () => {
    const adapter = seedAdapter([...seedInvoices(), ...generateInvoices(200, { seed: 9 })]);
    const section = await fixture<InvoiceSection>(html`<invoice-section .adapter=${adapter}></invoice-section>`);
    await waitFor(() => dataRows(section).length > 0, 'rows');
    const statuses: Array<InvoiceStatus[]> = [['open'], ['disputed'], ['closed'], []];
    const requery = async (i: number) => {
      let loaded = false;
      const onLoad = () => (loaded = true);
      section.addEventListener('invoice-load', onLoad);
      section.query = defaultQuery({ statuses: statuses[i % 4] as InvoiceStatus[], search: i % 3 === 0 ? String(i % 10) : '', offset: 0 });
      await waitFor(() => loaded, `query ${i}`);
      section.removeEventListener('invoice-load', onLoad);
    };
    for (let i = 0; i < 20; i++) await requery(i);
    await collect();
    const ledger = trackListeners();
    const before = heap();
    try {
      for (let i = 0; i < REQUERIES; i++) await requery(i);
      await settle(50);
      expect(ledger.open(), 'listeners left on window/document').to.deep.equal([]);
    } finally {
      ledger.restore();
    }
    if (!gc) return;
    await collect();
    const growth = (heap() as number) - (before as number);
    console.log(`leaks: heap growth after ${REQUERIES} queries ${(growth / 1024).toFixed(0)} KB`);
    expect(growth, `heap growth after ${REQUERIES} queries (bound ${HEAP_BOUND_BYTES} bytes)`).to.be.below(HEAP_BOUND_BYTES);
  });

  it('the ledger catches a listener left behind', () => {
    const ledger = trackListeners();
    const forgotten = () => undefined;
    try {
      window.addEventListener('resize', forgotten);
      expect(ledger.open()).to.have.length(1);
      window.removeEventListener('resize', forgotten);
      expect(ledger.open()).to.deep.equal([]);
    } finally {
      ledger.restore();
    }
  });
});
