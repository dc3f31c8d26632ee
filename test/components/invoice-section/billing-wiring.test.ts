import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/invoice-section.js';
import type { InvoiceSection } from '../../../src/components/invoice-section/invoice-section.component.js';
import type { InvoiceGrid } from '../../../src/components/invoice-grid/invoice-grid.component.js';
import type { InvoiceDetail } from '../../../src/components/invoice-detail/invoice-detail.component.js';
import type { BillingSummary } from '../../../src/components/billing-summary/billing-summary.component.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { sampleDocumentContent, seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceDataAdapter, InvoiceFilter } from '../../../src/data/types.js';
import type { InvoiceTicketRequestDetail } from '../../../src/events/invoice-events.js';
import { axeViolations } from '../../helpers/axe.js';
import { BILLING_TODAY, billingAccount } from '../../helpers/billing-account.js';
import { allByRole, byRole, deepActiveElement, deepQueryAll, deepText, queryByRole, waitFor } from '../../helpers/dom.js';
import { detailAdapter } from '../../helpers/detail-fixtures.js';

/** 20 November 2026, local: the day the account's figures were worked out for. */
const DAY = new Date(2026, 10, 20, 12);

const accountAdapter = () => new InMemoryInvoiceAdapter(billingAccount(), { documentContent: sampleDocumentContent });

async function sectionFor(adapter: InvoiceDataAdapter, attributes: { syncUrl?: boolean } = {}): Promise<InvoiceSection> {
  const section = await fixture<InvoiceSection>(
    html`<invoice-section page-size="50" .today=${DAY} ?sync-url=${attributes.syncUrl ?? false} .adapter=${adapter}></invoice-section>`,
  );
  await section.updateComplete;
  return section;
}

const gridOf = (section: InvoiceSection) => section.shadowRoot!.querySelector('invoice-grid') as InvoiceGrid;
const detailOf = (section: InvoiceSection) => section.shadowRoot!.querySelector('invoice-detail') as InvoiceDetail;
const summaryOf = (section: InvoiceSection) => section.shadowRoot!.querySelector('billing-summary') as BillingSummary;

/** Invoice numbers of the rows the grid lists. */
function listed(section: InvoiceSection): string[] {
  return deepQueryAll(gridOf(section), '[role="row"][part~="row"]')
    .map((row) =>
      [...row.querySelectorAll('[role="gridcell"]')]
        .map((c) => (c.textContent ?? '').trim().match(/^\d{13}(?:-\d+|CN)?/)?.[0])
        .find(Boolean),
    )
    .filter((n): n is string => !!n)
    .sort();
}

const NUMBERS: Record<string, string> = Object.fromEntries(billingAccount().map((row) => [row.id, row.invoiceNumber]));
const numbersOf = (...ids: string[]) => ids.map((id) => NUMBERS[id] as string).sort();

