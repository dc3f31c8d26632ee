import { localized } from '@lit/localize';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import * as api from '../../src/classes.js';
import { documentsSummary, statusLabel } from '../../src/internal/labels.js';
import {
  LOCALE_NAMES,
  PSEUDO_LOCALE,
  SUPPORTED_LOCALES,
  TRANSLATED_LOCALES,
  followDocumentLanguage,
  getLocale,
  intlLocale,
  matchLocale,
  setLocale,
} from '../../src/localization.js';

/** A minimal @localized element rendering library labels, like every component does. */
@localized()
class LocaleProbe extends LitElement {
  renders = 0;
  override render() {
    this.renders++;
    return litHtml`<span class="status">${statusLabel('open')}</span><span class="docs">${documentsSummary(true, 2)}</span>`;
  }
}
customElements.define('l10n-locale-probe', LocaleProbe);

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.textContent;

const OPEN: Record<string, string> = { en: 'Open', ja: 'オープン', ko: '미결', 'zh-Hant': '未結', 'zh-Hans': '未结' };

describe('locale switching', () => {
  afterEach(async () => {
    await setLocale('en');
    document.documentElement.lang = 'en';
  });

  it('lists the source, the four translations and the pseudo-locale', () => {
    expect([...SUPPORTED_LOCALES].sort()).to.deep.equal(['en', 'en-XA', 'ja', 'ko', 'zh-Hans', 'zh-Hant']);
    expect(TRANSLATED_LOCALES).to.not.include(PSEUDO_LOCALE);
    for (const locale of SUPPORTED_LOCALES) expect(LOCALE_NAMES[locale], locale).to.be.a('string').and.not.equal('');
    // Exported by the package, for a language picker.
    expect(
      api.LOCALE_NAMES === LOCALE_NAMES && api.TRANSLATED_LOCALES === TRANSLATED_LOCALES && api.PSEUDO_LOCALE === PSEUDO_LOCALE,
    ).to.equal(true);
  });

  for (const locale of TRANSLATED_LOCALES) {
    it(`starts an element created after setLocale('${locale}') in that locale`, async () => {
      await setLocale(locale);
      const el = await fixture<LocaleProbe>(html`<l10n-locale-probe></l10n-locale-probe>`);
      expect(getLocale()).to.equal(locale);
      expect(text(el, '.status')).to.equal(OPEN[locale]);
    });
  }

  it('re-renders elements already on the page when the locale changes', async () => {
    const el = await fixture<LocaleProbe>(html`<l10n-locale-probe></l10n-locale-probe>`);
    expect(text(el, '.status')).to.equal('Open');
    expect(text(el, '.docs')).to.equal('Invoice, 2 reports');
    const before = el.renders;
    await setLocale('ja');
    await el.updateComplete;
    expect(el.renders).to.be.greaterThan(before);
    expect(text(el, '.status')).to.equal('オープン');
    expect(text(el, '.docs')).to.equal('請求書, 2レポート');
    await setLocale('ko');
    await el.updateComplete;
    expect(text(el, '.status')).to.equal('미결');
    await setLocale('en');
    await el.updateComplete;
    expect(text(el, '.status')).to.equal('Open');
  });

  it('the last of two quick setLocale calls wins', async () => {
    const el = await fixture<LocaleProbe>(html`<l10n-locale-probe></l10n-locale-probe>`);
    const first = setLocale('ja');
    const second = setLocale('zh-Hant');
    await Promise.all([first, second]);
    await el.updateComplete;
    expect(getLocale()).to.equal('zh-Hant');
    expect(text(el, '.status')).to.equal('未結');
  });

  it('follows <html lang>, now and when it changes, until stopped', async () => {
    const el = await fixture<LocaleProbe>(html`<l10n-locale-probe></l10n-locale-probe>`);
    document.documentElement.lang = 'ko-KR';
    const stop = followDocumentLanguage();
    try {
      await waitUntil(() => getLocale() === 'ko', 'locale did not follow lang="ko-KR"');
      await el.updateComplete;
      expect(text(el, '.status')).to.equal('미결');
      document.documentElement.lang = 'zh-HK';
      await waitUntil(() => getLocale() === 'zh-Hant', 'locale did not follow lang="zh-HK"');
      await el.updateComplete;
      expect(text(el, '.status')).to.equal('未結');
    } finally {
      stop();
    }
    document.documentElement.lang = 'ja';
    // A change after stop() must not switch: give the observer a chance to (wrongly) fire.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale()).to.equal('zh-Hant');
  });

  it('renders the pseudo-locale accented, longer and bracketed, placeholders intact', async () => {
    await setLocale(PSEUDO_LOCALE);
    const el = await fixture<LocaleProbe>(html`<l10n-locale-probe></l10n-locale-probe>`);
    const status = text(el, '.status')!;
    expect(status).to.match(/^\[Öþéñ.*\]$/);
    expect(status.length).to.be.greaterThan('Open'.length * 1.4);
    const docs = text(el, '.docs')!;
    // Nested messages: "Invoice, ${reports}" wraps "${n} reports", and the number stays a number.
    expect(docs).to.match(/^\[Îñṽöíçé, \[2 ŕéþöŕţš.*\].*\]$/);
    expect(docs).to.not.match(/Invoice|reports/);
  });

  it('matches BCP 47 tags to a supported locale', () => {
    expect(matchLocale('ja-JP')).to.equal('ja');
    expect(matchLocale('KO')).to.equal('ko');
    expect(matchLocale('zh-HK')).to.equal('zh-Hant');
    expect(matchLocale('zh-TW')).to.equal('zh-Hant');
    expect(matchLocale('zh-Hant-HK')).to.equal('zh-Hant');
    expect(matchLocale('zh-SG')).to.equal('zh-Hans');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('en-XA')).to.equal('en-XA');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('fr-FR')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
    expect(matchLocale(null)).to.equal('en');
  });

  it('maps each UI locale to the Intl locale of its market', async () => {
    expect(intlLocale('en')).to.equal('en');
    expect(intlLocale('ja')).to.equal('ja-JP');
    expect(intlLocale('ko')).to.equal('ko-KR');
    expect(intlLocale('zh-Hant')).to.equal('zh-Hant-HK');
    expect(intlLocale('zh-Hans')).to.equal('zh-Hans-SG');
    expect(intlLocale('en-XA')).to.equal('en');
    await setLocale('ko');
    expect(intlLocale()).to.equal('ko-KR');
  });
});
