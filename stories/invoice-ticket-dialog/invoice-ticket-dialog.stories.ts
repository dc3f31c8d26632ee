import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../../src/define/invoice-ticket-dialog.js';
import type { InvoiceTicketDialog } from '../../src/components/invoice-ticket-dialog/invoice-ticket-dialog.component.js';
import type { Invoice, InvoiceDataAdapter } from '../../src/data/types.js';
import { controlled } from '../controlled.js';
import { freshAdapter } from '../fixtures.js';
import { billingAccount, billingAccountAdapter, flakyBillingAdapter, plainAdapter } from '../billing-summary/billing-fixtures.js';
import { OPENER_STYLE, portalLabels } from '../opener.js';

interface Args {
  adapter: InvoiceDataAdapter;
  invoice: Invoice | undefined;
  /** Story only: open the form when the story loads; otherwise the "Raise ticket" button opens it. */
  openOnLoad: boolean;
  /** Story only: the portal takes every ticket over (prevents `invoice-ticket-request`). */
  portalHandles: boolean;
}

const open = (openOnLoad: boolean) =>
  ref((element) => {
    if (openOnLoad && element) queueMicrotask(() => (element as InvoiceTicketDialog).show());
  });

const meta: Meta<Args> = {
  title: 'Components/Ticket form',
  component: 'invoice-ticket-dialog',
  args: { invoice: billingAccount()[2] as Invoice, openOnLoad: true, portalHandles: false },
  argTypes: {
    adapter: { table: { disable: true } },
    invoice: { table: { disable: true } },
    openOnLoad: { description: 'Story only: open the form when the story loads; otherwise the "Raise ticket" button opens it.' },
    portalHandles: { description: 'Story only: the portal takes every ticket over (prevents `invoice-ticket-request`).' },
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 700 } }, layout: 'fullscreen' },
  render: (args, context) =>
    html`<div style="padding: 1rem">
      <button
        type="button"
        style=${OPENER_STYLE}
        @click=${(event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as InvoiceTicketDialog).show()}
      >
        ${portalLabels(context).raiseTicket}
      </button>
      <invoice-ticket-dialog
        ${open(args.openOnLoad)}
        .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
        .invoice=${args.invoice}
        @invoice-ticket-request=${(event: Event) => {
          if (args.portalHandles) event.preventDefault();
        }}
        ${controlled(context)}
      ></invoice-ticket-dialog>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** For one invoice: choose a reason, add a message, Send; the billing service answers a reference. */
export const ForAnInvoice: Story = { args: { adapter: billingAccountAdapter() } };

/** Opened without an invoice (a toolbar button): it asks for the invoice number. */
export const WithoutAnInvoice: Story = { args: { adapter: billingAccountAdapter(), invoice: undefined } };

/** In Japanese. */
export const Japanese: Story = { args: { adapter: billingAccountAdapter() }, globals: { locale: 'ja' } };

/** The dark theme. */
export const Dark: Story = { args: { adapter: billingAccountAdapter() }, globals: { theme: 'dark' } };

/** A phone. */
export const Phone: Story = { args: { adapter: billingAccountAdapter() }, globals: { viewport: { value: 'iphone12', isRotated: false } } };

/** The first send fails: the text is kept and Send tries again. */
export const SendFails: Story = { loaders: [freshAdapter(flakyBillingAdapter)] };

/** The portal takes the ticket over (it prevents `invoice-ticket-request`): the form closes on Send. */
export const PortalHandlesTickets: Story = { args: { adapter: plainAdapter(), portalHandles: true } };

/** Nothing takes tickets (no `raiseTicket`, event not prevented): the form says so and keeps the text. */
export const NoTicketService: Story = { args: { adapter: plainAdapter() } };
