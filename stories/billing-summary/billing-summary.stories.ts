import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../../src/define/billing-summary.js';
import type { InvoiceDataAdapter } from '../../src/data/types.js';
import { controlled } from '../controlled.js';
import { freshAdapter } from '../fixtures.js';
import {
  BILLING_TODAY,
  SAMPLE_DAY,
  billingAccountAdapter,
  billingSampleAdapter,
  flakyBillingAdapter,
  pendingBillingAdapter,
  plainAdapter,
} from './billing-fixtures.js';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';

interface Args {
  adapter: InvoiceDataAdapter;
  today: string;
  dueWithinDays: number;
  paidWithinMonths: number;
  months: number;
  href: string;
  label: string;
  /** Story only: the width the element is shown at. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Components/Billing summary',
  component: 'billing-summary',
  args: { today: BILLING_TODAY, dueWithinDays: 30, paidWithinMonths: 12, months: 12, href: '', label: '', width: '100%' },
  argTypes: {
    adapter: { table: { disable: true } },
    today: { control: 'text' },
    dueWithinDays: { control: { type: 'number', min: 1, max: 366 } },
    paidWithinMonths: { control: { type: 'number', min: 1, max: 120 } },
    months: { control: { type: 'number', min: 1, max: 36 } },
    width: { control: 'text', description: 'Story only: the width the element is shown at (390px is a phone).' },
  },
  render: (args, context) =>
    html`<div style="padding: 1rem; max-width: ${args.width}">
      <billing-summary
        .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
        today=${args.today}
        due-days=${args.dueWithinDays}
        paid-months=${args.paidWithinMonths}
        months=${args.months}
        href=${args.href}
        label=${args.label}
        ${controlled(context)}
      ></billing-summary>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * One account in JPY, SGD and USD: each currency apart, its overdue figure marked, every
 * figure a link to the invoices it adds up, and a 12-month spend chart (a credit note makes
 * September's bar smaller).
 */
export const ThreeCurrencies: Story = { args: { adapter: billingAccountAdapter() } };

/** A few hundred generated invoices in five currencies, judged on the day they were last refreshed. */
export const FiveCurrencies: Story = { args: { adapter: billingSampleAdapter(), today: SAMPLE_DAY } };

/** In Japanese: 未払い残高, 支払期限超過 and the chart's months as 12月, 1月… */
export const Japanese: Story = { args: { adapter: billingAccountAdapter() }, globals: { locale: 'ja' } };

/** The dark theme: bars, grid lines and the overdue colour come from the tokens. */
export const Dark: Story = { args: { adapter: billingAccountAdapter() }, globals: { theme: 'dark' } };

/** A phone (390 CSS pixels): one card per row, figures one under the other, the chart drawn at the card's width. */
export const Phone: Story = {
  args: { adapter: billingAccountAdapter(), width: '390px' },
  globals: { viewport: { value: 'iphone12', isRotated: false } },
};

/** A dashboard elsewhere in the portal: each figure links to the invoices page with its filter. */
export const LinksToTheInvoicesPage: Story = {
  args: { adapter: billingAccountAdapter(), href: '/billing/invoices', label: 'What you owe' },
};

/** Narrower windows: due in the next 7 days, paid in the last 3 months, 6 months of spend. */
export const ShorterWindows: Story = { args: { adapter: billingAccountAdapter(), dueWithinDays: 7, paidWithinMonths: 3, months: 6 } };

/** While the figures load. */
export const Loading: Story = { args: { adapter: pendingBillingAdapter() } };

/** The figures could not be loaded; Retry loads them. */
export const LoadError: Story = { loaders: [freshAdapter(flakyBillingAdapter)] };

/** An account with no invoices yet. */
export const Empty: Story = { args: { adapter: new InMemoryInvoiceAdapter([]) } };

/** An adapter without `billingSummary`: the element shows nothing at all. */
export const WithoutBillingFigures: Story = { args: { adapter: plainAdapter() } };
