import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import '../../src/define/invoice-grid.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { generateInvoices } from '../../src/data/sample.js';
import { gridFixture } from '../helpers/grid.js';

/**
 * Runs in its own test group whose page is served with the strict policy of csp.test.ts plus
 * `worker-src 'none'` (test/helpers/csp-page.mjs): no Worker may start, so the export writes
 * the file on the page, in time slices, and the only violation is the refused Worker.
 */

declare global {
  interface Window {
    __cspViolations: Array<{ directive: string; blockedURI: string; sample: string; source: string }>;
  }
}

const onPage = () => document.querySelector('meta[name="invoice-strict-csp"][content="no-worker"]') !== null;

describe('export on a page whose policy refuses Workers (worker-src none)', function () {
  before(function (this: { skip(): void }) {
    if (!onPage()) this.skip();
  });

  it('the grid still exports every row, with progress, writing the file on the page', async () => {
    const el = await gridFixture(new InMemoryInvoiceAdapter(generateInvoices(3000, { seed: 6 })));
    // The fixture's wrapper has a style attribute, refused here too; start counting after its report.
    await new Promise((r) => setTimeout(r, 50));
    window.__cspViolations.length = 0;
    const saved: Blob[] = [];
    el.saveFile = async (blob) => void saved.push(blob);
    const progress: number[] = [];
    const observer = setInterval(() => {
      const bar = el.shadowRoot!.querySelector<HTMLProgressElement>('progress#export-progress');
      if (bar) progress.push(bar.value);
    }, 5);
    let failed = 0;
    el.addEventListener('invoice-error', () => failed++);
    try {
      await el.exportTo('xlsx', 'all');
    } finally {
      clearInterval(observer);
    }
    expect(failed).to.equal(0);
    expect(saved).to.have.length(1);
    const book = XLSX.read(new Uint8Array(await saved[0]!.arrayBuffer()), { type: 'array' });
    expect(XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]!]!)).to.have.length(3000);
    expect(progress.length, 'progress shown while writing').to.be.greaterThan(0);
    await new Promise((r) => setTimeout(r, 50));
    const directives = window.__cspViolations.map((v) => v.directive);
    expect(directives.length, 'the refused Worker is reported').to.be.greaterThan(0);
    expect(
      directives.every((d) => d === 'worker-src'),
      directives.join(', '),
    ).to.equal(true);
  });
});
