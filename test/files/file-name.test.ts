import { expect } from '@open-wc/testing';
import { MAX_FILE_NAME_BYTES, sanitizeFileName, uniqueFileName } from '../../src/files/file-name.js';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

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

  it('caps the length in UTF-8 bytes and keeps the extension and whole characters', () => {
    const long = `${'請'.repeat(300)}.pdf`;
    const safe = sanitizeFileName(long);
    expect(utf8Bytes(safe)).to.be.at.most(MAX_FILE_NAME_BYTES);
    expect(MAX_FILE_NAME_BYTES).to.be.at.most(255);
    expect(safe.endsWith('.pdf')).to.equal(true);
    const emoji = sanitizeFileName(`${'😀'.repeat(100)}.csv`, 'x', 36);
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

describe('sanitizeFileName against misleading names', () => {
  it('treats a reserved device name followed by spaces or dots as reserved', () => {
    expect(sanitizeFileName('con .pdf')).to.equal('_con .pdf');
    expect(sanitizeFileName('CON . .pdf')).to.equal('_CON . .pdf');
    expect(sanitizeFileName('nul\u3000.tar.gz')).to.equal('_nul .tar.gz');
    expect(sanitizeFileName('aux..txt')).to.equal('_aux..txt');
    expect(sanitizeFileName('com1 ')).to.equal('_com1');
    expect(sanitizeFileName('con\u2800.pdf')).to.equal('_con .pdf');
    expect(sanitizeFileName('contract .pdf')).to.equal('contract .pdf');
  });

  it('shows a run of invisible or blank-looking characters as one space, so no extension hides behind it', () => {
    const blanks = ['\u2800', '\u3164', '\u115f', '\u1160', '\uffa0', '\u2000', '\u200a', '\u3000', '\u00a0', '\u205f', '\u1680'];
    for (const blank of blanks) {
      const name = sanitizeFileName(`invoice.pdf${blank.repeat(40)}.exe`);
      expect(name, JSON.stringify(blank)).to.equal('invoice.pdf .exe');
    }
    const invisible = ['\u200b', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e', '\u{e0020}', '\u{1d173}', '\u2064'];
    for (const mark of invisible) {
      expect(sanitizeFileName(`invoice.pdf${mark.repeat(40)}.exe`), JSON.stringify(mark)).to.equal('invoice.pdf.exe');
    }
    expect(sanitizeFileName('\u2800\u2800\u2800', 'document')).to.equal('document');
    expect(sanitizeFileName('\u200b\u200b.pdf', 'document.pdf')).to.equal('pdf');
  });

  it('keeps joiners and variation selectors that belong to a character', () => {
    expect(sanitizeFileName('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.pdf')).to.equal(
      '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.pdf',
    );
    expect(sanitizeFileName('\u{1f468}\u200d\u{1f469}\u200d\u{1f467}.png')).to.equal('\u{1f468}\u200d\u{1f469}\u200d\u{1f467}.png');
    expect(sanitizeFileName('\u2764\ufe0f.txt')).to.equal('\u2764\ufe0f.txt');
    expect(sanitizeFileName('a\u200d\u200d\u200d\u200db.txt')).to.equal('a\u200db.txt');
    // Selectors are marks (\p{M}) but bind nothing themselves: a run of them after a space goes.
    expect(sanitizeFileName('a \ufe0f\ufe0f\u{e0100}b.txt')).to.equal('a b.txt');
    // A family emoji followed by a stray selector run keeps its joiners, loses the run's extras.
    expect(sanitizeFileName('\u{1f468}\u200d\u{1f469}\ufe0f\ufe0f\u200d\u200d\u{1f467}.png')).to.equal(
      '\u{1f468}\u200d\u{1f469}\ufe0f\u200d\u{1f467}.png',
    );
  });

  it('strips every bidi control', () => {
    for (const control of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u061c',
    ]) {
      expect(sanitizeFileName(`inv${control}fdp.exe`), JSON.stringify(control)).to.equal('invfdp.exe');
    }
  });

  it('caps names over 255 UTF-8 bytes by bytes, without splitting a character', () => {
    const cases = [
      `${'a'.repeat(400)}.pdf`,
      `${'請'.repeat(120)}.pdf`,
      `${'e\u0301'.repeat(200)}.pdf`,
      `${'\u{1f1ef}\u{1f1f5}'.repeat(60)}.pdf`,
      `${'\u1112\u1161\u11ab'.repeat(100)}.pdf`,
      `${'\u1112\u1161\u11ab\u0301'.repeat(100)}.pdf`,
      `${'\u{1f468}\u200d\u{1f469}\u200d\u{1f467}'.repeat(20)}.pdf`,
    ];
    for (const name of cases) {
      const safe = sanitizeFileName(name);
      expect(utf8Bytes(safe), name.slice(0, 8)).to.be.at.most(MAX_FILE_NAME_BYTES);
      expect(safe.endsWith('.pdf')).to.equal(true);
      if (utf8Bytes(name.normalize('NFC')) > MAX_FILE_NAME_BYTES)
        expect(utf8Bytes(safe), name.slice(0, 8)).to.be.greaterThan(MAX_FILE_NAME_BYTES - 40);
      const base = safe.slice(0, -4);
      // Every grapheme of the result is one of the original's.
      const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
      const graphemes = new Set([...segmenter.segment(name.normalize('NFC'))].map((s) => s.segment));
      for (const { segment } of segmenter.segment(base)) expect(graphemes.has(segment), JSON.stringify(segment)).to.equal(true);
    }
    expect(utf8Bytes(sanitizeFileName(`${'請'.repeat(120)}.pdf`))).to.be.at.most(255);
    // One character longer than the cap (hundreds of combining marks) is cut between code points.
    const zalgo = sanitizeFileName(`a${'\u0301'.repeat(400)}.pdf`);
    expect(utf8Bytes(zalgo)).to.be.within(MAX_FILE_NAME_BYTES - 2, MAX_FILE_NAME_BYTES);
    expect(zalgo.startsWith('\u00e1')).to.equal(true);
    expect(zalgo.endsWith('.pdf')).to.equal(true);
  });
});

describe('uniqueFileName within one archive', () => {
  it('tells apart names that only differ after the byte cap, by case, by invisible characters or by normalisation', () => {
    const taken = new Set<string>();
    const add = (name: string) => uniqueFileName(sanitizeFileName(name), taken);
    const long = 'x'.repeat(300);
    const names = [
      add(`${long}-1.pdf`),
      add(`${long}-2.pdf`),
      add('Report.pdf'),
      add('report.PDF'),
      add('re\u200bport.pdf'),
      add('caf\u00e9.csv'),
      add('cafe\u0301.csv'),
      add('con .pdf'),
      add('_con .pdf'),
      add('STRASSE.txt'),
      add('stra\u00dfe.txt'),
    ];
    const keys = names.map((n) => n.normalize('NFC').toUpperCase().toLowerCase());
    expect(new Set(keys).size).to.equal(names.length);
    for (const name of names) expect(utf8Bytes(name)).to.be.at.most(MAX_FILE_NAME_BYTES);
  });
});
