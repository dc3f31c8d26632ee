import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../../src/define/invoice-download-dialog.js';
import type { InvoiceDownloadDialog } from '../../src/components/invoice-download-dialog/invoice-download-dialog.component.js';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice, InvoiceDataAdapter } from '../../src/data/types.js';
import { controlled } from '../controlled.js';
import {
  failingDownloadsAdapter,
  freshAdapter,
  lineageAdapter,
  lineageInvoices,
  pendingAdapter,
  slowDownloadsAdapter,
} from '../fixtures.js';
import { OPENER_STYLE } from '../opener.js';

interface Args {
  adapter: InvoiceDataAdapter;
  invoice?: Invoice;
  invoices?: Invoice[];
  /** The day availability is judged against (fixed so the stories do not age). */
  today?: Date;
  availableFrom: string;
  retentionMonths: number;
  billingContact: string;
  billingContacts: Record<string, string>;
  /** Open on load (the page behind is inert); otherwise a button opens it. */
  openOnLoad: boolean;
}

/** Inside the retention period of October 2020's documents. */
const JANUARY_2021 = new Date(2021, 0, 15);

/** Lists documents only after a failure, so Retry recovers. */
function failingListAdapter(): InvoiceDataAdapter {
  const base = lineageAdapter();
  let failures = 1;
  return {
    listInvoices: (q, o) => base.listInvoices(q, o),
    countByStatus: (q, o) => base.countByStatus(q, o),
    async listDocuments(invoice, options) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (failures-- > 0) throw new InvoiceAdapterError('server', 'The document service answered HTTP 503.', { status: 503 });
      return base.listDocuments(invoice, options);
    },
    fetchDocument: (d, o) => base.fetchDocument(d, o),
  };
}

const open = (openOnLoad: boolean) =>
  ref((element) => {
    if (openOnLoad && element) queueMicrotask(() => (element as InvoiceDownloadDialog).show());
  });

const meta: Meta<Args> = {
  title: 'Components/Download dialog',
  component: 'invoice-download-dialog',
  args: {
    invoice: lineageInvoices()[0] as Invoice,
    today: JANUARY_2021,
    availableFrom: '2020-05',
    retentionMonths: 12,
    billingContact: 'billing@colt.example',
    billingContacts: { JP: 'jp-billing@colt.example', SG: 'sg-billing@colt.example' },
    openOnLoad: true,
  },
  argTypes: {
    adapter: { table: { disable: true } },
    invoice: { table: { disable: true } },
    invoices: { table: { disable: true } },
    today: { control: 'date' },
    availableFrom: { control: 'text' },
    retentionMonths: { control: { type: 'number', min: 0, max: 120 } },
    openOnLoad: { description: 'Story only: open the dialog when the story loads; otherwise the "Documents…" button opens it.' },
  },
  parameters: {
    // Each story opens a modal dialog: give each its own frame in the docs page.
    docs: { story: { inline: false, iframeHeight: 760 } },
    layout: 'fullscreen',
  },
  render: (args, context) =>
    html`<div style="padding: 1rem">
      <button
        type="button"
        style=${OPENER_STYLE}
        @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as InvoiceDownloadDialog).show()}
      >
        Documents…
      </button>
      <invoice-download-dialog
        ${open(args.openOnLoad)}
        .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
        .invoice=${args.invoice}
        .invoices=${args.invoices ?? []}
        .today=${args.today ? new Date(args.today) : undefined}
        .billingContacts=${args.billingContacts}
        available-from=${args.availableFrom}
        retention-months=${args.retentionMonths}
        billing-contact=${args.billingContact}
        ${controlled(context)}
      ></invoice-download-dialog>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * October 2020's invoice, reissued once and with a credit note: the Invoice group lists
 * the original, "Reissue 1" and the credit note, then the CDR, the universal number list
 * and a report.
 */
export const ReissueAndCreditNote: Story = { args: { adapter: lineageAdapter() } };

/** Opened from the grid's selection: each invoice's documents under its own heading. */
export const SelectedInvoices: Story = {
  args: { adapter: lineageAdapter(), invoice: undefined, invoices: [seedInvoices()[0] as Invoice, lineageInvoices()[1] as Invoice] },
};

/** Judged today: past the 12-month retention period, only the report kept longer can be downloaded. */
export const AfterTheRetentionPeriod: Story = { args: { adapter: lineageAdapter(), today: undefined } };

/** Every download fails: each file shows its error and a Retry button. */
export const FailingDownloads: Story = { args: { adapter: failingDownloadsAdapter() } };

/** Downloads that take a few seconds each: per-file and overall progress, and Cancel. */
export const SlowDownloads: Story = { args: { adapter: slowDownloadsAdapter() } };

/** While the documents are being listed. */
export const Loading: Story = { args: { adapter: pendingAdapter() } };

/** The documents could not be listed; Retry lists them. */
export const LoadError: Story = { loaders: [freshAdapter(failingListAdapter)] };

/** Closed, as on a page: the button opens it; focus returns to the button on close. */
export const OpenedByAButton: Story = { args: { adapter: lineageAdapter(), openOnLoad: false } };
