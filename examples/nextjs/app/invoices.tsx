'use client';
// The client component: it creates the adapter and listens to the section's events. Next.js
// renders it on the server too, where <invoice-section> is an empty tag; the elements render
// in the browser once their module has loaded (see the README's "Frameworks and server
// rendering" for rendering their shell on the server with @lit-labs/ssr instead).
import { useMemo, useState } from 'react';
import { InMemoryInvoiceAdapter, generateInvoices, seedInvoices } from '@invoice-section/elements';
import { InvoiceSection } from '@invoice-section/elements/react';

export function Invoices({ billingContact }: { billingContact: string }) {
  const adapter = useMemo(() => new InMemoryInvoiceAdapter([...seedInvoices(), ...generateInvoices(200)]), []);
  const [selected, setSelected] = useState(0);
  return (
    <>
      <p id="app-state">Selected in the app: {selected}</p>
      <InvoiceSection
        adapter={adapter}
        billingContact={billingContact}
        onInvoiceSelectionChange={(event) => setSelected(event.detail.count)}
        onInvoiceAction={(event) => {
          if (event.detail.action === 'raise-ticket') {
            event.preventDefault();
            alert(`Raise a ticket about ${event.detail.invoice.invoiceNumber}`);
          }
        }}
      />
    </>
  );
}
