import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/advanced-filter.js';
import type { AdvancedFilter } from '../../../src/components/advanced-filter/advanced-filter.component.js';
import { MemorySavedViewsStore } from '../../../src/data/saved-views.js';
import { setLocale } from '../../../src/localization.js';
import { accessibleName, deepActiveElement, expectFocused, getByRole, queryAllByRole } from '../../helpers/dom.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

async function filterFixture(): Promise<AdvancedFilter> {
  const el = await fixture<AdvancedFilter>(html`<advanced-filter .savedViewsStore=${new MemorySavedViewsStore()}></advanced-filter>`);
  await el.updateComplete;
  return el;
}

const changes = (el: HTMLElement) => {
  const seen: unknown[] = [];
  el.addEventListener('invoice-filter-change', (e) => seen.push(e.detail.filter));
  return seen;
};

describe('<advanced-filter> month fields', () => {
  afterEach(() => setLocale('en'));

  it('picks a month in Japanese: the picker, the field and the value', async () => {
    await setLocale('ja');
    const el = await filterFixture();
    const seen = changes(el);
    // The Japanese name of "From month" is the original screen's; the field is a text box with its picker button.
    const from = queryAllByRole<HTMLInputElement>(el, 'textbox')[0]!;
    const button = getByRole(el, 'button', `${accessibleName(from)}を選択`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    const picker = getByRole(el, 'dialog', accessibleName(from));
    const months = queryAllByRole(picker, 'button').filter((b) => b.dataset.month);
    expect(months.map((b) => b.textContent!.trim())).to.deep.equal(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    getByRole(picker, 'button', '前の年').click();
    await el.updateComplete;
    const year = Number(picker.querySelector('.year')!.textContent);
    getByRole(picker, 'button', `${year}年5月`).click();
    await el.updateComplete;
    expect(from.value).to.equal(`${year}年5月`);
    expectFocused(button);
    getByRole(el, 'button', '適用').click();
    await el.updateComplete;
    expect(seen).to.deep.equal([{ version: 1, monthFrom: `${year}-05` }]);
    await expectNoAxeViolations(el);
  });

  it('opens with Alt+Arrow Down, moves with arrows across years, chooses with Enter, closes with Escape', async () => {
    const el = await filterFixture();
    const to = getByRole<HTMLInputElement>(el, 'textbox', 'To month');
    to.focus();
    await sendKeys({ type: '2020-11' });
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    await el.updateComplete;
    expect(accessibleName(deepActiveElement()!)).to.equal('November 2020');
    expect(deepActiveElement()!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(accessibleName(deepActiveElement()!)).to.equal('January 2021');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(to.value).to.equal('January 2021');
    getByRole(el, 'button', 'Choose To month').click();
    await el.updateComplete;
    expect(queryAllByRole(el, 'dialog')).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(queryAllByRole(el, 'dialog')).to.have.length(0);
    expectFocused(getByRole(el, 'button', 'Choose To month'));
  });

  it('reads a month typed in any usual form and shows it in the UI language', async () => {
    const el = await filterFixture();
    const seen = changes(el);
    const from = getByRole<HTMLInputElement>(el, 'textbox', 'From month');
    from.focus();
    await sendKeys({ type: '2020/5' });
    const to = getByRole<HTMLInputElement>(el, 'textbox', 'To month');
    to.focus();
    await el.updateComplete;
    expect(from.value).to.equal('May 2020');
    await sendKeys({ type: '２０２０年１０月' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.deep.equal([{ version: 1, monthFrom: '2020-05', monthTo: '2020-10' }]);
  });
});
