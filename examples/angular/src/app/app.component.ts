import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { InMemoryInvoiceAdapter, generateInvoices, seedInvoices, type InvoiceEvent, type InvoiceStatus } from '@invoice-section/elements';
// Typed inputs for the invoice tags, generated from the package's custom-elements.json.
import { INVOICE_ELEMENTS } from './invoice-elements';

/**
 * CUSTOM_ELEMENTS_SCHEMA lets the template use the invoice tags. Events are typed: Angular's
 * template checker (strictTemplates) reads `$event` from the library's
 * GlobalEventHandlersEventMap, so the handlers below take the exact CustomEvent and a wrong
 * detail field fails `ng build`. Property bindings (`[adapter]`, `[pageSize]`) are checked
 * only because INVOICE_ELEMENTS declares them as inputs; CUSTOM_ELEMENTS_SCHEMA alone lets
 * any value through (see the README, "Frameworks and server rendering").
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [INVOICE_ELEMENTS],
  template: `
    <main>
      <h1>Invoices</h1>
      <p id="app-state">Selected in the app: {{ selected() }} · tab: {{ status() ?? 'all' }}</p>
      <invoice-section
        [adapter]="adapter"
        [pageSize]="10"
        billingContact="billing.jp@example.com"
        (invoice-selection-change)="onSelection($event)"
        (invoice-status-change)="onStatus($event)"
        (invoice-action)="onAction($event)"
      >
        <button slot="raise-ticket" type="button">Raise ticket</button>
      </invoice-section>
    </main>
  `,
})
export class AppComponent {
  protected readonly adapter = new InMemoryInvoiceAdapter([...seedInvoices(), ...generateInvoices(200)]);
  protected readonly selected = signal(0);
  protected readonly status = signal<InvoiceStatus | null>(null);

  protected onSelection(event: InvoiceEvent<'invoice-selection-change'>): void {
    this.selected.set(event.detail.count);
  }

  protected onStatus(event: InvoiceEvent<'invoice-status-change'>): void {
    this.status.set(event.detail.status);
  }

  protected onAction(event: InvoiceEvent<'invoice-action'>): void {
    if (event.detail.action === 'raise-ticket') {
      event.preventDefault();
      alert(`Raise a ticket about ${event.detail.invoice.invoiceNumber}`);
    }
  }
}
