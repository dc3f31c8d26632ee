import { expect, fixture, html } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import '../../../src/define/invoice-download-dialog.js';
import type { InvoiceDownloadDialog } from '../../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { downloadDefaults } from '../../../src/data/fetch-blob.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../../src/data/sample.js';
import type { Invoice, InvoiceDataAdapter, InvoiceDocument } from '../../../src/data/types.js';
import type { InvoiceErrorDetail } from '../../../src/events/invoice-events.js';
import { accessibleName, getByRole, queryAllByRole, until } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

const TODAY = new Date(2021, 0, 15);
const base = seedInvoices()[3] as Invoice;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;

function documents(count: number, make: (i: number) => Partial<InvoiceDocument> = () => ({})): InvoiceDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    kind: 'report',
    name: `Report ${i}`,
    fileName: `report-${i}.txt`,
    mimeType: 'text/plain',
    size: 16,
    availability: 'available',
    ...make(i),
  }));
}

async function open(
  invoice: Invoice,
  options: { adapter?: InvoiceDataAdapter | null; save?: (blob: Blob, name: string) => void } = {},
): Promise<InvoiceDownloadDialog> {
  const el = await fixture<InvoiceDownloadDialog>(html`<invoice-download-dialog></invoice-download-dialog>`);
  el.adapter =
    options.adapter === null
      ? undefined
      : (options.adapter ?? new InMemoryInvoiceAdapter([invoice], { documentContent: (d) => new Blob([`content of ${d.id}`]) }));
  el.invoice = invoice;
  el.today = TODAY;
  el.saveFile = options.save ?? (() => undefined);
  el.show();
  await el.updateComplete;
  await el.documentsSettled;
  await el.updateComplete;
  return el;
}

const button = (el: InvoiceDownloadDialog, name: string | RegExp) => getByRole<HTMLButtonElement>(el, 'button', name);
const text = (el: Element) => el.shadowRoot!.textContent ?? '';

describe('<invoice-download-dialog> under hostile names', () => {
  it('shows file names and document names without bidi overrides, as the files will be saved', async () => {
    const invoice: Invoice = {
      ...base,
      documents: documents(2, (i) =>
        i === 0
          ? { name: 'Invoice \u202efdp.exe', fileName: 'inv\u202efdp.exe' }
          : { name: 'Hidden', fileName: `invoice.pdf${'\u2800'.repeat(60)}.exe` },
      ),
    };
    const saved: string[] = [];
    const el = await open(invoice, { save: (_blob, name) => void saved.push(name) });
    expect(text(el)).not.to.match(BIDI);
    const fileNames = [...el.shadowRoot!.querySelectorAll('[part~="file-name"]')].map((n) => n.textContent);
    expect(fileNames).to.deep.equal(['invfdp.exe', 'invoice.pdf .exe']);
    const names = [...el.shadowRoot!.querySelectorAll('[part~="document-name"]')].map((n) => n.textContent!.trim());
    expect(names[0]).to.equal('Invoice fdp.exe');
    // Names are isolated from the text around them.
    for (const name of el.shadowRoot!.querySelectorAll('[part~="document-name"] bdi')) expect(name.localName).to.equal('bdi');
    expect(el.shadowRoot!.querySelectorAll('[part~="document-name"] bdi').length).to.equal(2);
    getByRole<HTMLInputElement>(el, 'checkbox', 'Select all available').click();
    await el.updateComplete;
    button(el, 'Download selected').click();
    await until(() => saved.length === 1, 'the ZIP is saved');
    expect(accessibleName(getByRole(el, 'checkbox', /^Invoice fdp/))).not.to.match(BIDI);
  });

  it('names a document whose name is blank after its kind (axe clean)', async () => {
    const blanks = ['   ', '\u3000', '\u2800\u2800', '\u200b', '\u202e', '\t\n'];
    const kinds = ['cdr', 'report', 'universal-number-list', 'report', 'cdr', 'report'] as const;
    const invoice: Invoice = {
      ...base,
      documents: documents(blanks.length, (i) => ({ name: blanks[i], kind: kinds[i], fileName: `f${i}.csv` })),
    };
    const el = await open(invoice);
    const boxes = queryAllByRole<HTMLInputElement>(el, 'checkbox').filter((b) => b.getAttribute('part') === 'checkbox');
    expect(boxes).to.have.length(blanks.length);
    const names = boxes.map((b) => accessibleName(b));
    for (const name of names) expect(name).to.match(/^(Call data records \(CDR\)|Report|Universal number list)$/);
    await expectNoAxeViolations(el);
  });
});

