import { expect, fixture, html } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import '../../src/index.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import { generateInvoices } from '../../src/data/sample.js';
import { allByRole, byRole, deepQueryAll, deepText, queryByRole, settle, waitFor } from '../helpers/dom.js';
import { captureDownloads, type DownloadCapture } from '../helpers/downloads.js';
import { seedAdapter } from '../helpers/hostile-adapters.js';

/**
 * Runs in its own test group whose page is served with
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; require-trusted-types-for 'script'
 * (test/helpers/csp-page.mjs). Every element is rendered and used — tabs, search, sort,
 * filter, chips, selection, menus, column panel, virtual scrolling, export to xlsx and CSV,
 * the download dialog and a ZIP — and the page must report no violation at all.
 */

declare global {
  interface Window {
    __cspViolations: Array<{ directive: string; blockedURI: string; sample: string; source: string }>;
  }
}

const onCspPage = () => document.querySelector('meta[name="invoice-strict-csp"]') !== null;

function expectNoViolations(step: string): void {
  const violations = window.__cspViolations ?? [];
  expect(
    violations.map((v) => `${v.directive} ${v.blockedURI} ${v.sample} @ ${v.source}`),
    `CSP violations after: ${step}`,
  ).to.deep.equal([]);
}

function dataRows(root: Element): HTMLElement[] {
  return deepQueryAll(root, '[role="row"][part~="row"]:not(.pending)');
}

async function press(target: HTMLElement, key: string): Promise<void> {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await settle();
}

