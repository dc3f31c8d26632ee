import { expect } from '@open-wc/testing';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import type { TicketRequest } from '../../src/data/billing-types.js';
import type { Invoice } from '../../src/data/types.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

const invoice = { id: 'inv/1', invoiceNumber: '2202008003470' } as Invoice;
const request: TicketRequest = { invoice, invoiceNumber: '2202008003470', reason: 'wrong-amount', message: '金額が違います' };

/** An adapter whose `fetch` answers `answer()` and records every call. */
function adapter(answer: () => Response | Promise<Response>, calls: Call[] = [], tickets = true) {
  return new RestInvoiceAdapter({
    baseUrl: 'https://billing.example/api/',
    headers: { authorization: 'Bearer secret' },
    credentials: 'include',
    tickets,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return answer();
    }) as typeof fetch,
  });
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown> | undefined): Promise<InvoiceAdapterError> {
  const error = await promise?.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a rejection').to.be.instanceOf(InvoiceAdapterError);
  return error as InvoiceAdapterError;
}

describe('RestInvoiceAdapter tickets', () => {
  it('has raiseTicket only with tickets: true', () => {
    expect(adapter(() => json(201, {}), [], false).raiseTicket).to.equal(undefined);
    expect(typeof adapter(() => json(201, {})).raiseTicket).to.equal('function');
  });

  it('posts what the form collects, once, as JSON with the configured headers, and answers the reference', async () => {
    const calls: Call[] = [];
    const receipt = await adapter(() => json(201, { reference: 'TCK-7F3KQ9XM2B' }), calls).raiseTicket!(request);
    expect(receipt).to.deep.equal({ reference: 'TCK-7F3KQ9XM2B' });
    expect(calls).to.have.length(1);
    const { url, init } = calls[0]!;
    expect(url).to.equal('https://billing.example/api/tickets');
    expect(init?.method).to.equal('POST');
    expect(init?.redirect).to.equal('manual');
    expect(init?.credentials).to.equal('include');
    const headers = new Headers(init?.headers);
    expect(headers.get('authorization')).to.equal('Bearer secret');
    expect(headers.get('content-type')).to.equal('application/json');
    expect(JSON.parse(String(init?.body))).to.deep.equal({
      invoiceId: 'inv/1',
      invoiceNumber: '2202008003470',
      reason: 'wrong-amount',
      message: '金額が違います',
    });
  });

  it('sends a ticket typed without an invoice by number alone', async () => {
    const calls: Call[] = [];
    await adapter(() => json(201, { reference: 'TCK-1' }), calls).raiseTicket!({ invoiceNumber: 'X-1', reason: 'other', message: 'Hello' });
    expect(JSON.parse(String(calls[0]!.init?.body))).to.deep.equal({ invoiceNumber: 'X-1', reason: 'other', message: 'Hello' });
  });

  it('maps the server refusal to a typed error with its message, and does not send again', async () => {
    const calls: Call[] = [];
    const error = await failure(
      adapter(() => json(404, { error: { code: 'not-found', message: 'No such invoice.' } }), calls).raiseTicket!(request),
    );
    expect([error.code, error.status, error.message]).to.deep.equal(['not-found', 404, 'No such invoice.']);
    const busy = await failure(adapter(() => json(503, {}), calls).raiseTicket!(request));
    expect([busy.code, busy.retryable]).to.deep.equal(['unavailable', true]);
    expect(calls).to.have.length(2);
  });

  it('refuses an answer without a reference', async () => {
    const error = await failure(adapter(() => json(201, { reference: '  ' })).raiseTicket!(request));
    expect(error.code).to.equal('bad-response');
  });

  it('never follows a redirect with the ticket', async () => {
    const calls: Call[] = [];
    const redirect = () => new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/tickets' } });
    const error = await failure(adapter(redirect, calls).raiseTicket!(request));
    expect([error.code, error.retryable]).to.deep.equal(['bad-response', false]);
    expect(calls.map((call) => call.url)).to.deep.equal(['https://billing.example/api/tickets']);
  });

  it('sends nothing when aborted before it starts', async () => {
    const calls: Call[] = [];
    const controller = new AbortController();
    controller.abort();
    const error = await adapter(() => json(201, { reference: 'TCK-1' }), calls).raiseTicket!(request, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(Error);
    expect(calls).to.have.length(0);
  });
});
