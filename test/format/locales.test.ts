import { expect } from '@open-wc/testing';
import {
  currencyDigits,
  formatCount,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  monthToUtcDate,
  pluralCategory,
} from '../../src/format/formatters.js';
import { intlLocale } from '../../src/localization.js';

// Intl separates some parts with (narrow) no-break spaces; compare them as plain spaces.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

type Row = { money: Record<string, string>; month: string; shortMonth: string; date: string; dateTime: string; count: string };

/**
 * Exact output for each UI locale through its Intl locale (ja → ja-JP, ko → ko-KR,
 * zh-Hant → zh-Hant-HK, zh-Hans → zh-Hans-SG). Money: 4060 JPY, 45629 KRW, 1234.5 SGD/HKD/USD.
 */
const EXPECTED: Record<string, Row> = {
  en: {
    money: { JPY: '¥4,060', KRW: '₩45,629', SGD: 'SGD 1,234.50', HKD: 'HK$1,234.50', USD: '$1,234.50' },
    month: 'May 2020',
    shortMonth: 'May 2020',
    date: 'Oct 31, 2021',
    dateTime: 'Nov 25, 2026, 6:00 AM',
    count: '1,234,567',
  },
  ja: {
    money: { JPY: '￥4,060', KRW: '₩45,629', SGD: 'SGD 1,234.50', HKD: 'HK$1,234.50', USD: '$1,234.50' },
    month: '2020年5月',
    shortMonth: '2020年5月',
    date: '2021/10/31',
    dateTime: '2026/11/25 6:00',
    count: '1,234,567',
  },
  ko: {
    money: { JPY: 'JP¥4,060', KRW: '₩45,629', SGD: 'SGD 1,234.50', HKD: 'HK$1,234.50', USD: 'US$1,234.50' },
    month: '2020년 5월',
    shortMonth: '2020년 5월',
    date: '2021. 10. 31.',
    dateTime: '2026. 11. 25. 오전 6:00',
    count: '1,234,567',
  },
  'zh-Hant': {
    money: { JPY: '¥4,060', KRW: '₩45,629', SGD: 'SGD 1,234.50', HKD: 'HK$1,234.50', USD: 'US$1,234.50' },
    month: '2020年5月',
    shortMonth: '2020年5月',
    date: '2021年10月31日',
    dateTime: '2026年11月25日 上午6:00',
    count: '1,234,567',
  },
  'zh-Hans': {
    // In Singapore the local dollar is plain "$".
    money: { JPY: 'JP¥4,060', KRW: '₩45,629', SGD: '$1,234.50', HKD: 'HK$1,234.50', USD: 'US$1,234.50' },
    month: '2020年5月',
    shortMonth: '2020年5月',
    date: '2021年10月31日',
    dateTime: '2026年11月25日 上午6:00',
    count: '1,234,567',
  },
};

const AMOUNTS: Record<string, number> = { JPY: 4060, KRW: 45629, SGD: 1234.5, HKD: 1234.5, USD: 1234.5 };

