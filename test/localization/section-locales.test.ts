import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/invoice-section.js';
import { seedInvoices } from '../../src/data/index.js';
import { formatCount, formatDate, formatDateTime, formatMoney, formatMonth } from '../../src/format/formatters.js';
import { PSEUDO_LOCALE, intlLocale, setLocale } from '../../src/localization.js';
import { LAST_REFRESHED, seedAdapter } from '../../stories/fixtures.js';
import { renderedStrings, withoutValues, wordPattern } from './rendered-text.js';
import { MESSAGE_LIST_LOCALE, TARGET_LOCALES, readXliff, type XliffUnit } from './xliff.js';

/**
 * Exact text the seed screen must show in each locale: the ¥44,616 invoice of June 2020 and
 * the record count of the five seed rows.
 */
const EXPECTED: Record<(typeof TARGET_LOCALES)[number], { amount: string; month: string; count: string }> = {
  ja: { amount: '￥44,616', month: '2020年6月', count: '5 レコード' },
  ko: { amount: 'JP¥44,616', month: '2020년 6월', count: '5건' },
  'zh-Hant': { amount: '¥44,616', month: '2020年6月', count: '5 張發票' },
  'zh-Hans': { amount: 'JP¥44,616', month: '2020年6月', count: '5 张发票' },
};

/**
 * What the seed rows show that is data, or Intl output, rather than a message: removed
 * before looking for English. A document name that is also an English message ("Invoice")
 * is kept, so a component showing it instead of the localised kind is caught.
 */
function nonMessageValues(intl: string, englishFragments: ReadonlySet<string> = new Set()): Set<string> {
  const values = new Set<string>();
  for (const invoice of seedInvoices()) {
    for (const value of [invoice.invoiceNumber, invoice.customerName, invoice.ocn, invoice.bcn, invoice.billingEntityName, invoice.currency]) {
      if (value) values.add(value);
    }
    for (const doc of invoice.documents ?? []) {
      values.add(doc.fileName);
      if (!englishFragments.has(doc.name)) values.add(doc.name);
      if (doc.availableUntil) values.add(formatDate(doc.availableUntil, intl));
    }
    values.add(formatMoney(invoice.amount, invoice.currency, intl));
    values.add(formatMonth(invoice.billingMonth, intl));
    values.add(formatMonth(invoice.billingMonth, intl, 'short'));
  }
  values.add(formatDateTime(LAST_REFRESHED, intl));
  values.delete('');
  return values;
}

async function renderSection(locale: string) {
  await setLocale(locale);
  const el = await fixture<HTMLElement>(html`<invoice-section .adapter=${seedAdapter()}></invoice-section>`);
  const amount = formatMoney(4060, 'JPY', intlLocale(locale));
  // Settled when the rows and the counts are on screen.
  await waitUntil(() => renderedStrings(el).some((s) => s.includes(amount)), `no ${amount} rendered in ${locale}`, { timeout: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return el;
}

describe('<invoice-section> in every locale', () => {
  let messages: XliffUnit[];
  before(async () => {
    messages = await readXliff(MESSAGE_LIST_LOCALE);
  });
  after(() => setLocale('en'));

  for (const locale of TARGET_LOCALES) {
    describe(locale, () => {
      let strings: string[];
      before(async () => {
        const el = await renderSection(locale);
        strings = renderedStrings(el);
      });

      it('shows amounts, months and the record count formatted for the locale', () => {
        const text = strings.join('\n');
        const expected = EXPECTED[locale];
        expect(text).to.include(expected.amount);
        expect(text).to.include(expected.month);
        expect(text).to.include(expected.count);
        expect(text).to.include(formatCount(5, intlLocale(locale)));
      });

      it('leaves no English message text in the rendered text or spoken names', async () => {
        const translated = await readXliff(locale);
        // English that a translation of this locale itself contains (codes such as CDR, CSV) is allowed.
        const targets = translated.map((u) => (u.target ?? []).join(' ')).join('\n');
        const fragments = new Map<string, string>();
        for (const message of messages) {
          for (const part of message.source) {
            const fragment = part.trim();
            if (/[A-Za-z]{2,}/.test(fragment) && !wordPattern(fragment).test(targets)) fragments.set(fragment, message.id);
          }
        }
        const values = nonMessageValues(intlLocale(locale), new Set(fragments.keys()));
        const leftovers: string[] = [];
        for (const original of strings) {
          const text = withoutValues(original, values);
          for (const [fragment, id] of fragments) {
            if (wordPattern(fragment).test(text)) leftovers.push(`"${fragment}" (${id}) in "${original}"`);
          }
        }
        expect(leftovers, `English left in ${locale}:\n${leftovers.join('\n')}\n`).to.deep.equal([]);
      });
    });
  }

  describe(`${PSEUDO_LOCALE} (pseudo-locale)`, () => {
    it('shows no plain English word: every visible and spoken string goes through msg()', async () => {
      const el = await renderSection(PSEUDO_LOCALE);
      const values = nonMessageValues(intlLocale(PSEUDO_LOCALE));
      const leftovers = renderedStrings(el)
        .map((original) => ({ original, words: withoutValues(original, values).match(/[A-Za-z]{2,}/g) ?? [] }))
        .filter((s) => s.words.length > 0)
        .map((s) => `${s.words.join(' ')} in "${s.original}"`);
      expect(leftovers, `text that bypasses msg():\n${leftovers.join('\n')}\n`).to.deep.equal([]);
    });
  });
});
