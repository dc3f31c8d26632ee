import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/advanced-filter.js';
import type { AdvancedFilter } from '../../../src/components/advanced-filter/advanced-filter.component.js';
import { SAVED_VIEWS_PAGE_SIZE } from '../../../src/components/advanced-filter/saved-view-list.js';
import { LocalStorageSavedViewsStore, MemorySavedViewsStore, type SavedView } from '../../../src/data/saved-views.js';
import { getByRole, queryAllByRole } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

/** 20,000 saved views (a store filled by a script, or years of use): the panel opens fast and lists a bounded page. */
const COUNT = 20_000;

function manyViews(count = COUNT): SavedView[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `v${i}`,
    name: `View ${String(i).padStart(5, '0')}`,
    search: '',
    filter: { version: 1 as const, amountMin: i },
    // The first one carries 5,002 sort keys, as a tampered store did.
    sort: Array.from({ length: i === 0 ? 5002 : 1 }, (__, k) => ({ field: `f${k}`, direction: 'asc' as const })),
    savedAt: '',
  }));
}

async function settle(el: AdvancedFilter): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

const applyButtons = (el: AdvancedFilter) => queryAllByRole(el, 'button', /^Apply view: /);
const shownNames = (el: AdvancedFilter) => applyButtons(el).map((b) => b.textContent!.trim());
const range = (el: AdvancedFilter) => el.shadowRoot!.querySelector('[part~="saved-view-pager"] [role="status"]')!.textContent!.trim();

describe('<advanced-filter> with 20,000 saved views', () => {
  afterEach(() => localStorage.removeItem('bounds-test:views'));

  it('opens within a second and lists one bounded page, with the range', async () => {
    const store = new MemorySavedViewsStore(manyViews());
    const started = performance.now();
    const el = await fixture<AdvancedFilter>(html`<advanced-filter .savedViewsStore=${store}></advanced-filter>`);
    await settle(el);
    const elapsed = performance.now() - started;
    expect(elapsed, `${Math.round(elapsed)} ms`).to.be.below(1000);
    expect(el.savedViews).to.have.length(COUNT);
    expect(el.shadowRoot!.querySelectorAll('[part~="saved-view"]').length).to.equal(SAVED_VIEWS_PAGE_SIZE);
    expect(shownNames(el)[0]).to.equal('View 00000');
    expect(range(el)).to.equal('Views 1–10 of 20,000');
  });

  it('reaches the rest: next and previous pages, and search by name', async () => {
    const el = await fixture<AdvancedFilter>(
      html`<advanced-filter .savedViewsStore=${new MemorySavedViewsStore(manyViews())}></advanced-filter>`,
    );
    await settle(el);
    const previous = getByRole<HTMLButtonElement>(el, 'button', 'Previous saved views');
    expect(previous.disabled).to.equal(true);
    getByRole(el, 'button', 'Next saved views').click();
    await el.updateComplete;
    expect(shownNames(el)[0]).to.equal('View 00010');
    expect(range(el)).to.equal('Views 11–20 of 20,000');
    expect(previous.disabled).to.equal(false);

    const search = getByRole<HTMLInputElement>(el, 'searchbox', 'Search saved views');
    search.focus();
    await sendKeys({ type: 'view 1999' });
    await el.updateComplete;
    expect(shownNames(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `View 1999${i}`));
    expect(range(el)).to.equal('Views 1–10 of 10');
    expect(getByRole<HTMLButtonElement>(el, 'button', 'Next saved views').disabled).to.equal(true);
    // Enter in the search field does not apply the filter.
    let applied = 0;
    el.addEventListener('invoice-filter-change', () => applied++);
    await sendKeys({ press: 'Enter' });
    expect(applied).to.equal(0);

    await sendKeys({ type: '9' });
    await el.updateComplete;
    expect(shownNames(el)).to.deep.equal(['View 19999']);
    getByRole(el, 'button', 'Apply view: View 19999').click();
    await el.updateComplete;
    expect(el.value.amountMin).to.equal(19999);

    search.select();
    await sendKeys({ type: 'nothing like it' });
    await el.updateComplete;
    expect(applyButtons(el)).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('No saved view has this name.');
    await expectNoAxeViolations(el);
  });

  it('reads 20,000 stored views with capped sort keys, and lists few views as before, with no pager', async () => {
    localStorage.setItem('bounds-test:views', JSON.stringify(manyViews()));
    const store = new LocalStorageSavedViewsStore('bounds-test:views');
    const views = store.list();
    expect(views).to.have.length(COUNT);
    expect(views.find((view) => view.id === 'v0')!.sort).to.have.length(10);

    const few = await fixture<AdvancedFilter>(
      html`<advanced-filter .savedViewsStore=${new MemorySavedViewsStore(manyViews(3))}></advanced-filter>`,
    );
    await settle(few);
    expect(shownNames(few)).to.deep.equal(['View 00000', 'View 00001', 'View 00002']);
    expect(few.shadowRoot!.querySelector('[part~="saved-view-pager"]')).to.equal(null);
    expect(queryAllByRole(few, 'searchbox')).to.have.length(0);
  });
});
