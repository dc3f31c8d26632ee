import { useMemo, useState } from 'react';
import { InMemoryInvoiceAdapter, generateInvoices, seedInvoices, type InvoiceStatus } from '@invoice-section/elements';
import { InvoiceGrid, InvoiceSection } from '@invoice-section/elements/react';
// Types for the bare tags in TSX (<invoice-status-tabs …>), generated from the manifest.
import type {} from '@invoice-section/elements/jsx';

export function App() {
  const adapter = useMemo(() => new InMemoryInvoiceAdapter([...seedInvoices(), ...generateInvoices(500)]), []);
  const [selected, setSelected] = useState(0);
  const [status, setStatus] = useState<InvoiceStatus | null>(null);

  return (
    <main>
      <h1>Invoices</h1>
      <p id="app-state">
        Selected in the app: {selected} · tab: {status ?? 'all'}
      </p>
      <InvoiceSection
        adapter={adapter}
        onInvoiceSelectionChange={(event) => setSelected(event.detail.count)}
        onInvoiceStatusChange={(event) => setStatus(event.detail.status)}
        onInvoiceAction={(event) => {
          if (event.detail.action === 'raise-ticket') {
            event.preventDefault();
            alert(`Raise a ticket about ${event.detail.invoice.invoiceNumber}`);
          }
        }}
      />

      <h2>The parts on their own</h2>
      <invoice-status-tabs adapter={adapter} showAll oninvoice-status-change={(event) => setStatus(event.detail.status)} />
      <InvoiceGrid adapter={adapter} pageSize={10} />
    </main>
  );
}
