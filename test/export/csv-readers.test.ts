import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { csvText, exportInvoices, spreadsheetWouldConvert, type ExportColumn } from '../../src/export/index.js';
import { FORMULA_PAYLOADS } from '../helpers/formula-payloads.js';

/**
 * The exported CSV as spreadsheets read it: with a comma (Excel in English, LibreOffice), a
 * semicolon (Excel in most of Europe) or a tab as the separator, and opened by double-click
 * (every field typed by guess). Read back with SheetJS, whose CSV import follows Excel's.
 */

const SEPARATORS = [',', ';', '\t'] as const;

/** Payloads aimed at readers whose separator is not the comma, on top of the common list. */
const SEPARATOR_PAYLOADS: readonly string[] = [
  'a;=1+1;b',
  "a;=cmd|' /C calc'!A0;b",
  'a\t=1+1\tb',
  'a;  =1+1',
  'a; -2+3',
  'a;\t@SUM(1)',
  'a;"=1+1"',
  'a,"=1+1"',
  'line one\n=2+2',
  'line one\r\n=2+2',
  'line one\r=2+2',
  "a;b\n+cmd|' /C calc'!A0",
  'a\u3000;\u3000=1+1',
];

const TEXT_FIELDS = ['invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName'] as const;

const columns: ExportColumn[] = [
  // Amount first: a credit note's negative amount begins a record.
  { id: 'amount', header: 'Amount', kind: 'money', value: (invoice) => invoice.amount },
  ...TEXT_FIELDS.map((field): ExportColumn => ({ id: field, header: field, kind: 'text', value: (invoice) => invoice[field] })),
  { id: 'billingMonth', header: 'Month', kind: 'month', value: (invoice) => invoice.billingMonth },
  { id: 'dueDate', header: 'a;=1+1', kind: 'date', value: (invoice) => invoice.dueDate },
];

const meta = { exportedAt: new Date('2026-11-25T09:00:00Z'), locale: 'en' };

function hostileRows(): Invoice[] {
  const base = seedInvoices()[3] as Invoice;
  return [...FORMULA_PAYLOADS, ...SEPARATOR_PAYLOADS].map((payload, i) => ({
    ...base,
    id: `h${i}`,
    amount: i % 2 ? -4060 : 4060,
    invoiceNumber: payload,
    customerName: `Colt ${payload}`,
    ocn: payload,
    bcn: `${payload};${payload}`,
    billingEntityName: `"${payload}"`,
    billingMonth: i % 3 ? payload : base.billingMonth,
    dueDate: payload,
  }));
}

async function csvOf(rows: readonly Invoice[], cols = columns): Promise<string> {
  const { blob } = await exportInvoices({ format: 'csv', columns: cols, rows, meta });
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await blob.arrayBuffer())).replace(/^\ufeff/, '');
}

function cells(sheet: XLSX.WorkSheet): Array<[string, XLSX.CellObject]> {
  return Object.entries(sheet).filter(([address]) => !address.startsWith('!')) as Array<[string, XLSX.CellObject]>;
}

/** A field a spreadsheet evaluates: a leading `=`, `+`, `-` or `@` (after blanks)… */
const EVALUATED = /^\s*[=+\-@]/;
/**
 * …except a negative amount, alone or (for a reader with another separator) followed by the
 * comma after it: `-4060,…` is no formula in any locale's syntax, as a number cannot be
 * followed by a comma and more (a union needs references; a decimal comma, one number).
 */
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?(?:,|$)/;