describe('strict Content-Security-Policy with Trusted Types', function () {
  let downloads: DownloadCapture;

  before(function (this: { skip(): void }) {
    // Only meaningful on the group's page (a run focused with --files on this file lands elsewhere).
    if (!onCspPage()) this.skip();
  });
  beforeEach(async () => {
    // Violations are reported in a later task: let earlier ones arrive before starting afresh.
    await settle();
    window.__cspViolations.length = 0;
    downloads = captureDownloads();
  });
  afterEach(() => downloads.restore());

  it('is enforced on this page: a string to innerHTML and a style attribute are refused and reported', async () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>markup</b>';
    }).to.throw(TypeError);
    const styled = document.createElement('div');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    styled.remove();
    await waitFor(() => window.__cspViolations.length >= 2, 'violations reported');
    expect(window.__cspViolations.map((v) => v.directive)).to.include.members(['require-trusted-types-for', 'style-src-attr']);
  });

  it('allows styles written through the CSSOM, the remedy for style attributes', async () => {
    // `style="…${x}"` and lit's styleMap (first render, lit/lit#4719) set the attribute, which the
    // policy refuses; element.style.setProperty() is allowed.
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.setProperty('--_cols', '48px 1fr');
    box.style.setProperty('transform', 'translateY(40px)');
    await settle(50);
    expect(box.style.getPropertyValue('--_cols')).to.equal('48px 1fr');
    expectNoViolations('CSSOM writes');
  });

  it('renders and uses <invoice-status-tabs> with zero violations', async () => {
    const tabs = await fixture(html`<invoice-status-tabs show-all show-na .adapter=${seedAdapter()}></invoice-status-tabs>`);
    await waitFor(() => /Open\s*1/.test(deepText(tabs)), 'counts');
    byRole(tabs, 'tab', /^Closed/).click();
    await press(byRole(tabs, 'tab', /^Closed/), 'ArrowRight');
    await settle(50);
    expectNoViolations('tabs');
  });

  it('renders and uses <advanced-filter> with saved views and chips with zero violations', async () => {
    const filter = await fixture(html`<advanced-filter storage-key="csp-filter"></advanced-filter>`);
    const min = byRole<HTMLInputElement>(filter, 'textbox', 'Minimum amount');
    min.value = 'abc';
    min.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    byRole(filter, 'button', 'Apply').click();
    await settle();
    min.value = '100';
    min.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    byRole(filter, 'button', 'Apply').click();
    await settle();
    const name = queryByRole<HTMLInputElement>(filter, 'textbox', 'View name');
    if (name) {
      name.value = 'Big ones';
      name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      byRole(filter, 'button', 'Save view').click();
      await waitFor(() => queryByRole(filter, 'button', 'Apply view: Big ones'), 'saved view');
      byRole(filter, 'button', 'Delete view: Big ones').click();
    }
    byRole(filter, 'button', 'Clear').click();
    await settle(50);
    expectNoViolations('advanced filter');
  });

  it('lists documents and saves a ZIP from <invoice-download-dialog> with zero violations', async () => {
    const adapter = seedAdapter();
    const invoice = (
      await adapter.listInvoices({ search: '2202008003470', statuses: [], filter: { version: 1 }, sort: [], offset: 0, limit: 1 })
    ).rows[0]!;
    const dialog = await fixture<HTMLElement & { documentsSettled: Promise<void> }>(
      html`<invoice-download-dialog
        .adapter=${adapter}
        .invoice=${invoice}
        .today=${new Date('2020-12-15T00:00:00Z')}
        open
      ></invoice-download-dialog>`,
    );
    await dialog.documentsSettled;
    await waitFor(() => deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]').length === 3, 'documents listed');
    for (const box of deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]')) if (!box.checked && !box.disabled) box.click();
    await settle();
    byRole(dialog, 'button', 'Download selected').click();
    await waitFor(() => downloads.files.some((f) => f.fileName.endsWith('.zip')), 'ZIP saved', 10_000);
    const zip = downloads.files.find((f) => f.fileName.endsWith('.zip'))!;
    expect(Object.keys(unzipSync(new Uint8Array(await (await zip.blob).arrayBuffer())))).to.have.length(3);
    await press(deepQueryAll(dialog, 'dialog')[0] as HTMLElement, 'Escape');
    await settle(50);
    expectNoViolations('download dialog and ZIP');
  });

  it('exports xlsx and CSV with zero violations', async () => {
    const { exportInvoices } = await import('../../src/export/index.js');
    const rows = generateInvoices(300, { seed: 2 });
    const columns = [
      { id: 'billingMonth', header: 'Month', kind: 'month' as const, value: (i: (typeof rows)[number]) => i.billingMonth },
      { id: 'amount', header: 'Amount', kind: 'money' as const, value: (i: (typeof rows)[number]) => i.amount },
      { id: 'customerName', header: 'Customer name', kind: 'text' as const, value: (i: (typeof rows)[number]) => i.customerName },
    ];
    const meta = { exportedAt: new Date(), locale: 'en' };
    const xlsx = await exportInvoices({ format: 'xlsx', columns, rows, meta });
    const csv = await exportInvoices({ format: 'csv', columns, rows, meta });
    expect(xlsx.blob.size).to.be.greaterThan(1000);
    expect(csv.rowCount).to.equal(300);
    await settle(50);
    expectNoViolations('export');
  });

  it('renders and uses <invoice-section> end to end with zero violations', async () => {
    // Every step is run even when an earlier one violated the policy, so one report lists them all.
    const seen: string[] = [];
    const checkpoint = (step: string) => {
      seen.push(...window.__cspViolations.map((v) => `${step}: ${v.directive} ${v.blockedURI} @ ${v.source}`));
      window.__cspViolations.length = 0;
    };
    const section = await fixture<InvoiceSection>(
      html`<invoice-section storage-key="csp-test" .adapter=${seedAdapter()}></invoice-section>`,
    );
    await waitFor(() => dataRows(section).length === 5, 'seed rows');
    await settle(50);
    checkpoint('first render');

    byRole(section, 'tab', /^Open/).click();
    await waitFor(() => dataRows(section).length === 1, 'open tab');
    byRole(section, 'tab', /^All/).click();
    await waitFor(() => dataRows(section).length === 5, 'all tab');
    checkpoint('switching tabs');

    const search = byRole<HTMLInputElement>(section, 'searchbox', 'Search invoices');
    search.value = '2202008';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await press(search, 'Enter');
    await waitFor(() => dataRows(section).length === 3, 'search');
    search.value = '';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await press(search, 'Enter');
    await waitFor(() => dataRows(section).length === 5, 'search cleared');
    checkpoint('search');

    // The grid's column (the billing summary's data tables have an Amount column too).
    const sectionGrid = section.shadowRoot!.querySelector('invoice-grid')!;
    byRole(sectionGrid, 'button', /^Amount/).click();
    await waitFor(() => byRole(sectionGrid, 'columnheader', /^Amount/).getAttribute('aria-sort') === 'ascending', 'sorted');
    checkpoint('sort');

    byRole(section, 'button', 'Advanced filter').click();
    const min = await waitFor(
      () =>
        queryByRole<HTMLInputElement>(section, 'textbox', 'Minimum amount') ??
        queryByRole<HTMLInputElement>(section, 'spinbutton', 'Minimum amount'),
      'filter panel',
    );
    min.value = '40000';
    min.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    byRole(section, 'button', 'Apply').click();
    await waitFor(() => dataRows(section).length === 2, 'filtered');
    const chipRemove = await waitFor(() => allByRole(section, 'button', /^Remove filter/)[0], 'chip');
    chipRemove.click();
    await waitFor(() => dataRows(section).length === 5, 'chip removed');
    checkpoint('advanced filter and chips');

    const boxes = deepQueryAll<HTMLInputElement>(section, 'input[data-grid-action="select"]');
    boxes[0]!.click();
    boxes[3]!.click();
    await settle();
    checkpoint('selection');

    byRole(section, 'button', 'Customize columns').click();
    await waitFor(() => queryByRole(section, 'group', 'Customize columns'), 'columns panel');
    byRole(section, 'checkbox', 'Customer number (BCN)').click();
    await settle();
    byRole(section, 'button', 'Done').click();
    checkpoint('column customisation');

    const actions = deepQueryAll<HTMLButtonElement>(section, '[part~="actions-button"]')[0]!;
    actions.click();
    await waitFor(() => queryByRole(section, 'menu'), 'actions menu');
    await press(queryByRole(section, 'menu')!, 'Escape');
    checkpoint('actions menu');

    // Download dialog: the October invoice has an invoice and two reports; all three as a ZIP.
    // The seed is from 2020: pin the dialog's "today" so the retention rule keeps them available.
    (deepQueryAll(section, 'invoice-download-dialog')[0] as HTMLElement & { today?: Date }).today = new Date('2020-12-15T00:00:00Z');
    const documentsButton = allByRole(section, 'button', 'Invoice, 2 reports')[0]!;
    documentsButton.click();
    const dialog = await waitFor(() => queryByRole(section, 'dialog', 'Download'), 'dialog');
    await waitFor(() => deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]').length === 3, 'documents listed');
    for (const box of deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]')) if (!box.checked && !box.disabled) box.click();
    await settle();
    byRole(dialog, 'button', 'Download selected').click();
    await waitFor(() => downloads.files.some((f) => f.fileName.endsWith('.zip')), 'ZIP saved', 10_000);
    const zip = downloads.files.find((f) => f.fileName.endsWith('.zip'))!;
    expect(Object.keys(unzipSync(new Uint8Array(await (await zip.blob).arrayBuffer())))).to.have.length(3);
    await press(dialog, 'Escape');
    checkpoint('download dialog and ZIP');

    byRole(section, 'button', 'Export to Excel').click();
    const exportButton = await waitFor(() => queryByRole(section, 'button', 'Export'), 'export panel');
    exportButton.click();
    await waitFor(() => downloads.files.some((f) => f.fileName.endsWith('.xlsx')), 'xlsx saved', 10_000);
    const grid = deepQueryAll<InvoiceGrid>(section, 'invoice-grid')[0]!;
    await grid.exportTo('csv', 'all');
    await waitFor(() => downloads.files.some((f) => f.fileName.endsWith('.csv')), 'CSV saved', 10_000);
    const csv = await (await downloads.files.find((f) => f.fileName.endsWith('.csv'))!.blob).text();
    expect(csv).to.contain('2202008003470');
    await settle(50);
    checkpoint('export to xlsx and CSV');
    expect(seen, 'CSP violations by step').to.deep.equal([]);
  });

  it('scrolls a virtual grid of 2,000 rows with zero violations', async () => {
    const grid = await fixture<InvoiceGrid>(
      html`<invoice-grid virtual .adapter=${seedAdapter(generateInvoices(2000, { seed: 5 }))}></invoice-grid>`,
    );
    await waitFor(() => dataRows(grid).length > 0, 'virtual rows');
    const scroller = deepQueryAll(grid, '[part~="grid"]')[0] as HTMLElement;
    for (const top of [2000, 20_000, 60_000]) {
      scroller.scrollTop = top;
      await settle(50);
    }
    await waitFor(() => dataRows(grid).length > 0, 'rows after scrolling');
    expect(deepText(grid)).to.match(/\d/);
    expectNoViolations('virtual scrolling');
  });
});
