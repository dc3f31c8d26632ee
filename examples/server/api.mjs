// Reference implementation of the HTTP API that RestInvoiceAdapter speaks (openapi.yaml), over
// an InMemoryInvoiceAdapter. Plain Node `http` handler: (req, res) => Promise<boolean>
// (false when the path is not under `prefix`).
//
// The query semantics another backend must reproduce (the conformance kit checks them):
// - Order: `sort` keys, most significant first, every sort stable (ties keep the data's
//   order: here the order of `invoices`; a database keeps it in a column, such as an insertion
//   sequence). With no `sort`, newest billing month first, ties in the data's order, rows
//   without a valid `YYYY-MM` month last.
// - Totals: `totals` sums `amount` per currency over every match that counts (never across
//   currencies): NA rows are left out, as are rows with an unknown status, a non-finite amount
//   or a currency that is not three capital letters; a credit note (number ending `CN`, any
//   case) counts as minus its absolute amount. `outstanding` is the open and disputed part,
//   with the same currencies as `totals`.
// - Payments (`summarizeBilling`, `isOverdue`, `isDueWithin`, `isPaidWithin` in the library):
//   what is still owed on an open or disputed invoice is `amountDue` when given, else
//   `amount` (a credit note negative); overdue is a `dueDate` before `today` with something
//   owed; due within N days is a `dueDate` from `today` to `today` + N with something owed;
//   paid within N months is a closed invoice whose `paidAt` day is after `today` − N months
//   and not after `today`. `today` is the client's calendar date, sent as `today=YYYY-MM-DD`
//   with any `f.overdue`, `f.due` or `f.paid` condition and with every summary request; the
//   server's own date only when it is absent or malformed.

function send(res, status, body, headers = {}) {
  const data = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

function fail(res, status, code, message) {
  send(res, status, { error: { code, message } });
}

/** The id in path segment `index` of `route`, decoded; `undefined` when its escapes are malformed. */
function segment(route, index) {
  try {
    return decodeURIComponent(route.split('/')[index]);
  } catch {
    return undefined;
  }
}

/** The client's calendar date when `params` carries a valid `today`, else undefined (the adapter then uses its own). */
function todayOf(params, lib) {
  const today = params.get('today');
  return lib.isValidDate(today) ? today : undefined;
}

/**
 * @param {object} lib the data module (`loadDataModule()` or the package's `./adapters` entry)
 * @param {{ invoices: object[], prefix?: string, lastRefreshed?: string, invoiceDetail?: (invoice: object) => object }} options
 *   `invoiceDetail` answers an invoice's line items and tax when its row carries none
 *   (`lib.sampleInvoiceDetail` for generated data).
 */
export function createInvoiceApi(lib, { invoices, prefix = '/api', lastRefreshed, invoiceDetail } = {}) {
  const adapter = new lib.InMemoryInvoiceAdapter(invoices, {
    lastRefreshed,
    documentContent: lib.sampleDocumentContent,
    ...(invoiceDetail ? { invoiceDetail } : {}),
  });
  const byId = new Map(invoices.map((invoice) => [String(invoice.id), invoice]));
  const documents = new Map();
  for (const invoice of invoices) for (const d of invoice.documents ?? []) documents.set(String(d.id), d);

  return async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    const route = url.pathname.slice(prefix.length);
    if (req.method !== 'GET') {
      fail(res, 405, 'method-not-allowed', 'Only GET is supported.');
      return true;
    }
    try {
      if (route === '/invoices') {
        const query = lib.queryFromParams(url.searchParams, lib.defaultQuery({ limit: 25 }));
        send(res, 200, await adapter.listInvoices({ ...query, today: todayOf(url.searchParams, lib) }));
      } else if (route === '/invoices/counts') {
        const query = lib.queryFromParams(url.searchParams);
        send(res, 200, await adapter.countByStatus({ ...query, today: todayOf(url.searchParams, lib) }));
      } else if (route === '/invoices/summary') {
        const number = (name) => (url.searchParams.has(name) ? Number(url.searchParams.get(name)) : undefined);
        send(
          res,
          200,
          await adapter.billingSummary({
            today: todayOf(url.searchParams, lib),
            dueWithinDays: number('dueDays'),
            paidWithinMonths: number('paidMonths'),
            months: number('months'),
          }),
        );
      } else if (/^\/invoices\/[^/]+\/detail$/.test(route)) {
        const id = segment(route, 2);
        const invoice = id === undefined ? undefined : byId.get(id);
        if (id === undefined) fail(res, 400, 'bad-request', 'The invoice id is not well-formed.');
        else if (!invoice) fail(res, 404, 'not-found', 'No such invoice.');
        else send(res, 200, await adapter.getInvoiceDetail(invoice));
      } else if (/^\/invoices\/[^/]+\/documents$/.test(route)) {
        const id = segment(route, 2);
        const invoice = id === undefined ? undefined : byId.get(id);
        if (id === undefined) fail(res, 400, 'bad-request', 'The invoice id is not well-formed.');
        else if (!invoice) fail(res, 404, 'not-found', 'No such invoice.');
        else send(res, 200, { documents: await adapter.listDocuments(invoice) });
      } else if (/^\/documents\/[^/]+\/content$/.test(route)) {
        const id = segment(route, 2);
        const document = id === undefined ? undefined : documents.get(id);
        if (id === undefined) fail(res, 400, 'bad-request', 'The document id is not well-formed.');
        else if (!document) fail(res, 404, 'not-found', 'No such document.');
        else {
          const blob = await adapter.fetchDocument({ ...document, url: undefined });
          const bytes = new Uint8Array(await blob.arrayBuffer());
          send(res, 200, bytes, {
            'content-type': document.mimeType || 'application/octet-stream',
            'content-length': String(bytes.byteLength),
            'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
          });
        }
      } else {
        fail(res, 404, 'not-found', 'No such route.');
      }
    } catch (error) {
      fail(res, 500, 'server', error instanceof Error ? error.message : 'Server error.');
    }
    return true;
  };
}
