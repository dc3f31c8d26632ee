import { expect } from '@open-wc/testing';
import { readMonthInput } from '../../src/format/month-input.js';

describe('readMonthInput', () => {
  const month = (text: string, locale = 'en') => readMonthInput(text, locale);

  it('reads the usual forms of a month in every UI locale', () => {
    for (const [text, locale] of [
      ['2020-05', 'en'],
      ['2020/5', 'en'],
      ['5/2020', 'en'],
      ['2020.05', 'ko'],
      ['May 2020', 'en'],
      ['may 2020', 'ja'],
      ['2020 May', 'en'],
      ['2020年5月', 'ja'],
      ['２０２０年５月', 'ja'],
      ['2020년 5월', 'ko'],
      ['2020年5月', 'zh-HK'],
      ['2020/05', 'zh-SG'],
      [' 2020-05 ', 'en'],
    ] as const) {
      expect(month(text, locale), `${text} (${locale})`).to.deep.equal({ month: '2020-05' });
    }
  });

  it('tells an empty field, an incomplete month and text that is no month apart', () => {
    expect(month('')).to.deep.equal({ empty: true });
    expect(month('   ')).to.deep.equal({ empty: true });
    expect(month('2020')).to.deep.equal({ error: 'month-incomplete' });
    expect(month('May')).to.deep.equal({ error: 'month-incomplete' });
    expect(month('5')).to.deep.equal({ error: 'month-incomplete' });
    expect(month('2020-13')).to.deep.equal({ error: 'month-invalid' });
    expect(month('0020-10')).to.deep.equal({ error: 'month-invalid' });
    expect(month('2020-05-01')).to.deep.equal({ error: 'month-invalid' });
    expect(month('next month')).to.deep.equal({ error: 'month-invalid' });
    expect(month('<img src=x>2020-05')).to.deep.equal({ error: 'month-invalid' });
  });
});
