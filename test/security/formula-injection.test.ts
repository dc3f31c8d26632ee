import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { seedInvoices } from '../../src/data/sample.js';
import type { Invoice } from '../../src/data/types.js';
import { exportInvoices, type ExportColumn } from '../../src/export/index.js';
import { FORMULA_PAYLOADS } from '../helpers/formula-payloads.js';

/** The apostrophe rule src/export/cells.ts implements (OWASP): text that a spreadsheet would read as a formula. */
const EVALUATED = /^\s*[=+\-@]|^[\t\r]/;
const expected = (text: string) => (EVALUATED.test(text) ? `'${text}` : text);
/**
 * In CSV also after each comma, semicolon, tab and line break inside the text, where a reader
 * with another separator starts a field (see test/export/csv-readers.test.ts).
 */
const csvExpected = (text: string) => expected(text).replace(/(\r\n|[,;\t\r\n])(?=[\s"]*[=+\-@])/g, "$1'");

const TEXT_FIELDS = ['invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName'] as const;

const columns: ExportColumn[] = [
  ...TEXT_FIELDS.map((field): ExportColumn => ({ id: field, header: field, kind: 'text', value: (invoice) => invoice[field] })),
  // Fields that are not text fall back to text when malformed; the payload must be safe there too.
  { id: 'billingMonth', header: 'Month', kind: 'month', value: (invoice) => invoice.billingMonth },
  { id: 'amount', header: 'Amount', kind: 'money', value: (invoice) => invoice.amount },
  { id: 'status', header: 'Status', kind: 'status', value: (invoice) => invoice.status },
  { id: 'dueDate', header: 'Due date', kind: 'date', value: (invoice) => invoice.dueDate },
];

/** Column index → whether the payload arrives there as it is (text columns) or in a malformed typed field. */
function payloadRows(): Invoice[] {
  const base = seedInvoices()[3] as Invoice;
  return FORMULA_PAYLOADS.map((payload, i) => ({
    ...base,
    id: `f${i}`,
    invoiceNumber: payload,
    customerName: payload,
    ocn: payload,
    bcn: payload,
    billingEntityName: payload,
    billingMonth: payload,
    amount: payload as unknown as number,
    status: payload as Invoice['status'],
    dueDate: payload,
  }));
}

const meta = {
  exportedAt: new Date('2026-11-25T09:00:00Z'),
  locale: 'en',
  lastRefreshed: '2026-11-24T21:00:00Z',
  filterDescription: '=HYPERLINK("http://evil.example","filter")',
};

/** Headers are partner wording and may be hostile too. */
const hostileColumns = (): ExportColumn[] =>
  columns.map((column, i) => ({ ...column, header: FORMULA_PAYLOADS[i % FORMULA_PAYLOADS.length] as string }));

/** A minimal RFC 4180 reader (quotes, doubled quotes, CR/LF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('formula injection through export', () => {
  it(`keeps ${FORMULA_PAYLOADS.length} formula and DDE payloads as text in every xlsx cell, data and details sheets`, async () => {
    const rows = payloadRows();
    const { blob } = await exportInvoices({ format: 'xlsx', columns, rows, meta });
    const bytes = new Uint8Array(await blob.arrayBuffer());

    // The package itself: no <f> element in any sheet, whatever a reader makes of it.
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/.+\.xml$/.test(name));
    expect(sheets.length).to.be.greaterThan(0);
    for (const name of sheets) expect(strFromU8(files[name] as Uint8Array)).not.to.match(/<(\w+:)?f[\s>/]/, name);
    expect(strFromU8(files[sheets[0] as string] as Uint8Array)).to.contain("'=1+1&#13;\n=2+2");

    const workbook = XLSX.read(bytes, { type: 'array', cellFormula: true });
    let textCells = 0;
    for (const sheetName of workbook.SheetNames) {
      const sheet = workbook.Sheets[sheetName] as XLSX.WorkSheet;
      for (const [address, cell] of Object.entries(sheet)) {
        if (address.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f, `${sheetName}!${address} is a formula`).to.equal(undefined);
        if (c.t === 's') {
          textCells++;
          expect(EVALUATED.test(String(c.v)), `${sheetName}!${address} = ${JSON.stringify(c.v)}`).to.equal(false);
        }
      }
    }

    // Every payload is there, in every column, exactly (apostrophe rule applied).
    const data = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[0] as string] as XLSX.WorkSheet, {
      header: 1,
      raw: true,
      defval: '',
    });
    FORMULA_PAYLOADS.forEach((payload, r) => {
      const line = data[r + 1] as unknown[];
      // SheetJS's reader folds CR LF into LF (a lone CR survives); the raw XML is checked below.
      const fold = (text: unknown) => String(text).replace(/\r\n/g, '\n');
      columns.forEach((_, c) => expect(fold(line[c]), `row ${r + 1}, column ${c + 1}`).to.equal(fold(expected(payload))));
    });
    expect(textCells).to.be.at.least(FORMULA_PAYLOADS.length * columns.length);
    const details = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[1] as string] as XLSX.WorkSheet, {
      header: 1,
      raw: true,
      defval: '',
    });
    expect(details.flat()).to.include(expected(meta.filterDescription));
  });

  it('keeps hostile column headers (partner wording) formula-safe in xlsx and CSV', async () => {
    const rows = payloadRows().slice(0, 1);
    const headers = hostileColumns().map((c) => expected(c.header));
    const csvHeaders = hostileColumns().map((c) => csvExpected(c.header));
    const xlsx = await exportInvoices({ format: 'xlsx', columns: hostileColumns(), rows, meta });
    const workbook = XLSX.read(new Uint8Array(await xlsx.blob.arrayBuffer()), { type: 'array', cellFormula: true });
    const data = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[workbook.SheetNames[0] as string] as XLSX.WorkSheet, {
      header: 1,
      raw: true,
      defval: '',
    });
    expect(data[0], 'xlsx header row').to.deep.equal(headers);
    const csv = await exportInvoices({ format: 'csv', columns: hostileColumns(), rows, meta });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await csv.blob.arrayBuffer())).replace(/^\ufeff/, '');
    expect(parseCsv(text)[0], 'CSV header row').to.deep.equal(csvHeaders);
  });

  it('keeps them as text in CSV: no field a spreadsheet would evaluate, each read back exactly', async () => {
    const rows = payloadRows();
    const { blob } = await exportInvoices({ format: 'csv', columns, rows, meta });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await blob.arrayBuffer())).replace(/^\ufeff/, '');
    const table = parseCsv(text);
    expect(table).to.have.length(FORMULA_PAYLOADS.length + 1);
    for (const [r, payload] of FORMULA_PAYLOADS.entries()) {
      const line = table[r + 1] as string[];
      expect(line).to.have.length(columns.length);
      for (const field of line) {
        expect(field).to.equal(csvExpected(payload));
        expect(EVALUATED.test(field), JSON.stringify(field)).to.equal(false);
      }
    }

    // A spreadsheet's own CSV import (SheetJS reads `=…` fields as formulas, as Excel does) finds none.
    const workbook = XLSX.read(text, { type: 'string', cellFormula: true, raw: false });
    const sheet = workbook.Sheets[workbook.SheetNames[0] as string] as XLSX.WorkSheet;
    let cells = 0;
    for (const [address, cell] of Object.entries(sheet)) {
      if (address.startsWith('!')) continue;
      cells++;
      expect((cell as XLSX.CellObject).f, `${address} = ${JSON.stringify((cell as XLSX.CellObject).v)}`).to.equal(undefined);
    }
    expect(cells).to.be.at.least(FORMULA_PAYLOADS.length * columns.length);
  });

  it('the checks above catch a formula: an unprotected CSV field is read as one', () => {
    const workbook = XLSX.read('name\r\n=1+1\r\n', { type: 'string', cellFormula: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0] as string] as XLSX.WorkSheet;
    expect((sheet.A2 as XLSX.CellObject).f).to.equal('1+1');
  });
});
