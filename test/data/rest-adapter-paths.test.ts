import { expect } from '@open-wc/testing';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import { sampleDocumentContent } from '../../src/data/sample.js';
import type { Invoice, InvoiceDocument } from '../../src/data/types.js';

// `/test-api-ids` is the reference API (examples/server/api.mjs) over invoices whose ids, and
// their documents' ids, are hostile (test/helpers/net-routes.mjs): each must reach the server
// as one path segment and come back as itself.
function adapter(urls: string[] = []) {
  return new RestInvoiceAdapter({
    baseUrl: `${location.origin}/test-api-ids`,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return fetch(input, init);
    }) as typeof fetch,
  });
}

const invoice = (id: unknown) => ({ id, invoiceNumber: '1', billingMonth: '2020-10' }) as unknown as Invoice;
const document = (id: unknown): InvoiceDocument =>
  ({ id, kind: 'report', name: 'Report', fileName: 'r.csv', mimeType: 'text/csv' }) as InvoiceDocument;

async function failure(promise: Promise<unknown>): Promise<InvoiceAdapterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.be.instanceOf(InvoiceAdapterError);
  return error as InvoiceAdapterError;
}

/** The path of `url` below the API base, split into its segments as the server sees them. */
const segments = (url: string) =>
  new URL(url).pathname
    .slice('/test-api-ids/'.length)
    .split('/')
    .map((s) => decodeURIComponent(s));

describe('RestInvoiceAdapter: ids in URL paths', () => {
  for (const id of ['a/b', '%2e%2e', '?x', '#x', 'a b', '%', 'ü/..']) {
    it(`lists and fetches the documents of id ${JSON.stringify(id)} through one path segment`, async () => {
      const urls: string[] = [];
      const documents = await adapter(urls).listDocuments(invoice(id));
      expect(documents.map((d) => d.id)).to.deep.equal([id]);
      const blob = await adapter(urls).fetchDocument(documents[0]!);
      expect(await blob.text()).to.equal(await sampleDocumentContent(documents[0]!).text());
      expect(urls.map(segments)).to.deep.equal([
        ['invoices', id, 'documents'],
        ['documents', id, 'content'],
      ]);
    });
  }

  for (const id of ['..', '.']) {
    it(`refuses id ${JSON.stringify(id)} before any request (a dot segment would reach another endpoint)`, async () => {
      const urls: string[] = [];
      const listed = await failure(adapter(urls).listDocuments(invoice(id)));
      expect([listed.code, listed.retryable]).to.deep.equal(['bad-request', false]);
      const fetched = await failure(adapter(urls).fetchDocument(document(id)));
      expect([fetched.code, fetched.retryable]).to.deep.equal(['bad-request', false]);
      expect(urls).to.deep.equal([]);
    });
  }

  it('refuses missing, empty and malformed ids with a typed error, not a request for "undefined"', async () => {
    for (const id of [undefined, null, '', {}, '\ud800']) {
      const urls: string[] = [];
      expect((await failure(adapter(urls).listDocuments(invoice(id)))).code, String(id)).to.equal('bad-request');
      expect((await failure(adapter(urls).fetchDocument(document(id)))).code, String(id)).to.equal('bad-request');
      expect(urls, String(id)).to.deep.equal([]);
    }
  });

  it('accepts a numeric id', async () => {
    const urls: string[] = [];
    await failure(adapter(urls).listDocuments(invoice(42)));
    expect(urls.map(segments)).to.deep.equal([['invoices', '42', 'documents']]);
  });

  it('the reference server answers an id with malformed escapes with 400, not a server error', async () => {
    for (const path of ['/test-api-ids/invoices/%E0%A4%A/documents', '/test-api-ids/documents/%ZZ/content']) {
      const response = await fetch(path);
      expect(response.status, path).to.equal(400);
      expect((await response.json()).error.code, path).to.equal('bad-request');
    }
  });
});
