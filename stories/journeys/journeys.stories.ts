import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { SEED_TODAY, seedAdapter } from '../fixtures.js';
import { check, deepQuery, deepQueryAll, gridRows, nextEvent, pressKey, typeInto, waitFor } from '../play.js';

/**
 * The main journeys through the section, played on the seed screen's five rows (on the
 * seed's own date, 20 November 2020): search, sort, filter, download and export. Each play
 * function checks what the user would see, independent of the locale chosen in the toolbar
 * (it reads numbers and parts, not words).
 */
const meta: Meta = {
  title: 'Scenarios/Journeys',
  component: 'invoice-section',
  tags: ['!autodocs'],
  render: () => html`<invoice-section .adapter=${seedAdapter()} .today=${SEED_TODAY}></invoice-section>`,
};
export default meta;
type Story = StoryObj;

async function loaded(canvasElement: HTMLElement, rows = 5): Promise<HTMLElement> {
  const section = await waitFor(() => canvasElement.querySelector<HTMLElement>('invoice-section'), 'the section');
  await waitFor(() => gridRows(section).length === rows, `${rows} rows`);
  return section;
}

/** The invoice number of each row, in order: the cell whose whole text is one. */
const numbers = (section: HTMLElement) =>
  gridRows(section).map((row) =>
    deepQueryAll(row, '[role="gridcell"]')
      .map((cell) => cell.textContent?.trim() ?? '')
      .find((text) => /^\d{13}(-\d+|CN)?$/.test(text)),
  );

/** Search for an invoice number: one row is left. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    const search = deepQuery<HTMLInputElement>(section, 'input[part~="search"]');
    check(search, 'the search box');
    typeInto(search, '2202008003470');
    pressKey(search, 'Enter');
    await waitFor(() => gridRows(section).length === 1, 'one row after the search');
    check(numbers(section)[0] === '2202008003470', `the row found is ${numbers(section)[0]}`);
  },
};

/** Sort by amount, ascending then descending. */
export const Sort: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    const sortAmount = () => deepQuery<HTMLButtonElement>(section, '[part~="sort-button"][data-column-id="amount"]');
    check(sortAmount(), 'the Amount sort button');
    sortAmount()?.click();
    await waitFor(() => numbers(section)[0] === '2202007002231', 'the smallest amount (¥3,976) first');
    sortAmount()?.click();
    await waitFor(() => numbers(section)[0] === '2202008003470', 'the largest amount (¥45,629) first');
  },
};

/** Open the advanced filter, set a minimum amount, apply: two rows are left and a chip shows. */
export const Filter: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    deepQuery<HTMLButtonElement>(section, 'button[part~="filter-button"]')?.click();
    const filter = await waitFor(() => {
      const element = deepQuery<HTMLElement>(section, 'advanced-filter');
      return element && !element.hidden ? element : undefined;
    }, 'the open filter panel');
    const min = await waitFor(() => deepQuery<HTMLInputElement>(filter, '#f-amountMin'), 'the Minimum amount field');
    typeInto(min, '40000');
    const applied = nextEvent(section, 'invoice-filter-change');
    deepQuery<HTMLButtonElement>(filter, '[part~="apply-button"]')?.click();
    check((await applied).detail, 'invoice-filter-change fired');
    await waitFor(() => gridRows(section).length === 2, 'two invoices of ¥40,000 or more');
    check(deepQueryAll(section, '[part~="chip"]').length === 1, 'one active-filter chip');
  },
};

/** Open October 2020's documents (in November 2020 they are inside the retention period) and download the selection. */
export const Download: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    const row = gridRows(section)[numbers(section).indexOf('2202008003470')];
    check(row, 'the October 2020 row');
    deepQuery<HTMLButtonElement>(row, '[part~="documents-button"]')?.click();
    const dialog = await waitFor(() => {
      const element = deepQuery<HTMLElement & { open: boolean }>(section, 'invoice-download-dialog');
      return element?.open ? element : undefined;
    }, 'the Download dialog');
    const boxes = await waitFor(() => {
      const found = deepQueryAll<HTMLInputElement>(dialog, 'input[part~="checkbox"]');
      return found.length >= 3 ? found : undefined;
    }, 'the invoice, CDR and number list');
    if (!boxes.some((box) => box.checked)) boxes[0]?.click();
    // Keep the file in the page: the journey checks the download, not the browser's save.
    (dialog as unknown as { saveFile: (blob: Blob, name: string) => Promise<void> }).saveFile = async () => {};
    const complete = nextEvent<{ documents: unknown[]; failed: unknown[] }>(section, 'invoice-download-complete');
    const button = await waitFor(() => {
      const found = deepQuery<HTMLButtonElement>(dialog, '[part~="download-button"]');
      return found && !found.disabled ? found : undefined;
    }, 'an enabled "Download selected items"');
    button.click();
    const { detail } = await complete;
    check(detail.documents.length >= 1 && detail.failed.length === 0, 'every chosen document downloaded');
  },
};

/** Export the list to Excel. */
export const Export: Story = {
  play: async ({ canvasElement }) => {
    const section = await loaded(canvasElement);
    deepQuery<HTMLButtonElement>(section, 'button[part~="export-button"]')?.click();
    const panel = await waitFor(() => {
      const element = deepQuery<HTMLElement>(section, '[part~="export-panel"]');
      return element && !element.hidden ? element : undefined;
    }, 'the export panel');
    const complete = nextEvent<{ format: string; rowCount?: number }>(section, 'invoice-export-complete', 15_000);
    deepQuery<HTMLButtonElement>(panel, '.button.primary')?.click();
    const { detail } = await complete;
    check(detail.format === 'xlsx', `exported as ${detail.format}`);
    check(detail.rowCount === 5, `exported ${detail.rowCount} rows`);
  },
};
