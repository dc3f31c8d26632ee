import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type PropertyValues } from 'lit';
import '../../../src/define/advanced-filter.js';
import type { AdvancedFilter } from '../../../src/components/advanced-filter/advanced-filter.component.js';
import { parseAmount } from '../../../src/components/advanced-filter/advanced-filter.component.js';
import { filterChipStyles, filterChips } from '../../../src/components/advanced-filter/filter-chips.js';
import { MemorySavedViewsStore, type SavedView, type SavedViewsStore } from '../../../src/data/saved-views.js';
import type { FilterKey } from '../../../src/data/query.js';
import type { InvoiceFilter } from '../../../src/data/types.js';
import { expectFocused, getByRole, queryAllByRole } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

async function filterFixture(props: Partial<AdvancedFilter> = {}): Promise<AdvancedFilter> {
  const el = await fixture<AdvancedFilter>(
    html`<advanced-filter .savedViewsStore=${props.savedViewsStore ?? new MemorySavedViewsStore()}></advanced-filter>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

const field = (el: Element, name: string) => getByRole<HTMLInputElement>(el, 'textbox', name);

/** Sets a field as typing would (month inputs cannot be typed portably), firing `input`. */
async function enter(el: AdvancedFilter, name: string, value: string): Promise<void> {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function typeInto(el: AdvancedFilter, name: string, text: string): Promise<void> {
  const input = field(el, name);
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function recordChanges(el: HTMLElement): InvoiceFilter[] {
  const seen: InvoiceFilter[] = [];
  el.addEventListener('invoice-filter-change', (e) => seen.push(e.detail.filter));
  return seen;
}

/** The error message tied to a field by aria-describedby. */
function describedError(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const root = input.getRootNode() as ShadowRoot;
  return ids.map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '').join(' ');
}

describe('<advanced-filter>', () => {
  beforeEach(() => localStorage.clear());

  it('has every field with its English name, and Apply and Clear', async () => {
    const el = await filterFixture();
    for (const name of [
      'From month',
      'To month',
      'Minimum amount',
      'Maximum amount',
      'Invoice number',
      'Customer name',
      'Customer number (OCN)',
      'Customer number (BCN)',
      'Billing entity',
    ]) {
      expect(field(el, name), name).to.exist;
    }
    // A text box with a picker of its own: the native month input is not in every browser, nor in the UI's language.
    expect(field(el, 'From month').type).to.equal('text');
    expect(getByRole(el, 'combobox', 'Currency')).to.exist;
    expect(getByRole(el, 'combobox', 'Match for Customer name')).to.exist;
    expect(queryAllByRole(getByRole(el, 'group', 'Status'), 'checkbox').map((c) => c.parentElement!.textContent!.trim())).to.deep.equal([
      'Open',
      'Disputed',
      'Closed',
      'Not applicable',
    ]);
    expect(
      queryAllByRole(getByRole(el, 'group', 'Document kind'), 'checkbox').map((c) => c.parentElement!.textContent!.trim()),
    ).to.deep.equal(['Monthly invoice', 'Reissued invoice', 'Credit note']);
    expect(getByRole(el, 'button', 'Apply')).to.exist;
    expect(getByRole(el, 'button', 'Clear')).to.exist;
    await expectNoAxeViolations(el);
  });

  it('applies every field, as typed, with Enter', async () => {
    const el = await filterFixture();
    const changes = recordChanges(el);
    await enter(el, 'From month', '2020-05');
    await enter(el, 'To month', '2020-10');
    await typeInto(el, 'Minimum amount', '4,000');
    await typeInto(el, 'Maximum amount', '５００００');
    const currency = getByRole<HTMLSelectElement>(el, 'combobox', 'Currency');
    currency.value = 'JPY';
    currency.dispatchEvent(new Event('change'));
    getByRole(el, 'checkbox', 'Open').click();
    getByRole(el, 'checkbox', 'Not applicable').click();
    getByRole(el, 'checkbox', 'Credit note').click();
    getByRole(el, 'checkbox', 'Monthly invoice').click();
    await typeInto(el, 'Invoice number', '2202008');
    await typeInto(el, 'Customer name', 'colt');
    const match = getByRole<HTMLSelectElement>(el, 'combobox', 'Match for Customer number (OCN)');
    match.value = 'equals';
    match.dispatchEvent(new Event('change'));
    await typeInto(el, 'Customer number (OCN)', '22848');
    await typeInto(el, 'Customer number (BCN)', '165188');
    await typeInto(el, 'Billing entity', 'テクノロジー');
    expect(changes, 'nothing applied before Enter').to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const expected: InvoiceFilter = {
      version: 1,
      monthFrom: '2020-05',
      monthTo: '2020-10',
      amountMin: 4000,
      amountMax: 50000,
      currency: 'JPY',
      statuses: ['open', 'na'],
      kinds: ['invoice', 'credit-note'],
      invoiceNumber: { op: 'contains', value: '2202008' },
      customerName: { op: 'contains', value: 'colt' },
      ocn: { op: 'equals', value: '22848' },
      bcn: { op: 'contains', value: '165188' },
      billingEntityName: { op: 'contains', value: 'テクノロジー' },
    };
    expect(changes).to.deep.equal([expected]);
    expect(el.value).to.deep.equal(expected);
    expect(getByRole(el, 'status').textContent).to.contain('Filter applied');
  });

  it('shows a value set as a property, and Clear empties and applies', async () => {
    const el = await filterFixture();
    el.value = { version: 1, monthFrom: '2020-06', amountMax: 45000, statuses: ['closed'], customerName: { op: 'equals', value: 'Colt' } };
    await el.updateComplete;
    // A month shows in the UI's words.
    expect(field(el, 'From month').value).to.equal('June 2020');
    expect(field(el, 'Maximum amount').value).to.equal('45000');
    expect(getByRole<HTMLInputElement>(el, 'checkbox', 'Closed').checked).to.equal(true);
    expect(getByRole<HTMLSelectElement>(el, 'combobox', 'Match for Customer name').value).to.equal('equals');
    expect(field(el, 'Customer name').value).to.equal('Colt');
    const changed = oneEvent(el, 'invoice-filter-change');
    getByRole(el, 'button', 'Clear').click();
    expect((await changed).detail.filter).to.deep.equal({ version: 1 });
    await el.updateComplete;
    expect(field(el, 'From month').value).to.equal('');
    expect(field(el, 'Customer name').value).to.equal('');
  });

  it('drops malformed parts of a value set from outside', async () => {
    const el = await filterFixture();
    el.value = { version: 1, monthFrom: '2020-13', amountMin: Number.NaN, statuses: ['paid' as never] } as InvoiceFilter;
    await el.updateComplete;
    expect(el.value).to.deep.equal({ version: 1 });
  });

  it('never applies From after To, and says so next to To month', async () => {
    const el = await filterFixture();
    const changes = recordChanges(el);
    await enter(el, 'From month', '2020-10');
    await enter(el, 'To month', '2020-05');
    getByRole(el, 'button', 'Apply').click();
    await el.updateComplete;
    await el.updateComplete;
    const to = field(el, 'To month');
    expect(changes).to.have.length(0);
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(to)).to.equal('"To month" must not be before "From month".');
    expectFocused(to);
    await expectNoAxeViolations(el);
    // Fixing the field clears its message; then it applies.
    await enter(el, 'To month', '2020-12');
    expect(to.getAttribute('aria-invalid')).to.equal('false');
    getByRole(el, 'button', 'Apply').click();
    expect(changes).to.deep.equal([{ version: 1, monthFrom: '2020-10', monthTo: '2020-12' }]);
  });

  it('never applies a minimum over the maximum or a non-numeric amount', async () => {
    const el = await filterFixture();
    const changes = recordChanges(el);
    await typeInto(el, 'Minimum amount', '50000');
    await typeInto(el, 'Maximum amount', '4060');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(describedError(field(el, 'Maximum amount'))).to.equal('"Maximum amount" must not be less than "Minimum amount".');
    await typeInto(el, 'Minimum amount', 'abc');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(changes).to.have.length(0);
    const min = field(el, 'Minimum amount');
    expect(min.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(min)).to.equal('Enter a number, for example 4060 or 1234.50.');
    expectFocused(min);
    expect(el.value).to.deep.equal({ version: 1 });
  });

  it('never applies an impossible or incomplete month', async () => {
    const el = await filterFixture();
    const changes = recordChanges(el);
    const from = field(el, 'From month');
    from.focus();
    await sendKeys({ type: '2020-13' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(from)).to.equal('Enter a real month, for example May 2020 or 2020-05.');
    from.select();
    await sendKeys({ type: '2020' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(describedError(from)).to.equal('Enter both the month and the year.');
    await expectNoAxeViolations(el);
  });

  it('asks to close on Escape', async () => {
    const el = await filterFixture({ closable: true });
    field(el, 'Customer name').focus();
    const toggle = oneEvent(el, 'invoice-filter-toggle');
    await sendKeys({ press: 'Escape' });
    expect((await toggle).detail).to.deep.equal({ open: false });
    const again = oneEvent(el, 'invoice-filter-toggle');
    getByRole(el, 'button', 'Close').click();
    expect((await again).detail).to.deep.equal({ open: false });
  });

  it('saves, lists, applies and deletes views in localStorage by default', async () => {
    const el = await fixture<AdvancedFilter>(html`<advanced-filter storage-key="test-views"></advanced-filter>`);
    el.search = 'colt';
    el.sort = [{ field: 'amount', direction: 'desc' }];
    el.columns = { order: ['invoiceNumber', 'amount'], hidden: ['bcn'] };
    await el.updateComplete;
    expect(getByRole(el, 'region', 'Saved views')).to.exist;
    await typeInto(el, 'Minimum amount', '40000');
    await typeInto(el, 'View name', 'Big ones');
    const applied = recordChanges(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(applied, 'saving applies the filter').to.deep.equal([{ version: 1, amountMin: 40000 }]);
    const stored = JSON.parse(localStorage.getItem('test-views:views')!) as SavedView[];
    expect(stored).to.have.length(1);
    expect(stored[0]).to.include({ name: 'Big ones', search: 'colt' });
    expect(stored[0]!.filter).to.deep.equal({ version: 1, amountMin: 40000 });
    expect(stored[0]!.sort).to.deep.equal([{ field: 'amount', direction: 'desc' }]);
    expect(stored[0]!.columns).to.deep.equal({ order: ['invoiceNumber', 'amount'], hidden: ['bcn'] });
    expect(getByRole(el, 'button', 'Apply view: Big ones')).to.exist;

    await el.updateComplete;
    getByRole(el, 'button', 'Clear').click();
    await el.updateComplete;
    const viewEvent = oneEvent(el, 'invoice-view-apply');
    getByRole(el, 'button', 'Apply view: Big ones').click();
    const { view } = (await viewEvent).detail;
    expect(view.search).to.equal('colt');
    expect(view.columns).to.deep.equal({ order: ['invoiceNumber', 'amount'], hidden: ['bcn'] });
    expect(el.value).to.deep.equal({ version: 1, amountMin: 40000 });

    // A fresh element reads the same store.
    const other = await fixture<AdvancedFilter>(html`<advanced-filter storage-key="test-views"></advanced-filter>`);
    await new Promise((r) => setTimeout(r));
    await other.updateComplete;
    expect(getByRole(other, 'button', 'Apply view: Big ones')).to.exist;

    getByRole(el, 'button', 'Delete view: Big ones').click();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(queryAllByRole(el, 'button', 'Apply view: Big ones')).to.have.length(0);
    expect(JSON.parse(localStorage.getItem('test-views:views')!)).to.deep.equal([]);
    expectFocused(field(el, 'View name'));
  });

  it('needs a name and a valid filter to save a view', async () => {
    const store = new MemorySavedViewsStore();
    const el = await filterFixture({ savedViewsStore: store });
    getByRole(el, 'button', 'Save view').click();
    await el.updateComplete;
    const name = field(el, 'View name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(describedError(name)).to.equal('Enter a name for the view.');
    await typeInto(el, 'Minimum amount', 'x');
    await typeInto(el, 'View name', 'Broken');
    getByRole(el, 'button', 'Save view').click();
    await el.updateComplete;
    expect(store.list()).to.have.length(0);
    expect(field(el, 'Minimum amount').getAttribute('aria-invalid')).to.equal('true');
  });

  it('uses a custom asynchronous store, and replaces a view saved under the same name', async () => {
    const calls: string[] = [];
    let views: SavedView[] = [
      {
        id: 'v1',
        name: 'Disputed in Japan',
        search: '',
        filter: { version: 1, statuses: ['disputed'], currency: 'JPY' },
        sort: [],
        savedAt: '2026-01-01T00:00:00Z',
      },
    ];
    const store: SavedViewsStore = {
      list: async () => (calls.push('list'), [...views]),
      save: async (view) => {
        calls.push(`save:${view.name}`);
        views = [...views.filter((v) => v.id !== view.id), view];
      },
      remove: async (id) => {
        calls.push(`remove:${id}`);
        views = views.filter((v) => v.id !== id);
      },
    };
    const el = await filterFixture({ savedViewsStore: store });
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    getByRole(el, 'button', 'Apply view: Disputed in Japan').click();
    await el.updateComplete;
    expect(getByRole<HTMLInputElement>(el, 'checkbox', 'Disputed').checked).to.equal(true);
    await typeInto(el, 'View name', 'disputed in japan');
    getByRole(el, 'button', 'Save view').click();
    await new Promise((r) => setTimeout(r, 10));
    expect(views).to.have.length(1);
    expect(views[0]!.id).to.equal('v1');
    expect(calls).to.include('save:disputed in japan');
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });

  it('reports a store that fails', async () => {
    const store: SavedViewsStore = { list: () => [], save: () => Promise.reject(new Error('quota')), remove: () => undefined };
    const el = await filterFixture({ savedViewsStore: store });
    await typeInto(el, 'View name', 'Any');
    const error = oneEvent(el, 'invoice-error');
    getByRole(el, 'button', 'Save view').click();
    expect((await error).detail.kind).to.equal('storage');
  });

  it('reads amounts as people type them', () => {
    expect(parseAmount('')).to.equal(undefined);
    expect(parseAmount(' 4,060 ')).to.equal(4060);
    expect(parseAmount('１２，３４０')).to.equal(12340);
    expect(parseAmount('1234.50')).to.equal(1234.5);
    expect(parseAmount('-2509')).to.equal(-2509);
    expect(parseAmount('12abc')).to.be.NaN;
    expect(parseAmount('1e5')).to.be.NaN;
  });
});

class ChipsHost extends LitElement {
  static override styles = filterChipStyles;
  filter: InvoiceFilter = { version: 1 };
  removed: FilterKey[] = [];
  cleared = 0;
  protected override render() {
    return filterChips(this.filter, (key) => this.removed.push(key), { onClearAll: () => this.cleared++ });
  }
  protected override updated(_changed: PropertyValues): void {}
}
customElements.define('test-chips-host', ChipsHost);

describe('filterChips()', () => {
  it('shows one removable chip per active filter key', async () => {
    const host = await fixture<ChipsHost>(html`<test-chips-host></test-chips-host>`);
    host.filter = {
      version: 1,
      monthFrom: '2020-05',
      amountMin: 40000,
      currency: 'JPY',
      statuses: ['open', 'disputed'],
      kinds: ['credit-note'],
      customerName: { op: 'equals', value: 'Colt' },
      ocn: { op: 'contains', value: '228' },
    };
    host.requestUpdate();
    await host.updateComplete;
    const chips = [...host.shadowRoot!.querySelectorAll('[part~="chip"]')].map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
    expect(chips).to.deep.equal([
      'From month: May 2020',
      'Minimum amount: ¥40,000',
      'Currency: JPY',
      'Status: Open, Disputed',
      'Document kind: Credit note',
      'Customer name: equals “Colt”',
      'Customer number (OCN): contains “228”',
    ]);
    getByRole(host, 'button', 'Remove filter: Minimum amount').click();
    getByRole(host, 'button', 'Clear all filters').click();
    expect(host.removed).to.deep.equal(['amountMin']);
    expect(host.cleared).to.equal(1);
    await expectNoAxeViolations(host);
    host.filter = { version: 1 };
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[part~="chips"]')).to.equal(null);
  });
});

describe('LocalStorageSavedViewsStore', () => {
  beforeEach(() => localStorage.clear());

  it('reads damaged storage as no views and keeps only well-formed ones', async () => {
    const { LocalStorageSavedViewsStore } = await import('../../../src/data/saved-views.js');
    const store = new LocalStorageSavedViewsStore('damaged');
    localStorage.setItem('damaged', '{not json');
    expect(store.list()).to.deep.equal([]);
    localStorage.setItem(
      'damaged',
      JSON.stringify([
        {
          id: 'ok',
          name: 'Fine',
          search: 'x',
          filter: { version: 1, monthFrom: '2020-13', amountMin: 5 },
          sort: [{ field: 'amount', direction: 'sideways' }],
          savedAt: '2026-01-01',
        },
        { id: '', name: 'No id' },
        { id: 'blank', name: '   ' },
        'a string',
        null,
      ]),
    );
    const views = store.list();
    expect(views).to.have.length(1);
    expect(views[0]).to.deep.equal({
      id: 'ok',
      name: 'Fine',
      search: 'x',
      filter: { version: 1, amountMin: 5 },
      sort: [{ field: 'amount', direction: 'asc' }],
      savedAt: '2026-01-01',
    });
    store.save({ ...views[0]!, id: 'two', name: 'Two' });
    store.remove('ok');
    expect(store.list().map((v) => v.id)).to.deep.equal(['two']);
  });
});
