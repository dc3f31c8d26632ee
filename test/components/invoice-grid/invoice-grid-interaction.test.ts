import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { generateInvoices, seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceDataAdapter, InvoiceQuery } from '../../../src/data/types.js';
import type {
  InvoiceActionDetail,
  InvoiceFilterToggleDetail,
  InvoiceOpenDocumentsDetail,
  InvoiceSelectionChangeDetail,
} from '../../../src/events/invoice-events.js';
import { defaultColumns, type InvoiceGridColumn } from '../../../src/components/invoice-grid/columns.js';
import { accessibleName, deepActiveElement, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { columnTexts, dataRows, gridFixture, headerNames, settle } from '../../helpers/grid.js';

const seed = () => new InMemoryInvoiceAdapter(seedInvoices());

/** Ctrl+key, pressed the way both Playwright and Puppeteer understand. */
async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

function cellOf(el: Element): { row: string; name: string } {
  const cell = (el.closest('[role="gridcell"], [role="columnheader"]') ?? el) as HTMLElement;
  const row = cell.closest('[role="row"]')!.getAttribute('aria-rowindex')!;
  return { row, name: cell.dataset.c! };
}

describe('<invoice-grid> selection', () => {
  it('row checkboxes, the page checkbox and select-all-matching fire invoice-selection-change', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(generateInvoices(40, { seed: 5 })), { pageSize: 10 });
    const first = dataRows(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const name = accessibleName(first);
    expect(name).to.match(/^Select invoice \S+$/);
    let changed = oneEvent(el, 'invoice-selection-change');
    first.click();
    let detail = ((await changed) as CustomEvent<InvoiceSelectionChangeDetail>).detail;
    expect(detail.count).to.equal(1);
    expect(detail.allMatching).to.equal(false);
    expect(detail.invoices[0]!.invoiceNumber).to.equal(name.replace('Select invoice ', ''));
    await settle(el);
    expect(dataRows(el)[0]!.getAttribute('aria-selected')).to.equal('true');

    changed = oneEvent(el, 'invoice-selection-change');
    getByRole(el, 'checkbox', 'Select all on this page').click();
    detail = ((await changed) as CustomEvent<InvoiceSelectionChangeDetail>).detail;
    expect(detail.count).to.equal(10);
    await settle(el);

    changed = oneEvent(el, 'invoice-selection-change');
    getByRole(el, 'button', 'Select all 40 matching').click();
    detail = ((await changed) as CustomEvent<InvoiceSelectionChangeDetail>).detail;
    expect(detail.allMatching).to.equal(true);
    expect(detail.count).to.equal(40);
    expect(el.selection.allMatching).to.equal(true);
    await settle(el);

    // Selection is kept across pages.
    getByRole(el, 'button', 'Next page').click();
    await settle(el);
    expect(dataRows(el).every((row) => row.getAttribute('aria-selected') === 'true')).to.equal(true);

    el.clearSelection();
    await settle(el);
    expect(el.selection.count).to.equal(0);
    expect(dataRows(el).some((row) => row.getAttribute('aria-selected') === 'true')).to.equal(false);
  });
});