describe('formatters, per locale', () => {
  for (const [locale, row] of Object.entries(EXPECTED)) {
    const intl = intlLocale(locale);
    describe(`${locale} (${intl})`, () => {
      it('formats money in the invoice currency: JPY and KRW without decimals, SGD/HKD/USD with two', () => {
        for (const [currency, expected] of Object.entries(row.money)) {
          expect(spaces(formatMoney(AMOUNTS[currency], currency, intl)), currency).to.equal(expected);
        }
      });
      it('formats a billing month', () => {
        expect(formatMonth('2020-05', intl)).to.equal(row.month);
        expect(formatMonth('2020-05', intl, 'short')).to.equal(row.shortMonth);
      });
      it('formats a calendar date and the status refresh stamp', () => {
        expect(spaces(formatDate('2021-10-31', intl))).to.equal(row.date);
        expect(spaces(formatDateTime('2026-11-24T21:00:00.000Z', intl, 'Asia/Tokyo'))).to.equal(row.dateTime);
      });
      it('formats counts with grouping', () => {
        expect(formatCount(1234567, intl)).to.equal(row.count);
        expect(formatCount(5, intl)).to.equal('5');
      });
      it("leaves bad values empty for the caller's placeholder", () => {
        expect(formatMoney(NaN, 'JPY', intl)).to.equal('');
        expect(formatMoney('4060', 'JPY', intl)).to.equal('');
        expect(formatMonth('0020-10', intl)).to.equal('');
        expect(formatMonth('2020-13', intl)).to.equal('');
        expect(formatDate('2021-02-30', intl)).to.equal('');
        expect(formatDateTime('not a date', intl)).to.equal('');
      });
    });
  }

  it("rounds money to the currency's own digits", () => {
    expect(currencyDigits('JPY')).to.equal(0);
    expect(currencyDigits('KRW')).to.equal(0);
    expect(currencyDigits('SGD')).to.equal(2);
    expect(currencyDigits('HKD')).to.equal(2);
    expect(formatMoney(4060.4, 'JPY', 'ja-JP')).to.equal('￥4,060');
    expect(formatMoney(0.5, 'SGD', 'en')).to.match(/^SGD\s0\.50$/);
    expect(formatMoney(-12.3, 'USD', 'en')).to.equal('-$12.30');
  });

  it('uses plural categories of the locale (English one/other, CJK other only)', () => {
    expect(pluralCategory(1, 'en')).to.equal('one');
    expect(pluralCategory(2, 'en')).to.equal('other');
    for (const intl of ['ja-JP', 'ko-KR', 'zh-Hant-HK', 'zh-Hans-SG']) {
      expect(pluralCategory(1, intl), intl).to.equal('other');
    }
  });
});

describe('a billing month is the same calendar month in every time zone', () => {
  // Zones on both sides of UTC, with half-hour offsets and the date line.
  const ZONES = [
    'UTC',
    'Pacific/Kiritimati',
    'Asia/Tokyo',
    'Asia/Seoul',
    'Asia/Hong_Kong',
    'Asia/Singapore',
    'Asia/Kolkata',
    'Europe/London',
    'America/New_York',
    'America/Los_Angeles',
    'Pacific/Honolulu',
    'Pacific/Pago_Pago',
  ];

  it('maps "2020-05" to the first of May at UTC midnight', () => {
    expect(monthToUtcDate('2020-05')?.toISOString()).to.equal('2020-05-01T00:00:00.000Z');
    expect(monthToUtcDate('2020-12')?.toISOString()).to.equal('2020-12-01T00:00:00.000Z');
  });

  for (const locale of Object.keys(EXPECTED)) {
    it(`formats "2020-05" as ${EXPECTED[locale]!.month} whichever zone the viewer is in (${locale})`, () => {
      const intl = intlLocale(locale);
      const date = monthToUtcDate('2020-05')!;
      for (const timeZone of ZONES) {
        // What Intl says for the same instant in each zone: the day differs, the formatter must not.
        const local = new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', timeZone }).format(date);
        expect(formatMonth('2020-05', intl), timeZone).to.equal(EXPECTED[locale]!.month);
        // West of UTC, the UTC instant falls in April: proof the zone matters and the formatter ignores it.
        if (timeZone.startsWith('America') || timeZone.startsWith('Pacific/H') || timeZone.startsWith('Pacific/P')) {
          expect(local, timeZone).to.not.equal(EXPECTED[locale]!.month);
        } else {
          expect(local, timeZone).to.equal(EXPECTED[locale]!.month);
        }
      }
    });
  }

  it('keeps the year and month at the edges of the year', () => {
    expect(formatMonth('2020-01', 'en')).to.equal('January 2020');
    expect(formatMonth('2020-12', 'en')).to.equal('December 2020');
    expect(formatMonth('2020-12', 'ja-JP')).to.equal('2020年12月');
    expect(formatMonth('2021-01', 'ko-KR')).to.equal('2021년 1월');
  });
});
