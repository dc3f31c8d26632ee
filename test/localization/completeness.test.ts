import { expect } from '@open-wc/testing';
import { templates as enXA } from '../../src/generated/locales/en-XA.js';
import { templates as ja } from '../../src/generated/locales/ja.js';
import { templates as ko } from '../../src/generated/locales/ko.js';
import { templates as zhHans } from '../../src/generated/locales/zh-Hans.js';
import { templates as zhHant } from '../../src/generated/locales/zh-Hant.js';
import { MESSAGE_LIST_LOCALE, TARGET_LOCALES, readXliff, type XliffUnit } from './xliff.js';

// `node scripts/check-translations.mjs` checks the XLIFF against the msg() calls in the
// source code itself; these tests check what the browser loads: every message translated
// and the generated modules built from the current XLIFF.

type Template = string | { strings: readonly string[] };
const GENERATED: Record<string, Record<string, Template>> = {
  ja,
  ko,
  'zh-Hant': zhHant,
  'zh-Hans': zhHans,
  'en-XA': enXA,
};

/**
 * Messages whose translation may equal the English source in a locale (codes and names that
 * stay in Latin script). Anything else equal to its source is an untranslated copy.
 */
const SAME_AS_SOURCE: Record<string, readonly string[]> = {};

const join = (parts: readonly string[]) => parts.join('{…}');

describe('translations', () => {
  let messages: XliffUnit[];
  before(async () => {
    messages = await readXliff(MESSAGE_LIST_LOCALE);
  });

  it('the extracted message list is not empty and ids are unique', () => {
    expect(messages.length).to.be.greaterThan(30);
    expect(new Set(messages.map((m) => m.id)).size).to.equal(messages.length);
  });

  for (const locale of TARGET_LOCALES) {
    describe(locale, () => {
      let units: Map<string, XliffUnit>;
      before(async () => {
        units = new Map((await readXliff(locale)).map((u) => [u.id, u]));
      });

      it('has a translation for every extracted message', () => {
        const missing = messages.filter((m) => !units.get(m.id)?.target).map((m) => `${m.id} ("${join(m.source)}")`);
        expect(missing, `${locale}.xlf lacks translations for:\n${missing.join('\n')}\n`).to.deep.equal([]);
      });

      it('has the same source text as the extracted list (no stale extract)', () => {
        const stale = [...units.values()]
          .filter((u) => {
            const m = messages.find((x) => x.id === u.id);
            return !m || join(m.source) !== join(u.source);
          })
          .map((u) => u.id);
        expect(stale, `${locale}.xlf differs from the last extract; run npm run localize:extract`).to.deep.equal([]);
      });

      it('keeps every placeholder of the source, once', () => {
        const broken = [...units.values()]
          .filter((u) => u.target && [...u.sourcePlaceholders].sort().join('\n') !== [...u.targetPlaceholders].sort().join('\n'))
          .map((u) => u.id);
        expect(broken).to.deep.equal([]);
      });

      it('translates rather than copies the English text', () => {
        const allowed = SAME_AS_SOURCE[locale] ?? [];
        const copies = [...units.values()]
          .filter((u) => u.target && join(u.target) === join(u.source) && !allowed.includes(u.id))
          .map((u) => `${u.id} ("${join(u.source)}")`);
        expect(copies, `${locale}: translations identical to the English source`).to.deep.equal([]);
      });

      it('uses the billing vocabulary for statuses', () => {
        const vocabulary: Record<string, Record<string, string>> = {
          ja: {
            'status.open': 'オープン',
            'status.disputed': '係争中',
            'status.closed': 'クローズ',
            'status.na': '適用不可',
            'doc.invoice': '請求書',
          },
          ko: {
            'status.open': '미결',
            'status.disputed': '분쟁 중',
            'status.closed': '종결',
            'status.na': '해당 없음',
            'doc.invoice': '청구서',
          },
          'zh-Hant': {
            'status.open': '未結',
            'status.disputed': '爭議中',
            'status.closed': '已結',
            'status.na': '不適用',
            'doc.invoice': '發票',
          },
          'zh-Hans': {
            'status.open': '未结',
            'status.disputed': '争议中',
            'status.closed': '已结',
            'status.na': '不适用',
            'doc.invoice': '发票',
          },
        };
        for (const [id, expected] of Object.entries(vocabulary[locale]!)) {
          expect(units.get(id)?.target?.join(''), id).to.equal(expected);
        }
      });
    });
  }

  it('the pseudo-locale covers every message: bracketed, accented, ~40% longer, placeholders intact', () => {
    for (const unit of messages) {
      const source = join(unit.source);
      const target = join(unit.target ?? []);
      expect(unit.target, unit.id).to.exist;
      expect(unit.targetPlaceholders, unit.id).to.deep.equal(unit.sourcePlaceholders);
      expect(target, unit.id).to.match(/^\[[\s\S]*\]$/);
      expect(target, unit.id).to.not.match(/[A-Za-z]/);
      const visible = source.replace(/\{…\}/g, '').length;
      expect(target.replace(/\{…\}/g, '').length, unit.id).to.be.at.least(Math.floor(visible * 1.4));
    }
  });

  for (const locale of [...TARGET_LOCALES, MESSAGE_LIST_LOCALE]) {
    it(`src/generated/locales/${locale}.ts is built from the current ${locale}.xlf`, async () => {
      const units = await readXliff(locale);
      const generated = GENERATED[locale]!;
      const outdated: string[] = [];
      for (const unit of units) {
        const template = generated[unit.id];
        const strings = template === undefined ? undefined : typeof template === 'string' ? [template] : template.strings;
        if (!strings || join(strings) !== join(unit.target ?? unit.source)) outdated.push(unit.id);
      }
      const extra = Object.keys(generated).filter((id) => !units.some((u) => u.id === id));
      expect({ outdated, extra }, `run npm run localize:build`).to.deep.equal({ outdated: [], extra: [] });
    });
  }
});
