import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import {
  AdvancedFilter,
  BillingSummary,
  InvoiceDetail,
  InvoiceDownloadDialog,
  InvoiceGrid,
  InvoiceSection,
  InvoiceStatusTabs,
  InvoiceTicketDialog,
} from '../../src/classes.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';

async function sources(dir: string, skip: RegExp = /$^/): Promise<string> {
  const list = (await (await fetch(`/__sources/list?dir=${encodeURIComponent(dir)}&ext=.ts`)).json()) as string[];
  const texts = await Promise.all(
    list.filter((path) => !skip.test(path)).map(async (path) => (await fetch(`/__sources/raw/${path}`)).text()),
  );
  return texts.join('\n');
}

/** Part names a source renders: `part="a b"` literals, and the quoted names of `part=${cond ? 'a b' : 'c'}`. */
function renderedParts(source: string): Set<string> {
  const names = new Set<string>();
  for (const [, value] of source.matchAll(/\bpart="([^"]*)"/g))
    for (const name of value!.split(/\s+/)) if (name && !name.includes('$')) names.add(name);
  for (const [, expr] of source.matchAll(/\bpart=\$\{([^}]*)\}/g))
    for (const [, quoted] of expr!.matchAll(/'([^']*)'/g)) for (const name of quoted!.split(/\s+/)) if (name) names.add(name);
  return names;
}

const documented = (source: string) => [...source.matchAll(/@csspart (\S+) -/g)].map((m) => m[1]);

const elements = [
  { name: 'invoice-grid', dir: 'src/components/invoice-grid', parts: InvoiceGrid.parts, prefix: 'grid' },
  { name: 'invoice-status-tabs', dir: 'src/components/invoice-status-tabs', parts: InvoiceStatusTabs.parts, prefix: 'tabs' },
  // The chips are rendered by whoever calls filterChips() (the section), not by the filter.
  { name: 'advanced-filter', dir: 'src/components/advanced-filter', parts: AdvancedFilter.parts, prefix: 'filter', skip: /filter-chips/ },
  { name: 'invoice-download-dialog', dir: 'src/components/invoice-download-dialog', parts: InvoiceDownloadDialog.parts, prefix: 'dialog' },
  { name: 'billing-summary', dir: 'src/components/billing-summary', parts: BillingSummary.parts, prefix: 'summary' },
  { name: 'invoice-detail', dir: 'src/components/invoice-detail', parts: InvoiceDetail.parts, prefix: 'detail' },
  { name: 'invoice-ticket-dialog', dir: 'src/components/invoice-ticket-dialog', parts: InvoiceTicketDialog.parts, prefix: 'ticket' },
];

describe('declared parts', () => {
  for (const element of elements) {
    it(`<${element.name}> declares every part it renders, and documents each one`, async () => {
      const source = await sources(element.dir, element.skip);
      const rendered = [...renderedParts(source)].sort();
      expect(
        rendered.filter((part) => !element.parts.includes(part)),
        'rendered but not declared',
      ).to.deep.equal([]);
      const component = await (await fetch(`/__sources/raw/${element.dir}/${element.name}.component.ts`)).text();
      expect([...element.parts].sort()).to.deep.equal([...documented(component)].sort());
    });
  }

  it('<invoice-section> exports every declared part of each element as prefix__part', async () => {
    const section = await fixture<InvoiceSection>(html`<invoice-section .adapter=${new InMemoryInvoiceAdapter([])}></invoice-section>`);
    const root = section.shadowRoot!;
    const hosts: Record<string, Element | null> = {
      grid: root.querySelector('invoice-grid'),
      tabs: root.querySelector('invoice-status-tabs'),
      filter: root.querySelector('advanced-filter'),
      dialog: root.querySelector('invoice-download-dialog'),
      summary: root.querySelector('billing-summary'),
      detail: root.querySelector('invoice-detail'),
      ticket: root.querySelector('invoice-ticket-dialog'),
    };
    for (const element of elements) {
      const exported = (hosts[element.prefix]?.getAttribute('exportparts') ?? '').split(',').map((s) => s.trim());
      for (const part of element.parts) expect(exported, element.name).to.include(`${part}:${element.prefix}__${part}`);
    }
    // The parts the old hand-kept lists missed.
    const grid = hosts.grid!.getAttribute('exportparts')!;
    expect(grid).to.include('page-size:grid__page-size');
    const dialog = hosts.dialog!.getAttribute('exportparts')!;
    for (const part of ['actions', 'file-failure', 'file-name', 'retry-all-button']) expect(dialog).to.include(`${part}:dialog__${part}`);
  });
});
