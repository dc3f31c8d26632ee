import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/invoice-section.js';
import { seedInvoices } from '../../src/data/index.js';
import { formatBytes, formatCount, formatDate, formatDateTime, formatMoney, formatMonth } from '../../src/format/formatters.js';
import { PSEUDO_LOCALE, intlLocale, setLocale } from '../../src/localization.js';
import { SEED_REFRESHED, seedAdapter } from '../../stories/fixtures.js';
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
 * before looking for English.
 */
function nonMessageValues(intl: string): Set<string> {
  const values = new Set<string>();
  for (const invoice of seedInvoices()) {
    for (const value of [
      invoice.invoiceNumber,
      invoice.customerName,
      invoice.ocn,
      invoice.bcn,
      invoice.billingEntityName,
      invoice.currency,
    ]) {
      if (value) values.add(value);
    }
    for (const doc of invoice.documents ?? []) {
      values.add(doc.name);
      values.add(doc.fileName);
      values.add(formatBytes(doc.size, intl));
      if (doc.availableUntil) values.add(formatDate(doc.availableUntil, intl));
    }
    values.add(formatMoney(invoice.amount, invoice.currency, intl));
    values.add(formatMonth(invoice.billingMonth, intl));
    values.add(formatMonth(invoice.billingMonth, intl, 'short'));
  }
  values.add(formatDateTime(SEED_REFRESHED, intl));
  // Currency codes are data; their names come from Intl.DisplayNames in the Intl locale.
  const currencyNames = new Intl.DisplayNames([intl], { type: 'currency' });
  for (const code of Intl.supportedValuesOf('currency')) {
    values.add(code);
    values.add(currencyNames.of(code) ?? '');
  }
  // The month field's format hint is the ISO pattern in every language.
  values.add('YYYY-MM');
  values.delete('');
  return values;
}

/** English source fragments of the extracted messages found in `strings` (data and Intl output removed). */
async function englishLeftovers(locale: string, messages: XliffUnit[], strings: string[]): Promise<string[]> {
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
  const values = nonMessageValues(intlLocale(locale));
  // A data value that reads like a message (a document named "Invoice") is ignored when it is
  // the whole string, but not cut out of longer text, where it would hide "Invoice number".
  const cuttable = [...values].filter((v) => !fragments.has(v));
  const leftovers: string[] = [];
  for (const original of strings) {
    if (values.has(original)) continue;
    const text = withoutValues(original, cuttable);
    for (const [fragment, id] of fragments) {
      if (wordPattern(fragment).test(text)) leftovers.push(`"${fragment}" (${id}) in "${original}"`);
    }
  }
  return leftovers;
}

const deepFind = (root: Element, selector: string): HTMLElement[] => {
  const found: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    found.push(...node.querySelectorAll<HTMLElement>(selector));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(root.shadowRoot ?? root);
  return found;
};

/**
 * Opens what is rendered only on demand (column panel, export panel, a row's action menu, the download
 * dialog of the October invoice with its reports) and returns the strings shown meanwhile.
 */
