import { expect } from '@open-wc/testing';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { RestInvoiceAdapter, type RestAdapterOptions } from '../../src/data/rest-adapter.js';
import type { InvoiceDocument } from '../../src/data/types.js';

// The test runner's server answers on localhost and on 127.0.0.1: two origins, one server
// (test/helpers/net-routes.mjs). Its routes answer CORS like a hostile server: any origin,
// credentials, any requested header, so only the adapter decides what leaves the page.
const foreign = (() => {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
})();

interface Seen {
  kind: 'preflight' | 'request' | 'redirect';
  host: string;
  authorization: string | null;
  apiKey: string | null;
}

let counter = 0;
const token = () => `t${Date.now()}-${++counter}`;
const seen = async (t: string): Promise<Seen[]> => (await fetch(`/test-net/seen?token=${t}`)).json();
const requests = async (t: string) => (await seen(t)).filter((s) => s.kind !== 'preflight');
const echo = (origin: string, t: string) => `${origin}/test-net/echo?token=${t}`;
const redirect = (origin: string, t: string, to: string) => `${origin}/test-net/redirect?token=${t}&to=${encodeURIComponent(to)}`;

const doc = (url: string): InvoiceDocument => ({ id: 'd', kind: 'report', name: 'Report', fileName: 'r.txt', mimeType: 'text/plain', url });

/** An adapter on this page's origin that authenticates with a bearer token and an API key. */
function adapter(options: Partial<RestAdapterOptions> = {}, calls: Array<{ url: string; init: RequestInit | undefined }> = []) {
  return new RestInvoiceAdapter({
    baseUrl: `${location.origin}/test-api`,
    headers: { authorization: 'Bearer secret', 'x-api-key': 'key-1' },
    credentials: 'include',
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return fetch(input, init);
    }) as typeof fetch,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<InvoiceAdapterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.be.instanceOf(InvoiceAdapterError);
  return error as InvoiceAdapterError;
}

describe('RestInvoiceAdapter: credentials stay on its own origin', () => {
  it('sends its headers and credentials to its own origin', async () => {
    const t = token();
    const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
    const blob = await adapter({}, calls).fetchDocument(doc(echo(location.origin, t)));
    expect(await blob.text()).to.equal('ok');
    expect((await requests(t)).map((s) => [s.authorization, s.apiKey])).to.deep.equal([['Bearer secret', 'key-1']]);
    expect(calls.map((c) => c.init?.credentials)).to.deep.equal(['include']);
  });

  it('fetches a document on another origin without them, by default', async () => {
    const t = token();
    const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
    const blob = await adapter({}, calls).fetchDocument(doc(echo(foreign, t)));
    expect(await blob.text()).to.equal('ok');
    const got = await seen(t);
    expect(got.map((s) => [s.kind, s.authorization, s.apiKey])).to.deep.equal([['request', null, null]]);
    expect(calls.map((c) => c.init?.credentials)).to.deep.equal(['omit']);
  });

  it('refuses a document on another origin when the portal says so, before any request', async () => {
    const t = token();
    const error = await failure(adapter({ crossOriginDocuments: 'refuse' }).fetchDocument(doc(echo(foreign, t))));
    expect([error.code, error.retryable]).to.deep.equal(['unsafe-url', false]);
    expect(await seen(t)).to.deep.equal([]);
  });

  it('sends them to an origin on the allow-list', async () => {
    const t = token();
    await adapter({ trustedOrigins: [`${foreign}/any/path`] }).fetchDocument(doc(echo(foreign, t)));
    expect((await requests(t)).map((s) => [s.authorization, s.apiKey])).to.deep.equal([['Bearer secret', 'key-1']]);
  });

  it('rejects an allow-list entry that is not an origin, saying which', () => {
    expect(() => adapter({ trustedOrigins: ['not a url'] })).to.throw(TypeError, /not a url/);
    expect(() => adapter({ trustedOrigins: ['javascript:alert(1)'] })).to.throw(TypeError, /javascript/);
  });

  it('never carries them across origins on a redirect, and still gets the file', async () => {
    const t = token();
    const url = redirect(location.origin, t, echo(foreign, t));
    const blob = await adapter().fetchDocument(doc(url));
    expect(await blob.text()).to.equal('ok');
    const got = await seen(t);
    const own = got.filter((s) => s.host === new URL(location.href).host);
    const other = got.filter((s) => s.host !== new URL(location.href).host);
    expect(own.every((s) => s.authorization === 'Bearer secret' || s.authorization === null)).to.equal(true);
    expect(own[0]).to.include({ kind: 'redirect', authorization: 'Bearer secret', apiKey: 'key-1' });
    expect(other.filter((s) => s.kind === 'request')).to.have.length(1);
    expect(other.map((s) => [s.authorization, s.apiKey])).to.deep.equal(other.map(() => [null, null]));
  });

  it('keeps them on a redirect within its own origin', async () => {
    const t = token();
    const blob = await adapter().fetchDocument(doc(redirect(location.origin, t, echo(location.origin, t))));
    expect(await blob.text()).to.equal('ok');
    const last = (await requests(t)).at(-1);
    expect(last).to.include({ kind: 'request', authorization: 'Bearer secret', apiKey: 'key-1' });
  });

  it('refuses a redirect to another origin under the refuse policy', async () => {
    const t = token();
    const error = await failure(
      adapter({ crossOriginDocuments: 'refuse' }).fetchDocument(doc(redirect(location.origin, t, echo(foreign, t)))),
    );
    expect([error.code, error.retryable]).to.deep.equal(['unsafe-url', false]);
    expect((await seen(t)).filter((s) => s.host !== new URL(location.href).host && s.apiKey !== null)).to.deep.equal([]);
  });

  it('follows a redirect hop by hop when the fetch shows where it goes (Node, wrappers)', async () => {
    // A fetch that answers 'manual' with a readable 302, as Node's does.
    const t = token();
    const target = echo(foreign, t);
    const sent: Array<{ url: string; headers: Headers; credentials: RequestCredentials | undefined }> = [];
    const nodeLike = (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(input), headers: new Headers(init?.headers), credentials: init?.credentials });
      if (String(input).endsWith('/hop')) return new Response(null, { status: 302, headers: { location: target } });
      return fetch(input, init);
    }) as typeof fetch;
    const blob = await adapter({ fetch: nodeLike }).fetchDocument(doc(`${location.origin}/hop`));
    expect(await blob.text()).to.equal('ok');
    expect(sent.map((s) => [s.url, s.headers.get('authorization'), s.headers.get('x-api-key'), s.credentials])).to.deep.equal([
      [`${location.origin}/hop`, 'Bearer secret', 'key-1', 'include'],
      [target, null, null, 'omit'],
    ]);
  });
});
