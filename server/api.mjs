// The HTTP API of openapi.yaml served from PostgreSQL (or PGlite): a plain Node handler,
// (req, res) => Promise<boolean>, false when the path is not under `prefix`. Each request is
// authenticated first (401), then its parameters are read strictly (400), then the query layer
// runs, scoped to the token's accounts.
import { Unauthorized } from './auth.mjs';
import { billingSummary, invoiceDetail, raiseTicket } from './billing-queries.mjs';
import { BadRequest, parseQuery, parseSummaryRequest, parseTicket } from './params.mjs';
import { countByStatus, findDocument, listDocuments, listInvoices } from './queries.mjs';

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};
const MAX_ID_LENGTH = 200;
/** Largest ticket body read (a 2,000-character message in any script fits several times). */
const MAX_BODY_BYTES = 32 * 1024;

/** A request with a status other than 400 (413, 415), in the API's error format. */
class Refused extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The body of a POST as text: JSON only, at most MAX_BODY_BYTES. */
async function readJsonBody(req) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json') throw new Refused(415, 'unsupported-media-type', 'Send the ticket as application/json.');
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY_BYTES) throw new Refused(413, 'too-large', `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Refused(413, 'too-large', `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BadRequest('body', 'The body is not valid UTF-8.');
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...JSON_HEADERS, ...headers });
  res.end(JSON.stringify(body));
}

function fail(res, status, code, message, headers = {}) {
  send(res, status, { error: { code, message } }, headers);
}

function pathId(segment) {
  let id;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw new BadRequest('id', 'The id in the path is not valid percent-encoding.');
  }
  if (!id || id.length > MAX_ID_LENGTH || id.includes('\u0000')) throw new BadRequest('id', `An id is 1 to ${MAX_ID_LENGTH} characters.`);
  return id;
}

/**
 * @param {{
 *   db: object, lib: object, auth: { authenticate(db, header): Promise<object> },
 *   prefix?: string, documentContent?: (document: object) => Blob | Promise<Blob>,
 *   log?: (message: string) => void, collectLimit?: number,
 *   invoiceDetail?: (invoice: object) => object | Promise<object>,
 * }} options `collectLimit`: see COLLECT_LIMIT in queries.mjs (tests lower it to reach both ways of paging);
 *   `invoiceDetail` completes an invoice's detail (line items, tax) when the database holds none for it
 *   (`lib.sampleInvoiceDetail` for the generated demo data), as InMemoryInvoiceAdapter's option of that name.
 */
export function createInvoiceApi({
  db,
  lib,
  auth,
  prefix = '/api',
  documentContent = lib.sampleDocumentContent,
  log = () => {},
  collectLimit,
  invoiceDetail: completeDetail,
}) {
  const read = (url) => parseQuery(url.searchParams, lib);

  async function route(req, res, url, path) {
    if (path === '/health') return send(res, 200, { status: 'ok' });
    const scope = await auth.authenticate(db, req.headers.authorization);
    let match;
    if (path === '/tickets') {
      const receipt = await raiseTicket(db, scope, parseTicket(await readJsonBody(req)));
      if (!receipt) return fail(res, 404, 'not-found', 'No such invoice in your accounts.');
      if (receipt.mismatch !== undefined)
        throw new BadRequest('invoiceNumber', 'invoiceNumber is not the number of the invoice invoiceId names.');
      return send(res, 201, receipt);
    }
    if (path === '/invoices') return send(res, 200, await listInvoices(db, lib, scope, read(url), { collectLimit }));
    if (path === '/invoices/counts') return send(res, 200, await countByStatus(db, lib, scope, read(url)));
    if (path === '/invoices/summary')
      return send(res, 200, await billingSummary(db, lib, scope, parseSummaryRequest(url.searchParams, lib)));
    if ((match = /^\/invoices\/([^/]+)\/detail$/.exec(path))) {
      const detail = await invoiceDetail(db, scope, pathId(match[1]), { invoiceDetail: completeDetail });
      return detail ? send(res, 200, detail) : fail(res, 404, 'not-found', 'No such invoice.');
    }
    if ((match = /^\/invoices\/([^/]+)\/documents$/.exec(path))) {
      const documents = await listDocuments(db, scope, pathId(match[1]));
      return documents ? send(res, 200, { documents }) : fail(res, 404, 'not-found', 'No such invoice.');
    }
    if ((match = /^\/documents\/([^/]+)\/content$/.exec(path))) {
      const document = await findDocument(db, scope, pathId(match[1]));
      if (!document) return fail(res, 404, 'not-found', 'No such document.');
      const bytes = new Uint8Array(await (await documentContent({ ...document, url: undefined })).arrayBuffer());
      res.writeHead(200, {
        'content-type': document.mimeType || 'application/octet-stream',
        'content-length': String(bytes.byteLength),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      return res.end(bytes);
    }
    return fail(res, 404, 'not-found', 'No such route.');
  }

  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
    // POST raises a ticket; everything else is read with GET.
    const allowed = url.pathname === `${prefix}/tickets` ? ['POST'] : ['GET', 'HEAD'];
    if (!allowed.includes(req.method)) {
      fail(res, 405, 'method-not-allowed', `Only ${allowed.join(' and ')} ${allowed.length > 1 ? 'are' : 'is'} supported here.`, {
        allow: allowed.join(', '),
      });
      return true;
    }
    try {
      await route(req, res, url, url.pathname.slice(prefix.length));
    } catch (error) {
      if (error instanceof Unauthorized) {
        log(`401 ${url.pathname}: ${error.reason}`);
        fail(res, 401, 'unauthorized', error.message, { 'www-authenticate': 'Bearer realm="invoices", error="invalid_token"' });
      } else if (error instanceof BadRequest) {
        send(res, 400, { error: { code: 'bad-request', message: error.message, parameter: error.parameter } });
      } else if (error instanceof Refused) {
        fail(res, error.status, error.code, error.message);
      } else if (error?.code === '57014') {
        // statement_timeout: a query the indexes cannot serve quickly (say, a three-key sort of a huge account).
        log(`503 ${url.pathname}${url.search}: statement timeout`);
        fail(res, 503, 'unavailable', 'The query took too long. Narrow it with a search or filter, then try again.');
      } else {
        log(`500 ${url.pathname}${url.search}: ${error?.stack ?? error}`);
        fail(res, 500, 'server', 'The invoices could not be loaded.');
      }
    }
    return true;
  };
}
