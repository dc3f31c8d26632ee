import { expect } from '@open-wc/testing';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { defaultQuery } from '../../src/data/query.js';
import { generateInvoices, sampleDocumentContent, seedInvoices } from '../../src/data/sample.js';
import { InvoiceAdapterError } from '../../src/data/errors.js';
import type { Invoice } from '../../src/data/types.js';

/** The default order, written plainly: newest month first, ties in the given order. */
function newestFirst(rows: readonly Invoice[]): Invoice[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.billingMonth.localeCompare(a.row.billingMonth) || a.i - b.i)
    .map(({ row }) => row);
}

describe('InMemoryInvoiceAdapter', () => {
  const seed = new InMemoryInvoiceAdapter(seedInvoices(), { lastRefreshed: '2026-11-24T21:00:00Z' });

  it('lists every seed row unfiltered, newest month first, with the totals and the refresh stamp', async () => {
    const page = await seed.listInvoices(defaultQuery());
    expect(page.total).to.equal(5);
    expect(page.rows.map((r) => `${r.billingMonth} ${r.invoiceNumber}`)).to.deep.equal([
      '2020-10 2202008003470',
      '2020-09 2202008003481',
      '2020-07 2202007002231',
      '2020-06 2020101039829',
      '2020-05 2202008003468',
    ]);
    // The three "Not applicable" rows are left out: ¥4,060 closed + ¥45,629 open.
    expect(page.totals).to.deep.equal({ JPY: 49_689 });
    expect(page.outstanding).to.deep.equal({ JPY: 45_629 });
    expect(page.lastRefreshed).to.equal('2026-11-24T21:00:00Z');
  });

  it('orders newest month first with no sort: ties in the data order, rows without a valid month last', async () => {
    const months = ['2020-05', '2020-10', '0020-10', '2020-10', undefined, '2021-01', '2020-5', '2020-05', '2019-12'];
    const rows = months.map((billingMonth, i) => ({ ...seedInvoices()[0]!, id: `r${i}`, billingMonth })) as Invoice[];
    rows.push(null as unknown as Invoice);
    const adapter = new InMemoryInvoiceAdapter(rows);
    const ids = async (overrides = {}) =>
      (await adapter.listInvoices(defaultQuery({ limit: 50, ...overrides }))).rows.map((r) => r?.id ?? null);
    expect(await ids()).to.deep.equal(['r5', 'r1', 'r3', 'r0', 'r7', 'r8', 'r2', 'r4', 'r6', null]);
    expect(await ids({ offset: 2, limit: 3 })).to.deep.equal(['r3', 'r0', 'r7']);
    // Paging a status tab keeps the default order.
    rows[1]!.status = 'open';
    rows[8]!.status = 'open';
    const fresh = new InMemoryInvoiceAdapter(rows);
    const page = await fresh.listInvoices(defaultQuery({ statuses: ['open'] }));
    expect(page.rows.map((r) => r.id)).to.deep.equal(['r1', 'r8']);
  });

  it('sorts billing months the same whether every month is valid or not', async () => {
    const rows = generateInvoices(400, { seed: 11 });
    const sort = (direction: 'asc' | 'desc') => defaultQuery({ sort: [{ field: 'billingMonth', direction }], limit: 1000 });
    // One malformed month makes the adapter rank the months as text, with the collator.
    const withBad = [...rows, { ...rows[0]!, id: 'bad', billingMonth: 'someday' }];
    for (const direction of ['asc', 'desc'] as const) {
      const valid = (await new InMemoryInvoiceAdapter(rows).listInvoices(sort(direction))).rows.map((r) => r.id);
      const text = (await new InMemoryInvoiceAdapter(withBad).listInvoices(sort(direction))).rows
        .map((r) => r.id)
        .filter((id) => id !== 'bad');
      expect(valid, direction).to.deep.equal(text);
      const byHand = rows
        .map((row, i) => ({ row, i }))
        .sort(
          (a, b) =>
            (a.row.billingMonth < b.row.billingMonth ? -1 : a.row.billingMonth > b.row.billingMonth ? 1 : 0) *
              (direction === 'asc' ? 1 : -1) || a.i - b.i,
        )
        .map(({ row }) => row.id);
      expect(valid, direction).to.deep.equal(byHand);
    }
  });

  it('totals per currency without NA rows, credit notes negative, outstanding open + disputed', async () => {
    const rows: Invoice[] = [
      { ...seedInvoices()[3]!, id: 'a', invoiceNumber: '1000', amount: 100, status: 'na' },
      { ...seedInvoices()[3]!, id: 'b', invoiceNumber: '1000-1', amount: 90, status: 'open' },
      { ...seedInvoices()[3]!, id: 'c', invoiceNumber: '1000CN', amount: 30, status: 'closed' },
      { ...seedInvoices()[3]!, id: 'd', invoiceNumber: '2000', amount: 12.5, currency: 'SGD', status: 'disputed' },
      { ...seedInvoices()[3]!, id: 'e', invoiceNumber: '2001cn', amount: -2.5, currency: 'SGD', status: 'open' },
      { ...seedInvoices()[3]!, id: 'f', invoiceNumber: '2002', amount: 7, currency: 'SGD', status: 'closed' },
      { ...seedInvoices()[3]!, id: 'g', invoiceNumber: '3000', amount: 5, currency: 'KRW', status: 'na' },
    ];
    const adapter = new InMemoryInvoiceAdapter(rows);
    const page = await adapter.listInvoices(defaultQuery());
    expect(page.totals).to.deep.equal({ JPY: 60, SGD: 17 });
    expect(page.outstanding).to.deep.equal({ JPY: 90, SGD: 10 });
    const closed = await adapter.listInvoices(defaultQuery({ statuses: ['closed'] }));
    expect(closed.totals).to.deep.equal({ JPY: -30, SGD: 7 });
    expect(closed.outstanding).to.deep.equal({ JPY: 0, SGD: 0 });
    const na = await adapter.listInvoices(defaultQuery({ statuses: ['na'] }));
    expect(na.total).to.equal(2);
    expect(na.totals).to.deep.equal({});
    expect(na.outstanding).to.deep.equal({});
  });

  it('searches number, names, OCN, BCN and entity ignoring case and full width', async () => {
    const search = async (text: string) => (await seed.listInvoices(defaultQuery({ search: text }))).total;
    expect(await search('２２０２００８')).to.equal(3);
    expect(await search('colt TECH')).to.equal(5);
    expect(await search('165188')).to.equal(5);
    expect(await search('テクノロジー')).to.equal(5);
    expect(await search('ﾃｸﾉﾛｼﾞｰ')).to.equal(5);
    expect(await search('3470')).to.equal(1);
    expect(await search('nothing like this')).to.equal(0);
  });

  it('sorts stably by several keys, both directions', async () => {
    const sorted = async (sort: { field: string; direction: 'asc' | 'desc' }[]) =>
      (await seed.listInvoices(defaultQuery({ sort }))).rows.map((r) => r.id);
    expect(await sorted([{ field: 'amount', direction: 'asc' }])).to.deep.equal(['seed-5', 'seed-1', 'seed-3', 'seed-2', 'seed-4']);
    expect(await sorted([{ field: 'amount', direction: 'desc' }])).to.deep.equal(['seed-4', 'seed-2', 'seed-1', 'seed-3', 'seed-5']);
    expect(
      await sorted([
        { field: 'status', direction: 'asc' },
        { field: 'billingMonth', direction: 'desc' },
      ]),
    ).to.deep.equal(['seed-3', 'seed-5', 'seed-2', 'seed-1', 'seed-4']);
  });

  it('sorts any amounts exactly as a plain stable sort, alone and under another key', async () => {
    const special = [0, -0, -1e-300, 1e-300, -1e300, 1e300, Infinity, -Infinity, NaN, 0.1, 0.2, 0.30000000000000004, 0.3, -4060, 4060];
    const rows: Invoice[] = generateInvoices(5000, { seed: 12 }).map((row, i) => ({
      ...row,
      amount: i % 3 === 0 ? (special[i % special.length] as number) : i % 3 === 1 ? Math.round(row.amount / 1000) * -7 : row.amount,
    }));
    const adapter = new InMemoryInvoiceAdapter(rows);
    const key = (row: Invoice) => (Number.isFinite(row.amount) ? row.amount : Infinity);
    for (const direction of ['asc', 'desc'] as const) {
      const sign = direction === 'asc' ? 1 : -1;
      const one = (await adapter.listInvoices(defaultQuery({ sort: [{ field: 'amount', direction }], limit: 5000 }))).rows.map((r) => r.id);
      const plain = rows
        .map((row, i) => ({ row, i }))
        .sort((a, b) => (key(a.row) === key(b.row) ? 0 : key(a.row) < key(b.row) ? -sign : sign) || a.i - b.i)
        .map(({ row }) => row.id);
      expect(one, direction).to.deep.equal(plain);
      const sort = [
        { field: 'status', direction: 'asc' as const },
        { field: 'amount', direction },
      ];
      const two = (await adapter.listInvoices(defaultQuery({ sort, limit: 5000 }))).rows.map((r) => r.id);
      const plainTwo = rows
        .map((row, i) => ({ row, i }))
        .sort(
          (a, b) =>
            a.row.status.localeCompare(b.row.status) ||
            (key(a.row) === key(b.row) ? 0 : key(a.row) < key(b.row) ? -sign : sign) ||
            a.i - b.i,
        )
        .map(({ row }) => row.id);
      expect(two, `status, amount ${direction}`).to.deep.equal(plainTwo);
    }
  });

  it('sorts text with the collator (numeric, case-insensitive)', async () => {
    const rows: Invoice[] = ['b10', 'B2', 'a1'].map((name, i) => ({ ...seedInvoices()[0]!, id: String(i), customerName: name }));
    const adapter = new InMemoryInvoiceAdapter(rows, { collationLocale: 'en' });
    const page = await adapter.listInvoices(defaultQuery({ sort: [{ field: 'customerName', direction: 'asc' }] }));
    expect(page.rows.map((r) => r.customerName)).to.deep.equal(['a1', 'B2', 'b10']);
  });

  it('pages through the matches', async () => {
    const adapter = new InMemoryInvoiceAdapter(generateInvoices(250, { seed: 3 }));
    const first = await adapter.listInvoices(defaultQuery({ offset: 0, limit: 100 }));
    const last = await adapter.listInvoices(defaultQuery({ offset: 200, limit: 100 }));
    expect(first.total).to.equal(250);
    expect(first.rows).to.have.length(100);
    expect(last.rows).to.have.length(50);
    expect([...first.rows, ...(await adapter.listInvoices(defaultQuery({ offset: 100, limit: 100 }))).rows, ...last.rows]).to.deep.equal(
      newestFirst(adapter.invoices),
    );
  });

  it('counts by status for the query without its status constraint', async () => {
    const counts = await seed.countByStatus(defaultQuery({ statuses: ['open'] }));
    expect(counts).to.deep.equal({ open: 1, disputed: 0, closed: 1, na: 3 });
    expect(await seed.countByStatus(defaultQuery({ search: '3481' }))).to.deep.equal({ open: 0, disputed: 0, closed: 1, na: 0 });
  });

  it('honours statuses and filter together', async () => {
    const page = await seed.listInvoices(defaultQuery({ statuses: ['na'], filter: { version: 1, amountMax: 5000 } }));
    expect(page.rows.map((r) => r.id)).to.deep.equal(['seed-5', 'seed-1']);
  });

  it('rejects an aborted request with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await seed.listInvoices(defaultQuery(), { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    const slow = new InMemoryInvoiceAdapter(seedInvoices(), { latencyMs: 1000 });
    const c2 = new AbortController();
    const pending = slow.countByStatus(defaultQuery(), { signal: c2.signal }).catch((e: unknown) => e);
    c2.abort();
    expect(((await pending) as DOMException).name).to.equal('AbortError');
  });

  it('lists the documents of the whole lineage', async () => {
    const rows = seedInvoices();
    const original = rows[3]!;
    const reissue: Invoice = {
      ...original,
      id: 'r1',
      invoiceNumber: '2202008003470-1',
      documents: [{ id: 'r1-doc', kind: 'invoice', name: 'Invoice', fileName: 'r1.pdf', mimeType: 'application/pdf' }],
    };
    const adapter = new InMemoryInvoiceAdapter([...rows, reissue]);
    const docs = await adapter.listDocuments(original);
    expect(docs.map((d) => d.id)).to.deep.equal(['seed-4-invoice', 'seed-4-cdr', 'seed-4-unl', 'r1-doc']);
    expect(docs[3]!.invoiceNumber).to.equal('2202008003470-1');
  });

  it('fetches document content, reporting progress, and refuses a javascript: URL', async () => {
    const adapter = new InMemoryInvoiceAdapter(seedInvoices(), { documentContent: sampleDocumentContent });
    const progress: number[] = [];
    const doc = seedInvoices()[3]!.documents![0]!;
    const blob = await adapter.fetchDocument(doc, { onProgress: (loaded) => progress.push(loaded) });
    expect((await blob.text()).startsWith('%PDF-1.4')).to.equal(true);
    expect(progress.at(-1)).to.equal(blob.size);
    const error = await adapter.fetchDocument({ ...doc, url: 'javascript:alert(1)' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(InvoiceAdapterError);
    expect((error as InvoiceAdapterError).code).to.equal('unsafe-url');
  });

  it('serves malformed rows without throwing', async () => {
    const rows = [
      { id: 'a' },
      { ...seedInvoices()[0]!, amount: NaN, billingMonth: '0020-10', status: 'weird' },
      null,
    ] as unknown as Invoice[];
    const adapter = new InMemoryInvoiceAdapter(rows);
    const page = await adapter.listInvoices(
      defaultQuery({
        search: 'a',
        sort: [
          { field: 'amount', direction: 'desc' },
          { field: 'customerName', direction: 'asc' },
        ],
      }),
    );
    expect(page.total).to.be.a('number');
    expect((await adapter.countByStatus(defaultQuery())).open).to.equal(0);
  });

  it('agrees with a plain filter-and-sort over rows with ties and malformed values', async () => {
    const rows: Invoice[] = generateInvoices(3000, { seed: 5 }).map((row, i) =>
      i % 37 === 0
        ? ({ ...row, amount: [0, -0, NaN, 4060, undefined][i % 5] } as unknown as Invoice)
        : i % 41 === 0
          ? { ...row, status: 'weird' as never }
          : row,
    );
    rows.push(null as unknown as Invoice);
    const adapter = new InMemoryInvoiceAdapter(rows);
    const fields = ['invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName'] as const;
    const amountOf = (row: Invoice) => (row && typeof row.amount === 'number' && Number.isFinite(row.amount) ? row.amount : Infinity);
    // Every generated month is valid; a missing row sorts last, as if older than any month.
    const monthOf = (row: Invoice) => (row ? row.billingMonth : '');
    for (const search of ['', '0077', 'colt', '株式', 'ＣＯＬＴ']) {
      for (const statuses of [[], ['open', 'closed']] as const) {
        for (const direction of [undefined, 'asc', 'desc'] as const) {
          const needle = search.normalize('NFKC').toLowerCase();
          let expected = rows
            .map((row, i) => ({ row, i }))
            .filter(({ row }) => !statuses.length || (statuses as readonly string[]).includes(row?.status))
            .filter(
              ({ row }) =>
                !needle ||
                (row &&
                  fields.some((f) =>
                    String(row[f] ?? '')
                      .normalize('NFKC')
                      .toLowerCase()
                      .includes(needle),
                  )),
            );
          if (direction)
            expected = expected.sort((a, b) => (amountOf(a.row) - amountOf(b.row) || 0) * (direction === 'asc' ? 1 : -1) || a.i - b.i);
          else expected = expected.sort((a, b) => monthOf(b.row).localeCompare(monthOf(a.row)) || a.i - b.i);
          const sort = direction ? [{ field: 'amount', direction }] : [];
          // A status count in between must not disturb the listing's cached matches.
          await adapter.countByStatus(defaultQuery({ search }));
          const page = await adapter.listInvoices(defaultQuery({ search, statuses: [...statuses], sort, limit: 5000 }));
          expect(
            page.rows.map((r) => r?.id),
            `${search} ${statuses} ${direction}`,
          ).to.deep.equal(expected.map(({ row }) => row?.id));
          // Totals are summed in the data's order, whatever the sort (the same to the last bit).
          const totals: Record<string, number> = {};
          const outstanding: Record<string, number> = {};
          for (const { row } of [...expected].sort((a, b) => a.i - b.i)) {
            if (!row || !['open', 'disputed', 'closed'].includes(row.status)) continue;
            if (typeof row.amount !== 'number' || !Number.isFinite(row.amount)) continue;
            const value = /cn$/i.test(row.invoiceNumber) ? -Math.abs(row.amount) : row.amount;
            totals[row.currency] = (totals[row.currency] ?? 0) + value;
            outstanding[row.currency] = (outstanding[row.currency] ?? 0) + (row.status === 'closed' ? 0 : value);
          }
          expect(page.totals).to.deep.equal(totals);
          expect(page.outstanding).to.deep.equal(outstanding);
        }
      }
    }
  });

  it('finds a search in invoice numbers only within one row, first and last rows included', async () => {
    const numbers = ['AB1', 'CD2', 'ABAB', '', 123, 'X\nY', 'Ｑ９'];
    const rows = numbers.map((invoiceNumber, i) => ({
      ...seedInvoices()[0]!,
      id: `r${i}`,
      invoiceNumber,
      customerName: 'zzz',
      ocn: 'zzz',
      bcn: 'zzz',
      billingEntityName: 'zzz',
    })) as unknown as Invoice[];
    const adapter = new InMemoryInvoiceAdapter(rows);
    const ids = async (search: string) => (await adapter.listInvoices(defaultQuery({ search, limit: 50 }))).rows.map((r) => r.id);
    expect(await ids('ab')).to.deep.equal(['r0', 'r2']);
    expect(await ids('1c'), 'no match across two rows').to.deep.equal([]);
    expect(await ids('bab')).to.deep.equal(['r2']);
    expect(await ids('y')).to.deep.equal(['r5']);
    expect(await ids('q9'), 'last row, folded from full width').to.deep.equal(['r6']);
    expect(await ids('12'), 'a malformed (numeric) number is searched as text').to.deep.equal(['r4']);
    expect(await ids('zz')).to.have.length(numbers.length);
    // Folding may lengthen a number (ﬃ is ffi): the rows after it are still found.
    const lengthened = new InMemoryInvoiceAdapter([{ ...rows[0]!, id: 'lig', invoiceNumber: 'ﬃ①' }, ...rows.slice(1)]);
    const lengthenedIds = async (search: string) =>
      (await lengthened.listInvoices(defaultQuery({ search, limit: 50 }))).rows.map((r) => r.id);
    expect(await lengthenedIds('ffi1')).to.deep.equal(['lig']);
    expect(await lengthenedIds('bab')).to.deep.equal(['r2']);
    expect(await lengthenedIds('q9')).to.deep.equal(['r6']);
    // All-ASCII numbers are folded together, in one pass; the answers are the same.
    const ascii = new InMemoryInvoiceAdapter(rows.slice(0, 6));
    const asciiIds = async (search: string) => (await ascii.listInvoices(defaultQuery({ search, limit: 50 }))).rows.map((r) => r.id);
    expect(await asciiIds('ab')).to.deep.equal(['r0', 'r2']);
    expect(await asciiIds('1c')).to.deep.equal([]);
    expect(await asciiIds('y')).to.deep.equal(['r5']);
    expect(await asciiIds('12')).to.deep.equal(['r4']);
  });

  it('searches correctly whether its idle-time warm-up has finished, is half done or has not started', async () => {
    const rows = generateInvoices(60_000, { seed: 4 });
    const query = defaultQuery({ search: '0077', limit: 100_000 });
    const expected = rows.filter((row) =>
      ['invoiceNumber', 'customerName', 'ocn', 'bcn', 'billingEntityName'].some((f) =>
        String(row[f as keyof Invoice] ?? '')
          .toLowerCase()
          .includes('0077'),
      ),
    );
    expect(expected.length).to.be.above(100);
    for (const waitMs of [0, 1, 5, 400]) {
      const adapter = new InMemoryInvoiceAdapter(rows);
      await adapter.listInvoices(defaultQuery());
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      const page = await adapter.listInvoices(query);
      expect(
        page.rows.map((r) => r.id),
        `after ${waitMs} ms`,
      ).to.deep.equal(newestFirst(expected).map((r) => r.id));
    }
  });

  it('sorts correctly whether its idle-time amount order is finished, half built or not started', async () => {
    const rows = generateInvoices(60_000, { seed: 6 });
    const expected = rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => a.row.amount - b.row.amount || a.i - b.i)
      .map(({ row }) => row.id);
    for (const waitMs of [0, 1, 5, 30, 400]) {
      const adapter = new InMemoryInvoiceAdapter(rows);
      await adapter.listInvoices(defaultQuery());
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      const page = await adapter.listInvoices(defaultQuery({ sort: [{ field: 'amount', direction: 'asc' }], offset: 1000, limit: 3000 }));
      expect(
        page.rows.map((r) => r.id),
        `after ${waitMs} ms`,
      ).to.deep.equal(expected.slice(1000, 4000));
    }
  });

  it('answers the first page after reading each row once, for five fields, and builds the rest later', async () => {
    const reads = new Map<string, number>();
    const plain = generateInvoices(2000, { seed: 8 });
    const largest = plain.reduce((a, b) => (b.amount > a.amount ? b : a));
    const rows = plain.map(
      (row) =>
        new Proxy(row, {
          get(target, key, receiver) {
            if (typeof key === 'string') reads.set(key, (reads.get(key) ?? 0) + 1);
            return Reflect.get(target, key, receiver);
          },
        }),
    );
    const adapter = new InMemoryInvoiceAdapter(rows);
    const page = await adapter.listInvoices(defaultQuery({ limit: 100 }));
    // The page's rows are handed over, not read; the five facts are read once per row.
    expect(Object.fromEntries(reads)).to.deep.equal({
      status: 2000,
      billingMonth: 2000,
      amount: 2000,
      currency: reads.get('currency'),
      invoiceNumber: reads.get('invoiceNumber'),
    });
    expect(reads.get('currency')).to.be.within(1, 2000);
    expect(reads.get('invoiceNumber')).to.be.within(1, 2000);
    expect(page.rows).to.have.length(100);
    // A sort at once builds the amount order from what was read, and nothing else.
    const sorted = await adapter.listInvoices(defaultQuery({ limit: 5, sort: [{ field: 'amount', direction: 'desc' }] }));
    expect(reads.get('amount')).to.equal(2000);
    expect(reads.get('customerName') ?? 0).to.equal(0);
    expect(sorted.rows[0]!.id).to.equal(largest.id);
    // Idle time then reads what search needs, without a query asking.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(reads.get('customerName')).to.equal(2000);
  });

  it('narrows a search being typed to the same result a fresh search gives', async () => {
    const rows = generateInvoices(2000, { seed: 9 });
    const typing = new InMemoryInvoiceAdapter(rows);
    const query = (search: string) =>
      defaultQuery({ search, statuses: ['closed', 'open'], sort: [{ field: 'amount', direction: 'desc' }], limit: 2000 });
    for (const search of ['', '2', '22', '222', '2225', '22', 'c', 'co', 'col', 'colt', 'colt t', 'xyz', 'xyz1']) {
      const typed = await typing.listInvoices(query(search));
      const fresh = await new InMemoryInvoiceAdapter(rows).listInvoices(query(search));
      expect(
        typed.rows.map((r) => r.id),
        search,
      ).to.deep.equal(fresh.rows.map((r) => r.id));
      expect(typed.totals, search).to.deep.equal(fresh.totals);
      expect(await typing.countByStatus(query(search))).to.deep.equal(await new InMemoryInvoiceAdapter(rows).countByStatus(query(search)));
    }
  });

  it('answers search + sort + page on 100,000 rows', async () => {
    const adapter = new InMemoryInvoiceAdapter(generateInvoices(100_000));
    const page = await adapter.listInvoices(defaultQuery({ search: 'marina', sort: [{ field: 'amount', direction: 'desc' }], limit: 50 }));
    expect(page.rows.length).to.equal(50);
    for (let i = 1; i < page.rows.length; i++) expect(page.rows[i - 1]!.amount >= page.rows[i]!.amount).to.equal(true);
    expect(page.rows.every((r) => r.customerName.includes('Marina'))).to.equal(true);
  });
});
