import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { accessibleName, deepActiveElement, deepQueryAll, deepText, queryByRole, roleOf, settle, waitFor } from '../helpers/dom.js';
import { captureDownloads, type DownloadCapture } from '../helpers/downloads.js';
import { seedAdapter } from '../helpers/hostile-adapters.js';

/**
 * Keyboard-only journeys through <invoice-section> with real key presses (sendKeys): switch
 * tab, find, filter, sort, select, download, export. No click, no programmatic focus after
 * the first Tab into the page.
 */

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });
/** Modifier + key, held down the way a user does (Puppeteer's press takes no "Control+Home"). */
async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await press(key);
  await sendKeys({ up: modifier });
}

function describeFocus(): string {
  const active = deepActiveElement();
  return active ? `${active.localName}[role=${roleOf(active)}] "${accessibleName(active)}"` : 'nothing';
}

/** Presses Tab (or Shift+Tab) until focus is on what `wanted` accepts. */
async function tabTo(wanted: (element: Element) => boolean, what: string, backwards = false): Promise<Element> {
  for (let i = 0; i < 60; i++) {
    const active = deepActiveElement();
    if (active && wanted(active)) return active;
    if (backwards) await chord('Shift', 'Tab');
    else await press('Tab');
  }
  throw new Error(`Tab never reached ${what}; focus is on ${describeFocus()}`);
}

const named = (role: string, name: string | RegExp) => (element: Element) => {
  if (roleOf(element) !== role) return false;
  const actual = accessibleName(element);
  return typeof name === 'string' ? actual === name : name.test(actual);
};

function dataRows(root: Element): HTMLElement[] {
  return deepQueryAll(root, '[role="row"][part~="row"]:not(.pending)');
}

async function mountSection(): Promise<InvoiceSection> {
  // A button before the section: the journey starts from the page, like a user's first Tab.
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><button id="before">Before</button><invoice-section .adapter=${seedAdapter()}></invoice-section></div>`,
  );
  const section = wrapper.querySelector('invoice-section') as InvoiceSection;
  await waitFor(() => dataRows(section).length === 5, 'rows');
  (deepQueryAll(section, 'invoice-download-dialog')[0] as InvoiceDownloadDialog).today = new Date('2020-12-15T00:00:00Z');
  (wrapper.querySelector('#before') as HTMLButtonElement).focus();
  return section;
}

describe('keyboard-only journeys', function (this: { timeout(ms: number): void }) {
  this.timeout(60_000);
  let downloads: DownloadCapture;
  beforeEach(() => {
    downloads = captureDownloads();
  });
  afterEach(() => downloads.restore());

  it('switch tab: Tab into the tablist, arrow to "Open"; selection follows focus', async () => {
    const section = await mountSection();
    await tabTo((e) => roleOf(e) === 'tab', 'the tablist');
    await press('ArrowRight');
    await waitFor(() => named('tab', /^Open/)(deepActiveElement()!), 'focus on Open');
    await waitFor(() => dataRows(section).length === 1, 'open invoices only');
    expect(deepActiveElement()?.getAttribute('aria-selected')).to.equal('true');
    await press('End');
    await waitFor(() => named('tab', /^Closed/)(deepActiveElement()!), 'focus on Closed');
    await waitFor(() => dataRows(section).length === 1 && deepText(dataRows(section)[0]!).includes('2202008003481'), 'closed invoice');
  });

  it('find: type in "Search invoices", Enter', async () => {
    const section = await mountSection();
    await tabTo(named('searchbox', 'Search invoices'), 'the search box');
    await type('3470');
    await press('Enter');
    await waitFor(() => dataRows(section).length === 1, 'one match');
    expect(deepText(dataRows(section)[0]!)).to.contain('2202008003470');
  });

  it('filter: open "Advanced filter", type a minimum amount, Enter applies, Escape closes', async () => {
    const section = await mountSection();
    await tabTo(named('button', 'Advanced filter'), 'Advanced filter');
    await press('Enter');
    await tabTo(named('textbox', 'Minimum amount'), 'Minimum amount');
    await type('40000');
    await press('Enter');
    await waitFor(() => dataRows(section).length === 2, 'two invoices of ¥40,000 or more');
    await press('Escape');
    await waitFor(() => !queryByRole(section, 'button', 'Apply'), 'filter closed');
    await waitFor(() => queryByRole(section, 'button', /^Remove filter/), 'chip');
  });

  it('sort, select and download: arrows in the grid, Enter sorts, Space selects, Enter opens the documents', async () => {
    const section = await mountSection();
    await tabTo((e) => roleOf(e) === 'columnheader' || roleOf(e) === 'gridcell', 'the grid');
    // Header row, first cell; move to "Amount" (select, Month and Invoice number pinned, Amount) and sort.
    await chord('Control', 'Home');
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowRight');
    await waitFor(
      () => /^Amount/.test(accessibleName(deepActiveElement()!.closest('[role="columnheader"]') ?? deepActiveElement()!)),
      'Amount header',
    );
    await press('Enter');
    await waitFor(() => deepQueryAll(section, '[role="columnheader"][aria-sort="ascending"]').length === 1, 'sorted ascending');
    // Cheapest first: July 2020 ¥3,976. Down to the first row and select it.
    await press('ArrowDown');
    await press(' ');
    await waitFor(() => dataRows(section)[0]?.getAttribute('aria-selected') === 'true', 'row selected');
    expect(deepText(dataRows(section)[0]!)).to.contain('¥3,976');
    // The most expensive (October, invoice + 2 reports) is last: its Download cell.
    await chord('Control', 'End');
    for (let i = 0; i < 12 && !/Download|Invoice, 2 reports/.test(deepText(deepActiveElement()!)); i++) await press('ArrowLeft');
    expect(deepText(deepActiveElement()!)).to.contain('Invoice, 2 reports');
    const opener = deepActiveElement();
    await press('Enter');
    const dialog = await waitFor(() => queryByRole(section, 'dialog', 'Download'), 'dialog');
    await waitFor(() => deepQueryAll(dialog, 'input[part~="checkbox"]').length === 3, 'documents');
    // Focus moved into the dialog; choose every document with Space, then download.
    await waitFor(
      () => dialog.contains(deepActiveElement()) || (dialog.getRootNode() as ShadowRoot).host?.shadowRoot?.contains(deepActiveElement()),
      'focus in the dialog',
    );
    for (let i = 0; i < 3; i++) {
      await tabTo(
        (e) => e instanceof HTMLInputElement && e.type === 'checkbox' && !e.checked && e.getAttribute('part') === 'checkbox',
        'an unchecked document',
      );
      await press(' ');
    }
    await tabTo(named('button', 'Download selected'), 'Download selected');
    await press('Enter');
    await waitFor(() => downloads.files.some((f) => f.fileName.endsWith('.zip')), 'ZIP saved', 10_000);
    await press('Escape');
    await waitFor(() => !queryByRole(section, 'dialog', 'Download'), 'dialog closed');
    await settle();
    expect(deepActiveElement(), 'focus returns to the opener').to.equal(opener);
  });

  it('export: "Export to Excel", then "Export" saves an .xlsx', async () => {
    await mountSection();
    await tabTo(named('button', 'Export to Excel'), 'Export to Excel');
    await press('Enter');
    await tabTo(named('button', 'Export'), 'Export');
    await press('Enter');
    await waitFor(() => downloads.files.some((f) => f.fileName.endsWith('.xlsx')), 'xlsx saved', 10_000);
  });
});
