/**
 * Storybook's Controls and Actions come from the manifest (.storybook/controls.ts): each
 * property gets the control its TypeScript type calls for, and the Actions panel logs
 * every event the library declares.
 */
import { expect } from '@open-wc/testing';
import { controlFor, invoiceEvents, manifestControls, type Manifest } from '../../.storybook/controls.js';

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;

describe('Storybook controls from the manifest', () => {
  it('gives each TypeScript type the matching control', () => {
    expect(controlFor('string | undefined')).to.deep.equal({ type: { name: 'string' }, control: { type: 'text' } });
    expect(controlFor('number')).to.deep.equal({ type: { name: 'number' }, control: { type: 'number' } });
    expect(controlFor('boolean')).to.deep.equal({ type: { name: 'boolean' }, control: { type: 'boolean' } });
    expect(controlFor('Date | undefined').control).to.deep.equal({ type: 'date' });
    expect(controlFor("'comfortable' | 'compact'")).to.deep.include({
      options: ['comfortable', 'compact'],
      control: { type: 'inline-radio' },
    });
    expect(controlFor('InvoiceStatus | null')).to.deep.include({
      options: ['open', 'disputed', 'closed', 'na'],
      control: { type: 'select' },
    });
    expect(controlFor('GridDensity').options).to.deep.equal(['comfortable', 'compact']);
    expect(controlFor('Record<string, string>').control).to.deep.equal({ type: 'object' });
  });

  it('offers no control for what a JSON copy would break: adapters, stores, callbacks, unknown aliases', () => {
    for (const type of [
      'InvoiceDataAdapter | undefined',
      'SavedViewsStore',
      'SaveFile | undefined',
      'InvoiceColumn[]',
      'Promise<void>',
      'SomeNewAlias',
    ]) {
      expect(controlFor(type).control, type).to.equal(false);
    }
  });

  it('gives every writable property of every element a control of its type, none to read-only ones, events or parts', () => {
    const enhance = manifestControls(manifest);
    const section = enhance({
      component: 'invoice-section',
      argTypes: {
        storageKey: { name: 'storageKey', table: { category: 'properties' } },
        adapter: { name: 'adapter', table: { category: 'properties' } },
        'storage-key': { name: 'storage-key', table: { category: 'attributes' } },
        '--inv-section-link-color': { name: '--inv-section-link-color', table: { category: 'css custom properties' } },
        'invoice-error': { name: 'invoice-error', table: { category: 'events' } },
        pageSize: { name: 'pageSize', control: { type: 'select' }, options: [10, 25], table: { category: 'properties' } },
      },
    } as never);
    expect(section['storageKey']?.control, 'storageKey').to.deep.equal({ type: 'text' });
    expect(section['adapter']?.control, 'adapter').to.equal(false);
    expect(section['storage-key']?.control, 'the attribute (its property has the control)').to.equal(false);
    expect(section['--inv-section-link-color']?.control, 'a CSS property').to.equal(false);
    expect(section['invoice-error']?.control, 'an event').to.equal(false);
    expect(section['pageSize']?.control, 'a control the story chose').to.deep.equal({ type: 'select' });
    const grid = enhance({
      component: 'invoice-grid',
      argTypes: { virtual: { name: 'virtual', table: { category: 'attributes' } } },
    } as never);
    expect(grid['virtual'], 'an attribute named like its property is the property').to.deep.include({
      control: { type: 'boolean' },
      table: { category: 'properties' },
    });
    const tabs = enhance({
      component: 'invoice-status-tabs',
      argTypes: { statusCounts: { name: 'statusCounts', table: { category: 'properties' } } },
    } as never);
    expect(tabs['statusCounts']?.control, 'a read-only property').to.equal(false);
  });

  it('logs every event the library declares in the Actions panel', async () => {
    const source = await (await fetch('/__sources/raw/src/events/invoice-events.ts')).text();
    const map = /export interface InvoiceEventMap \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const declared = [...map.matchAll(/'(invoice-[a-z-]+)'/g)].map((m) => m[1]).sort();
    expect(declared.length, 'events in InvoiceEventMap').to.be.greaterThan(10);
    expect(invoiceEvents(manifest)).to.deep.equal(declared);
  });
});
