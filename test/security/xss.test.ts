import { visibleText } from '../../src/format/visible-text.js';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define/invoice-grid.js';
import '../../src/define/invoice-status-tabs.js';
import '../../src/define/advanced-filter.js';
import '../../src/define/invoice-download-dialog.js';
import '../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import { unzipSync } from 'fflate';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceStatusTabs } from '../../src/components/invoice-status-tabs/invoice-status-tabs.component.js';
import type { AdvancedFilter } from '../../src/components/advanced-filter/advanced-filter.component.js';
import { filterChips } from '../../src/components/advanced-filter/filter-chips.js';
import type { SavedView, SavedViewsStore } from '../../src/data/saved-views.js';
import { defaultQuery, emptyFilter } from '../../src/data/query.js';
import type { InvoiceFilter } from '../../src/data/types.js';
import { allByRole, byRole, deepElements, deepQueryAll, deepText, queryByRole, settle, waitFor } from '../helpers/dom.js';
import { captureDownloads } from '../helpers/downloads.js';
import { expectNoInjectedMarkup, watchPage } from '../helpers/guards.js';
import { seedAdapter } from '../helpers/hostile-adapters.js';
import { XSS_PAYLOADS, hostileInvoices, hostileShapeInvoice, setXssTrap, type XssTrap } from '../helpers/xss-payloads.js';
import { visibleText } from '../../src/format/visible-text.js';

/**
 * Untrusted text is always text (SPEC §5). Every payload of the corpus goes into every text
 * field an element shows; afterwards nothing has run (the payloads' counter and dialog
 * traps stay at 0, no CSP violation), no element or attribute was made from data, and the
 * text reads back literally.
 */

const payloads = XSS_PAYLOADS.map((p) => p.text);

/** Time for image errors, focus handlers and frame loads to fire, had any markup been created. */
const FIRE_MS = 150;

async function expectInert(root: Element, trap: XssTrap): Promise<void> {
  await settle(FIRE_MS);
  expect(trap.count, 'payloads executed').to.equal(0);
  expect(
    trap.violations.map((v) => v.effectiveDirective),
    'CSP violations',
  ).to.deep.equal([]);
  expectNoInjectedMarkup(root);
}

function expectAllLiteral(text: string, what: string, shown: (payload: string) => string = (payload) => payload): void {
  const missing = payloads.filter((payload) => !text.includes(shown(payload)));
  expect(missing, `${what}: payloads not shown literally`).to.deep.equal([]);
}