describe('<invoice-section>: billing summary, detail panel and tickets', () => {
  it('heads the section with the billing summary, judged on its day', async () => {
    const section = await sectionFor(accountAdapter());
    const summary = summaryOf(section);
    await summary.loaded;
    expect(summary.getAttribute('today')).to.equal(BILLING_TODAY);
    byRole(section, 'link', 'Overdue: ¥75,000, 2 invoices');
    expect(await axeViolations(section)).to.deep.equal([]);
  });

  it('each figure of the summary lists exactly its invoices: search and tab cleared, its filter applied, chips shown', async () => {
    const section = await sectionFor(accountAdapter());
    await summaryOf(section).loaded;
    const cases: Array<[string, string[], InvoiceFilter]> = [
      ['Overdue: ¥75,000, 2 invoices', numbersOf('j2', 'j3'), { version: 1, currency: 'JPY', overdue: true }],
      ['Due in the next 30 days: SGD 1,350.55, 2 invoices', numbersOf('s1', 's4'), { version: 1, currency: 'SGD', dueWithinDays: 30 }],
      [
        'Paid in the last 12 months: ¥220,000, 3 invoices',
        numbersOf('j4', 'j6', 'j8r'),
        { version: 1, currency: 'JPY', paidWithinMonths: 12 },
      ],
      ['Outstanding: $5,000.00, 1 invoice', numbersOf('u1'), { version: 1, currency: 'USD', statuses: ['open', 'disputed'] }],
    ];
    for (const [name, numbers, filter] of cases) {
      const change = oneEvent(section, 'invoice-query-change');
      byRole(section, 'link', name).click();
      const { detail } = await change;
      expect(detail.query.filter, name).to.deep.equal(filter);
      expect(detail.query.search).to.equal('');
      expect(detail.query.statuses).to.deep.equal([]);
      await waitFor(() => JSON.stringify(listed(section)) === JSON.stringify(numbers), `${name}: ${numbers.join(', ')}`);
    }
    // The last filter reads as chips: Currency USD, Status Open, Disputed.
    const chips = deepQueryAll(section, '[part~="chip"]').map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
    expect(chips).to.deep.equal(['Currency: USD', 'Status: Open, Disputed']);
  });

  it('"View details" in a row\'s menu opens the section\'s detail panel for that row', async () => {
    const section = await sectionFor(detailAdapter());
    const grid = gridOf(section);
    const button = await waitFor(() => queryByRole(grid, 'button', 'Actions for 2226090000500-1'), 'the row');
    button.click();
    await waitFor(() => queryByRole(grid, 'menu'), 'the menu');
    const detailOpened = oneEvent(section, 'invoice-open-detail');
    byRole(grid, 'menuitem', 'View details').click();
    expect((await detailOpened).detail.invoice.invoiceNumber).to.equal('2226090000500-1');
    const detail = detailOf(section);
    await waitFor(() => detail.open && queryByRole(detail, 'dialog', 'Invoice 2226090000500-1'), 'the panel');
    await detail.loaded;
    // The panel's parts reach the page through the section.
    expect(detail.getAttribute('exportparts')).to.contain('tax-table:detail__tax-table');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !detail.open, 'closed');
    expect(deepActiveElement()).to.equal(button);
  });

  it('Enter on a row opens its detail', async () => {
    const section = await sectionFor(detailAdapter());
    const grid = gridOf(section);
    await waitFor(() => queryByRole(grid, 'button', 'Actions for 2226100000600'), 'the rows');
    const row = deepQueryAll(grid, '[role="row"][part~="row"]').find((r) => (r.textContent ?? '').includes('2226100000600'))!;
    // The amount cell holds no control: Enter opens the row.
    const amount = [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].find((c) => /¥12,000/.test(c.textContent ?? ''))!;
    amount.focus();
    await sendKeys({ press: 'Enter' });
    const detail = detailOf(section);
    await waitFor(() => detail.open && queryByRole(detail, 'dialog', 'Invoice 2226100000600'), 'the panel');
    await detail.loaded;
    expect(deepText(detail)).to.contain('BT-202610-00600');
  });

  it('"Raise ticket" from the detail panel opens the ticket form; the portal receives the ticket', async () => {
    const section = await sectionFor(detailAdapter());
    await waitFor(() => queryByRole(gridOf(section), 'button', 'Actions for 2226100000600'), 'the rows');
    section.showDetail(detailAdapter().invoices[3]!);
    const detail = detailOf(section);
    await detail.loaded;
    await waitFor(() => detail.open, 'the panel');
    byRole(detail, 'button', 'Raise ticket').focus();
    await sendKeys({ press: 'Enter' });
    const ticket = section.shadowRoot!.querySelector('invoice-ticket-dialog')!;
    await ticket.loaded;
    const form = await waitFor(() => queryByRole(ticket, 'dialog', 'Raise a ticket'), 'the ticket form');
    expect(deepText(form)).to.contain('About invoice 2226100000600');
    byRole(ticket, 'radio', 'Duplicate invoice').click();
    await ticket.updateComplete;
    const requests: InvoiceTicketRequestDetail[] = [];
    section.addEventListener('invoice-ticket-request', (e) => {
      requests.push(e.detail);
      e.preventDefault();
    });
    byRole(ticket, 'button', 'Send').click();
    await waitFor(() => requests.length === 1, 'the request');
    expect([requests[0]!.invoiceNumber, requests[0]!.reason]).to.deep.equal(['2226100000600', 'duplicate']);
    // Focus goes back to the panel's button, the panel still open.
    await waitFor(() => !ticket.open, 'the form closed');
    expect(detail.open).to.equal(true);
    expect(deepActiveElement()).to.equal(byRole(detail, 'button', 'Raise ticket'));
  });

  it('"Raise ticket" in a row\'s menu opens the ticket form for that row', async () => {
    const section = await sectionFor(detailAdapter());
    const grid = gridOf(section);
    (await waitFor(() => queryByRole(grid, 'button', 'Actions for 2226100000600'), 'the row')).click();
    await waitFor(() => queryByRole(grid, 'menu'), 'the menu');
    byRole(grid, 'menuitem', 'Raise ticket').click();
    const ticket = section.shadowRoot!.querySelector('invoice-ticket-dialog')!;
    await ticket.loaded;
    const form = await waitFor(() => queryByRole(ticket, 'dialog', 'Raise a ticket'), 'the ticket form');
    expect(deepText(form)).to.contain('About invoice 2226100000600');
  });

  it('with sync-url, a link naming an invoice (invoice=<number>) opens its detail', async () => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}?invoice=2226090000500CN`);
    try {
      const section = await sectionFor(detailAdapter(), { syncUrl: true });
      const detail = detailOf(section);
      await waitFor(() => detail.open && queryByRole(detail, 'dialog', 'Invoice 2226090000500CN'), 'the linked invoice');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('offers the payment conditions in the advanced filter with an adapter that gives billing figures', async () => {
    const section = await sectionFor(accountAdapter());
    const filter = section.shadowRoot!.querySelector('advanced-filter')!;
    await section.openFilter();
    byRole(filter, 'checkbox', 'Overdue only').click();
    const change = oneEvent(section, 'invoice-query-change');
    byRole(filter, 'button', 'Apply').click();
    expect((await change).detail.query.filter).to.deep.equal({ version: 1, overdue: true });
    await waitFor(() => JSON.stringify(listed(section)) === JSON.stringify(numbersOf('j2', 'j3', 's2')), 'the overdue invoices');
    // Without billing figures the conditions are not offered.
    const inner = new InMemoryInvoiceAdapter(seedInvoices());
    const plain = await sectionFor({
      listInvoices: (q, o) => inner.listInvoices(q, o),
      countByStatus: (q, o) => inner.countByStatus(q, o),
      listDocuments: (i, o) => inner.listDocuments(i, o),
      fetchDocument: (d, o) => inner.fetchDocument(d, o),
    });
    await plain.openFilter();
    expect(allByRole(plain.shadowRoot!.querySelector('advanced-filter')!, 'checkbox', 'Overdue only')).to.have.length(0);
    expect(summaryOf(plain).hasAttribute('unavailable')).to.equal(true);
  });

  it('leaves the summary out with no-summary', async () => {
    const section = await fixture<InvoiceSection>(html`<invoice-section no-summary .adapter=${accountAdapter()}></invoice-section>`);
    expect(section.shadowRoot!.querySelector('billing-summary')).to.equal(null);
  });
});
