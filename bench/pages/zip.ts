// Downloads n small documents of one invoice as one ZIP through <invoice-download-dialog>, the
// way a user does (select all, "Download selected"), and records the time to the saved file,
// the dialog's renders, the animation frames meanwhile and the main thread's long tasks.
import '../../src/define/invoice-download-dialog.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice, InvoiceDocument } from '../../src/data/types.js';

interface ZipRun {
  documents: number;
  ms: number;
  renders: number;
  frames: number;
  longestTaskMs: number;
  longTasks: number;
  bytes: number;
}

declare global {
  interface Window {
    benchZip: { run(n: number): Promise<ZipRun> };
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

window.benchZip = {
  async run(n) {
    const documents: InvoiceDocument[] = Array.from({ length: n }, (_, i) => ({
      id: `doc-${i}`,
      kind: i % 3 === 0 ? 'cdr' : 'report',
      name: `Usage report ${i + 1}`,
      fileName: `usage-report-${i + 1}.csv`,
      mimeType: 'text/csv',
      size: 600,
      availability: 'available',
    }));
    const invoice: Invoice = { ...(seedInvoices()[3] as Invoice), documents };
    const adapter = new InMemoryInvoiceAdapter([invoice], {
      documentContent: (d) => new Blob([`date,number,seconds\r\n${`2020-10-01,${d.id},60\r\n`.repeat(20)}`], { type: 'text/csv' }),
    });
    const el = document.createElement('invoice-download-dialog') as InvoiceDownloadDialog;
    document.body.append(el);
    let saved: (blob: Blob) => void = () => undefined;
    const file = new Promise<Blob>((resolve) => (saved = resolve));
    el.adapter = adapter;
    el.invoice = invoice;
    el.today = new Date(2021, 0, 15);
    el.saveFile = (blob) => saved(blob);
    el.show();
    await el.updateComplete;
    await el.documentsSettled;
    await el.updateComplete;
    const root = el.shadowRoot as ShadowRoot;
    (root.querySelector('[part~="select-all"] input') as HTMLInputElement).click();
    await el.updateComplete;
    await nextFrame();

    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => {
      renders++;
      return render();
    };
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });

    const start = performance.now();
    (root.querySelector('[part~="download-button"]') as HTMLButtonElement).click();
    const blob = await file;
    const ms = performance.now() - start;
    counting = false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const entry of observer.takeRecords()) tasks.push(entry.duration);
    observer.disconnect();
    el.remove();
    return { documents: n, ms, renders, frames, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, bytes: blob.size };
  },
};
