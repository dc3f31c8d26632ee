import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import type { AdvancedFilter } from '../../src/components/advanced-filter/advanced-filter.component.js';
import type { InvoiceStatusTabs } from '../../src/components/invoice-status-tabs/invoice-status-tabs.component.js';
import { LoadController } from '../../src/controllers/load-controller.js';
import { seedInvoices } from '../../src/data/sample.js';
import { axeViolations } from '../helpers/axe.js';
import { byRole, deepQueryAll, queryByRole, settle, waitFor } from '../helpers/dom.js';
import { hangingAdapter, rejectingAdapter, seedAdapter } from '../helpers/hostile-adapters.js';
import { malformedRows } from '../helpers/hostile-rows.js';

/**
 * axe on every element in every state a user meets — loading, empty, error, data, malformed
 * rows, selection, panels and menus open, dialog open, filter invalid — with zero violations
 * of any impact.
 */

async function expectAxeClean(element: Element, state: string): Promise<void> {
  await settle();
  expect(await axeViolations(element), `axe: ${state}`).to.deep.equal([]);
}

const today = new Date('2020-12-15T00:00:00Z');

describe('accessibility of every state (axe)', function (this: { timeout(ms: number): void }) {
  this.timeout(60_000);
  let savedTimeout: number;
  beforeEach(() => {
    savedTimeout = LoadController.defaultTimeoutMs;
    LoadController.defaultTimeoutMs = 200;
  });
  afterEach(() => {
    LoadController.defaultTimeoutMs = savedTimeout;
  });

  describe('<invoice-grid>', () => {
    it('loading', async () => {
      const grid = await fixture<InvoiceGrid>(
        html`<invoice-grid .adapter=${{ ...seedAdapter(), listInvoices: () => new Promise(() => undefined) }}></invoice-grid>`,
      );
      await expectAxeClean(grid, 'grid loading');
    });

    it('data, then selection, then the panels and the menu', async () => {
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${seedAdapter()}></invoice-grid>`);
      await waitFor(() => deepQueryAll(grid, '[role="row"][part~="row"]').length === 5, 'rows');
      await expectAxeClean(grid, 'grid with data');
      deepQueryAll<HTMLInputElement>(grid, 'input[data-grid-action="select"]')[1]!.click();
      await expectAxeClean(grid, 'grid with a selection');
      byRole(grid, 'button', 'Customize columns').click();
      await waitFor(() => queryByRole(grid, 'group', 'Customize columns'), 'columns panel');
      await expectAxeClean(grid, 'grid, columns panel open');
      byRole(grid, 'button', 'Done').click();
      byRole(grid, 'button', 'Export to Excel').click();
      await waitFor(() => queryByRole(grid, 'group', 'Export'), 'export panel');
      await expectAxeClean(grid, 'grid, export panel open');
      byRole(grid, 'button', 'Export to Excel').click();
      deepQueryAll<HTMLButtonElement>(grid, '[part~="actions-button"]')[0]!.click();
      await waitFor(() => queryByRole(grid, 'menu'), 'menu');
      await expectAxeClean(grid, 'grid, actions menu open');
    });

    it('empty', async () => {
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${seedAdapter([])}></invoice-grid>`);
      await waitFor(() => deepQueryAll(grid, '[part~="empty"]').length, 'empty state');
      await expectAxeClean(grid, 'grid empty');
    });

    it('error', async () => {
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${rejectingAdapter()}></invoice-grid>`);
      await waitFor(() => queryByRole(grid, 'alert'), 'error state');
      await expectAxeClean(grid, 'grid error');
    });

    it('timed out', async () => {
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${hangingAdapter()}></invoice-grid>`);
      await waitFor(() => queryByRole(grid, 'alert'), 'timeout state');
      await expectAxeClean(grid, 'grid timed out');
    });

    it('malformed rows with placeholders', async () => {
      const grid = await fixture<InvoiceGrid>(
        html`<invoice-grid page-size="50" .adapter=${seedAdapter(malformedRows().map((m) => m.row) as never)}></invoice-grid>`,
      );
      await waitFor(() => deepQueryAll(grid, '[part~="invalid-value"]').length, 'placeholders');
      await expectAxeClean(grid, 'grid with malformed rows');
    });

    it('virtual scrolling', async () => {
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid virtual .adapter=${seedAdapter()}></invoice-grid>`);
      await waitFor(() => deepQueryAll(grid, '[role="row"][part~="row"]:not(.pending)').length === 5, 'rows');
      await expectAxeClean(grid, 'virtual grid');
    });
  });

  describe('<invoice-status-tabs>', () => {
    it('loading, counted, failed', async () => {
      const loading = await fixture<InvoiceStatusTabs>(html`<invoice-status-tabs .adapter=${hangingAdapter()}></invoice-status-tabs>`);
      await expectAxeClean(loading, 'tabs loading');
      const counted = await fixture<InvoiceStatusTabs>(
        html`<invoice-status-tabs show-all show-na .adapter=${seedAdapter()}></invoice-status-tabs>`,
      );
      await counted.countsSettled;
      await expectAxeClean(counted, 'tabs with counts');
      const failed = await fixture<InvoiceStatusTabs>(html`<invoice-status-tabs .adapter=${rejectingAdapter()}></invoice-status-tabs>`);
      await waitFor(() => queryByRole(failed, 'alert'), 'counts error');
      await expectAxeClean(failed, 'tabs failed');
    });
  });

  describe('<advanced-filter>', () => {
    it('empty, invalid, applied with chips of saved views', async () => {
      const filter = await fixture<AdvancedFilter>(html`<advanced-filter storage-key="a11y-filter"></advanced-filter>`);
      await expectAxeClean(filter, 'filter empty');
      const min = byRole<HTMLInputElement>(filter, 'textbox', 'Minimum amount');
      const max = byRole<HTMLInputElement>(filter, 'textbox', 'Maximum amount');
      min.value = 'lots';
      min.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      max.value = '-5';
      max.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      byRole(filter, 'button', 'Apply').click();
      await waitFor(() => deepQueryAll(filter, '[aria-invalid="true"]').length, 'invalid fields');
      await expectAxeClean(filter, 'filter invalid');
      min.value = '100';
      min.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      max.value = '';
      max.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      byRole(filter, 'button', 'Apply').click();
      await filter.updateComplete;
      await expectAxeClean(filter, 'filter applied');
    });
  });

  describe('<invoice-download-dialog>', () => {
    it('open with documents, loading, failed, downloading', async () => {
      const invoice = seedInvoices()[3]!;
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog
          .adapter=${seedAdapter()}
          .invoice=${invoice}
          .today=${today}
          billing-contact="billing@example.com"
          open
        ></invoice-download-dialog>`,
      );
      await dialog.documentsSettled;
      await expectAxeClean(dialog, 'dialog with documents');
      for (const box of deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]')) if (!box.checked) box.click();
      await expectAxeClean(dialog, 'dialog with a selection');
      dialog.close();
      await dialog.updateComplete;

      const loading = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog
          .adapter=${{ ...seedAdapter(), listDocuments: () => new Promise(() => undefined) }}
          .invoice=${invoice}
          open
        ></invoice-download-dialog>`,
      );
      await expectAxeClean(loading, 'dialog loading');
      loading.close();

      const failed = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog .adapter=${rejectingAdapter()} .invoice=${invoice} open></invoice-download-dialog>`,
      );
      await waitFor(() => queryByRole(failed, 'alert'), 'dialog error');
      await expectAxeClean(failed, 'dialog failed');
      failed.close();

      const slow = seedAdapter();
      slow.fetchDocument = () => new Promise(() => undefined);
      const downloading = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog .adapter=${slow} .invoice=${invoice} .today=${today} open></invoice-download-dialog>`,
      );
      await downloading.documentsSettled;
      for (const box of deepQueryAll<HTMLInputElement>(downloading, 'input[part~="checkbox"]')) if (!box.checked) box.click();
      await downloading.updateComplete;
      void downloading.downloadSelected();
      await waitFor(() => queryByRole(downloading, 'button', 'Cancel'), 'downloading');
      await expectAxeClean(downloading, 'dialog downloading');
      downloading.close();
    });
  });

  describe('<invoice-section>', () => {
    it('data, filter open, dialog open', async () => {
      const section = await fixture<InvoiceSection>(
        html`<invoice-section billing-contact="billing@example.com" .adapter=${seedAdapter()}></invoice-section>`,
      );
      await waitFor(() => deepQueryAll(section, '[role="row"][part~="row"]').length === 5, 'rows');
      await expectAxeClean(section, 'section with data');
      byRole(section, 'button', 'Advanced filter').click();
      await waitFor(() => queryByRole(section, 'button', 'Apply'), 'filter open');
      await expectAxeClean(section, 'section, filter open');
      (deepQueryAll(section, 'invoice-download-dialog')[0] as InvoiceDownloadDialog).today = today;
      // The October 2020 invoice (invoice and two reports), first in the default order.
      deepQueryAll<HTMLButtonElement>(section, '[part~="documents-button"]')[0]!.click();
      const dialog = await waitFor(() => queryByRole(section, 'dialog', 'Download'), 'dialog');
      await waitFor(() => deepQueryAll(dialog, '[part~="document"]').length === 3, 'documents');
      await expectAxeClean(section, 'section, dialog open');
    });

    it('error', async () => {
      const section = await fixture<InvoiceSection>(html`<invoice-section .adapter=${rejectingAdapter()}></invoice-section>`);
      await waitFor(() => deepQueryAll(section, '[role="alert"]').length >= 2, 'errors');
      await expectAxeClean(section, 'section error');
    });
  });
});