async function openEverything(el: HTMLElement): Promise<string[]> {
  const strings: string[] = [];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
  deepFind(el, '[part~="customize-button"]')[0]?.click();
  await settle();
  expect(deepFind(el, '[part~="columns-panel"]').length, 'column panel').to.be.greaterThan(0);
  strings.push(...renderedStrings(el));
  deepFind(el, '[part~="customize-button"]')[0]?.click();
  deepFind(el, '[part~="export-button"]')[0]?.click();
  await settle();
  expect(deepFind(el, '[part~="export-panel"]').length, 'export panel').to.be.greaterThan(0);
  strings.push(...renderedStrings(el));
  deepFind(el, '[part~="export-button"]')[0]?.click();
  const actions = deepFind(el, '[part~="actions-button"]');
  expect(actions.length, 'row action buttons').to.be.greaterThan(0);
  actions[0]!.click();
  await settle();
  expect(deepFind(el, '[role="menuitem"]').length, 'row action menu').to.be.greaterThan(0);
  strings.push(...renderedStrings(el));
  actions[0]!.click();
  // The row with the most documents (the October invoice: invoice, CDR and number list).
  const documents = deepFind(el, '[part~="documents-button"]').sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length);
  expect(documents.length, 'documents buttons').to.be.greaterThan(0);
  documents[0]!.click();
  const dialog = deepFind(el, 'invoice-download-dialog')[0] as (HTMLElement & { documentsSettled?: Promise<void> }) | undefined;
  expect(dialog, 'download dialog').to.exist;
  await waitUntil(() => deepFind(dialog!, 'dialog[open]').length > 0, 'the download dialog did not open', { timeout: 3000 });
  await dialog!.documentsSettled;
  await settle();
  strings.push(...renderedStrings(el));
  return strings;
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
        const leftovers = await englishLeftovers(locale, messages, strings);
        expect(leftovers, `English left in ${locale}:\n${leftovers.join('\n')}\n`).to.deep.equal([]);
      });

      it('leaves no English in the column and export panels, the row menu and the download dialog', async () => {
        const el = await renderSection(locale);
        const opened = await openEverything(el);
        const leftovers = await englishLeftovers(locale, messages, opened);
        expect(leftovers, `English left in ${locale}:\n${leftovers.join('\n')}\n`).to.deep.equal([]);
        // The dialog lists the October invoice's documents under their localised kinds.
        const kinds = new Map((await readXliff(locale)).map((u) => [u.id, (u.target ?? []).join('')]));
        expect(opened.join('\n')).to.include(kinds.get('doc.cdr'));
        expect(opened.join('\n')).to.include(kinds.get('doc.unl'));
      });
    });
  }

  it('switches a section already on the page, labels and formats alike', async () => {
    const el = await renderSection('en');
    expect(renderedStrings(el)).to.include('June 2020');
    await setLocale('zh-Hant');
    await waitUntil(() => renderedStrings(el).includes('2020年6月'), 'months did not follow setLocale', { timeout: 3000 });
    const strings = renderedStrings(el);
    expect(strings.join('\n')).to.include(EXPECTED['zh-Hant'].count);
    expect(strings).to.not.include('June 2020');
    const leftovers = await englishLeftovers('zh-Hant', messages, strings);
    expect(leftovers, `English left after switching:\n${leftovers.join('\n')}\n`).to.deep.equal([]);
  });

  describe(`${PSEUDO_LOCALE} (pseudo-locale)`, () => {
    it('shows no plain English word: every visible and spoken string goes through msg()', async () => {
      const el = await renderSection(PSEUDO_LOCALE);
      const values = nonMessageValues(intlLocale(PSEUDO_LOCALE));
      // Dates the components compute (availability ends), formatted by Intl in English ("Oct 31, 2021").
      const monthNames = Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat(intlLocale(PSEUDO_LOCALE), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 1))),
      );
      const englishDate = new RegExp(`\\b(?:${monthNames.join('|')}) \\d{1,2}, \\d{4}\\b`, 'g');
      // Months the billing summary's chart and table show ("December 2025", "Dec"), formatted by Intl.
      const longMonthNames = Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat(intlLocale(PSEUDO_LOCALE), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 1))),
      );
      const intlMonth = new RegExp(`\\b(?:${[...longMonthNames, ...monthNames].join('|')})\\b(?: \\d{4})?`, 'g');
      const leftovers = [...renderedStrings(el), ...(await openEverything(el))]
        .filter((original) => !values.has(original))
        .map((original) => ({
          original,
          words:
            withoutValues(original, values)
              .replace(englishDate, ' ')
              .replace(intlMonth, ' ')
              .match(/[A-Za-z]{2,}/g) ?? [],
        }))
        .filter((s) => s.words.length > 0)
        .map((s) => `${s.words.join(' ')} in "${s.original}"`);
      expect(leftovers, `text that bypasses msg():\n${leftovers.join('\n')}\n`).to.deep.equal([]);
    });
  });
});

describe('Japanese wording of the original screen', () => {
  afterEach(() => setLocale('en'));

  it('names the columns as Colt Online does', async () => {
    const el = await renderSection('ja');
    const headers = deepFind(el, '[role="columnheader"]')
      .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    expect(headers).to.include.members([
      '月',
      '金額',
      '請求書番号',
      'お客様名',
      'お客様番号 (OCN)',
      'お客様番号 (BCN)',
      '請求会社名 (日本語)',
      'ダウンロード',
      'ステータス',
      'アクション',
    ]);
  });

  it('says "NA-該当なし" for an original that a reissue replaced, and "適用不可" for other NA rows', async () => {
    await setLocale('ja');
    const invoices = [
      { ...seedInvoices()[3]!, id: 'orig', status: 'na' as const },
      { ...seedInvoices()[3]!, id: 'reissue', invoiceNumber: '2202008003470-1', status: 'open' as const },
      { ...seedInvoices()[0]!, id: 'plain-na' },
    ];
    const { InMemoryInvoiceAdapter } = await import('../../src/data/index.js');
    const el = await fixture<HTMLElement>(html`<invoice-section .adapter=${new InMemoryInvoiceAdapter(invoices)}></invoice-section>`);
    await waitUntil(() => deepFind(el, '[part~="status-badge"]').length === 3, 'rows did not render', { timeout: 5000 });
    const statusOf = (number: string) => {
      // The row whose invoice number is `number` (the original also says "Replaced by …-1").
      const row = deepFind(el, '[role="row"]').find((r) => r.querySelector('.number')?.textContent?.trim() === number);
      return row?.querySelector('[part~="status-badge"]')?.textContent?.trim();
    };
    expect(statusOf('2202008003470')).to.equal('NA-該当なし');
    expect(statusOf('2202008003468')).to.equal('適用不可');
  });
});
