import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../../src/define/invoice-status-tabs.js';
import { defaultQuery } from '../../src/data/query.js';
import type { InvoiceDataAdapter, InvoiceStatus } from '../../src/data/types.js';
import { controlled } from '../controlled.js';
import { failingAdapter, freshAdapter, pendingAdapter, sampleAdapter, seedAdapter } from '../fixtures.js';

interface Args {
  adapter: InvoiceDataAdapter;
  status: InvoiceStatus | null;
  showAll: boolean;
  showNa: boolean;
  search: string;
  dir: 'ltr' | 'rtl';
}

const meta: Meta<Args> = {
  title: 'Components/Status tabs',
  component: 'invoice-status-tabs',
  args: { status: null, showAll: false, showNa: false, search: '', dir: 'ltr' },
  argTypes: {
    status: { control: 'select', options: [null, 'open', 'disputed', 'closed', 'na'] },
    dir: {
      control: 'inline-radio',
      options: ['ltr', 'rtl'],
      description: 'Story only: the writing direction around the tabs (arrow keys follow it).',
    },
    search: { control: 'text', description: 'Story only: the search text of the `query` whose counts the tabs show.' },
    adapter: { table: { disable: true } },
  },
  render: (args, context) =>
    html`<div dir=${args.dir}>
      <invoice-status-tabs
        .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
        .query=${defaultQuery({ search: args.search })}
        status=${args.status ?? ''}
        ?show-all=${args.showAll}
        ?show-na=${args.showNa}
        ${controlled(context)}
      ></invoice-status-tabs>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seed screen's three tabs, with counts that agree with its rows. */
export const Seed: Story = { args: { adapter: seedAdapter() } };

/** "All" selected first, and the "Not applicable" tab. */
export const AllAndNotApplicable: Story = { args: { adapter: seedAdapter(), showAll: true, showNa: true } };

/** Counts for a few hundred invoices, following a search. */
export const FollowingASearch: Story = { args: { adapter: sampleAdapter(), showAll: true, search: 'Colt', status: 'open' } };

/** Before the counts arrive. */
export const Loading: Story = { args: { adapter: pendingAdapter(), showAll: true } };

/** The counts could not be loaded; Retry fixes it. */
export const Error: Story = { loaders: [freshAdapter(() => failingAdapter({ failures: 1 }))] };

/** Right to left: the arrow keys are mirrored. */
export const RightToLeft: Story = { args: { adapter: seedAdapter(), showAll: true, showNa: true, dir: 'rtl' } };
