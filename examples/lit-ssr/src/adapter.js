// The one adapter configuration, used by the server render and by the browser. A portal
// would return its RestInvoiceAdapter here; constructing it sends no request.
import { InMemoryInvoiceAdapter, seedInvoices } from '@invoice-section/elements/adapters';

export function createAdapter() {
  return new InMemoryInvoiceAdapter(seedInvoices(), { lastRefreshed: '2026-01-05T09:00:00Z' });
}