describe('exported CSV read with a comma, a semicolon or a tab as the separator', () => {
  for (const separator of SEPARATORS) {
    const name = JSON.stringify(separator);

    it(`holds no formula when read with ${name}`, async () => {
      const text = await csvOf(hostileRows());
      const book = XLSX.read(text, { type: 'string', FS: separator, cellFormula: true });
      const sheet = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
      const read = cells(sheet);
      expect(read.length).to.be.greaterThan(50);
      for (const [address, cell] of read) expect(cell.f, `${address} = ${JSON.stringify(cell.v)}`).to.equal(undefined);
    });

    it(`starts no field with = + - @ when read with ${name}, whatever the quoting`, async () => {
      const text = await csvOf(hostileRows());
      const book = XLSX.read(text, { type: 'string', FS: separator, raw: true });
      const sheet = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
      for (const [address, cell] of cells(sheet)) {
        const value = String(cell.v);
        expect(EVALUATED.test(value) && !NEGATIVE_NUMBER.test(value), `${address} = ${JSON.stringify(value)}`).to.equal(false);
      }
    });
  }

  it('still reads back every value with the comma, with an apostrophe only where a formula could start', async () => {
    const rows = hostileRows();
    const text = await csvOf(rows);
    const book = XLSX.read(text, { type: 'string', raw: true });
    const aoa = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet, {
      header: 1,
      raw: true,
      defval: '',
    });
    expect(aoa).to.have.length(rows.length + 1);
    rows.forEach((row, r) => {
      const line = aoa[r + 1] as string[];
      expect(line[1], `row ${r + 1}`).to.equal(csvText(row.invoiceNumber));
      // Taking out the apostrophes the export added gives the value back.
      expect(String(line[1]).replace(/(^|[,;\t\r\n])'/g, '$1'), `row ${r + 1}`).to.equal(row.invoiceNumber);
    });
  });

  it('the checks above catch an unprotected field: a semicolon reader finds a formula in a comma CSV', () => {
    const book = XLSX.read('name,other\r\na;=1+1;b,x\r\n', { type: 'string', FS: ';', cellFormula: true });
    const sheet = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
    expect(cells(sheet).some(([, cell]) => cell.f === '1+1')).to.equal(true);
  });
});

describe('exported CSV keeps identifiers when opened by double-click', () => {
  const IDENTIFIERS: Array<[field: (typeof TEXT_FIELDS)[number], value: string]> = [
    ['invoiceNumber', '2202008003470'],
    ['invoiceNumber', '12345678901234567890'],
    ['ocn', '00123'],
    ['bcn', '1E5'],
    ['customerName', '2024-05-01'],
    ['billingEntityName', '0.50'],
  ];

  it('reads every identifier back as the same text in SheetJS default mode, marked with an apostrophe', async () => {
    const base = seedInvoices()[3] as Invoice;
    const rows = IDENTIFIERS.map(([field, value], i) => ({ ...base, id: `i${i}`, [field]: value }));
    const cols = TEXT_FIELDS.map((field): ExportColumn => ({ id: field, header: field, kind: 'text', value: (invoice) => invoice[field] }));
    const text = await csvOf(rows, cols);
    const book = XLSX.read(text, { type: 'string' });
    const sheet = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
    IDENTIFIERS.forEach(([field, value], i) => {
      const cell = sheet[XLSX.utils.encode_cell({ r: i + 1, c: TEXT_FIELDS.indexOf(field) })] as XLSX.CellObject;
      expect(cell.t, `${field} ${value}`).to.equal('s');
      expect(cell.v, `${field} ${value}`).to.equal(`'${value}`);
    });
    // Values a spreadsheet keeps as text are written as they are.
    const untouched = sheet[XLSX.utils.encode_cell({ r: 1, c: 1 })] as XLSX.CellObject;
    expect(untouched.v).to.equal('Colt Technology Services');
  });

  it('the check above catches a lost identifier: unmarked, SheetJS reads them as numbers and dates', () => {
    const book = XLSX.read('a,b,c,d,e\r\n2202008003470,12345678901234567890,00123,1E5,2024-05-01\r\n', { type: 'string' });
    const sheet = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
    // SheetJS finds a date by handing "2024-05-01 UTC" to the engine's Date, which JavaScriptCore
    // (Safari) does not parse: there SheetJS keeps that one as text; Excel still reads a date.
    const datesParse = !Number.isNaN(new Date('2024-05-01 UTC').getTime());
    for (const address of ['A2', 'B2', 'C2', 'D2', 'E2']) {
      expect((sheet[address] as XLSX.CellObject).t, address).to.equal(address === 'E2' && !datesParse ? 's' : 'n');
    }
  });

  it('knows which text a spreadsheet would change', () => {
    for (const text of [
      '2202008003470',
      '12345678901234567890',
      '00123',
      '1E5',
      '2024-05-01',
      ' 00123 ',
      '5/1',
      '12:30',
      '1,234',
      '(12)',
      '10%',
      '$5',
      '２２０２００８００３４７０',
      'May 2020',
      '1-May',
      'Oct 31, 2021',
      '2024年5月1日',
      '5月1日',
      'TRUE',
      'false',
      '#N/A',
      '2202008003470-1',
    ])
      expect(spreadsheetWouldConvert(text), text).to.equal(true);
    for (const text of [
      'Colt Technology Services',
      '2202008003470CN',
      'Mayfair 2',
      'E',
      '-',
      '',
      'Invoice 12',
      'ＡＢＣ',
      '株式会社サクラネット',
    ])
      expect(spreadsheetWouldConvert(text), text).to.equal(false);
  });
});
