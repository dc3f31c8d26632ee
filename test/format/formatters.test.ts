import { expect } from '@open-wc/testing';
import { formatBytes, formatCount, formatDate, formatMoney, formatMonth } from '../../src/format/formatters.js';

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
});
