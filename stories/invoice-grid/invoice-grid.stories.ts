import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../../src/define/invoice-grid.js';
import { defaultColumns, type InvoiceGridColumn } from '../../src/components/invoice-grid/columns.js';
import type { InvoiceGrid } from '../../src/components/invoice-grid/invoice-grid.component.js';
import { formatDate } from '../../src/format/formatters.js';
import { intlLocale } from '../../src/localization.js';
import type { InvoiceDataAdapter } from '../../src/data/types.js';
import '../../src/define/invoice-download-dialog.js';
import { controlled } from '../controlled.js';
import {
  SAMPLE_TODAY,
  SEED_TODAY,
  emptyAdapter,
  failingAdapter,
  freshAdapter,
  largeAdapter,
  lineageAdapter,
  malformedAdapter,
  pendingAdapter,
  sampleAdapter,
  seedAdapter,
} from '../fixtures.js';
import { check, deepQuery, deepQueryAll, waitFor } from '../play.js';

interface Args {
  adapter: InvoiceDataAdapter;
  columns?: InvoiceGridColumn[];
  virtual: boolean;
  density: 'comfortable' | 'compact';
  pageSize: number;
  hideToolbar: boolean;
  width: string;
  today?: Date;
}

const meta: Meta<Args> = {
  title: 'Components/Invoice grid',
  component: 'invoice-grid',
  args: { virtual: false, density: 'comfortable', pageSize: 25, hideToolbar: false, width: '100%', today: SAMPLE_TODAY },
  argTypes: {
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
    pageSize: { control: 'select', options: [10, 25, 50, 100] },
    width: { control: 'text', description: 'Story only: the maximum width of the box around the grid (a CSS length).' },
    // The data's own date, so documents of 2020 are not judged against the real date.
    today: { control: 'date' },
    adapter: { table: { disable: true } },
    columns: { table: { disable: true } },
  },
  render: (args, context) =>
    html`<div style="max-width: ${args.width}; height: ${args.virtual ? '85vh' : 'auto'}">
      <invoice-grid
        style=${args.virtual ? 'height: 100%' : ''}
        .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
        .columns=${args.columns ?? defaultColumns()}
        ?virtual=${args.virtual}
        density=${args.density}
        page-size=${args.pageSize}
        ?hide-toolbar=${args.hideToolbar}
        .today=${args.today === undefined ? undefined : new Date(args.today)}
        ${controlled(context)}
      ></invoice-grid>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const grid = (root: HTMLElement) => root.querySelector<InvoiceGrid>('invoice-grid') as InvoiceGrid;

/** The seed screen's five invoices (JPY), with the footer's total and "Payment status as of". */
export const Default: Story = {
  args: { adapter: seedAdapter(), today: SEED_TODAY },
  play: async ({ canvasElement }) => {
    const el = grid(canvasElement);
    await waitFor(() => deepQueryAll(el, '[role="row"][aria-rowindex]').length === 6, 'five rows and the header');
    const amount = deepQuery<HTMLButtonElement>(el, '[data-column-id="amount"] button') as HTMLButtonElement;
    amount.click();
    await waitFor(() => el.query.sort[0]?.field === 'amount', 'sorted by amount');
    check(deepQuery(el, '[data-column-id="amount"]')?.getAttribute('aria-sort') === 'ascending', 'aria-sort is ascending');
  },
};

/** A few hundred invoices across four entities and five currencies: paging and totals per currency. */
export const ManyInvoices: Story = { args: { adapter: sampleAdapter() } };

/** Skeleton rows while the first answer is pending. */
export const Loading: Story = { args: { adapter: pendingAdapter() } };

/** No invoice matches: a way back. */
export const Empty: Story = { args: { adapter: emptyAdapter() } };

/** The first load fails; "Retry" succeeds. */
export const ErrorWithRetry: Story = { args: { today: SEED_TODAY }, loaders: [freshAdapter(() => failingAdapter({ failures: 1 }))] };

/** Rows with missing or impossible values show a placeholder; the other rows are unaffected. */
export const MalformedRows: Story = { args: { adapter: malformedAdapter(), today: SEED_TODAY } };

/** Reissues, a credit note and the superseded original. */
export const Lineage: Story = { args: { adapter: lineageAdapter(), today: SEED_TODAY } };

/** 100,000 invoices with virtual scrolling: only visible rows are in the DOM; the grid fills the height it is given. */
export const HundredThousandVirtual: Story = {
  name: '100,000 rows (virtual)',
  args: { virtual: true },
  // Created when the story is first shown, not when the file loads.
  loaders: [freshAdapter(largeAdapter)],
};

/** Compact density for dense screens. */
export const Compact: Story = { args: { adapter: sampleAdapter(), density: 'compact', pageSize: 10 } };

/** Under 640 px the rows become cards (container query). */
export const NarrowCards: Story = { args: { adapter: seedAdapter(), width: '420px', today: SEED_TODAY } };

/** A portal's configuration: BCN removed, OCN relabelled, a "Due date" column added with its own renderer. */
export const CustomColumns: Story = {
  args: {
    adapter: sampleAdapter(),
    pageSize: 10,
    columns: (() => {
      const columns: InvoiceGridColumn[] = defaultColumns()
        .filter((c) => c.id !== 'bcn' && c.id !== 'billingEntityName')
        .map((c) => (c.id === 'ocn' ? { ...c, label: 'Account' } : c));
      columns.splice(3, 0, {
        id: 'dueDate',
        field: 'dueDate',
        label: 'Due date',
        width: 130,
        kind: 'date',
        render: (invoice) => formatDate(invoice.dueDate, intlLocale()) || '—',
      });
      return columns;
    })(),
  },
};
