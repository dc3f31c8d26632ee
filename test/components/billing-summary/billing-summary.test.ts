import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/billing-summary.js';
import type { BillingSummary } from '../../../src/components/billing-summary/billing-summary.component.js';
import { chartGeometry, chartTicks, niceStep } from '../../../src/components/billing-summary/chart-geometry.js';
import { InvoiceAdapterError } from '../../../src/data/errors.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import { defaultQuery, filterFromParams } from '../../../src/data/query.js';
import { seedInvoices } from '../../../src/data/sample.js';
import type { InvoiceDataAdapter, InvoiceFilter } from '../../../src/data/types.js';
import type { InvoiceErrorDetail } from '../../../src/events/invoice-events.js';
import { setLocale } from '../../../src/localization.js';
import { axeViolations } from '../../helpers/axe.js';
import { BILLING_TODAY, billingAccount } from '../../helpers/billing-account.js';
import { allByRole, byRole, deepActiveElement, deepQueryAll, deepText, waitFor } from '../../helpers/dom.js';

async function summaryOf(
  adapter: InvoiceDataAdapter | undefined = new InMemoryInvoiceAdapter(billingAccount()),
  attrs = '',
): Promise<BillingSummary> {
  const el = await fixture<BillingSummary>(html`<billing-summary today=${BILLING_TODAY} .adapter=${adapter}></billing-summary>`);
  if (attrs) el.href = attrs;
  await el.loaded;
  await el.updateComplete;
  return el;
}

/** The figures of the account, worked out by hand from the rows (see test/helpers/billing-account.ts). */
const FIGURE_LINKS = [
  ['Outstanding: ¥225,000, 4 invoices', { currency: 'JPY', statuses: ['open', 'disputed'] }],
  ['Overdue: ¥75,000, 2 invoices', { currency: 'JPY', overdue: true }],
  ['Due in the next 30 days: ¥120,000, 1 invoice', { currency: 'JPY', dueWithinDays: 30 }],
  ['Paid in the last 12 months: ¥220,000, 3 invoices', { currency: 'JPY', paidWithinMonths: 12 }],
  ['Outstanding: SGD 2,330.80, 3 invoices', { currency: 'SGD', statuses: ['open', 'disputed'] }],
  ['Overdue: SGD 980.25, 1 invoice', { currency: 'SGD', overdue: true }],
  ['Due in the next 30 days: SGD 1,350.55, 2 invoices', { currency: 'SGD', dueWithinDays: 30 }],
  ['Paid in the last 12 months: SGD 2,000.00, 1 invoice', { currency: 'SGD', paidWithinMonths: 12 }],
  ['Outstanding: $5,000.00, 1 invoice', { currency: 'USD', statuses: ['open', 'disputed'] }],
  ['Paid in the last 12 months: $1,200.00, 1 invoice', { currency: 'USD', paidWithinMonths: 12 }],
] as const;

/** The invoices each link lists, by id, worked out by hand. */
const LISTED: Record<string, string[]> = {
  'Outstanding: ¥225,000, 4 invoices': ['j1', 'j2', 'j3', 'j9'],
  'Overdue: ¥75,000, 2 invoices': ['j2', 'j3'],
  'Due in the next 30 days: ¥120,000, 1 invoice': ['j1'],
  'Paid in the last 12 months: ¥220,000, 3 invoices': ['j4', 'j6', 'j8r'],
  'Outstanding: SGD 2,330.80, 3 invoices': ['s1', 's2', 's4'],
  'Overdue: SGD 980.25, 1 invoice': ['s2'],
  'Due in the next 30 days: SGD 1,350.55, 2 invoices': ['s1', 's4'],
  'Paid in the last 12 months: SGD 2,000.00, 1 invoice': ['s3'],
  'Outstanding: $5,000.00, 1 invoice': ['u1'],
  'Paid in the last 12 months: $1,200.00, 1 invoice': ['u2'],
};

