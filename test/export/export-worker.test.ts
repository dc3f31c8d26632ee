import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices, seedInvoices } from '../../src/data/sample.js';
import { exportInvoices, type ExportColumn } from '../../src/export/index.js';
import {
  encodeColumns,
  prepareExportWorker,
  releaseExportWorker,
  writeExportJob,
  writeInWorker,
  type ExportJob,
} from '../../src/export/standalone.js';
import '../../src/define/invoice-grid.js';
import { getByRole, until, waitFor } from '../helpers/dom.js';
import { gridFixture } from '../helpers/grid.js';

const columns: ExportColumn[] = [
  { id: 'billingMonth', header: 'Month', kind: 'month', value: (i) => i.billingMonth },
  { id: 'amount', header: 'Amount', kind: 'money', value: (i) => i.amount },
  { id: 'invoiceNumber', header: 'Invoice number', kind: 'text', value: (i) => i.invoiceNumber },
  { id: 'customerName', header: 'Customer name', kind: 'text', value: (i) => i.customerName },
  { id: 'status', header: 'Status', kind: 'status', value: (i) => i.status },
  { id: 'dueDate', header: 'Due date', kind: 'date', value: (i) => i.dueDate },
];
const meta = { exportedAt: new Date('2026-11-25T09:00:00Z'), locale: 'en' };
const labels = { open: 'Open', disputed: 'Disputed', closed: 'Closed', na: 'Not applicable' };

/** Counts the Workers the page starts (and lets a test make starting one fail), for the length of a test. */
function watchWorkers(fail?: 'throw' | 'missing-file') {
  const Native = globalThis.Worker;
  const started: Worker[] = [];
  class Watched extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      if (fail === 'throw') throw new DOMException('Refused by the page policy (worker-src)', 'SecurityError');
      super(fail === 'missing-file' ? new URL('/no-such-export-worker.js', location.href) : url, options);
      started.push(this);
    }
  }
  globalThis.Worker = Watched;
  return { started, restore: () => (globalThis.Worker = Native) };
}

async function job(format: 'csv' | 'xlsx', rows = generateInvoices(3000, { seed: 3 })): Promise<ExportJob> {
  return {
    format,
    locale: 'en',
    statusLabels: labels,
    rowCount: rows.length,
    columns: await encodeColumns(columns, rows),
    sheetName: 'Invoices',
  };
}

