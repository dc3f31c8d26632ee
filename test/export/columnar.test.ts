import { expect } from '@open-wc/testing';
import type { Invoice } from '../../src/data/types.js';
import { cellContext, cellFor, cellOf, type ExportColumn } from '../../src/export/cells.js';
import { encodeColumns, valueAt } from '../../src/export/columnar.js';

const invoice = (over: Partial<Invoice> & Record<string, unknown>) => ({ id: 'x', currency: 'JPY', ...over }) as unknown as Invoice;

describe('export columns in their compact form', () => {
  const odd = { toString: () => 'odd object' };
  const rows = [
    invoice({ v: 'a' }),
    invoice({ v: '' }),
    invoice({ v: 12.5 }),
    invoice({ v: Number.NaN }),
    invoice({ v: -0 }),
    invoice({ v: '𠮷野家 😀' }),
    invoice({ v: undefined }),
    invoice({ v: true }),
    invoice({ v: odd }),
    invoice({ v: '=1+1' }),
    invoice({ v: '\ufeffstarts with a byte-order mark' }),
    invoice({ v: 'lone \udc00 low surrogate' }),
  ];
  const column: ExportColumn = { id: 'v', header: 'V', kind: 'text', value: (i) => (i as unknown as { v: unknown }).v };

  it('gives back every value as the column read it: text, numbers (NaN, -0), empties, other values as their text', async () => {
    const [encoded] = await encodeColumns([column], rows);
    const back = rows.map((_, r) => valueAt(encoded!.values, r));
    expect(back.slice(0, 3)).to.deep.equal(['a', undefined, 12.5]);
    expect(Number.isNaN(back[3])).to.equal(true);
    expect(Object.is(back[4], -0)).to.equal(true);
    expect(back.slice(5)).to.deep.equal([
      '𠮷野家 😀',
      undefined,
      'true',
      'odd object',
      '=1+1',
      '\ufeffstarts with a byte-order mark',
      // Text travels as UTF-8, which has no lone surrogates: U+FFFD, same length, neighbours intact.
      'lone \ufffd low surrogate',
    ]);
  });

  it('reads rows back across many blocks, in order and out of order', async () => {
    const text = (i: number) => (i % 11 === 0 ? `\ufeffrow ${i}` : `row ${i} ✓`);
    const expected = (i: number) => (i % 7 === 0 ? undefined : i % 5 === 0 ? i : text(i));
    const many = Array.from({ length: 600 }, (_, i) => invoice({ v: expected(i) }));
    // No time at all per slice: every row is a slice of its own, every text a block of its own.
    const [encoded] = await encodeColumns([column], many, undefined, 0);
    const values = encoded!.values;
    expect(values.text.length).to.equal(values.blockEnds.length);
    expect(values.text.length).to.be.above(300);
    for (let i = 0; i < many.length; i++) expect(valueAt(values, i), `row ${i}`).to.equal(expected(i));
    for (const i of [599, 0, 300, 1, 598, 333]) expect(valueAt(values, i), `row ${i}`).to.equal(expected(i));
  });

  it('makes the same cells as reading the invoices directly, for every kind', async () => {
    const kinds = ['text', 'money', 'month', 'status', 'number', 'date'] as const;
    const values: unknown[] = [
      '2020-05',
      'open',
      'na',
      4060,
      -12.5,
      'x',
      '2024-02-30',
      '2024-05-01',
      Number.NaN,
      '0020-10',
      { amount: 5, currency: 'SGD' },
      null,
      '+1',
    ];
    const source = values.map((v, i) => invoice({ v, currency: i % 2 ? 'JPY' : 'SGD' }));
    const columns: ExportColumn[] = kinds.map((kind) => ({
      id: kind,
      header: kind,
      kind,
      value: (i) => (i as unknown as { v: unknown }).v,
    }));
    columns.push({
      id: 'throws',
      header: 'T',
      kind: 'text',
      value: () => {
        throw new Error('bad');
      },
    });
    const encoded = await encodeColumns(columns, source);
    const direct = cellContext('en');
    const viaColumns = cellContext('en');
    source.forEach((row, r) => {
      columns.forEach((column, c) => {
        const e = encoded[c]!;
        expect(
          cellOf(e.kind, valueAt(e.values, r), valueAt(e.currency, r), viaColumns),
          `${column.kind} ${String(values[r])}`,
        ).to.deep.equal(cellFor(column, row, direct));
      });
    });
  });
});
