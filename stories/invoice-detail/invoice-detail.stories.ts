import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../../src/define/invoice-detail.js';
import '../../src/define/invoice-ticket-dialog.js';
import '../../src/define/invoice-download-dialog.js';
import type { InvoiceDetail } from '../../src/components/invoice-detail/invoice-detail.component.js';
import type { Invoice, InvoiceDataAdapter } from '../../src/data/types.js';
import { controlled } from '../controlled.js';
import { freshAdapter } from '../fixtures.js';
import {
  BILLING_TODAY,
  SAMPLE_DAY,
  billingAccount,
  billingAccountAdapter,
  billingSampleAdapter,
  flakyBillingAdapter,
  pendingBillingAdapter,
  plainAdapter,
  sampleInvoiceOf,
} from '../billing-summary/billing-fixtures.js';
import { OPENER_STYLE } from '../opener.js';

interface Args {
  adapter: InvoiceDataAdapter;
  invoice: Invoice;
  today: string;
  inline: boolean;
  noPreview: boolean;
  /** Story only: open the panel when the story loads; otherwise the "View details" button opens it. */
  openOnLoad: boolean;
}

const open = (openOnLoad: boolean, inline: boolean) =>
  ref((element) => {
    if (openOnLoad && !inline && element) queueMicrotask(() => (element as InvoiceDetail).show());
  });

const meta: Meta<Args> = {
  title: 'Components/Invoice detail',
  component: 'invoice-detail',
  args: { invoice: sampleInvoiceOf('JP'), today: SAMPLE_DAY, inline: false, noPreview: false, openOnLoad: true },
  argTypes: {
    adapter: { table: { disable: true } },
    invoice: { table: { disable: true } },
    today: { control: 'text' },
    openOnLoad: { description: 'Story only: open the panel when the story loads; otherwise the "View details" button opens it.' },
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 820 } }, layout: 'fullscreen' },
  render: (args, context) =>
    html`<div style="padding: 1rem">
      ${
        args.inline
          ? ''
          : html`<button
              type="button"
              style=${OPENER_STYLE}
              @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as InvoiceDetail).show()}
            >
              View details
            </button>`
      }
      <invoice-detail
        ${open(args.openOnLoad, args.inline)}
        .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
        .invoice=${args.invoice}
        today=${args.today}
        ?inline=${args.inline}
        ?no-preview=${args.noPreview}
        ${controlled(context)}
      ></invoice-detail>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A Japanese invoice with its lineage (original, reissue, credit note), its charges,
 * consumption tax at 10% with the qualified-invoice registration number, its documents and
 * the PDF in the browser's viewer.
 */
export const JapanConsumptionTax: Story = { args: { adapter: billingSampleAdapter() } };

/** The same in Japanese, as a Japanese qualified invoice reads: 登録番号, 消費税, 対象額. */
export const Japanese: Story = { args: { adapter: billingSampleAdapter() }, globals: { locale: 'ja' } };

/** Singapore: GST at 9% with the GST registration number. */
export const SingaporeGst: Story = { args: { adapter: billingSampleAdapter(), invoice: sampleInvoiceOf('SG') } };

/** Korea: VAT (부가가치세), supply value and the business registration number, in Korean. */
export const KoreaVat: Story = { args: { adapter: billingSampleAdapter(), invoice: sampleInvoiceOf('KR') }, globals: { locale: 'ko' } };

/** Hong Kong: no sales tax, and the panel says so (in Traditional Chinese). */
export const HongKongNoTax: Story = {
  args: { adapter: billingSampleAdapter(), invoice: sampleInvoiceOf('HK') },
  globals: { locale: 'zh-Hant' },
};

/** A disputed invoice shows its ticket reference. */
export const DisputedWithTicket: Story = {
  args: { adapter: billingAccountAdapter(), invoice: billingAccount()[2] as Invoice, today: BILLING_TODAY },
};

/** An overdue invoice, partly paid: "Overdue by 20 days" and what is still to pay. */
export const OverduePartlyPaid: Story = {
  args: { adapter: billingAccountAdapter(), invoice: billingAccount()[1] as Invoice, today: BILLING_TODAY },
};

/** The dark theme. */
export const Dark: Story = { args: { adapter: billingSampleAdapter() }, globals: { theme: 'dark' } };

/** A phone: the panel takes the whole screen. */
export const Phone: Story = { args: { adapter: billingSampleAdapter() }, globals: { viewport: { value: 'iphone12', isRotated: false } } };

/** As a region of the page instead of a panel. */
export const Inline: Story = { args: { adapter: billingSampleAdapter(), inline: true, noPreview: true } };

/** An adapter without `getInvoiceDetail`: no charges or tax, the rest as usual. */
export const WithoutDetail: Story = { args: { adapter: plainAdapter(), invoice: billingAccount()[1] as Invoice, today: BILLING_TODAY } };

/** While the detail, history and documents load. */
export const Loading: Story = { args: { adapter: pendingBillingAdapter(), invoice: billingAccount()[0] as Invoice, today: BILLING_TODAY } };

/** The charges could not be loaded; Retry loads them. */
export const LoadError: Story = {
  loaders: [freshAdapter(flakyBillingAdapter)],
  args: { invoice: billingAccount()[0] as Invoice, today: BILLING_TODAY },
};

/** Closed, as on a page: the button opens it; focus returns to the button on close. */
export const OpenedByAButton: Story = { args: { adapter: billingSampleAdapter(), openOnLoad: false } };
