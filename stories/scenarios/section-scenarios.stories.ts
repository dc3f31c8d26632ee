import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import type { InvoiceDataAdapter } from '../../src/data/types.js';
import { formatMoney } from '../../src/format/formatters.js';
import { intlLocale } from '../../src/localization.js';
import { controlled } from '../controlled.js';
import {
  SAMPLE_TODAY,
  SEED_TODAY,
  creditNoteInvoices,
  creditNotesAdapter,
  emptyAdapter,
  failingAdapter,
  freshAdapter,
  largeAccountAdapter,
  largeAdapter,
  lineageAdapter,
  malformedAdapter,
  pendingAdapter,
  sampleAdapter,
  seedAdapter,
} from '../fixtures.js';
import { check, deepQuery, deepQueryAll, gridRows, waitFor } from '../play.js';

interface Args {
  adapter: InvoiceDataAdapter;
  width: string;
  virtual: boolean;
  showNa: boolean;
  today?: Date;
}

/**
 * The whole section in more states a designer reviews (the seed screen itself is under
 * Components/Invoice section): loading, empty, failing then recovering with Retry, malformed
 * rows, a reissue with its credit note, 100,000 rows, a phone's width and a selection.
 * Locale and theme come from the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Scenarios/Invoice section',
  component: 'invoice-section',
  tags: ['!autodocs'],
  // The seed's clock by default; stories of generated data use the data's own (SAMPLE_TODAY).
  args: { width: '100%', virtual: false, showNa: false, today: SEED_TODAY },
  argTypes: {
    adapter: { table: { disable: true } },
    width: { control: 'text', description: 'Story only: the maximum width of the box around the section (a CSS length).' },
    today: {
      control: 'date',
      description: "The day the download dialog judges documents' availability against (the section's `today`); the data's own date.",
    },
  },
  render: (args, context) =>
    html`<div style="max-width: ${args.width}; height: ${args.virtual ? '90vh' : 'auto'}">
      <invoice-section
        style=${args.virtual ? 'height: 100%' : ''}
        .adapter=${(context.loaded['adapter'] as InvoiceDataAdapter | undefined) ?? args.adapter}
        .today=${args.today ? new Date(args.today) : undefined}
        ?virtual=${args.virtual}
        ?show-na=${args.showNa}
        ${controlled(context)}
      ></invoice-section>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A few hundred invoices across Japan, Singapore, Hong Kong and Korea, with the NA tab. */
export const ManyInvoices: Story = { args: { adapter: sampleAdapter(), showNa: true, today: SAMPLE_TODAY } };

/** Before the first answer: tab placeholders and skeleton rows. */
export const Loading: Story = { args: { adapter: pendingAdapter() } };

/** No invoices at all. */
export const Empty: Story = { args: { adapter: emptyAdapter() } };

/** The service fails once: a clear error in the tabs and the grid; pressing Retry brings the rows. */
export const RetryRecovers: Story = {
  name: 'Error, then Retry recovers',
  loaders: [freshAdapter(() => failingAdapter({ failures: 1 }))],
  play: async ({ canvasElement }) => {
    const section = await waitFor(() => canvasElement.querySelector<HTMLElement>('invoice-section'), 'the section');
    // The tabs (counts) and the grid (rows) each offer Retry for what they failed to load.
    const retries = await waitFor(() => {
      const found = deepQueryAll<HTMLButtonElement>(section, 'button').filter((b) => b.closest('[part~="error"]') && !b.disabled);
      return found.length >= 2 ? found : undefined;
    }, 'Retry in the tabs and in the grid');
    for (const retry of retries) retry.click();
    await waitFor(() => gridRows(section).length === 5, 'the five rows after Retry', 8000);
  },
};

