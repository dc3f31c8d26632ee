import type { Meta, StoryObj } from '@storybook/web-components';
import { html, render } from 'lit';
import '../../src/define/advanced-filter.js';
import { filterChipStyles, filterChips } from '../../src/components/advanced-filter/filter-chips.js';
import { tokenStyles } from '../../src/internal/tokens.js';
import { MemorySavedViewsStore } from '../../src/data/saved-views.js';
import { controlled } from '../controlled.js';
import type { InvoiceFilter } from '../../src/data/types.js';

interface Args {
  value: InvoiceFilter;
  noSavedViews: boolean;
  closable: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/Advanced filter',
  component: 'advanced-filter',
  args: { value: { version: 1 }, noSavedViews: false, closable: true },
  render: (args, context) =>
    html`<advanced-filter
      .value=${args.value}
      .savedViewsStore=${new MemorySavedViewsStore([
        {
          id: 'v1',
          name: 'Open in Japan',
          search: '',
          filter: { version: 1, statuses: ['open'], currency: 'JPY' },
          sort: [],
          savedAt: '2026-11-01T09:00:00Z',
        },
        {
          id: 'v2',
          name: 'Credit notes 2020',
          search: '',
          filter: { version: 1, kinds: ['credit-note'], monthFrom: '2020-01', monthTo: '2020-12' },
          sort: [],
          savedAt: '2026-11-02T09:00:00Z',
        },
      ])}
      ?no-saved-views=${args.noSavedViews}
      ?closable=${args.closable}
      ${controlled(context)}
    ></advanced-filter>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Empty, with two saved views. */
export const Empty: Story = {};

/** Every kind of field filled in. */
export const Filled: Story = {
  args: {
    value: {
      version: 1,
      monthFrom: '2020-05',
      monthTo: '2020-10',
      amountMin: 4000,
      amountMax: 50000,
      currency: 'JPY',
      statuses: ['open', 'na'],
      kinds: ['invoice'],
      customerName: { op: 'contains', value: 'Colt' },
      ocn: { op: 'equals', value: '22848' },
    },
  },
};

/** Validation: "From" after "To" and a non-numeric amount, after pressing Apply. */
export const ValidationErrors: Story = {
  args: { value: { version: 1, monthFrom: '2020-10', monthTo: '2020-05' } },
  play: async ({ canvasElement }) => {
    const filter = canvasElement.querySelector('advanced-filter')!;
    await filter.updateComplete;
    const min = filter.shadowRoot!.querySelector<HTMLInputElement>('#f-amountMin')!;
    min.value = 'abc';
    min.dispatchEvent(new Event('input'));
    filter.apply();
  },
};

/** The active-filter chips helper, as the section shows it under the toolbar. */
export const Chips: Story = {
  render: () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [tokenStyles.styleSheet!, filterChipStyles.styleSheet!];
    let filter: InvoiceFilter = {
      version: 1,
      monthFrom: '2020-05',
      amountMin: 4000,
      currency: 'JPY',
      statuses: ['open'],
      customerName: { op: 'contains', value: 'Colt' },
    };
    const draw = () => {
      render(
        filterChips(filter, (key) => {
          filter = { ...filter };
          delete filter[key];
          draw();
        }),
        root,
      );
    };
    draw();
    return host;
  },
};
