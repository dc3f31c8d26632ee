// Compiled by `tsc --noEmit` but never bundled: proves the props and events are typed,
// since each @ts-expect-error fails the build when its line stops being an error.
import { InMemoryInvoiceAdapter } from '@invoice-section/elements';
import { InvoiceGrid, InvoiceSection } from '@invoice-section/elements/react';
import type {} from '@invoice-section/elements/jsx';

const adapter = new InMemoryInvoiceAdapter([]);

export const checks = [
  // @ts-expect-error pageSize is a number
  <InvoiceGrid adapter={adapter} pageSize="ten" />,
  // @ts-expect-error an adapter must implement the adapter interface
  <InvoiceSection adapter={{ listInvoices: 1 }} />,
  // @ts-expect-error the detail of invoice-action has no `count`
  <InvoiceSection onInvoiceAction={(event) => event.detail.count} />,
  // @ts-expect-error the status of invoice-status-tabs is an invoice status
  <invoice-status-tabs status="paid" />,
  // @ts-expect-error invoice-status-change carries a status, not a query
  <invoice-status-tabs oninvoice-status-change={(event) => event.detail.query} />,
];