describe('<invoice-download-dialog> with oversized values', () => {
  it('keeps its actions in view and the full values available', async () => {
    const number = '9'.repeat(5000);
    const hugeName = `Report ${'N'.repeat(1_000_000)}`;
    const invoice: Invoice = { ...base, invoiceNumber: number, documents: documents(2, (i) => (i === 0 ? { name: hugeName } : {})) };
    const started = performance.now();
    const el = await open(invoice);
    const openedMs = performance.now() - started;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const box = dialog.getBoundingClientRect();
    for (const control of [button(el, 'Download selected'), button(el, 'Close'), getByRole(el, 'region', 'Documents')]) {
      const rect = control.getBoundingClientRect();
      expect(rect.height, accessibleName(control)).to.be.greaterThan(0);
      expect(rect.bottom, accessibleName(control)).to.be.at.most(Math.min(innerHeight, box.bottom) + 0.5);
      expect(rect.top, accessibleName(control)).to.be.at.least(box.top - 0.5);
    }
    // What is laid out is capped …
    const subtitle = el.shadowRoot!.querySelector('[part~="subtitle"]') as HTMLElement;
    expect(subtitle.getBoundingClientRect().height).to.be.lessThan(100);
    const shownName = el.shadowRoot!.querySelector('[part~="document-name"]') as HTMLElement;
    expect(shownName.getBoundingClientRect().height).to.be.lessThan(200);
    // … while the full values stay available: title, accessible name and description.
    expect(subtitle.title).to.contain(number);
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.contain(number);
    expect(accessibleName(getByRole(el, 'checkbox', /^Report N/))).to.equal(hugeName);
    expect(el.shadowRoot!.querySelector(`[part~="document-name"] [title]`)!.getAttribute('title')).to.equal(hugeName);
    expect(openedMs, 'time to open').to.be.lessThan(5000);
    await expectNoAxeViolations(el);
  });

  it('copies the full value of a shortened text', async () => {
    const number = '8'.repeat(5000);
    const el = await open({ ...base, invoiceNumber: number, documents: documents(1) });
    const subtitle = el.shadowRoot!.querySelector('[part~="subtitle"]') as HTMLElement;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.selectAllChildren(subtitle);
    const data = new DataTransfer();
    const event = new ClipboardEvent('copy', { clipboardData: data, bubbles: true, composed: true, cancelable: true });
    subtitle.dispatchEvent(event);
    // Firefox hands the listener a copy of the DataTransfer given to the constructor.
    expect(event.clipboardData!.getData('text/plain')).to.contain(number);
    expect(event.defaultPrevented).to.equal(true);
    selection.removeAllRanges();
  });
});

describe('<invoice-download-dialog> with many documents', () => {
  it('zips 300 documents rendering at most once per frame', async () => {
    const invoice: Invoice = { ...base, documents: documents(300) };
    let saved: Blob | undefined;
    const el = await open(invoice, { save: (blob) => void (saved = blob) });
    getByRole<HTMLInputElement>(el, 'checkbox', 'Select all available').click();
    await el.updateComplete;
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
    button(el, 'Download selected').click();
    await until(() => saved !== undefined, 'the ZIP is saved', 20_000);
    counting = false;
    expect(Object.keys(unzipSync(new Uint8Array(await saved!.arrayBuffer())))).to.have.length(300);
    // A few immediate renders for phase changes; the rest at most one a frame.
    expect(renders, `${renders} renders in ${frames} frames`).to.be.at.most(frames + 8);
  });
});

describe('<invoice-download-dialog> without an adapter', () => {
  const saved = downloadDefaults.idleTimeoutMs;
  afterEach(() => {
    downloadDefaults.idleTimeoutMs = saved;
  });

  it('fails a download that stops arriving, with Retry', async () => {
    downloadDefaults.idleTimeoutMs = 300;
    const invoice: Invoice = { ...base, documents: documents(1, () => ({ url: '/test-net/stall?size=512', size: 1024 })) };
    const el = await open(invoice, { adapter: null });
    const errors: InvoiceErrorDetail[] = [];
    el.addEventListener('invoice-error', (e) => errors.push(e.detail));
    getByRole<HTMLInputElement>(el, 'checkbox', /^Report 0/).click();
    await el.updateComplete;
    button(el, 'Download selected').click();
    await until(() => errors.length === 1, 'the stalled download fails', 4000);
    expect(errors[0]).to.include({ kind: 'download', retryable: true });
    expect((errors[0]!.error as { code?: string }).code).to.equal('timeout');
    await until(() => queryAllByRole(el, 'button', /^Retry/).length === 1, 'a Retry button');
  });

  it('cancels a stalled download at once', async () => {
    const invoice: Invoice = { ...base, documents: documents(1, () => ({ url: '/test-net/stall?size=512', size: 1024 })) };
    const el = await open(invoice, { adapter: null });
    getByRole<HTMLInputElement>(el, 'checkbox', /^Report 0/).click();
    await el.updateComplete;
    button(el, 'Download selected').click();
    await until(() => queryAllByRole(el, 'button', 'Cancel').length === 1, 'the Cancel button');
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.contain('Download cancelled.');
    expect(button(el, 'Download selected').disabled).to.equal(false);
  });
});
