// Routes the network-hardening tests use on the test runner's server. The same server answers
// on `localhost` and on `127.0.0.1`, which are two origins: a test page on one reaches the
// other as a foreign server. Every route answers CORS as permissively as a hostile server would
// (any origin, credentials, any requested header), so what the browser sends is decided by the
// code under test alone.
//
//   /test-net/echo?token=T           records the request's headers under T, answers 'ok'
//   /test-net/redirect?token=T&to=U  records, then 302 to U
//   /test-net/seen?token=T           what was recorded under T (JSON), for the test to read
//   /test-net/slow?chunks=N&every=MS&size=B   N chunks of B bytes, one every MS ms
//   /test-net/stall?size=B           B bytes, then silence until the client gives up
//   /test-api-ids/…                  the reference API over invoices whose ids are hostile

import { createInvoiceApi } from '../../examples/server/api.mjs';

/** Ids that must each travel as one path segment. */
export const HOSTILE_IDS = ['..', '.', 'a/b', '%2e%2e', '?x', '#x', 'a b', '%', 'ü/..'];

const seen = new Map();

function cors(req, res) {
  const origin = req.headers.origin;
  res.setHeader('access-control-allow-origin', origin && origin !== 'null' ? origin : '*');
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader('access-control-allow-methods', 'GET');
  const asked = req.headers['access-control-request-headers'];
  if (asked) res.setHeader('access-control-allow-headers', asked);
  res.setHeader('access-control-expose-headers', 'content-length');
  res.setHeader('cache-control', 'no-store');
}

function record(token, req, kind) {
  if (!token) return;
  const list = seen.get(token) ?? [];
  list.push({
    kind,
    method: req.method,
    host: req.headers.host,
    authorization: req.headers.authorization ?? null,
    apiKey: req.headers['x-api-key'] ?? null,
    cookie: req.headers.cookie ?? null,
    requestHeaders: req.headers['access-control-request-headers'] ?? null,
  });
  seen.set(token, list);
}

function hostileIdInvoices() {
  return HOSTILE_IDS.map((id, i) => ({
    id,
    invoiceNumber: `990000000${i}`,
    billingMonth: '2020-10',
    amount: 1000 + i,
    currency: 'JPY',
    customerName: 'Hostile ids',
    ocn: '1',
    bcn: '1',
    status: 'open',
    documents: [{ id, kind: 'report', name: `Report ${i}`, fileName: `report-${i}.csv`, mimeType: 'text/csv' }],
  }));
}

/** Node `http` handler for the routes above: `(req, res) => Promise<boolean>`. */
export function createNetRoutes(lib) {
  const idsApi = createInvoiceApi(lib, { invoices: hostileIdInvoices(), prefix: '/test-api-ids' });

  return async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith('/test-net/')) return idsApi(req, res);
    const token = url.searchParams.get('token');
    cors(req, res);
    if (req.method === 'OPTIONS') {
      record(token, req, 'preflight');
      res.writeHead(204);
      res.end();
      return true;
    }
    const route = url.pathname.slice('/test-net/'.length);
    if (route === 'echo') {
      record(token, req, 'request');
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    } else if (route === 'redirect') {
      record(token, req, 'redirect');
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      res.end();
    } else if (route === 'seen') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(seen.get(token) ?? []));
    } else if (route === 'slow') {
      const chunks = Number(url.searchParams.get('chunks') ?? 5);
      const every = Number(url.searchParams.get('every') ?? 100);
      const size = Number(url.searchParams.get('size') ?? 1024);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(chunks * size) });
      let sent = 0;
      const timer = setInterval(() => {
        res.write(new Uint8Array(size).fill(65 + (sent % 26)));
        if (++sent >= chunks) {
          clearInterval(timer);
          res.end();
        }
      }, every);
      req.on('close', () => clearInterval(timer));
    } else if (route === 'stall') {
      const size = Number(url.searchParams.get('size') ?? 1024);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size * 2) });
      res.write(new Uint8Array(size).fill(66));
      const timer = setTimeout(() => res.destroy(), 15_000);
      req.on('close', () => clearTimeout(timer));
    } else {
      res.writeHead(404);
      res.end();
    }
    return true;
  };
}
