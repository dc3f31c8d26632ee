import type { Meta, StoryObj } from '@storybook/web-components';
import { msg } from '@lit/localize';
import { html } from 'lit';
import '../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../src/components/invoice-section/invoice-section.component.js';
import { MemorySavedViewsStore } from '../../src/data/saved-views.js';
import type { InvoiceDataAdapter, InvoiceFilter } from '../../src/data/types.js';
import { formatCount } from '../../src/format/formatters.js';
import { statusLabel } from '../../src/internal/labels.js';
import { intlLocale } from '../../src/localization.js';
import { controlled } from '../controlled.js';
import { OPENER_STYLE, portalLabels } from '../opener.js';
import { SAMPLE_TODAY, SEED_TODAY, failingAdapter, freshAdapter, sampleAdapter, seedAdapter } from '../fixtures.js';
import { check, deepQueryAll, tabTexts, waitFor } from '../play.js';

interface Args {
  adapter: InvoiceDataAdapter;
  showNa: boolean;
  pageSize: number;
  retentionMonths: number;
  availableFrom: string;
  billingContact: string;
  billingContacts: Record<string, string>;
  legalEntity: string;
  /** Named apart from the `filter` CSS part, which Controls lists under the same name. */
  startFilter?: InvoiceFilter;
  filterOpen: boolean;
  today?: Date;
}

const views = () =>
  new MemorySavedViewsStore([
    {
      id: 'open-jp',
      name: 'Open in Japan',
      search: '',
      filter: { version: 1, statuses: ['open'], currency: 'JPY' },
      sort: [],
      savedAt: '2026-11-01T09:00:00Z',
    },
  ]);

/**
 * The composed section as a portal embeds it, with a "Raise ticket" button and the Call
 * Analyser Tool link in the toolbar slots and the seed's billing contact in the notice.
 */
const meta: Meta<Args> = {
  title: 'Components/Invoice section',
  component: 'invoice-section',
  args: {
    showNa: false,
    pageSize: 25,
    retentionMonths: 12,
    availableFrom: '2020-05',
    billingContact: 'Asia-Invoice@colt.net',
    billingContacts: {},
    legalEntity: '',
    filterOpen: false,
    today: SEED_TODAY,
  },
  argTypes: {
    adapter: { table: { disable: true } },
    startFilter: {
      description: 'Story only: the advanced filter the section starts with (set as part of `query`).',
      control: 'object',
    },
    pageSize: { control: 'select', options: [10, 25, 50, 100] },
    today: {
      control: 'date',
      description: "The day the download dialog judges documents' availability against (the section's `today`); the story's own date.",
    },
  },
  render: (args, context) =>
    html`<invoice-section
      .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
      .today=${args.today ? new Date(args.today) : undefined}
      .savedViewsStore=${views()}
      .billingContacts=${args.billingContacts}
      .query=${{ search: '', statuses: [], filter: args.startFilter ?? { version: 1 }, sort: [], offset: 0, limit: args.pageSize }}
      ?show-na=${args.showNa}
      ?filter-open=${args.filterOpen}
      page-size=${args.pageSize}
      retention-months=${args.retentionMonths}
      available-from=${args.availableFrom}
      billing-contact=${args.billingContact}
      legal-entity=${args.legalEntity}
      ${controlled(context)}
    >
      <button slot="raise-ticket" type="button" style=${OPENER_STYLE}>${portalLabels(context).raiseTicket}</button>
      <a slot="tools" href="#call-analyser" style="align-self: center; color: var(--inv-color-info, #0b5cad)"
        >${portalLabels(context).callAnalyser}</a
      >
    </invoice-section>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The seed screen: the five JPY invoices, unfiltered, "All" selected, counts that match the
 * rows. Its clock is 20 November 2020 (`today`), so October's documents can be downloaded,
 * as the notice says.
 */
export const SeedScreen: Story = {
  name: 'Seed screen',
  args: { adapter: seedAdapter() },
  play: async ({ canvasElement }) => {
    const section = await waitFor(() => canvasElement.querySelector<InvoiceSection>('invoice-section'), 'the section');
    await waitFor(() => deepQueryAll(section, '[part~="row"]').length === 5, 'five rows');
    // The tab names in the active locale, through the same messages the tabs use.
    const count = (n: number) => formatCount(n, intlLocale());
    const expected = [
      [msg('All', { id: 'tabs.all' }), count(5)],
      [statusLabel('open'), count(1)],
      [statusLabel('disputed'), count(0)],
      [statusLabel('closed'), count(1)],
    ];
    const shown = await waitFor(() => {
      const tabs = tabTexts(section);
      return tabs.every(([, n]) => n) ? tabs : undefined;
    }, 'the tab counts');
    check(JSON.stringify(shown) === JSON.stringify(expected), `tabs: ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`);
  },
};

/** With the "Not applicable" tab. */
export const WithNotApplicableTab: Story = { args: { adapter: seedAdapter(), showNa: true } };

/** A filter applied: its chips under the toolbar, counts following it, the panel open. */
export const FilteredWithPanel: Story = {
  args: {
    adapter: sampleAdapter(),
    today: SAMPLE_TODAY,
    startFilter: { version: 1, amountMin: 40000, currency: 'JPY', statuses: ['open', 'disputed'] },
    filterOpen: true,
    showNa: true,
  },
};

/** Contacts per legal entity: Singapore's address in the notice. */
export const ContactPerLegalEntity: Story = {
  args: {
    adapter: sampleAdapter(),
    today: SAMPLE_TODAY,
    legalEntity: 'SG',
    billingContacts: {
      JP: 'Asia-Invoice@colt.net',
      SG: 'sg-billing@example.com',
      HK: 'hk-billing@example.com',
      KR: 'kr-billing@example.com',
    },
    retentionMonths: 18,
  },
};

/** The service fails once; each part offers Retry. */
export const ErrorWithRetry: Story = { loaders: [freshAdapter(() => failingAdapter({ failures: 1 }))] };