describe('export in a Worker', () => {
  let workers: ReturnType<typeof watchWorkers> | undefined;
  afterEach(() => workers?.restore());

  it('the DOM-free entry @invoice-section/elements/export imports and writes files inside a module Worker', async () => {
    const worker = new Worker(new URL('./fixtures/standalone-in-worker.ts', import.meta.url), { type: 'module' });
    const reply = await new Promise<Record<string, unknown>>((resolve, reject) => {
      worker.addEventListener('error', (e) => reject(new Error(`worker failed to load: ${e.message}`)));
      worker.addEventListener('message', (e: MessageEvent) => {
        if (e.data.ready) worker.postMessage('go');
        else resolve(e.data);
      });
    }).finally(() => worker.terminate());
    expect(reply.error).to.equal(undefined);
    expect(reply.hasDocument).to.equal(false);
    expect(reply.csv).to.equal('Invoice number,Amount,Status\r\n"\'=HYPERLINK(""x"")",4060,オープン\r\n');
    expect(reply.csvType).to.equal(true);
    expect(reply.direct).to.equal("a\r\n'+1\r\n");
    expect(reply.escaped).to.equal("'@SUM(A1)");
    expect(reply.monthFormat).to.equal('mmm yyyy');
    const book = XLSX.read(new Uint8Array(reply.xlsx as ArrayBuffer), { type: 'array', cellFormula: true });
    expect(book.SheetNames).to.deep.equal(['請求書']);
    const sheet = book.Sheets['請求書']!;
    expect(sheet.A2).to.deep.include({ t: 's', v: '\'=HYPERLINK("x")' });
    expect(sheet.A2.f).to.equal(undefined);
    expect(sheet.B2).to.deep.include({ t: 'n', v: 4060 });
    expect(sheet.C2).to.deep.include({ v: 'オープン' });
  });

  it('writeInWorker writes the same file as the page would, reporting progress, in a Worker', async () => {
    workers = watchWorkers();
    const onPage = await writeExportJob(await job('csv'));
    const progress: number[] = [];
    const inWorker = await writeInWorker(await job('csv'), { onRow: (done) => progress.push(done) });
    expect(workers.started).to.have.length(1);
    expect(await inWorker.text()).to.equal(await onPage.text());
    expect(inWorker.type).to.equal('text/csv;charset=utf-8');
    expect(progress.at(-1)).to.equal(3000);
    expect(progress).to.deep.equal([...progress].sort((a, b) => a - b));
  });

  it('sends the rows as transferred column buffers: the job keeps no usable arrays afterwards', async () => {
    const sent = await job('xlsx');
    const kinds = sent.columns[0]!.values.kinds;
    expect(kinds.byteLength).to.equal(3000);
    const blob = await writeInWorker(sent);
    expect(kinds.byteLength, 'transferred, not copied').to.equal(0);
    const book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array' });
    expect(XLSX.utils.sheet_to_json(book.Sheets.Invoices!)).to.have.length(3000);
  });

  it('exportInvoices writes in a Worker by default, with fetch then write progress', async () => {
    workers = watchWorkers();
    const adapter = new InMemoryInvoiceAdapter(generateInvoices(6000, { seed: 5 }));
    const phases = new Set<string>();
    let last = 0;
    const result = await exportInvoices({
      format: 'xlsx',
      columns,
      adapter,
      query: defaultQuery(),
      meta,
      onProgress: (done, total, phase) => {
        phases.add(`${phase}`);
        if (phase === 'write') last = done / total;
      },
    });
    expect(workers.started).to.have.length(1);
    expect([...phases]).to.deep.equal(['fetch', 'write']);
    expect(last).to.equal(1);
    expect(result.rowCount).to.equal(6000);
    const book = XLSX.read(new Uint8Array(await result.blob.arrayBuffer()), { type: 'array' });
    expect(book.SheetNames).to.deep.equal(['Invoices', 'Export details']);
  });

  it('cancelling stops the Worker: the export rejects with an AbortError and reports no progress after', async () => {
    workers = watchWorkers();
    const abort = new AbortController();
    let afterAbort = 0;
    const running = exportInvoices({
      format: 'xlsx',
      columns,
      rows: generateInvoices(60_000, { seed: 9 }),
      meta,
      signal: abort.signal,
      onProgress: (done, _total, phase) => {
        if (abort.signal.aborted) afterAbort++;
        else if (phase === 'write' && done > 0) abort.abort();
      },
    });
    const error = await running.then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name).to.equal('AbortError');
    expect(workers.started).to.have.length(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(afterAbort).to.equal(0);
  });

  for (const fail of ['throw', 'missing-file'] as const) {
    it(`writes on the page when no Worker can start (${fail === 'throw' ? 'refused by the page policy' : 'Worker file missing'})`, async () => {
      const expected = await exportInvoices({ format: 'csv', columns, rows: seedInvoices(), meta, worker: false });
      workers = watchWorkers(fail);
      const progress: number[] = [];
      const result = await exportInvoices({
        format: 'csv',
        columns,
        rows: seedInvoices(),
        meta,
        onProgress: (done) => progress.push(done),
      });
      expect(await result.blob.text()).to.equal(await expected.blob.text());
      expect(progress.at(-1)).to.equal(5);
    });
  }

  it('sends the text as transferred UTF-8 blocks: no string of the rows is cloned, every row comes back whole', async () => {
    const rows = generateInvoices(3000, { seed: 3 });
    rows[7] = { ...rows[7]!, customerName: '株式会社 𠮷野家 😀' };
    rows[8] = { ...rows[8]!, customerName: 'lone \ud800 surrogate' };
    const sent = await job('csv', rows);
    const names = sent.columns[3]!.values;
    expect(names.text.every((block) => block instanceof Uint8Array)).to.equal(true);
    const blocks = [...names.text];
    const blob = await writeInWorker(sent);
    expect(
      blocks.every((block) => block.byteLength === 0),
      'transferred, not copied',
    ).to.equal(true);
    const lines = (await blob.text()).split('\r\n');
    expect(lines[8]).to.contain(',株式会社 𠮷野家 😀,');
    // A lone surrogate cannot be written to a file; it becomes U+FFFD and the rows around it stay whole.
    expect(lines[9]).to.contain(',lone \ufffd surrogate,');
    expect(lines[10]).to.contain(`,${rows[9]!.customerName},`);
  });

  it('prepareExportWorker starts the Worker ahead of the export; the export then starts no other', async () => {
    workers = watchWorkers();
    await prepareExportWorker();
    expect(workers.started).to.have.length(1);
    const blob = await writeInWorker(await job('csv'));
    expect(workers.started, 'the prepared Worker wrote the file').to.have.length(1);
    expect((await blob.text()).split('\r\n').filter(Boolean)).to.have.length(3001);
    // Used up: the next export starts its own.
    await writeInWorker(await job('csv'));
    expect(workers.started).to.have.length(2);
  });

  it('a prepared Worker that failed while it waited is not used: the export starts a fresh one', async () => {
    workers = watchWorkers();
    await prepareExportWorker();
    workers.started[0]!.dispatchEvent(new ErrorEvent('error', { message: 'crashed while waiting' }));
    const blob = await writeInWorker(await job('csv'));
    expect(workers.started).to.have.length(2);
    expect((await blob.text()).split('\r\n').filter(Boolean)).to.have.length(3001);
  });

  it('a prepared Worker that cannot load leaves the export to a fresh one, then to the page', async () => {
    workers = watchWorkers('missing-file');
    await prepareExportWorker();
    workers.restore();
    workers = watchWorkers();
    const blob = await writeInWorker(await job('csv'));
    expect(workers.started).to.have.length(1);
    expect((await blob.text()).split('\r\n').filter(Boolean)).to.have.length(3001);
    releaseExportWorker();
  });

  it('reports a failure inside the Worker as the export error, not as "no Worker"', async () => {
    const sent = await job('xlsx');
    // More rows than a sheet holds: the .xlsx writer refuses, inside the Worker.
    const tooMany = { ...sent, rowCount: 2_000_000 };
    const error = await writeInWorker(tooMany).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name).to.equal('RangeError');
    expect(error?.message).to.contain('at most 1048575 data rows');
  });
});

