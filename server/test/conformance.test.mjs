// The adapter conformance kit, through RestInvoiceAdapter, against the reference server on each
// database: the server answers exactly as InMemoryInvoiceAdapter does over the same invoices.
import { after, before, describe, it } from 'node:test';
import { loadTesting } from '../library.mjs';
import { databases, ocnsOf, startApi } from './harness.mjs';

const { conformanceInvoices, runAdapterConformance } = await loadTesting();

for (const target of databases()) {
  describe(`reference server on ${target.name}`, { concurrency: false }, () => {
    const invoices = conformanceInvoices();
    let api;
    let token;
    before(async () => {
      api = await startApi(target, invoices);
      token = await api.issuer.sign({ accounts: ocnsOf(invoices) });
    });
    after(() => api?.close());
    runAdapterConformance(
      () => new api.lib.RestInvoiceAdapter({ baseUrl: api.baseUrl, billing: true, headers: () => ({ authorization: `Bearer ${token}` }) }),
      {
        describe,
        it,
        invoices,
        title: 'conformance',
        failing: {
          make: () => new api.lib.RestInvoiceAdapter({ baseUrl: 'http://127.0.0.1:9/api', timeoutMs: 2000 }),
          code: 'network',
          retryable: true,
        },
      },
    );
  });
}
