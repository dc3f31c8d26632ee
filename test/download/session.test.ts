import { expect } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import type { FetchDocumentOptions, Invoice, InvoiceDataAdapter, InvoiceDocument } from '../../src/data/types.js';
import { DownloadSession, type DownloadResult } from '../../src/download/session.js';
import { seedInvoices } from '../../src/data/sample.js';

const invoice = seedInvoices()[3] as Invoice;
const docs: InvoiceDocument[] = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  kind: 'report',
  name: id,
  fileName: `${id}.txt`,
  mimeType: 'text/plain',
  size: 3,
}));

function adapter(
  fail: (doc: InvoiceDocument, attempt: number) => Error | undefined,
): InvoiceDataAdapter & { attempts: Map<string, number> } {
  const attempts = new Map<string, number>();
  return {
    attempts,
    listInvoices: () => Promise.reject(new Error('unused')),
    countByStatus: () => Promise.reject(new Error('unused')),
    listDocuments: () => Promise.resolve(docs),
    async fetchDocument(doc: InvoiceDocument, options: FetchDocumentOptions = {}) {
      const attempt = (attempts.get(doc.id) ?? 0) + 1;
      attempts.set(doc.id, attempt);
      await new Promise((r) => setTimeout(r, 5));
      options.signal?.throwIfAborted();
      const error = fail(doc, attempt);
      if (error) throw error;
      options.onProgress?.(3, 3);
      return new Blob([doc.id.repeat(3)], { type: 'text/plain' });
    },
  };
}

function session(source: InvoiceDataAdapter, mode: 'single' | 'zip' = 'zip', files = docs) {
  const saved: Array<{ blob: Blob; fileName: string }> = [];
  const results: DownloadResult[] = [];
  const s = new DownloadSession({
    adapter: source,
    files: files.map((document) => ({ key: document.id, document, invoice })),
    mode,
    zipName: 'docs.zip',
    concurrency: 2,
    save: (blob, fileName) => void saved.push({ blob, fileName }),
    onChange: () => undefined,
    onComplete: (r) => void results.push(r),
  });
  return { s, saved, results };
}

describe('DownloadSession', () => {
  it('zips every file and reports the result', async () => {
    const { s, saved, results } = session(adapter(() => undefined));
    await s.start();
    expect(s.phase).to.equal('done');
    expect(s.bytes).to.deep.equal({ loaded: 12, total: 12 });
    const entries = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(Object.keys(entries).sort()).to.deep.equal(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(new TextDecoder().decode(entries['c.txt'])).to.equal('ccc');
    expect(results[0]!.fileName).to.equal('docs.zip');
  });

  it('keeps going past failures; retryAll fetches only the failed ones again', async () => {
    const source = adapter((doc, attempt) =>
      doc.id !== 'a' && doc.id !== 'd' && attempt === 1 ? new InvoiceAdapterError('network', 'x') : undefined,
    );
    const { s, saved } = session(source);
    await s.start();
    expect(s.phase).to.equal('partial');
    expect(s.failed.map((f) => f.key)).to.deep.equal(['b', 'c']);
    expect(saved).to.have.length(0);
    await s.retryAll();
    expect(s.phase).to.equal('done');
    expect([...source.attempts.entries()]).to.deep.equal([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 1],
    ]);
    expect(Object.keys(unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()))).sort()).to.deep.equal([
      'a.txt',
      'b.txt',
      'c.txt',
      'd.txt',
    ]);
  });

  it('does not retry what cannot succeed', async () => {
    const { s } = session(adapter((doc) => (doc.id === 'b' ? new InvoiceAdapterError('forbidden', 'no') : undefined)));
    await s.start();
    expect(s.failed[0]!.retryable).to.equal(false);
    await s.retry('b');
    expect(s.phase).to.equal('partial');
  });

  it('refuses unsafe URLs before asking the adapter', async () => {
    const source = adapter(() => undefined);
    const evil = [
      { ...docs[0]!, url: ' JaVaScRiPt:alert(1)' },
      { ...docs[1]!, url: 'data:text/html,<script>alert(1)</script>' },
    ];
    const { s } = session(source, 'zip', evil);
    await s.start();
    expect(s.phase).to.equal('failed');
    expect(s.failed.map((f) => (f.error as InvoiceAdapterError).code)).to.deep.equal(['unsafe-url', 'unsafe-url']);
    expect(source.attempts.size).to.equal(0);
  });

  it('saves a single file under its sanitised name', async () => {
    const { s, saved } = session(
      adapter(() => undefined),
      'single',
      [{ ...docs[0]!, fileName: 'a/../b:c.txt' }],
    );
    await s.start();
    expect(saved[0]!.fileName).to.equal('a_.._b_c.txt');
    expect(await saved[0]!.blob.text()).to.equal('aaa');
  });

  it('stops on cancel and saves nothing', async () => {
    const { s, saved } = session(adapter(() => undefined));
    const started = s.start();
    s.cancel();
    await started;
    expect(s.phase).to.equal('cancelled');
    expect(saved).to.have.length(0);
  });
});
