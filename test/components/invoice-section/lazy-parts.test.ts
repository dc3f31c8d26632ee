// The section's filter form, download dialog and grid panels load with import() on first use
// (or when the page is idle). A click made before they have loaded must not be lost. The first
// test acts in the same task as the section is created, before the page can be idle.
import { expect } from '@open-wc/testing';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceDownloadDialog } from '../../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { accessibleName, deepActiveElement, getByRole, waitFor } from '../../helpers/dom.js';

// Room for every module of the test page in the resource timeline (250 entries by default).
performance.setResourceTimingBufferSize(10_000);
const loaded = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

describe('<invoice-section> parts loaded on first use', () => {
  let section: InvoiceSection;
  afterEach(() => section?.remove());

  it('opens the advanced filter from a click made before its form has loaded, focused on its first field', async () => {
    section = document.createElement('invoice-section');
    section.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    document.body.append(section);
    await section.updateComplete;
    const grid = section.shadowRoot!.querySelector('invoice-grid') as InvoiceGrid;
    await grid.updateComplete;
    expect(loaded('filter-view'), 'form loaded before the click').to.equal(false);
    const button = getByRole(grid.shadowRoot as ShadowRoot, 'button', 'Advanced filter');
    button.click();

    const filter = section.shadowRoot!.querySelector('advanced-filter') as HTMLElement;
    await waitFor(() => deepActiveElement()?.id === 'f-monthFrom', 'focus on "From month"');
    expect(loaded('filter-view')).to.equal(true);
    expect(filter.hidden).to.equal(false);
    expect(accessibleName(getByRole(filter.shadowRoot as ShadowRoot, 'textbox', 'Minimum amount'))).to.equal('Minimum amount');
    // Styled by the form's styles once they arrive.
    const panel = filter.shadowRoot!.querySelector('[part~="panel"]') as HTMLElement;
    expect(getComputedStyle(panel).borderStyle).to.equal('solid');
  });

  it('loads the filter form and the dialog content when the page is idle, before either is used', async () => {
    section = document.createElement('invoice-section');
    section.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    document.body.append(section);
    await section.updateComplete;
    const filter = section.shadowRoot!.querySelector('advanced-filter') as HTMLElement;
    const dialog = section.shadowRoot!.querySelector('invoice-download-dialog') as InvoiceDownloadDialog;
    expect(filter.hidden).to.equal(true);
    // Fetched when the page is idle, before any use: the closed filter renders its form.
    await waitFor(
      () => filter.shadowRoot!.querySelector('form') && loaded('download-dialog-view') && loaded('/parts/panels'),
      'prefetched parts',
    );
    // Opening the dialog now needs no network: no new request for its content.
    const requests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('download-dialog-view')).length;
    const before = requests();
    dialog.invoice = seedInvoices()[0];
    dialog.open = true;
    await waitFor(() => (dialog.shadowRoot!.querySelector('dialog') as HTMLDialogElement).open, 'the dialog shown');
    expect(requests()).to.equal(before);
    dialog.close();
  });
});
