import { expect } from '@open-wc/testing';
import { formatBytes, formatCount, formatDate, formatMoney, formatMonth, prepareFormats } from '../../src/format/formatters.js';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatters', () => {
  it("formats money with the currency's own digits", () => {
    expect(formatMoney(4060, 'JPY', 'en')).to.equal('¥4,060');
    expect(formatMoney(4060, 'JPY', 'ja-JP')).to.equal('￥4,060');
    expect(nbsp(formatMoney(1234.5, 'SGD', 'en'))).to.equal('SGD 1,234.50');
    expect(formatMoney(1234.5, 'SGD', 'zh-Hans-SG')).to.equal('$1,234.50');
    expect(formatMoney(1234.5, 'HKD', 'zh-Hant-HK')).to.equal('HK$1,234.50');
    expect(formatMoney(45629, 'KRW', 'ko-KR')).to.equal('₩45,629');
    expect(formatMoney(NaN, 'JPY', 'en')).to.equal('');
    expect(formatMoney(1, 'NOPE', 'en')).to.equal('');
  });
  it('formats calendar months the same in every time zone', () => {
    expect(formatMonth('2020-05', 'en')).to.equal('May 2020');
    expect(formatMonth('2020-05', 'ja-JP')).to.equal('2020年5月');
    expect(formatMonth('2020-05', 'ko-KR')).to.equal('2020년 5월');
    expect(formatMonth('2020-05', 'zh-Hant-HK')).to.equal('2020年5月');
    expect(formatMonth('0020-10', 'en')).to.equal('');
  });
  it('formats dates, counts and sizes', () => {
    expect(formatDate('2021-10-31', 'en')).to.equal('Oct 31, 2021');
    expect(formatDate('2021-02-30', 'en')).to.equal('');
    expect(formatCount(1234567, 'en')).to.equal('1,234,567');
    expect(nbsp(formatBytes(48_000, 'en'))).to.equal('48 kB');
    expect(nbsp(formatBytes(1_250_000, 'en'))).to.equal('1.3 MB');
  });

  it('shows an amount that rounds to zero with no sign', () => {
    expect(formatMoney(-0, 'JPY', 'en')).to.equal('¥0');
    expect(formatMoney(-0.4, 'JPY', 'en')).to.equal('¥0');
    expect(formatMoney(-0.004, 'USD', 'en')).to.equal('$0.00');
    expect(formatMoney(-0.5, 'JPY', 'en')).to.equal('-¥1');
    expect(formatCount(-0, 'en')).to.equal('0');
  });
  it('treats absurd magnitudes as malformed: no 300-digit strings', () => {
    expect(formatMoney(1e308, 'JPY', 'en')).to.equal('');
    expect(formatMoney(-1e20, 'JPY', 'en')).to.equal('');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'JPY', 'en')).to.equal('¥9,007,199,254,740,991');
    expect(formatCount(1e308, 'en')).to.equal('');
    expect(formatCount(Number.NaN, 'en')).to.equal('');
  });
  it('never reads years 0000–0099 as 1900–1999', () => {
    expect(formatDate('0020-10-31', 'en')).to.equal('');
    expect(formatDate('0099-12-31', 'en')).to.equal('');
    expect(formatDate('1899-12-31', 'en')).to.equal('');
    expect(formatDate('1900-01-01', 'en')).to.equal('Jan 1, 1900');
    expect(formatDate('2024-02-29T10:00:00Z', 'en')).to.equal('Feb 29, 2024');
    expect(formatDate('1900-02-29', 'en')).to.equal('');
  });

  it('prepares formats ahead of time without changing what they give, whatever the locale or currency', () => {
    const before = [formatMoney(45629, 'KRW', 'zh-Hans-SG'), formatMonth('2026-05', 'ja-JP'), formatCount(12345, 'ko-KR')];
    expect(() => prepareFormats('zh-Hans-SG', ['KRW', 'SGD'])).not.to.throw();
    expect(() => prepareFormats('not a locale', ['ZZZ', ''])).not.to.throw();
    prepareFormats('ja-JP');
    expect([formatMoney(45629, 'KRW', 'zh-Hans-SG'), formatMonth('2026-05', 'ja-JP'), formatCount(12345, 'ko-KR')]).to.deep.equal(before);
    expect(formatMoney(45629, 'KRW', 'zh-Hans-SG')).to.equal('₩45,629');
  });
});