describe('<invoice-grid> export through the Worker', () => {
  let workers: ReturnType<typeof watchWorkers> | undefined;
  afterEach(() => {
    workers?.restore();
    releaseExportWorker();
  });

  it('opening the export panel gets the Worker ready before the click, and the export uses it', async () => {
    workers = watchWorkers();
    const el = await gridFixture(new InMemoryInvoiceAdapter(generateInvoices(500, { seed: 4 })));
    const saved: Blob[] = [];
    el.saveFile = async (blob) => void saved.push(blob);
    getByRole(el, 'button', 'Export to Excel').click();
    await until(() => workers!.started.length === 1, 'Worker started when the panel opened');
    const csv = await waitFor(
      () => el.shadowRoot!.querySelector('#export-panel') && getByRole<HTMLInputElement>(el, 'radio', 'CSV'),
      'panel shown',
    );
    csv.click();
    getByRole<HTMLInputElement>(el, 'radio', 'All matching rows (500)').click();
    getByRole(el, 'button', 'Export').click();
    await until(() => saved.length === 1, 'file saved');
    expect(workers.started, 'no second Worker at the click').to.have.length(1);
    expect((await saved[0]!.text()).split('\r\n').filter(Boolean)).to.have.length(501);
  });

  it('exports every matching row in a Worker, shows progress, and "Cancel export" stops it', async () => {
    workers = watchWorkers();
    const el = await gridFixture(new InMemoryInvoiceAdapter(generateInvoices(40_000, { seed: 4 })));
    const saved: Blob[] = [];
    el.saveFile = async (blob) => void saved.push(blob);
    let errors = 0;
    el.addEventListener('invoice-error', () => errors++);
    const first = el.exportTo('xlsx', 'all');
    const bar = await waitFor(() => el.shadowRoot!.querySelector<HTMLProgressElement>('progress#export-progress'), 'progress shown');
    await waitFor(() => workers!.started.length === 1 && bar.value > 0, 'writing in the Worker', 15_000);
    getByRole(el, 'button', 'Cancel export').click();
    await first;
    expect(saved).to.have.length(0);
    expect(el.shadowRoot!.querySelector('progress#export-progress'), 'progress gone').to.equal(null);
    expect(errors).to.equal(0);

    await el.exportTo('csv', 'all');
    expect(saved).to.have.length(1);
    expect(workers.started).to.have.length(2);
    expect((await saved[0]!.text()).split('\r\n').filter(Boolean)).to.have.length(40_001);
  });
});
