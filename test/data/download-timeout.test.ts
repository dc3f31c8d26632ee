import { expect } from '@open-wc/testing';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { downloadDefaults } from '../../src/data/fetch-blob.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import type { InvoiceDocument } from '../../src/data/types.js';

// /test-net/slow streams a file in chunks; /test-net/stall sends a little, then nothing
// (test/helpers/net-routes.mjs). A download fails on silence, never on its length.
const slow = `${location.origin}/test-net/slow?chunks=8&every=120&size=4096`;
const stall = `${location.origin}/test-net/stall?size=2048`;
const doc = (url?: string): InvoiceDocument => ({
  id: 'd',
  kind: 'cdr',
  name: 'CDR',
  fileName: 'cdr.csv',
  mimeType: 'text/csv',
  ...(url ? { url } : {}),
});

/** Settles `promise` within `ms`, or fails the test instead of letting it hang. */
async function settle<T>(promise: Promise<T>, ms = 4000): Promise<{ value?: T; error?: unknown; ms: number }> {
  const start = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
  });
  try {
    const value = await Promise.race([promise, guard]);
    return { value, ms: performance.now() - start };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('did not settle')) throw error;
    return { error, ms: performance.now() - start };
  } finally {
    clearTimeout(timer);
  }
}

function expectTimeout(result: { error?: unknown }): void {
  expect(result.error, 'expected a timeout').to.be.instanceOf(InvoiceAdapterError);
  expect([(result.error as InvoiceAdapterError).code, (result.error as InvoiceAdapterError).retryable]).to.deep.equal(['timeout', true]);
}

describe('downloads time out on silence, not on length', () => {
  const saved = downloadDefaults.idleTimeoutMs;
  afterEach(() => {
    downloadDefaults.idleTimeoutMs = saved;
  });

  it('RestInvoiceAdapter: a file still arriving after several timeouts’ worth of time completes', async () => {
    const adapter = new RestInvoiceAdapter({ baseUrl: `${location.origin}/test-api`, timeoutMs: 400 });
    const progress: number[] = [];
    const result = await settle(adapter.fetchDocument(doc(slow), { onProgress: (loaded) => progress.push(loaded) }));
    expect(result.error, String(result.error)).to.equal(undefined);
    expect(result.value!.size).to.equal(8 * 4096);
    expect(result.ms).to.be.greaterThan(400);
    expect(progress.at(-1)).to.equal(8 * 4096);
  });

  it('RestInvoiceAdapter: a file that stops arriving fails with a retryable timeout', async () => {
    const adapter = new RestInvoiceAdapter({ baseUrl: `${location.origin}/test-api`, timeoutMs: 300 });
    const progress: number[] = [];
    const result = await settle(adapter.fetchDocument(doc(stall), { onProgress: (loaded) => progress.push(loaded) }));
    expectTimeout(result);
    expect(progress).to.deep.equal([2048]);
  });

  it('InMemoryInvoiceAdapter: a URL download that stalls times out, one that streams completes', async () => {
    downloadDefaults.idleTimeoutMs = 400;
    const adapter = new InMemoryInvoiceAdapter([]);
    expectTimeout(await settle(adapter.fetchDocument(doc(stall))));
    const done = await settle(adapter.fetchDocument(doc(slow)));
    expect(done.error, String(done.error)).to.equal(undefined);
    expect(done.value!.size).to.equal(8 * 4096);
  });

  it('InMemoryInvoiceAdapter: content that never comes times out, even when it ignores the signal', async () => {
    downloadDefaults.idleTimeoutMs = 300;
    const adapter = new InMemoryInvoiceAdapter([], { documentContent: () => new Promise<Blob>(() => undefined) });
    const result = await settle(adapter.fetchDocument(doc()));
    expectTimeout(result);
  });

  it('InMemoryInvoiceAdapter: aborting a stalled download rejects at once with an AbortError', async () => {
    const adapter = new InMemoryInvoiceAdapter([], { documentContent: () => new Promise<Blob>(() => undefined) });
    const controller = new AbortController();
    const pending = settle(adapter.fetchDocument(doc(), { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const result = await pending;
    expect((result.error as DOMException).name).to.equal('AbortError');
    expect(result.ms).to.be.lessThan(1000);
  });
});
