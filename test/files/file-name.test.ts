import { expect } from '@open-wc/testing';
import { MAX_FILE_NAME_LENGTH, sanitizeFileName, uniqueFileName } from '../../src/files/file-name.js';

describe('sanitizeFileName', () => {
  it('removes path separators and traversal', () => {
    expect(sanitizeFileName('../../etc/passwd')).to.equal('_.._etc_passwd');
    expect(sanitizeFileName('..\\..\\boot.ini')).to.equal('_.._boot.ini');
    expect(sanitizeFileName('/abs/path.pdf')).to.equal('_abs_path.pdf');
    expect(sanitizeFileName('..')).to.equal('download');
  });

  it('replaces control, bidi and Windows-forbidden characters', () => {
    expect(sanitizeFileName('a\u0000b\u001fc\u007f.pdf')).to.equal('a_b_c_.pdf');
    expect(sanitizeFileName('in<voi>ce:"1"|?*.pdf')).to.equal('in_voi_ce__1____.pdf');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).to.equal('invoicefdp.exe');
    expect(sanitizeFileName('two\nlines.csv')).to.equal('two_lines.csv');
  });

  it('renames Windows reserved device names', () => {
    expect(sanitizeFileName('CON')).to.equal('_CON');
    expect(sanitizeFileName('nul.txt')).to.equal('_nul.txt');
    expect(sanitizeFileName('com1.tar.gz')).to.equal('_com1.tar.gz');
    expect(sanitizeFileName('LPT9.pdf')).to.equal('_LPT9.pdf');
    expect(sanitizeFileName('console.pdf')).to.equal('console.pdf');
  });

  it('drops trailing dots and spaces and leading dots', () => {
    expect(sanitizeFileName('report. . ')).to.equal('report');
    expect(sanitizeFileName('.hidden')).to.equal('hidden');
    expect(sanitizeFileName('  spaced   name .pdf ')).to.equal('spaced name .pdf');
  });

  it('caps the length and keeps the extension and whole characters', () => {
    const long = `${'請'.repeat(300)}.pdf`;
    const safe = sanitizeFileName(long);
    expect(safe.length).to.be.at.most(MAX_FILE_NAME_LENGTH);
    expect(safe.endsWith('.pdf')).to.equal(true);
    const emoji = sanitizeFileName(`${'😀'.repeat(100)}.csv`, 'x', 21);
    expect(emoji).to.equal(`${'😀'.repeat(8)}.csv`);
  });

  it('falls back when nothing is left, and accepts non-text', () => {
    expect(sanitizeFileName('', 'invoice.pdf')).to.equal('invoice.pdf');
    expect(sanitizeFileName('///', 'invoice.pdf')).to.equal('invoice.pdf');
    expect(sanitizeFileName(undefined)).to.equal('download');
    expect(sanitizeFileName(42)).to.equal('42');
  });
});

describe('uniqueFileName', () => {
  it('numbers duplicates before the extension, ignoring case', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('a.pdf', taken)).to.equal('a.pdf');
    expect(uniqueFileName('A.pdf', taken)).to.equal('A (2).pdf');
    expect(uniqueFileName('a.pdf', taken)).to.equal('a (3).pdf');
    expect(uniqueFileName('b', taken)).to.equal('b');
    expect(uniqueFileName('b', taken)).to.equal('b (2)');
  });
});