describe('XSS corpus', () => {
  let trap: XssTrap;
  beforeEach(() => {
    trap = setXssTrap();
  });
  afterEach(() => trap.restore());

  it(`holds ${XSS_PAYLOADS.length} payloads across the OWASP families`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(30);
    expect(new Set(XSS_PAYLOADS.map((p) => p.family))).to.have.property('size', 7);
  });

  it('the checks catch markup made from data: the same payloads as HTML run and are found', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      // Shadow root too: the walker must see inside.
      const inner = host.attachShadow({ mode: 'open' });
      const parsed = document.createElement('template');
      // A counter of their own: image errors can fire late, and must not count against a later test.
      const control = window as unknown as { __xssControl: number };
      control.__xssControl = 0;
      parsed.innerHTML = payloads.map((p) => p.replaceAll('__xss', '__xssControl')).join('');
      inner.append(parsed.content);
      await waitFor(() => control.__xssControl > 0, 'a control payload to run');
      expect(() => expectNoInjectedMarkup(host)).to.throw(/Markup made from data/);
    } finally {
      host.remove();
    }
  });

  describe('<invoice-grid>', () => {
    it('shows every payload in every cell as text, runs none, creates no markup', async () => {
      const watch = watchPage();
      const grid = await fixture<InvoiceGrid>(
        html`<invoice-grid page-size="100" .adapter=${seedAdapter(hostileInvoices())}></invoice-grid>`,
      );
      await waitFor(() => deepQueryAll(grid, '[role="row"][aria-rowindex]').length > XSS_PAYLOADS.length, 'hostile rows');
      await expectInert(grid, trap);
      const cells = deepQueryAll(grid, '[role="gridcell"]');
      expectAllLiteral(cells.map((cell) => deepText(cell)).join('\n'), 'grid cells');
      // Each row's checkbox and actions button are named by its number, as text.
      for (const payload of payloads) {
        expect(
          allByRole(grid, 'checkbox', `Select invoice ${payload.replace(/\s+/g, ' ').trim()}`, { hidden: true }).length,
          payload,
        ).to.be.at.least(1);
      }
      const actionLabels = deepQueryAll(grid, '[part~="actions-button"]').map((b) => b.getAttribute('aria-label'));
      for (const payload of payloads) expect(actionLabels).to.include(`Actions for ${payload}`);
      await watch.expectClean();
    });

    it('keeps payloads inert in the action menu, the live region, the search box and an export', async () => {
      const downloads = captureDownloads();
      try {
        const adapter = seedAdapter(hostileInvoices());
        // The payloads in the order the grid lists them (newest billing month first).
        const shown = (await adapter.listInvoices(defaultQuery({ limit: 100 }))).rows.map((row) => row.invoiceNumber);
        const grid = await fixture<InvoiceGrid>(html`<invoice-grid page-size="100" .adapter=${adapter}></invoice-grid>`);
        await waitFor(() => deepQueryAll(grid, '[part~="actions-button"]').length >= XSS_PAYLOADS.length, 'actions buttons');
        for (const index of [0, 1, 18, 36, 39]) {
          const button = deepQueryAll(grid, '[part~="actions-button"]')[index] as HTMLElement;
          button.click();
          const menu = await waitFor(() => deepQueryAll(grid, '[role="menu"]')[0], 'action menu');
          expect(menu.getAttribute('aria-label')).to.equal(`Actions for ${shown[index]}`);
          await expectInert(grid, trap);
          // "Copy invoice number" announces the number (copied or not) in the live region.
          (deepQueryAll(grid, '[data-menu-action="copy-number"]')[0] as HTMLElement).click();
          const status = deepQueryAll(grid, '[role="status"][aria-live]').find((s) => !s.closest('[part~="empty"]'));
          await waitFor(() => (status?.textContent ?? '').trim().length > 0, 'announcement');
        }
        await expectInert(grid, trap);

        // A payload searched for shows in the box as its value, never as markup.
        const search = byRole<HTMLInputElement>(grid, 'searchbox', 'Search invoices');
        search.value = payloads[1] as string;
        search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await waitFor(() => grid.query.search === payloads[1], 'search committed');
        await grid.updateComplete;
        expect(search.value).to.equal(payloads[1]);
        await expectInert(grid, trap);

        await grid.exportTo('csv', 'page');
        expect(downloads.files.length, 'export saved a file').to.equal(1);
        const text = await (await (downloads.files[0] as { blob: Promise<Blob> }).blob).text();
        expect(text).to.contain('<img src=x onerror=__xss++>');
        await expectInert(grid, trap);
      } finally {
        downloads.restore();
      }
    });

    it('shows placeholders, not markup, for payloads where a month, amount, currency or status belongs', async () => {
      const rows = payloads.slice(0, 12).map((payload, i) => hostileShapeInvoice(payload, i));
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid page-size="100" .adapter=${seedAdapter(rows)}></invoice-grid>`);
      await waitFor(() => deepQueryAll(grid, '[part~="invalid-value"]').length >= rows.length * 3, 'placeholders');
      await expectInert(grid, trap);
    });
  });

  describe('<invoice-status-tabs>', () => {
    it('keeps a hostile label and hostile counts inert', async () => {
      for (const payload of payloads) {
        const adapter = seedAdapter();
        adapter.countByStatus = async () => ({ open: payload, disputed: payload, closed: payload, na: payload }) as never;
        const tabs = await fixture<InvoiceStatusTabs>(
          html`<invoice-status-tabs show-all show-na .label=${payload} .adapter=${adapter}></invoice-status-tabs>`,
        );
        await tabs.countsSettled;
        await tabs.updateComplete;
        expect(deepQueryAll(tabs, '[role="tablist"]')[0]?.getAttribute('aria-label')).to.equal(payload);
        expect(deepText(tabs)).not.to.contain(payload);
        expectNoInjectedMarkup(tabs);
      }
      await settle(FIRE_MS);
      expect(trap.count).to.equal(0);
      expect(trap.violations).to.deep.equal([]);
    });
  });

  describe('<advanced-filter>', () => {
    const filterWith = (payload: string): InvoiceFilter => ({
      ...emptyFilter(),
      invoiceNumber: { op: 'contains', value: payload },
      customerName: { op: 'equals', value: payload },
      ocn: { op: 'contains', value: payload },
      bcn: { op: 'contains', value: payload },
      billingEntityName: { op: 'contains', value: payload },
      // Not a month nor a currency: read defensively, never rendered as markup.
      monthFrom: payload,
      currency: payload,
    });

    class MemoryStore implements SavedViewsStore {
      constructor(public views: SavedView[]) {}
      list() {
        return this.views;
      }
      save(view: SavedView) {
        this.views = [...this.views.filter((v) => v.id !== view.id), view];
      }
      remove(id: string) {
        this.views = this.views.filter((v) => v.id !== id);
      }
    }

    it('shows payloads in fields, saved-view names and their labels as text', async () => {
      const views: SavedView[] = payloads.map((payload, i) => ({
        id: `v${i}`,
        name: payload,
        search: payload,
        filter: filterWith(payload),
        sort: [{ field: payload, direction: 'asc' }],
        savedAt: payload,
      }));
      const filter = await fixture<AdvancedFilter>(
        html`<advanced-filter
          .value=${filterWith(payloads[0] as string)}
          .currencies=${payloads}
          .savedViewsStore=${new MemoryStore(views)}
        ></advanced-filter>`,
      );
      await waitFor(() => filter.savedViews.length === payloads.length, 'saved views listed');
      await filter.updateComplete;
      await expectInert(filter, trap);
      expectAllLiteral(deepText(filter), 'saved views');
      // Ten views are listed at a time: page through all of them.
      const applyLabels: Array<string | null> = [];
      for (;;) {
        applyLabels.push(...deepQueryAll(filter, '[part~="saved-view-apply"]').map((b) => b.getAttribute('aria-label')));
        await expectInert(filter, trap);
        const next = deepQueryAll<HTMLButtonElement>(filter, '[part~="saved-view-next"]')[0];
        if (!next || next.disabled) break;
        next.click();
        await filter.updateComplete;
      }
      // Names read as they show: invisible and bidi characters out, blank runs as one space.
      for (const payload of payloads) expect(applyLabels).to.include(`Apply view: ${visibleText(payload)}`);
      const values = deepQueryAll<HTMLInputElement>(filter, 'input').map((input) => input.value);
      expect(values).to.include(payloads[0]);

      // Applying a view with payloads everywhere, then saving one under a payload name.
      for (const button of deepQueryAll<HTMLButtonElement>(filter, '[part~="saved-view-apply"]').slice(0, 10)) {
        button.click();
        await filter.updateComplete;
      }
      const name = deepQueryAll<HTMLInputElement>(filter, '#view-name')[0];
      if (name) {
        name.value = payloads[3] as string;
        name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        (deepQueryAll<HTMLButtonElement>(filter, '[part~="save-view-button"]')[0] as HTMLButtonElement).click();
        await filter.updateComplete;
        await settle();
        const status = deepQueryAll(filter, '[part~="status-message"]')[0];
        expect(status?.textContent ?? '').to.contain(payloads[3]);
      }
      await expectInert(filter, trap);
    });

    it('renders active-filter chips with payload values as text', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const payload of payloads) {
        render(
          filterChips(filterWith(payload), () => undefined, { onClearAll: () => undefined }),
          host,
        );
        expect(deepText(host)).to.contain(payload);
        expectNoInjectedMarkup(host);
      }
      await expectInert(host, trap);
    });
  });

  describe('<invoice-download-dialog>', () => {
    it('lists hostile document names, file names and numbers as text, downloads them under safe names', async () => {
      const invoices = hostileInvoices();
      const saved: Array<{ blob: Blob; fileName: string }> = [];
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog
          .adapter=${seedAdapter(invoices)}
          .invoices=${invoices}
          .today=${new Date('2020-12-15T00:00:00Z')}
          billing-contact=${payloads[0]}
          .saveFile=${(blob: Blob, fileName: string) => void saved.push({ blob, fileName })}
          open
        ></invoice-download-dialog>`,
      );
      await dialog.documentsSettled;
      await dialog.updateComplete;
      await expectInert(dialog, trap);
      const text = deepText(dialog);
      // The dialog shows names as they read: no bidi controls or zero-width characters, one space for a run of blanks.
      expectAllLiteral(text, 'dialog', visibleText);
      // Every document's checkbox is named by the hostile name, as text.
      const named = allByRole(dialog, 'checkbox', undefined, { hidden: true }).map((box) => box.getAttribute('aria-labelledby'));
      expect(named.length).to.be.greaterThan(invoices.length);

      const selectAll = deepQueryAll<HTMLInputElement>(dialog, 'input[type="checkbox"]').find(
        (box) => !box.hasAttribute('aria-labelledby') || /select-all/.test(box.id),
      );
      for (const box of deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]')) {
        if (!box.disabled && !box.checked) box.click();
      }
      expect(selectAll).to.not.equal(undefined);
      await dialog.updateComplete;
      await dialog.downloadSelected();
      await waitFor(
        () => saved.length === 1 || deepQueryAll(dialog, '[part~="save-partial-button"]').length > 0,
        'download finished or partial',
      );
      const partial = deepQueryAll<HTMLButtonElement>(dialog, '[part~="save-partial-button"]')[0];
      if (saved.length === 0 && partial) partial.click();
      await waitFor(() => saved.length === 1, 'ZIP saved');
      const { blob, fileName } = saved[0]!;
      expect(fileName).to.match(/\.zip$/);
      const entries = Object.keys(unzipSync(new Uint8Array(await blob.arrayBuffer())));
      expect(entries.length).to.be.greaterThan(0);
      for (const entry of entries) {
        // No traversal, no separators, no markup characters, no controls: a name, not a path.
        expect(entry, entry).not.to.match(/[\\/:*?"<>|\u0000-\u001f]|^\.|\.\./);
      }
      await expectInert(dialog, trap);
    });
  });

  describe('<invoice-section>', () => {
    it('keeps payloads inert across tabs, grid, chips, filter and dialog together', async () => {
      const watch = watchPage();
      const invoices = hostileInvoices();
      const section = await fixture<InvoiceSection>(
        html`<invoice-section page-size="100" storage-key="xss-section" .adapter=${seedAdapter(invoices)}></invoice-section>`,
      );
      await waitFor(() => deepQueryAll(section, '[role="row"][part~="row"]').length === invoices.length, 'hostile rows in the section');
      await expectInert(section, trap);
      expectAllLiteral(deepText(section), 'section');

      // A filter holding a payload: chips and filter fields show it as text.
      section.query = {
        ...section.query,
        filter: {
          ...emptyFilter(),
          customerName: { op: 'contains', value: payloads[0] as string },
          ocn: { op: 'contains', value: payloads[36] as string },
        },
      };
      await waitFor(() => deepQueryAll(section, '[part~="chip"]').length === 2, 'chips');
      expect(deepText(deepQueryAll(section, '[part~="chip"]')[0]!)).to.contain(payloads[0]);
      await expectInert(section, trap);

      // The dialog for a hostile row, opened from its Download cell.
      section.query = { ...section.query, filter: emptyFilter() };
      await waitFor(() => deepQueryAll(section, '[part~="documents-button"]').length === invoices.length, 'rows again');
      (deepQueryAll<HTMLButtonElement>(section, '[part~="documents-button"]')[1] as HTMLButtonElement).click();
      const dialog = await waitFor(() => queryByRole(section, 'dialog', 'Download'), 'dialog');
      await waitFor(() => deepQueryAll(dialog, '[part~="document"]').length > 0, 'documents');
      expect(deepText(dialog)).to.contain(payloads[1]);
      await expectInert(section, trap);
      await watch.expectClean();
    });
  });

  it('leaves no trace in the page outside the elements', async () => {
    await settle(FIRE_MS);
    expect(trap.count).to.equal(0);
    const strays = [...deepElements(document.body)].filter(
      (e) => ['img', 'iframe', 'script', 'svg'].includes(e.localName) && !e.closest('[data-wtr]'),
    );
    expect(strays.filter((e) => (e.getAttribute('onerror') ?? e.getAttribute('onload')) !== null)).to.deep.equal([]);
  });

  it('is not fooled by a query holding payloads', async () => {
    const grid = await fixture<InvoiceGrid>(
      html`<invoice-grid .adapter=${seedAdapter()} .query=${defaultQuery({ search: payloads[0] as string })}></invoice-grid>`,
    );
    await waitFor(() => deepQueryAll(grid, '[part~="empty"]').length > 0, 'empty state');
    await expectInert(grid, trap);
  });
});
