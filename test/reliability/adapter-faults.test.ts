import { readCount } from '../../src/data/validate.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/invoice-grid.js';
import '../../src/define/invoice-status-tabs.js';
import '../../src/define/invoice-download-dialog.js';
import '../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceStatusTabs } from '../../src/components/invoice-status-tabs/invoice-status-tabs.component.js';
import { LoadController } from '../../src/controllers/load-controller.js';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import type { InvoiceDataAdapter } from '../../src/data/types.js';
import type { InvoiceErrorDetail } from '../../src/events/invoice-events.js';
import { allByRole, byRole, deepQueryAll, deepText, queryByRole, settle, waitFor } from '../helpers/dom.js';
import { watchPage, type PageWatch } from '../helpers/guards.js';
import {
  ControlledAdapter,
  SwitchableAdapter,
  hangingAdapter,
  malformedPageAdapter,
  malformedPages,
  rejectingAdapter,
  rejectingWithJunkAdapter,
  seedAdapter,
  throwingAdapter,
  type CountingAdapter,
} from '../helpers/hostile-adapters.js';

/**
 * SPEC §5: an adapter that rejects, throws, hangs, answers out of order or after the element
 * is gone, or answers with a broken page. Each ends in a clear, localised state with
 * "Retry"; rows of an older query never show; nothing reaches the page as an unhandled
 * rejection or a console error.
 */

/** The load error messages of src/internal/labels.ts (English). */
const LOAD_MESSAGES = [
  'The billing service took too long to answer.',
  'The billing service could not be reached. Check your connection.',
  'You are not allowed to see these invoices. Sign in again or ask your administrator.',
  'Too many requests. Wait a moment, then try again.',
  'The billing service sent an answer that could not be read.',
  'The invoices could not be loaded.',
];

interface Fault {
  name: string;
  make(): CountingAdapter;
  message: string;
}

const FAULTS: Fault[] = [
  { name: 'rejects (server error)', make: () => rejectingAdapter(), message: 'The invoices could not be loaded.' },
  { name: 'rejects (network)', make: () => rejectingAdapter(new InvoiceAdapterError('network', 'x')), message: LOAD_MESSAGES[1] as string },
  {
    name: 'rejects (forbidden)',
    make: () => rejectingAdapter(new InvoiceAdapterError('forbidden', 'x')),
    message: LOAD_MESSAGES[2] as string,
  },
  { name: 'throws synchronously', make: () => throwingAdapter(), message: 'The invoices could not be loaded.' },
  { name: 'rejects with a non-error', make: () => rejectingWithJunkAdapter(), message: 'The invoices could not be loaded.' },
  { name: 'rejects with undefined', make: () => rejectingWithJunkAdapter(undefined), message: 'The invoices could not be loaded.' },
  { name: 'never answers (times out)', make: () => hangingAdapter(), message: LOAD_MESSAGES[0] as string },
];

const TIMEOUT_MS = 300;

function dataRows(grid: Element): HTMLElement[] {
  return deepQueryAll(grid, '[role="row"][part~="row"]:not(.pending)');
}