describe('<invoice-grid> column customisation', () => {
  beforeEach(() => localStorage.clear());

  it('hides a column by its checkbox and reorders by buttons, remembered across remounts', async () => {
    const el = await gridFixture(seed(), { storageKey: 'test-grid' });
    const toggle = getByRole(el, 'button', 'Customize columns');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = el.shadowRoot!.querySelector('[part~="columns-panel"]')!;
    const names = queryAllByRole(panel, 'checkbox').map((c) => accessibleName(c));
    expect(names).to.deep.equal(headerNames(el).slice(1));
    getByRole(panel, 'checkbox', 'Customer number (BCN)').click();
    await settle(el);
    expect(headerNames(el)).to.not.include('Customer number (BCN)');
    // Amount is the first column after the pinned ones: it moves no further up.
    expect(getByRole<HTMLButtonElement>(panel, 'button', 'Move Amount up').disabled).to.equal(true);
    getByRole(panel, 'button', 'Move Customer name up').click();
    await settle(el);
    expect(headerNames(el).slice(3, 5)).to.deep.equal(['Customer name', 'Amount']);
    el.parentElement!.remove();

    const again = await gridFixture(seed(), { storageKey: 'test-grid' });
    expect(headerNames(again).slice(3, 5)).to.deep.equal(['Customer name', 'Amount']);
    expect(headerNames(again)).to.not.include('Customer number (BCN)');
    expect(columnTexts(again, 'Amount')[0]).to.equal('¥45,629');

    getByRole(again, 'button', 'Customize columns').click();
    await settle(again);
    getByRole(again, 'button', 'Reset').click();
    await settle(again);
    // The configured order, with the pinned columns at either end.
    const labels = Object.fromEntries(defaultColumns().map((c) => [c.id, typeof c.header === 'function' ? c.header() : c.header]));
    const pinned = (side: string) => defaultColumns().filter((c) => c.meta?.pin === side);
    expect(headerNames(again).slice(1)).to.deep.equal(
      [...pinned('start'), ...defaultColumns().filter((c) => !c.meta?.pin), ...pinned('end')].map((c) => labels[c.id]),
    );
  });

  it('remembers the sort and a column width', async () => {
    const el = await gridFixture(seed(), { storageKey: 'test-sort' });
    getByRole(el, 'columnheader', 'Amount').querySelector('button')!.click();
    await settle(el);
    getByRole(el, 'button', 'Customize columns').click();
    await settle(el);
    const width = getByRole<HTMLInputElement>(el, 'spinbutton', 'Width of Amount in pixels');
    width.value = '220';
    width.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    expect(getByRole(el, 'grid').style.getPropertyValue('--_cols')).to.contain('220px');
    el.parentElement!.remove();

    const again = await gridFixture(seed(), { storageKey: 'test-sort' });
    expect(again.query.sort).to.deep.equal([{ field: 'amount', direction: 'asc' }]);
    expect(getByRole(again, 'columnheader', 'Amount').getAttribute('aria-sort')).to.equal('ascending');
    expect(columnTexts(again, 'Amount')[0]).to.equal('¥3,976');
    expect(getByRole(again, 'grid').style.getPropertyValue('--_cols')).to.contain('220px');
  });

  it('reorders by dragging a handle in the panel (pointer events, as on a phone), and resizes by dragging a header edge', async () => {
    const el = await gridFixture(seed());
    getByRole(el, 'button', 'Customize columns').click();
    await settle(el);
    const item = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="columns-panel"] li[data-column-id="${id}"]`)!;
    const handle = item('documents').querySelector<HTMLElement>('[part~="drag-handle"]')!;
    const at = (target: HTMLElement) => target.getBoundingClientRect().top + 4;
    const drag = (type: string, clientY: number) =>
      handle.dispatchEvent(
        new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientY, pointerId: 1, isPrimary: true }),
      );
    drag('pointerdown', at(item('documents')));
    drag('pointermove', at(item('amount')));
    await settle(el);
    drag('pointerup', at(item('amount')));
    await settle(el);
    expect(headerNames(el).slice(1, 4)).to.deep.equal(['Month', 'Invoice number', 'Download']);

    const track = (id: string) =>
      el.shadowRoot!.querySelector<HTMLElement>(`.head [data-column-id="${id}"]`)!.getBoundingClientRect().width;
    const before = track('amount');
    const edge = el.shadowRoot!.querySelector<HTMLElement>('[data-resize="amount"]')!;
    const x = edge.getBoundingClientRect().left;
    const pointer = (type: string, clientX: number) =>
      edge.dispatchEvent(
        new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX, pointerId: 1, isPrimary: true }),
      );
    pointer('pointerdown', x);
    pointer('pointermove', x + 40);
    pointer('pointerup', x + 40);
    await settle(el);
    expect(track('amount')).to.be.closeTo(before + 40, 1);
  });

  it('moves a column with Alt+Arrow in the panel and resizes it with Alt+Arrow on its header, both announced', async () => {
    const el = await gridFixture(seed());
    getByRole(el, 'button', 'Customize columns').click();
    await settle(el);
    const panel = el.shadowRoot!.querySelector('[part~="columns-panel"]')!;
    getByRole(panel, 'checkbox', 'Customer name').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await settle(el);
    expect(headerNames(el).slice(3, 5)).to.deep.equal(['Customer name', 'Amount']);
    const live = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
    expect(live()).to.equal('Customer name moved to position 3 of 10');

    const header = getByRole(el, 'columnheader', 'Amount');
    const before = header.getBoundingClientRect().width;
    header.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    await settle(el);
    expect(getByRole(el, 'columnheader', 'Amount').getBoundingClientRect().width).to.be.closeTo(before + 16, 1);
    expect(live()).to.match(/^Width of Amount: \d+ pixels$/);
  });

  it('portals relabel, add and remove columns', async () => {
    // A 0.1 `InvoiceColumn` (label, field, render) and a relabelled default definition, mixed.
    const columns: InvoiceGridColumn[] = defaultColumns()
      .filter((c) => c.id !== 'bcn')
      .map((c) => (c.id === 'ocn' ? { ...c, label: 'OCN' } : c));
    columns.splice(2, 0, { id: 'due', label: 'Due date', field: 'dueDate', render: (invoice) => `due ${String(invoice.dueDate ?? '-')}` });
    const el = await gridFixture(seed(), { columns });
    expect(headerNames(el)).to.include('OCN');
    expect(headerNames(el)).to.not.include('Customer number (BCN)');
    // After the pinned Month and Invoice number, in the configured order.
    expect(headerNames(el)[4]).to.equal('Due date');
    expect(columnTexts(el, 'Due date')[0]).to.equal('due -');
  });
});

describe('<invoice-grid> keyboard', () => {
  it('Tab enters at the last focused cell; arrows, Home/End, Ctrl+Home/End move; Space selects; Enter sorts', async () => {
    const el = await gridFixture(seed());
    getByRole<HTMLInputElement>(el, 'searchbox', 'Search invoices').focus();
    // From the search box: Advanced filter, Customize columns, Export to Excel, then the grid.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(cellOf(deepActiveElement()!)).to.deep.equal({ row: '1', name: '0' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    let active = deepActiveElement()!;
    expect(cellOf(active)).to.deep.equal({ row: '2', name: '1' });
    // Newest billing month first.
    expect(active.textContent!.trim()).to.equal('October 2020');
    await sendKeys({ press: 'End' });
    expect(cellOf(deepActiveElement()!)).to.deep.equal({ row: '2', name: '10' });
    await sendKeys({ press: 'Home' });
    expect(cellOf(deepActiveElement()!)).to.deep.equal({ row: '2', name: '0' });
    await ctrl('End');
    expect(cellOf(deepActiveElement()!)).to.deep.equal({ row: '6', name: '10' });
    await sendKeys({ press: 'PageUp' });
    expect(cellOf(deepActiveElement()!).row).to.equal('2');
    await ctrl('Home');
    expect(cellOf(deepActiveElement()!)).to.deep.equal({ row: '1', name: '0' });

    // Space on a data row toggles its selection.
    await sendKeys({ press: 'ArrowDown' });
    const selected = oneEvent(el, 'invoice-selection-change');
    await sendKeys({ type: ' ' });
    expect(((await selected) as CustomEvent<InvoiceSelectionChangeDetail>).detail.count).to.equal(1);
    await settle(el);
    expect(dataRows(el)[0]!.getAttribute('aria-selected')).to.equal('true');

    // Leave and come back: Tab re-enters at the same cell.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(cellOf(deepActiveElement()!)).to.deep.equal({ row: '2', name: '0' });

    // Enter on a header sorts.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(getByRole(el, 'columnheader', 'Invoice number').getAttribute('aria-sort')).to.equal('ascending');
    active = deepActiveElement()!;
    expect(cellOf(active)).to.deep.equal({ row: '1', name: '2' });
  });

  it('the actions menu opens with Enter, moves with arrows, closes with Escape back to its button', async () => {
    const el = await gridFixture(seed());
    const button = getByRole(el, 'button', 'Actions for 2202008003470');
    (button.closest('[role="gridcell"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const menu = getByRole(el, 'menu');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(queryAllByRole(menu, 'menuitem').map((m) => accessibleName(m))).to.deep.equal([
      'View details',
      'Download…',
      'Raise ticket',
      'Copy invoice number',
    ]);
    expect(accessibleName(deepActiveElement()!)).to.equal('View details');
    await sendKeys({ press: 'ArrowDown' });
    expect(accessibleName(deepActiveElement()!)).to.equal('Download…');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(accessibleName(deepActiveElement()!)).to.equal('Copy invoice number');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(queryAllByRole(el, 'menu')).to.have.length(0);
    expect(deepActiveElement()).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('menu actions fire cancelable invoice-action; download opens documents unless prevented', async () => {
    const el = await gridFixture(seed());
    const actions: InvoiceActionDetail[] = [];
    const opened: InvoiceOpenDocumentsDetail[] = [];
    el.addEventListener('invoice-action', (e) => {
      actions.push(e.detail);
      if (e.detail.action === 'raise-ticket') e.preventDefault();
    });
    el.addEventListener('invoice-open-documents', (e) => {
      opened.push(e.detail);
      e.preventDefault();
    });
    const open = async () => {
      getByRole(el, 'button', 'Actions for 2202008003481').click();
      await settle(el);
    };
    await open();
    getByRole(el, 'menuitem', 'Raise ticket').click();
    await settle(el);
    expect(actions.map((a) => [a.action, a.invoice.invoiceNumber])).to.deep.equal([['raise-ticket', '2202008003481']]);
    expect(opened).to.have.length(0);
    await open();
    getByRole(el, 'menuitem', 'Download…').click();
    await settle(el);
    expect(actions.at(-1)!.action).to.equal('download');
    expect(opened.map((o) => o.invoices.map((i) => i.invoiceNumber))).to.deep.equal([['2202008003481']]);

    // The Download cell's button asks for the documents too.
    getByRole(el, 'button', 'Invoice, 2 reports').click();
    expect(opened.at(-1)!.invoices[0]!.invoiceNumber).to.equal('2202008003470');
  });

  it('Advanced filter fires invoice-filter-toggle and reflects filter-open in aria-expanded', async () => {
    const el = await gridFixture(seed());
    const button = getByRole(el, 'button', 'Advanced filter');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const toggled = oneEvent(el, 'invoice-filter-toggle');
    button.click();
    expect(((await toggled) as CustomEvent<InvoiceFilterToggleDetail>).detail.open).to.equal(true);
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    el.filterOpen = false;
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<invoice-grid virtual>', () => {
  const big = new InMemoryInvoiceAdapter(generateInvoices(100_000, { seed: 11 }));

  it('renders a bounded number of rows of 100,000 with aria-rowcount and aria-rowindex, fetching windows as it scrolls', async () => {
    const queries: InvoiceQuery[] = [];
    const adapter: InvoiceDataAdapter = {
      listInvoices: (q, o) => {
        queries.push(q);
        return big.listInvoices(q, o);
      },
      countByStatus: (q, o) => big.countByStatus(q, o),
      listDocuments: (i, o) => big.listDocuments(i, o),
      fetchDocument: (d, o) => big.fetchDocument(d, o),
    };
    const el = await gridFixture(adapter, { virtual: true });
    const grid = getByRole(el, 'grid');
    await until(() => dataRows(el).length > 0, 'rows');
    expect(grid.getAttribute('aria-rowcount')).to.equal('100001');
    expect(dataRows(el).length).to.be.below(40);
    expect(queries[0]!.limit).to.be.at.most(200);
    expect(dataRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');

    grid.scrollTop = 50_000 * 44;
    await until(
      () => dataRows(el).some((r) => r.getAttribute('aria-rowindex') === '50002') && !el.shadowRoot!.querySelector('.row.pending'),
      'scrolled rows loaded',
    );
    expect(dataRows(el).length).to.be.below(40);
    expect(queries.at(-1)!.offset).to.be.within(49_000, 50_100);
    const indexes = dataRows(el).map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indexes.every((i, n) => n === 0 || i === indexes[n - 1]! + 1)).to.equal(true);

    // Ctrl+End goes to the last row.
    (dataRows(el)[2]!.querySelector('[role="gridcell"]') as HTMLElement).focus();
    await ctrl('End');
    await until(() => deepActiveElement()?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '100001', 'last row focused');
    expect(dataRows(el).length).to.be.below(40);
  });

  it('keeps the elements of rows that stay in the window, follows the measured row height and keeps focus in the grid', async () => {
    const el = await gridFixture(big, { virtual: true });
    const grid = getByRole(el, 'grid');
    const loaded = () => dataRows(el).length > 0 && !el.shadowRoot!.querySelector('.row.pending');
    await until(loaded, 'rows');
    const byIndex = () => new Map(dataRows(el).map((row) => [row.getAttribute('aria-rowindex'), row]));
    const before = byIndex();
    const rowHeight = dataRows(el)[0]!.getBoundingClientRect().height;
    grid.scrollTop = rowHeight * 10;
    await until(() => !byIndex().has('2') && loaded(), 'window moved by ten rows');
    const after = byIndex();
    const kept = [...after.keys()].filter((key) => before.has(key));
    expect(kept.length).to.be.above(10);
    for (const key of kept) expect(after.get(key) === before.get(key), `row ${key} kept its element`).to.equal(true);

    // Rows sit edge to edge at the measured height, in compact density too.
    const contiguous = () => {
      const rects = dataRows(el)
        .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
        .map((row) => row.getBoundingClientRect());
      return rects.every((rect, i) => i === 0 || Math.abs(rect.top - rects[i - 1]!.bottom) < 0.5);
    };
    expect(contiguous()).to.equal(true);
    el.density = 'compact';
    await settle(el);
    await until(() => dataRows(el)[0]!.getBoundingClientRect().height < rowHeight && contiguous(), 'compact rows edge to edge');
    const compact = dataRows(el)[0]!.getBoundingClientRect().height;
    const body = el.shadowRoot!.querySelector<HTMLElement>('.body')!;
    expect(body.getBoundingClientRect().height).to.be.closeTo(100_000 * compact, 1);

    // A focused row scrolled far away: focus parks on the grid, ArrowDown goes on from that row.
    grid.scrollTop = 0;
    await until(() => byIndex().has('2') && loaded(), 'back at the top');
    const cell = byIndex().get('6')!.querySelector<HTMLElement>('[role="gridcell"][data-c="1"]')!;
    // The cell is on screen. WebKit scrolls a focused element into view after the current task,
    // so a plain focus() here would undo the scroll below before the grid ever saw it.
    cell.focus({ preventScroll: true });
    grid.scrollTop = 5_000 * compact;
    await until(() => !byIndex().has('6') && loaded(), 'scrolled away');
    await settle(el);
    expect(deepActiveElement() === grid, 'focus parked on the grid').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => deepActiveElement()?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '7', 'next row focused');

    // Back to pages: one page of rows in normal flow, starting at the first invoice.
    el.virtual = false;
    await settle(el);
    await until(() => dataRows(el).length === el.pageSize && !el.shadowRoot!.querySelector('.row.pending'), 'a page of rows');
    expect(dataRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(dataRows(el).every((row) => !row.style.transform)).to.equal(true);
    expect(getByRole(el, 'grid').getAttribute('aria-rowcount')).to.equal('100001');
  });

  it('sorts and searches through the adapter in virtual mode', async () => {
    const el = await gridFixture(big, { virtual: true });
    getByRole(el, 'columnheader', 'Amount').querySelector('button')!.click();
    getByRole(el, 'columnheader', 'Amount').querySelector('button')!.click();
    await until(() => el.query.sort[0]?.direction === 'desc', 'sorted');
    await settle(el);
    await until(() => dataRows(el).length > 0 && !el.shadowRoot!.querySelector('.row.pending'), 'rows');
    const sorted = (await big.listInvoices({ ...el.query, offset: 0, limit: 1 })).rows[0]!;
    expect(dataRows(el)[0]!.textContent).to.contain(sorted.invoiceNumber);
    await expectNoAxeViolations(el);
  });
});

describe('<invoice-grid> layout and locale', () => {
  it('compact density makes rows shorter; under 640 px rows become cards with a "Sort by" and a detail', async () => {
    const el = await gridFixture(seed());
    const comfortable = dataRows(el)[0]!.getBoundingClientRect().height;
    el.density = 'compact';
    await settle(el);
    expect(dataRows(el)[0]!.getBoundingClientRect().height).to.be.below(comfortable);
    el.parentElement!.style.width = '400px';
    await until(() => getByRole(el, 'grid').classList.contains('cards'), 'cards');
    await settle(el);
    // A card: number, month, amount, status, actions and documents; the rest in its detail.
    const card = dataRows(el)[0]!;
    const ids = [...card.querySelectorAll<HTMLElement>('[role="gridcell"][data-column-id]')].map((cell) => cell.dataset.columnId);
    expect(ids).to.have.members(['billingMonth', 'invoiceNumber', 'amount', 'documents', 'status', 'actions']);
    const sort = getByRole<HTMLSelectElement>(el, 'combobox', 'Sort by');
    sort.value = 'amount:desc';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(el.query.sort).to.deep.equal([{ field: 'amount', direction: 'desc' }]);
    const more = getByRole(el, 'button', 'More about 2202008003470');
    more.click();
    await settle(el);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const detail = dataRows(el)[0]!.querySelector('[part~="row-detail"]')!;
    expect(detail.textContent!.replace(/\s+/g, ' ')).to.contain('Customer name Colt Technology Services');
    await expectNoAxeViolations(el);
  });

  it('formats months and amounts for the active locale', async () => {
    const { setLocale } = await import('../../../src/localization.js');
    const el = await gridFixture(seed());
    try {
      await setLocale('ja');
      await settle(el);
      // Cells by position: the headers are translated too.
      const cell = (id: string) => dataRows(el)[0]!.querySelector(`[data-column-id="${id}"]`)!.textContent!.trim();
      expect(cell('billingMonth')).to.equal('2020年10月');
      expect(cell('amount')).to.match(/^[¥￥]45,629$/);
    } finally {
      await setLocale('en');
    }
  });
});