describe('<billing-summary>', () => {
  afterEach(() => setLocale('en'));

  it('shows each figure of each currency, never summed across currencies, as worked out by hand', async () => {
    const el = await summaryOf();
    const cards = deepQueryAll(el, '[part~="currency"]');
    expect(cards.map((card) => deepText(card.querySelector('[part~="currency-heading"]')!).replace(/\s+/g, ' ').trim())).to.deep.equal([
      'JPY Japanese Yen',
      'SGD Singapore Dollar',
      'USD US Dollar',
    ]);
    for (const [name] of FIGURE_LINKS) byRole(el, 'link', name);
    expect(allByRole(el, 'link')).to.have.length(FIGURE_LINKS.length);
    // A figure that counts nothing is shown, not linked.
    const usd = cards[2]!;
    expect(deepText(usd.querySelector('[part~="figure-overdue"]')!))
      .to.contain('$0.00')
      .and.contain('0 invoices');
    expect(usd.querySelector('[part~="figure-overdue"] a')).to.equal(null);
    expect(deepText(el)).to.contain('As of Nov 20, 2026');
  });

  it('links each figure to the invoices it adds up: the filter in the URL and in invoice-filter-change', async () => {
    const adapter = new InMemoryInvoiceAdapter(billingAccount());
    const el = await summaryOf(adapter);
    for (const [name, expected] of FIGURE_LINKS) {
      const link = byRole<HTMLAnchorElement>(el, 'link', name);
      const fromHref = filterFromParams(new URL(link.href).searchParams);
      expect(fromHref, name).to.deep.equal({ version: 1, ...expected });
      const event = oneEvent(el, 'invoice-filter-change');
      link.click();
      const { detail } = await event;
      expect(detail.filter, name).to.deep.equal({ version: 1, ...expected });
      // The filter lists exactly the invoices the figure adds up.
      const { rows } = await adapter.listInvoices(
        defaultQuery({ filter: detail.filter as InvoiceFilter, today: BILLING_TODAY, limit: 100 }),
      );
      expect(rows.map((r) => r.id).sort(), name).to.deep.equal(LISTED[name]);
    }
    // The page stayed: the host applies the filter.
    expect(location.search).to.not.contain('f.overdue');
  });

  it('with href, the links go to the invoices page and fire nothing', async () => {
    const el = await summaryOf(undefined, '/billing/invoices?tab=all');
    const link = byRole<HTMLAnchorElement>(el, 'link', 'Overdue: ¥75,000, 2 invoices');
    expect(link.getAttribute('href')).to.equal('/billing/invoices?tab=all&f.v=1&f.currency=JPY&f.overdue=1');
    let fired = false;
    el.addEventListener('invoice-filter-change', () => (fired = true));
    // Follow no real navigation in the test page.
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    expect(fired).to.equal(false);
  });

  it('draws a 12-month spend chart per currency and puts the same figures in a table', async () => {
    const el = await summaryOf();
    const jpy = deepQueryAll(el, '[part~="currency"]')[0]!;
    const bars = [...jpy.querySelectorAll('[part~="chart-bar"]')];
    expect(bars).to.have.length(12);
    expect(jpy.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    // The tallest bar is October (¥120,000), the credit note's month nets ¥75,000.
    const heights = bars.map((bar) => Number(bar.getAttribute('height')));
    expect(heights.indexOf(Math.max(...heights))).to.equal(10);
    const rows = [...jpy.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(12);
    expect(rows[0]).to.deep.equal(['December 2025', '¥0', '0']);
    expect(rows[9]).to.deep.equal(['September 2026', '¥75,000', '2']);
    expect(rows[11]).to.deep.equal(['November 2026', '¥30,000', '1']);
    // The table is there for assistive technology; "Show table" shows it on screen too.
    const box = jpy.querySelector('table')!.parentElement!;
    expect(box.classList.contains('visually-hidden')).to.equal(true);
    const toggle = allByRole(el, 'button', 'Show table')[0]!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(box.classList.contains('visually-hidden')).to.equal(false);
  });

  it('draws each chart at the width it is given, never wider than its card', async () => {
    const el = await summaryOf();
    el.style.width = '320px';
    await waitFor(() => Number(deepQueryAll(el, '[part~="chart-svg"]')[0]?.getAttribute('width')) < 320, 'a narrower chart');
    for (const svg of deepQueryAll(el, '[part~="chart-svg"]')) {
      const card = svg.closest('[part~="currency"]')!;
      expect(svg.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right + 0.5);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('reaches every link and toggle with Tab', async () => {
    const el = await summaryOf();
    byRole(el, 'link', 'Outstanding: ¥225,000, 4 invoices').focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).getAttribute('aria-label')).to.equal('Overdue: ¥75,000, 2 invoices');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).textContent!.trim()).to.equal('Show table');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect((deepActiveElement() as HTMLElement).getAttribute('aria-pressed')).to.equal('true');
  });

  it('is axe-clean loaded, loading, failed and empty', async () => {
    expect(await axeViolations(await summaryOf())).to.deep.equal([]);
    const pending: InvoiceDataAdapter = { ...new InMemoryInvoiceAdapter([]), billingSummary: () => new Promise(() => {}) } as never;
    const loading = await fixture<BillingSummary>(html`<billing-summary .adapter=${pending}></billing-summary>`);
    expect(deepQueryAll(loading, '[part~="skeleton"]')).to.have.length(2);
    expect(deepQueryAll(loading, '[part~="base"]')[0]!.getAttribute('aria-busy')).to.equal('true');
    expect(await axeViolations(loading)).to.deep.equal([]);
    const empty = await summaryOf(new InMemoryInvoiceAdapter([]));
    expect(deepText(empty)).to.contain('No invoices to summarise yet.');
    expect(await axeViolations(empty)).to.deep.equal([]);
  });

  it('a failed load says so, reports it, and Retry loads again', async () => {
    let calls = 0;
    const inner = new InMemoryInvoiceAdapter(billingAccount());
    const flaky = Object.assign(Object.create(inner) as InMemoryInvoiceAdapter, {
      billingSummary: (request: never, options: never) =>
        ++calls === 1 ? Promise.reject(new InvoiceAdapterError('server', 'down')) : inner.billingSummary(request, options),
    });
    const errors: InvoiceErrorDetail[] = [];
    const el = await fixture<BillingSummary>(html`<billing-summary today=${BILLING_TODAY}></billing-summary>`);
    el.addEventListener('invoice-error', (e) => errors.push(e.detail));
    el.adapter = flaky;
    await el.updateComplete;
    await el.loaded;
    await el.updateComplete;
    expect(errors.map((e) => e.kind)).to.deep.equal(['summary']);
    expect(deepText(el)).to.contain('The billing overview could not be loaded.');
    expect(await axeViolations(el)).to.deep.equal([]);
    byRole(el, 'button', 'Retry').click();
    await waitFor(() => allByRole(el, 'link').length === FIGURE_LINKS.length, 'figures after Retry');
  });

  it('hides itself with an adapter that gives no billing figures', async () => {
    const inner = new InMemoryInvoiceAdapter(seedInvoices());
    const plain: InvoiceDataAdapter = {
      listInvoices: (q, o) => inner.listInvoices(q, o),
      countByStatus: (q, o) => inner.countByStatus(q, o),
      listDocuments: (i, o) => inner.listDocuments(i, o),
      fetchDocument: (d, o) => inner.fetchDocument(d, o),
    };
    const el = await summaryOf(plain);
    expect(el.unavailable).to.equal(true);
    expect(el.hasAttribute('unavailable')).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('none');
    el.adapter = new InMemoryInvoiceAdapter(billingAccount());
    await el.updateComplete;
    expect(el.hasAttribute('unavailable')).to.equal(false);
  });

  it('speaks Japanese: figures, counts, chart months and the currency names', async () => {
    await setLocale('ja');
    const el = await summaryOf();
    byRole(el, 'link', '未払い残高: ￥225,000、4 件');
    byRole(el, 'link', '支払期限超過: ￥75,000、2 件');
    const jpy = deepQueryAll(el, '[part~="currency"]')[0]!;
    expect(deepText(jpy.querySelector('[part~="currency-heading"]')!)).to.contain('日本円');
    expect(jpy.querySelector('table tbody tr th')!.textContent!.trim()).to.equal('2025年12月');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('spend chart geometry', () => {
  it('picks ticks of 1, 2 or 5 × 10ⁿ covering zero and every month', () => {
    expect(niceStep(120_000)).to.equal(50_000);
    expect(chartTicks(0, 120_000)).to.deep.equal([0, 50_000, 100_000, 150_000]);
    expect(chartTicks(-5_000, 30_000)).to.deep.equal([-20_000, 0, 20_000, 40_000]);
    expect(chartTicks(0, 0)).to.deep.equal([0]);
    expect(chartTicks(0, 0.3)).to.deep.equal([0, 0.1, 0.2, 0.3]);
  });

  it('draws bars from zero, below it for a month of credits, and thins labels to fit', () => {
    const spend = Array.from({ length: 12 }, (_, i) => ({
      month: `2026-${String(i + 1).padStart(2, '0')}`,
      amount: i === 3 ? -5 : i * 10,
      count: 1,
    }));
    const g = chartGeometry(spend, { width: 240, height: 168, axisLabelWidth: 30, monthLabelWidth: 22 });
    const negative = g.bars[3]!;
    expect(negative.negative).to.equal(true);
    expect(negative.y).to.be.closeTo(g.baseline, 0.001);
    const positive = g.bars[11]!;
    expect(positive.y + positive.height).to.be.closeTo(g.baseline, 0.001);
    expect(g.bars[0]!.height).to.equal(0);
    expect(g.labelEvery).to.be.greaterThan(1);
    expect(g.bars.every((b) => b.x >= g.plotLeft && b.x + b.width <= g.width)).to.equal(true);
  });
});
