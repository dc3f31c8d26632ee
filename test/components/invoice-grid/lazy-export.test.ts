// The grid's export work (cells, writers, saving) loads with import() on the first export: a
// grid that never exports does not load it, and the first export still saves its file.
import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/define/invoice-grid.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { seedInvoices } from '../../../src/data/sample.js';
import { waitFor } from '../../helpers/dom.js';

performance.setResourceTimingBufferSize(10_000);
const loaded = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

describe('invoice-grid export loaded on first use', () => {
  it('loads the export work on the first export, and saves the file', async () => {
    const grid = document.createElement('invoice-grid') as InvoiceGrid;
    grid.adapter = new InMemoryInvoiceAdapter(seedInvoices());
    const saved: { blob: Blob; name: string }[] = [];
    grid.saveFile = async (blob, name) => {
      saved.push({ blob, name });
    };
    document.body.append(grid);
    await waitFor(() => grid.shadowRoot!.querySelector('[part~="actions-button"]'), 'rows');
    expect(loaded('/controllers/export-run'), 'not part of the first load').to.equal(false);
    expect(loaded('/export/messages'), 'nor its messages').to.equal(false);
    const complete = oneEvent(grid, 'invoice-export-complete');
    await grid.exportTo('csv', 'page');
    const { detail } = await complete;
    expect(detail.rowCount).to.equal(5);
    expect(saved).to.have.length(1);
    expect(saved[0]!.name).to.equal(detail.fileName);
    expect(await saved[0]!.blob.text()).to.contain('2202008003470');
    expect(loaded('/controllers/export-run')).to.equal(true);
    grid.remove();
  });
});