describe('adapter faults', () => {
  let watch: PageWatch;
  let savedTimeout: number;
  beforeEach(() => {
    savedTimeout = LoadController.defaultTimeoutMs;
    LoadController.defaultTimeoutMs = TIMEOUT_MS;
    watch = watchPage();
  });
  afterEach(async () => {
    LoadController.defaultTimeoutMs = savedTimeout;
    await watch.expectClean();
  });

  describe('<invoice-grid>', () => {
    for (const fault of FAULTS) {
      it(`adapter ${fault.name}: localised error, Retry recovers`, async () => {
        const failing = fault.make();
        const errors: InvoiceErrorDetail[] = [];
        const grid = await fixture<InvoiceGrid>(
          html`<invoice-grid
            @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
            .adapter=${failing}
          ></invoice-grid>`,
        );
        const alert = await waitFor(() => queryByRole(grid, 'alert'), 'error state', TIMEOUT_MS + 3000);
        expect(deepText(alert).trim()).to.contain(fault.message);
        expect(dataRows(grid)).to.have.length(0);
        expect(errors.map((e) => e.kind)).to.include('load');
        expect(errors.every((e) => typeof e.message === 'string' && e.message.length > 0)).to.equal(true);

        // Retry reaches the adapter again; once it answers, rows show and the error goes.
        const healthy = seedAdapter();
        let retried = 0;
        Object.assign(failing, {
          listInvoices: (...args: Parameters<InvoiceDataAdapter['listInvoices']>) => (retried++, healthy.listInvoices(...args)),
        });
        byRole(grid, 'button', 'Retry').click();
        await waitFor(() => retried === 1, 'retry reached the adapter');
        await waitFor(() => dataRows(grid).length === 5, 'rows after retry', TIMEOUT_MS + 3000);
        expect(queryByRole(grid, 'alert')).to.equal(null);
      });
    }

    it('never shows rows of an older query: answers arriving newest first', async () => {
      const adapter = new ControlledAdapter();
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${adapter}></invoice-grid>`);
      await waitFor(() => adapter.pendingOf('listInvoices').length === 1, 'first load');
      grid.query = defaultQuery({ search: '3468' });
      await grid.updateComplete;
      grid.query = defaultQuery({ search: '3470' });
      await grid.updateComplete;
      const [first, second, third] = adapter.calls('listInvoices');
      expect(first?.signal?.aborted, 'superseded load aborted').to.equal(true);
      expect(second?.signal?.aborted).to.equal(true);
      await adapter.answer(third!);
      await waitFor(() => dataRows(grid).length === 1, 'newest answer');
      // The older answers arrive late, as from a server that ignores aborts.
      await adapter.answer(second!);
      await adapter.answer(first!);
      await settle();
      await grid.updateComplete;
      expect(dataRows(grid).map((row) => deepText(row))).to.have.length(1);
      expect(deepText(dataRows(grid)[0]!)).to.contain('2202008003470');
    });

    it('never shows rows of an older query after a newer one failed', async () => {
      const adapter = new SwitchableAdapter();
      adapter.failing = false;
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${adapter}></invoice-grid>`);
      await waitFor(() => dataRows(grid).length === 5, 'rows');
      adapter.failing = true;
      grid.query = defaultQuery({ search: '2202' });
      await waitFor(() => queryByRole(grid, 'alert'), 'error state');
      expect(dataRows(grid)).to.have.length(0);
      expect(deepText(grid)).not.to.contain('2020101039829');
    });

    it('ignores an answer that arrives after the grid was removed', async () => {
      const adapter = new ControlledAdapter();
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${adapter}></invoice-grid>`);
      await waitFor(() => adapter.pending.length > 0, 'load started');
      grid.remove();
      const [call] = adapter.calls('listInvoices');
      expect(call?.signal?.aborted, 'removal aborts the load').to.equal(true);
      await adapter.answer(call!);
      call!.reject(new Error('late failure after removal'));
      await settle();
      expect(dataRows(grid)).to.have.length(0);
    });

    it('a failure after removal is not reported either', async () => {
      const adapter = new ControlledAdapter();
      const errors: InvoiceErrorDetail[] = [];
      const grid = await fixture<InvoiceGrid>(
        html`<invoice-grid
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
          .adapter=${adapter}
        ></invoice-grid>`,
      );
      await waitFor(() => adapter.pending.length > 0, 'load started');
      grid.remove();
      adapter.pending[0]!.reject(new InvoiceAdapterError('server', 'late'));
      await settle();
      expect(errors).to.deep.equal([]);
    });

    for (const { name, page } of malformedPages()) {
      it(`answers with a malformed page (${name}): a clear state, no stale or phantom rows`, async () => {
        let loaded = false;
        const grid = await fixture<InvoiceGrid>(
          html`<invoice-grid @invoice-load=${() => (loaded = true)} .adapter=${malformedPageAdapter(page)}></invoice-grid>`,
        );
        const rowsIsArray = !!page && typeof page === 'object' && Array.isArray((page as { rows?: unknown }).rows);
        if (!rowsIsArray) {
          // No rows array: the answer cannot be read. Saying "No invoices match" would be false.
          await waitFor(() => queryByRole(grid, 'alert') || loaded, 'a settled state');
          await grid.updateComplete;
          const alert = queryByRole(grid, 'alert');
          const shown = deepText(deepQueryAll(grid, '[part~="frame"]')[0] ?? grid)
            .replace(/\s+/g, ' ')
            .trim();
          expect(alert, `an unreadable page is taken as a result: "${shown.slice(-120)}"`).to.not.equal(null);
          expect(deepText(alert!)).to.contain('The billing service sent an answer that could not be read.');
          byRole(grid, 'button', 'Retry');
          return;
        }
        const rows = (page as { rows: unknown[] }).rows;
        await waitFor(() => dataRows(grid).length === rows.length, 'every row rendered');
        const footer = deepQueryAll(grid, '[part~="footer"]')[0] as HTMLElement;
        expect(deepText(footer)).not.to.match(/NaN|Infinity|∞|-\d/);
        // A total that is there but cannot be read is a placeholder (and an invoice-error), never a number made up.
        const total = (page as { total?: unknown }).total;
        const unreadable = total !== undefined && readCount(total) === undefined;
        expect(deepText(footer)).to.contain(unreadable ? 'of —' : `of ${rows.length}`);
      });
    }

    it('duplicate ids: selecting one row selects that row only', async () => {
      const duplicates = malformedPages().find((p) => p.name === 'ids are duplicated')!.page;
      const grid = await fixture<InvoiceGrid>(html`<invoice-grid .adapter=${malformedPageAdapter(duplicates)}></invoice-grid>`);
      await waitFor(() => dataRows(grid).length === 5, 'rows');
      const boxes = deepQueryAll<HTMLInputElement>(grid, 'input[data-grid-action="select"]');
      boxes[0]!.click();
      await grid.updateComplete;
      expect(boxes.filter((box) => box.checked)).to.have.length(1);
    });
  });

  describe("<invoice-section> over HTTP (RestInvoiceAdapter against the test server's fault routes)", () => {
    const cases: Array<[string, string]> = [
      ['/test-fault/status/500', LOAD_MESSAGES[5] as string],
      ['/test-fault/status/401', LOAD_MESSAGES[2] as string],
      ['/test-fault/status/403', LOAD_MESSAGES[2] as string],
      ['/test-fault/status/429', LOAD_MESSAGES[3] as string],
      ['/test-fault/not-json', LOAD_MESSAGES[4] as string],
      ['/test-fault/bad-page', LOAD_MESSAGES[4] as string],
      ['/test-fault/hang', LOAD_MESSAGES[0] as string],
      ['http://127.0.0.1:9/nothing-listens-here', LOAD_MESSAGES[1] as string],
    ];
    for (const [baseUrl, message] of cases) {
      it(`${baseUrl}: "${message}" with Retry, then the real API recovers`, async () => {
        const failing = new RestInvoiceAdapter({ baseUrl, timeoutMs: TIMEOUT_MS });
        const section = await fixture<InvoiceSection>(html`<invoice-section .adapter=${failing}></invoice-section>`);
        const alert = await waitFor(
          () => allByRole(section, 'alert').find((a) => deepText(a).includes(message)),
          `"${message}"`,
          TIMEOUT_MS + 5000,
        );
        expect(alert).to.not.equal(undefined);
        expect(allByRole(section, 'button', 'Retry').length).to.be.at.least(1);
        expect(dataRows(section)).to.have.length(0);
        section.adapter = new RestInvoiceAdapter({ baseUrl: '/test-api' });
        await waitFor(() => dataRows(section).length > 0 && allByRole(section, 'alert').length === 0, 'rows from the real API', 8000);
      });
    }
  });

  describe('<invoice-download-dialog>', () => {
    const invoice = seedInvoices()[3]!;
    const today = new Date('2020-12-15T00:00:00Z');

    for (const fault of FAULTS) {
      it(`listDocuments ${fault.name}: localised error in the dialog, Retry recovers`, async () => {
        const failing = fault.make();
        const errors: InvoiceErrorDetail[] = [];
        const dialog = await fixture<InvoiceDownloadDialog>(
          html`<invoice-download-dialog
            @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
            .adapter=${failing}
            .invoice=${invoice}
            .today=${today}
            open
          ></invoice-download-dialog>`,
        );
        const alert = await waitFor(() => queryByRole(dialog, 'alert'), 'documents error', TIMEOUT_MS + 3000);
        expect(deepText(alert)).to.contain(fault.message);
        expect(errors.map((e) => e.kind)).to.include('documents');
        expect(deepQueryAll(dialog, '[part~="document"]')).to.have.length(0);
        const healthy = seedAdapter();
        Object.assign(failing, { listDocuments: healthy.listDocuments.bind(healthy) });
        byRole(dialog, 'button', 'Retry').click();
        await waitFor(() => deepQueryAll(dialog, '[part~="document"]').length === 3, 'documents after retry', TIMEOUT_MS + 3000);
        expect(queryByRole(dialog, 'alert')).to.equal(null);
      });
    }

    it('a failing file is reported on its own and can be retried; the others still arrive', async () => {
      const adapter = seedAdapter();
      const fetchDocument = adapter.fetchDocument.bind(adapter);
      let failures = 1;
      adapter.fetchDocument = (document, options) =>
        document.kind === 'cdr' && failures-- > 0
          ? Promise.reject(new InvoiceAdapterError('network', 'flaky'))
          : fetchDocument(document, options);
      const saved: string[] = [];
      const errors: InvoiceErrorDetail[] = [];
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
          .adapter=${adapter}
          .invoice=${invoice}
          .today=${today}
          .saveFile=${(_: Blob, name: string) => void saved.push(name)}
          open
        ></invoice-download-dialog>`,
      );
      await dialog.documentsSettled;
      await dialog.updateComplete;
      for (const box of deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]')) if (!box.checked && !box.disabled) box.click();
      await dialog.updateComplete;
      void dialog.downloadSelected();
      const retry = await waitFor(() => allByRole(dialog, 'button', /^Retry /)[0], 'per-file retry');
      expect(errors.map((e) => e.kind)).to.deep.equal(['download']);
      retry.click();
      await waitFor(() => saved.length === 1, 'ZIP saved after the retry');
      expect(saved[0]).to.match(/\.zip$/);
    });

    it('refuses document URLs that are not http(s) or blob, and says so', async () => {
      const adapter = seedAdapter();
      const hostile = {
        ...invoice,
        id: 'u1',
        documents: [
          {
            id: 'd1',
            kind: 'invoice' as const,
            name: 'Invoice',
            fileName: 'a.pdf',
            mimeType: 'application/pdf',
            url: 'javascript:__xss++',
          },
        ],
      };
      adapter.listDocuments = async () => hostile.documents;
      const errors: InvoiceErrorDetail[] = [];
      const saved: string[] = [];
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
          .adapter=${adapter}
          .invoice=${hostile}
          .today=${today}
          .saveFile=${(_: Blob, name: string) => void saved.push(name)}
          open
        ></invoice-download-dialog>`,
      );
      await dialog.documentsSettled;
      await dialog.updateComplete;
      deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]')[0]?.click();
      await dialog.updateComplete;
      await dialog.downloadSelected();
      await waitFor(() => errors.length > 0, 'download error');
      expect(errors[0]?.message).to.equal('This document link is not safe to open, so it was refused.');
      expect(saved).to.deep.equal([]);
    });

    it('never lists documents of the previous invoice: answers arriving newest first', async () => {
      const adapter = new ControlledAdapter();
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog .adapter=${adapter} .invoice=${seedInvoices()[0]!} .today=${today} open></invoice-download-dialog>`,
      );
      await waitFor(() => adapter.pendingOf('listDocuments').length === 1, 'first list');
      dialog.invoice = invoice;
      await dialog.updateComplete;
      const [older, newer] = adapter.calls('listDocuments');
      await adapter.answer(newer!);
      await waitFor(() => deepQueryAll(dialog, '[part~="document"]').length === 3, 'newest documents');
      await adapter.answer(older!);
      await settle();
      await dialog.updateComplete;
      expect(deepQueryAll(dialog, '[part~="document"]')).to.have.length(3);
      expect(deepText(dialog)).to.contain('2202008003470');
    });

    it('ignores documents that arrive after the dialog was removed', async () => {
      const adapter = new ControlledAdapter();
      const dialog = await fixture<InvoiceDownloadDialog>(
        html`<invoice-download-dialog .adapter=${adapter} .invoice=${invoice} .today=${today} open></invoice-download-dialog>`,
      );
      await waitFor(() => adapter.pending.length > 0, 'list started');
      dialog.remove();
      await adapter.answer(adapter.pending[0]!);
      await settle();
      expect(deepQueryAll(dialog, '[part~="document"]')).to.have.length(0);
    });
  });

  describe('<invoice-section>', () => {
    for (const fault of FAULTS) {
      it(`adapter ${fault.name}: grid and tabs both say so, one Retry each, recovery`, async () => {
        const failing = fault.make();
        const errors: InvoiceErrorDetail[] = [];
        const section = await fixture<InvoiceSection>(
          html`<invoice-section
            @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
            .adapter=${failing}
          ></invoice-section>`,
        );
        await waitFor(() => allByRole(section, 'alert').length === 2, 'grid and tabs errors', TIMEOUT_MS + 3000);
        expect(allByRole(section, 'button', 'Retry')).to.have.length(2);
        expect(deepText(section)).to.contain(fault.message);
        expect(errors.map((e) => e.kind)).to.include.members(['load', 'counts']);
        expect(dataRows(section)).to.have.length(0);
        const healthy = seedAdapter();
        Object.assign(failing, { listInvoices: healthy.listInvoices.bind(healthy), countByStatus: healthy.countByStatus.bind(healthy) });
        for (const retry of allByRole(section, 'button', 'Retry')) retry.click();
        await waitFor(() => dataRows(section).length === 5 && allByRole(section, 'alert').length === 0, 'recovered', TIMEOUT_MS + 3000);
      });
    }

    it('answers and failures after the section was removed change nothing and reach no one', async () => {
      const adapter = new ControlledAdapter();
      const errors: InvoiceErrorDetail[] = [];
      const section = await fixture<InvoiceSection>(
        html`<invoice-section
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
          .adapter=${adapter}
        ></invoice-section>`,
      );
      await waitFor(() => adapter.pendingOf('listInvoices').length >= 1 && adapter.pendingOf('countByStatus').length >= 1, 'loads started');
      section.remove();
      expect(
        adapter.all.every((call) => call.signal?.aborted),
        'every load aborted on removal',
      ).to.equal(true);
      const [list, ...others] = [...adapter.pending];
      await adapter.answer(list!);
      for (const call of others) call.reject(new InvoiceAdapterError('server', 'late'));
      await settle();
      expect(errors).to.deep.equal([]);
      expect(dataRows(section)).to.have.length(0);
    });

    it('fast tab switching against a slow adapter ends on the last tab chosen', async () => {
      const adapter = new ControlledAdapter();
      const section = await fixture<InvoiceSection>(html`<invoice-section .adapter=${adapter}></invoice-section>`);
      await waitFor(() => adapter.pendingOf('listInvoices').length >= 1, 'first load');
      for (const name of [/^Open/, /^Disputed/, /^Closed/, /^Open/]) {
        byRole(section, 'tab', name).click();
        await settle();
      }
      // Answer everything, newest first, then the stragglers.
      await adapter.answerAllNewestFirst();
      await settle();
      await adapter.answerAllNewestFirst();
      await waitFor(() => dataRows(section).length === 1, 'the open invoice');
      expect(deepText(dataRows(section)[0]!)).to.contain('2202008003470');
      expect(byRole(section, 'tab', /^Open/).getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('<invoice-status-tabs>', () => {
    for (const fault of FAULTS) {
      it(`adapter ${fault.name}: the counts fail visibly, Retry recovers`, async () => {
        const failing = fault.make();
        const errors: InvoiceErrorDetail[] = [];
        const tabs = await fixture<InvoiceStatusTabs>(
          html`<invoice-status-tabs
            @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
            .adapter=${failing}
          ></invoice-status-tabs>`,
        );
        const alert = await waitFor(() => queryByRole(tabs, 'alert'), 'counts error', TIMEOUT_MS + 3000);
        // The tabs may word the generic failure for counts ("The invoice counts could not be loaded.").
        const text = deepText(alert).replace(/\s+/g, ' ');
        if (fault.message === LOAD_MESSAGES[5]) expect(text).to.match(/could not be loaded/);
        else expect(text).to.contain(fault.message);
        expect(errors.map((e) => e.kind)).to.include('counts');
        // The tabs stay usable while the counts are missing.
        expect(byRole(tabs, 'tab', /^Open/).getAttribute('aria-selected')).to.be.oneOf(['true', 'false']);
        const healthy = seedAdapter();
        Object.assign(failing, { countByStatus: healthy.countByStatus.bind(healthy) });
        byRole(tabs, 'button', 'Retry').click();
        await waitFor(() => !queryByRole(tabs, 'alert'), 'error cleared', TIMEOUT_MS + 3000);
        await waitFor(
          () =>
            /^Open\s*1$/.test(
              deepText(byRole(tabs, 'tab', /^Open/))
                .replace(/\s+/g, ' ')
                .trim(),
            ),
          'open count',
        );
      });
    }

    it('counts of an older query never replace newer ones', async () => {
      const adapter = new ControlledAdapter();
      const tabs = await fixture<InvoiceStatusTabs>(html`<invoice-status-tabs .adapter=${adapter}></invoice-status-tabs>`);
      await waitFor(() => adapter.pendingOf('countByStatus').length === 1, 'first count');
      tabs.query = defaultQuery({ search: '3470' });
      await tabs.updateComplete;
      const [older, newer] = adapter.calls('countByStatus');
      await adapter.answer(newer!);
      await tabs.updateComplete;
      await adapter.answer(older!);
      await settle();
      await tabs.updateComplete;
      expect(tabs.statusCounts).to.deep.equal({ open: 1, disputed: 0, closed: 0, na: 0 });
    });

    for (const counts of [null, 'nope', { open: Number.NaN, disputed: -3, closed: Number.POSITIVE_INFINITY, na: '7' }, {}]) {
      it(`malformed counts ${JSON.stringify(counts)}: no NaN, negative or infinite count shown`, async () => {
        const adapter: InvoiceDataAdapter = seedAdapter();
        adapter.countByStatus = async () => counts as never;
        const tabs = await fixture<InvoiceStatusTabs>(
          html`<invoice-status-tabs show-all show-na .adapter=${adapter}></invoice-status-tabs>`,
        );
        await tabs.countsSettled;
        await tabs.updateComplete;
        const text = deepQueryAll(tabs, '[role="tab"]')
          .map((tab) => deepText(tab))
          .join(' | ');
        expect(text).not.to.match(/NaN|∞|Infinity|-\d/);
      });
    }

    it('absurd counts (1e308) show a placeholder and are reported, the sound ones stay exact', async () => {
      const adapter: InvoiceDataAdapter = seedAdapter();
      adapter.countByStatus = async () => ({ open: 1e308, disputed: 2, closed: 1, na: -1 });
      const errors: InvoiceErrorDetail[] = [];
      const tabs = await fixture<InvoiceStatusTabs>(
        html`<invoice-status-tabs
          show-all
          show-na
          .adapter=${adapter}
          @invoice-error=${(e: CustomEvent<InvoiceErrorDetail>) => errors.push(e.detail)}
        ></invoice-status-tabs>`,
      );
      await tabs.countsSettled;
      await tabs.updateComplete;
      const text = deepQueryAll(tabs, '[role="tab"]').map((tab) => deepText(tab).replace(/\s+/g, ' ').trim());
      expect(text).to.deep.equal(['All —Invalid value', 'Open —Invalid value', 'Disputed 2', 'Closed 1', 'Not applicable —Invalid value']);
      expect(deepQueryAll(tabs, '[part~="invalid-value"]')).to.have.length(3);
      expect(errors).to.have.length(1);
      expect(errors[0]!.kind).to.equal('counts');
      expect(errors[0]!.problems!.map((p) => p.field)).to.deep.equal(['open', 'na']);
    });
  });
});