/** Malformed rows from an untrusted backend: placeholders and warnings; the good rows are unaffected. */
export const MalformedRows: Story = {
  args: { adapter: malformedAdapter() },
  play: async ({ canvasElement }) => {
    const section = await waitFor(() => canvasElement.querySelector<HTMLElement>('invoice-section'), 'the section');
    await waitFor(() => gridRows(section).length === 7, 'all seven rows, bad ones included');
    check(deepQueryAll(section, '[part~="invalid-value"]').length >= 3, 'placeholders for the malformed values');
    check(!deepQuery(section, 'img, script'), 'markup in the data stays text');
  },
};

/** October 2020 reissued (`-1`, the original now NA) with a credit note (`CN`). */
export const ReissueAndCreditNote: Story = { name: 'Reissue and credit note', args: { adapter: lineageAdapter(), showNa: true } };

/** 100,000 invoices with virtual scrolling. */
export const HundredThousandRows: Story = {
  name: '100,000 rows (virtual)',
  args: { virtual: true, today: SAMPLE_TODAY },
  // Created when the story is first shown, not when the file loads.
  loaders: [freshAdapter(largeAdapter)],
};

/**
 * A large account: one customer with 4,000 invoices over seven years from the four
 * entities, in JPY, SGD, HKD, KRW and USD, paged. The footer totals each currency apart.
 */
export const LargeAccount: Story = {
  name: 'Large account (4,000 invoices, five currencies)',
  args: { showNa: true, today: SAMPLE_TODAY },
  loaders: [freshAdapter(largeAccountAdapter)],
  play: async ({ canvasElement }) => {
    const section = await waitFor(() => canvasElement.querySelector<HTMLElement>('invoice-section'), 'the section');
    await waitFor(() => gridRows(section).length === 25, 'the first page of 25 rows');
    // One total per currency, never summed across them.
    await waitFor(() => deepQueryAll(section, '[part~="totals"] .total').length === 5, 'totals in five currencies');
  },
};

/**
 * An account with only credit notes (`…CN`): every amount negative, nothing open, the
 * totals negative too.
 */
export const OnlyCreditNotes: Story = {
  name: 'Only credit notes',
  args: { adapter: creditNotesAdapter(), today: SAMPLE_TODAY },
  play: async ({ canvasElement }) => {
    const section = await waitFor(() => canvasElement.querySelector<HTMLElement>('invoice-section'), 'the section');
    const count = creditNoteInvoices().length;
    await waitFor(() => gridRows(section).length === count, `the ${count} credit notes`);
    // Each shows its amount as negative money in the active locale.
    const shown = gridRows(section)
      .map((row) => row.textContent ?? '')
      .join('\n');
    const missing = creditNoteInvoices()
      .map((note) => formatMoney(note.amount, note.currency, intlLocale()))
      .filter((amount) => !shown.includes(amount));
    check(missing.length === 0, `amounts not shown: ${missing.join(', ')}`);
  },
};

/** A phone (390 × 844 CSS pixels) in Japanese: the seed screen as a customer in Japan sees it on the go. */
export const PhoneJapanese: Story = {
  name: 'Phone, Japanese',
  args: { adapter: seedAdapter(), width: '390px' },
  globals: { locale: 'ja', viewport: { value: 'iphone12', isRotated: false } },
};

/** A phone's width (390 CSS pixels): the toolbar wraps and rows become cards. */
export const MobileWidth: Story = { name: 'Mobile width', args: { adapter: seedAdapter(), width: '390px' } };

/** Two invoices selected: the selection bar offers the selection's documents. */
export const Selection: Story = {
  args: { adapter: seedAdapter() },
  play: async ({ canvasElement }) => {
    const section = await waitFor(() => canvasElement.querySelector<HTMLElement>('invoice-section'), 'the section');
    await waitFor(() => gridRows(section).length === 5, 'five rows');
    for (const row of gridRows(section).slice(0, 2)) deepQuery<HTMLInputElement>(row, 'input[type="checkbox"]')?.click();
    await waitFor(() => gridRows(section).filter((row) => row.getAttribute('aria-selected') === 'true').length === 2, 'two rows selected');
  },
};
