import { expect } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import { StreamingZip } from '../../src/files/zip.js';

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('StreamingZip', () => {
  it('adds files as they come, with safe and unique names, storing or deflating by type', async () => {
    const zip = await StreamingZip.create();
    const big = new Uint8Array(1_000_000).map((_, i) => (i * 7) % 251);
    const names = await Promise.all([
      zip.add('../secret/a.csv', new Blob(['x,y\r\n1,2'], { type: 'text/csv' })),
      zip.add('A.csv', new Blob(['second'])),
      zip.add('a.csv', new Blob(['third'])),
      zip.add('CON.pdf', new Blob([big], { type: 'application/pdf' }), { mimeType: 'application/pdf' }),
      zip.add('empty.txt', new Blob([])),
    ]);
    expect(names).to.deep.equal(['_secret_a.csv', 'A.csv', 'a (2).csv', '_CON.pdf', 'empty.txt']);
    const archive = await zip.finish();
    expect(archive.type).to.equal('application/zip');
    const entries = unzipSync(await bytes(archive));
    expect(Object.keys(entries)).to.deep.equal(names);
    expect(new TextDecoder().decode(entries['_secret_a.csv'])).to.equal('x,y\r\n1,2');
    expect(new TextDecoder().decode(entries['a (2).csv'])).to.equal('third');
    expect(entries['_CON.pdf']).to.deep.equal(big);
    expect(entries['empty.txt']).to.have.length(0);
  });

  it('refuses files after it is finished', async () => {
    const zip = await StreamingZip.create();
    await zip.add('a.txt', new Blob(['a']));
    await zip.finish();
    let error: unknown;
    try {
      await zip.add('b.txt', new Blob(['b']));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(Error);
  });

  it('keeps entry names unique, capped at 255 UTF-8 bytes and free of misleading characters', async () => {
    const zip = await StreamingZip.create();
    const hostile = [
      'con .pdf',
      'CON.pdf',
      `invoice.pdf${'\u2800'.repeat(30)}.exe`,
      'inv\u202efdp.exe',
      `${'請'.repeat(200)}.pdf`,
      `${'請'.repeat(200)}.pdf`,
      'a.pdf',
      'A.PDF',
      'a\u200b.pdf',
    ];
    const names = [];
    for (const name of hostile) names.push(await zip.add(name, new Blob([name])));
    const entries = unzipSync(await bytes(await zip.finish()));
    expect(Object.keys(entries)).to.deep.equal(names);
    expect(new Set(names.map((n) => n.toLowerCase())).size).to.equal(hostile.length);
    for (const name of names) {
      expect(new TextEncoder().encode(name).length, name).to.be.at.most(255);
      expect(name).not.to.match(/[\u2800\u202a-\u202e\u2066-\u2069\u200b]/u);
    }
    expect(names.slice(0, 4)).to.deep.equal(['_con .pdf', '_CON.pdf', 'invoice.pdf .exe', 'invfdp.exe']);
  });
});
