import { expect } from '@open-wc/testing';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { defaultQuery } from '../../src/data/query.js';

// These talk to the reference API served by the test runner (examples/server/api.mjs).
const api = () => new RestInvoiceAdapter({ baseUrl: `${location.origin}/test-api/` });
const faulty = (path: string, timeoutMs?: number) =>
  new RestInvoiceAdapter({ baseUrl: `${location.origin}/test-fault/${path}`, ...(timeoutMs ? { timeoutMs } : {}) });

async function failure(promise: Promise<unknown>): Promise<InvoiceAdapterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.be.instanceOf(InvoiceAdapterError);
  return error as InvoiceAdapterError;
}

describe('RestInvoiceAdapter against the reference server', () => {
  it('lists, searches, filters, sorts and pages', async () => {
    const all = await api().listInvoices(defaultQuery({ limit: 10 }));
    expect(all.total).to.equal(305);
    expect(all.rows).to.have.length(10);
    expect(all.lastRefreshed).to.equal('2026-11-24T21:00:00.000Z');
    const page = await api().listInvoices(
      defaultQuery({
        search: '２２０２００８',
        statuses: ['open', 'closed'],
        sort: [{ field: 'amount', direction: 'desc' }],
        filter: { version: 1, currency: 'JPY' },
      }),
    );
    expect(page.rows.map((r) => r.invoiceNumber)).to.deep.equal(['2202008003470', '2202008003481']);
  });

  it('counts by status', async () => {
    const counts = await api().countByStatus(defaultQuery({ search: '22848', statuses: ['open'] }));
    expect(counts).to.deep.equal({ open: 1, disputed: 0, closed: 1, na: 3 });
  });

  it('lists and downloads documents with progress', async () => {
    const { rows } = await api().listInvoices(defaultQuery({ search: '2202008003470' }));
    const documents = await api().listDocuments(rows[0]!);
    expect(documents.map((d) => d.kind)).to.deep.equal(['invoice', 'cdr', 'universal-number-list']);
    let last = 0;
    const blob = await api().fetchDocument(documents[1]!, { onProgress: (loaded) => (last = loaded) });
    expect(blob.size).to.be.greaterThan(100);
    expect(last).to.equal(blob.size);
    expect(blob.type).to.equal('text/csv');
  });

  it('maps HTTP failures to typed errors with a retryable flag', async () => {
    const e503 = await failure(faulty('status/503').listInvoices(defaultQuery()));
    expect([e503.code, e503.retryable, e503.status, e503.message]).to.deep.equal(['unavailable', true, 503, 'Injected HTTP 503']);
    const e403 = await failure(faulty('status/403').countByStatus(defaultQuery()));
    expect([e403.code, e403.retryable]).to.deep.equal(['forbidden', false]);
    const e404 = await failure(api().listDocuments({ id: 'nope' } as never));
    expect(e404.code).to.equal('not-found');
  });

  it('rejects answers that are not JSON or not a page', async () => {
    expect((await failure(faulty('not-json').listInvoices(defaultQuery()))).code).to.equal('bad-response');
    expect((await failure(faulty('bad-page').listInvoices(defaultQuery()))).code).to.equal('bad-response');
  });

  it('times out', async () => {
    const error = await failure(faulty('hang', 200).listInvoices(defaultQuery()));
    expect([error.code, error.retryable]).to.deep.equal(['timeout', true]);
  });

  it('aborts with an AbortError when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = faulty('hang')
      .listInvoices(defaultQuery(), { signal: controller.signal })
      .catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 50);
    expect(((await pending) as DOMException).name).to.equal('AbortError');
  });

  it('fails with a network error when nothing listens', async () => {
    const error = await failure(new RestInvoiceAdapter({ baseUrl: 'http://127.0.0.1:9/api' }).listInvoices(defaultQuery()));
    expect(error.code).to.equal('network');
  });

  it('refuses javascript: and data: document URLs before any request', async () => {
    let called = false;
    const adapter = new RestInvoiceAdapter({
      baseUrl: '/x',
      fetch: (() => {
        called = true;
        return Promise.reject(new Error('no'));
      }) as typeof fetch,
    });
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      const error = await failure(adapter.fetchDocument({ id: 'd', kind: 'invoice', name: 'n', fileName: 'f', mimeType: 'x', url }));
      expect(error.code).to.equal('unsafe-url');
    }
    expect(called).to.equal(false);
  });

  it('sends configured headers', async () => {
    let seen: Headers | undefined;
    const adapter = new RestInvoiceAdapter({
      baseUrl: `${location.origin}/test-api`,
      headers: async () => ({ authorization: 'Bearer t' }),
      fetch: ((input: RequestInfo, init?: RequestInit) => {
        seen = new Headers(init?.headers);
        return fetch(input, init);
      }) as typeof fetch,
    });
    await adapter.countByStatus(defaultQuery());
    expect(seen?.get('authorization')).to.equal('Bearer t');
  });
});
