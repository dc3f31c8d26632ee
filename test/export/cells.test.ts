import { expect } from '@open-wc/testing';
import { csvEscape, dateSerial, exportFileName, moneyNumberFormat, safeCellText } from '../../src/export/index.js';

describe('safeCellText', () => {
  it('prefixes an apostrophe to text that would start a formula', () => {
    expect(safeCellText('=1+1')).to.equal("'=1+1");
    expect(safeCellText('+81 3 1234')).to.equal("'+81 3 1234");
    expect(safeCellText('-2+3')).to.equal("'-2+3");
    expect(safeCellText('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(safeCellText('\t=1')).to.equal("'\t=1");
    expect(safeCellText('\rcmd')).to.equal("'\rcmd");
    expect(safeCellText('\tplain')).to.equal("'\tplain");
  });

  it('also catches a formula after leading whitespace', () => {
    expect(safeCellText('   =HYPERLINK("http://x")')).to.equal('\'   =HYPERLINK("http://x")');
    expect(safeCellText('\n@x')).to.equal("'\n@x");
    expect(safeCellText('\u3000=1')).to.equal("'\u3000=1");
  });

  it('leaves ordinary text and text with formula characters inside alone', () => {
    expect(safeCellText('Colt Technology Services')).to.equal('Colt Technology Services');
    expect(safeCellText('2202008003470-1')).to.equal('2202008003470-1');
    expect(safeCellText('a=b')).to.equal('a=b');
    expect(safeCellText('株式会社サクラネット')).to.equal('株式会社サクラネット');
    expect(safeCellText('')).to.equal('');
  });

  it('turns non-text into text first', () => {
    expect(safeCellText(undefined)).to.equal('');
    expect(safeCellText(null)).to.equal('');
    expect(safeCellText(42)).to.equal('42');
    expect(safeCellText(-42)).to.equal("'-42");
  });
});

describe('csvEscape', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvEscape('a,b')).to.equal('"a,b"');
    expect(csvEscape('say "hi"')).to.equal('"say ""hi"""');
    expect(csvEscape('line\r\nbreak')).to.equal('"line\r\nbreak"');
    expect(csvEscape('plain')).to.equal('plain');
  });

  it('is formula-safe, quoting when the payload needs it', () => {
    expect(csvEscape("=cmd|' /C calc'!A0")).to.equal("'=cmd|' /C calc'!A0");
    expect(csvEscape('=HYPERLINK("http://evil","x")')).to.equal('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvEscape('\r=1')).to.equal('"\'\r\'=1"');
  });

  it('is formula-safe for a reader with a semicolon or tab separator, and after a line break', () => {
    expect(csvEscape('a;=1+1;b')).to.equal("a;'=1+1;b");
    expect(csvEscape('a\t@SUM(1)')).to.equal("a\t'@SUM(1)");
    expect(csvEscape('a; "-2+3"')).to.equal(`"a;' ""-2+3"""`);
    expect(csvEscape('x\r\n=2+2')).to.equal(`"x\r\n'=2+2"`);
    expect(csvEscape('a;b=c')).to.equal('a;b=c');
  });

  it('marks text a spreadsheet would turn into a number or a date', () => {
    expect(csvEscape('00123')).to.equal("'00123");
    expect(csvEscape('2202008003470')).to.equal("'2202008003470");
    expect(csvEscape('2024-05-01')).to.equal("'2024-05-01");
    expect(csvEscape('1,234')).to.equal(`"'1,234"`);
    expect(csvEscape('2202008003470CN')).to.equal('2202008003470CN');
  });

  it('writes finite numbers as numbers, even negative ones', () => {
    expect(csvEscape(-4060)).to.equal('-4060');
    expect(csvEscape(12.5)).to.equal('12.5');
    expect(csvEscape(Number.NaN)).to.equal('');
  });
});

describe('export number formats and names', () => {
  it('uses the currency’s own decimals and code', () => {
    expect(moneyNumberFormat('JPY')).to.equal('"JPY" #,##0;-"JPY" #,##0');
    expect(moneyNumberFormat('SGD')).to.equal('"SGD" #,##0.00;-"SGD" #,##0.00');
  });

  it('computes spreadsheet date serials independent of the time zone', () => {
    expect(dateSerial(1900, 3, 1)).to.equal(61);
    expect(dateSerial(2020, 5, 1)).to.equal(43952);
  });

  it('names the file with the local date and time', () => {
    const date = new Date(2026, 10, 25, 9, 5);
    expect(exportFileName('invoices', date, 'xlsx')).to.equal('invoices-2026-11-25-0905.xlsx');
    expect(exportFileName('請求書', date, 'csv')).to.equal('請求書-2026-11-25-0905.csv');
    expect(exportFileName('../../etc/passwd', date, 'csv')).to.equal('_.._etc_passwd-2026-11-25-0905.csv');
  });
});
