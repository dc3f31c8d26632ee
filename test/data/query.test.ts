import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_LINK_TEXT,
  MAX_SORT_KEYS,
  activeFilterKeys,
  clampOffset,
  coerceFilter,
  coerceSort,
  lastPageOffset,
  readQueryParams,
  compileFilter,
  defaultQuery,
  emptyFilter,
  filterFromParams,
  filterToParams,
  queryFromParams,
  queryToParams,
  validateFilter,
  withoutFilterKey,
} from '../../src/data/query.js';
import { seedInvoices } from '../../src/data/sample.js';
import type { InvoiceFilter } from '../../src/data/types.js';

const month = fc
  .tuple(fc.integer({ min: 1990, max: 2999 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
const condition = fc.record({ op: fc.constantFrom('contains' as const, 'equals' as const), value: text });
const filterArb: fc.Arbitrary<InvoiceFilter> = fc
  .record(
    {
      monthFrom: month,
      monthTo: month,
      amountMin: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      amountMax: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      currency: fc.constantFrom('JPY', 'SGD', 'HKD', 'KRW', 'USD'),
      statuses: fc.uniqueArray(fc.constantFrom('open' as const, 'disputed' as const, 'closed' as const, 'na' as const), { minLength: 1 }),
      kinds: fc.uniqueArray(fc.constantFrom('invoice' as const, 'reissue' as const, 'credit-note' as const), { minLength: 1 }),
      invoiceNumber: condition,
      customerName: condition,
      ocn: condition,
      bcn: condition,
      billingEntityName: condition,
    },
    { requiredKeys: [] },
  )
  .map((f) => ({ version: 1 as const, ...f }));

/** Canonical order of statuses and kinds, as coerceFilter returns them. */
const canonical = (filter: InvoiceFilter) => coerceFilter(JSON.parse(JSON.stringify(filter)));

describe('filter model', () => {
  it('round-trips any filter through a URL query string', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const url = `https://portal.example/billing?${filterToParams(filter)}`;
        expect(filterFromParams(new URL(url).searchParams)).to.deep.equal(canonical(filter));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a whole query, keeping other params of the page', () => {
    const query = defaultQuery({
      search: '２２０２ & co',
      statuses: ['open', 'disputed'],
      sort: [{ field: 'amount', direction: 'desc' }],
      offset: 50,
      limit: 50,
      filter: { version: 1, monthFrom: '2020-05', ocn: { op: 'equals', value: '22848' } },
    });
    const params = new URLSearchParams('tab=billing');
    queryToParams(query, params);
    const back = queryFromParams(new URLSearchParams(params.toString()));
    expect(back).to.deep.equal(query);
    expect(params.get('tab')).to.equal('billing');
  });

  it('drops malformed parts of an untrusted filter', () => {
    expect(
      coerceFilter({
        monthFrom: '0020-10',
        amountMin: NaN,
        amountMax: '5',
        currency: 'XX',
        statuses: ['paid', 'open'],
        customerName: { value: 3 },
      }),
    ).to.deep.equal({ version: 1, statuses: ['open'] });
    expect(coerceFilter(null)).to.deep.equal(emptyFilter());
    expect(filterFromParams(new URLSearchParams('f.min=abc&f.from=2020-13&f.status=zzz'))).to.deep.equal(emptyFilter());
  });

  it('validates ranges and values', () => {
    expect(validateFilter({ version: 1, monthFrom: '2021-01', monthTo: '2020-12' })).to.deep.equal([
      { field: 'monthTo', code: 'month-order' },
    ]);
    expect(validateFilter({ version: 1, amountMin: 10, amountMax: 5 })).to.deep.equal([{ field: 'amountMax', code: 'amount-order' }]);
    expect(validateFilter({ version: 1, amountMin: NaN })).to.deep.equal([{ field: 'amountMin', code: 'amount-invalid' }]);
    expect(validateFilter({ version: 1, amountMax: 1e22 }), 'an absurd amount').to.deep.equal([
      { field: 'amountMax', code: 'amount-invalid' },
    ]);
    expect(validateFilter({ version: 1, monthFrom: '0020-10' })).to.deep.equal([{ field: 'monthFrom', code: 'month-invalid' }]);
    expect(validateFilter({ version: 1, monthFrom: '2020-05', monthTo: '2020-05', amountMin: 5, amountMax: 5 })).to.deep.equal([]);
  });

  it('lists active keys for chips and removes one', () => {
    const filter: InvoiceFilter = {
      version: 1,
      monthFrom: '2020-05',
      statuses: ['open'],
      customerName: { op: 'contains', value: 'colt' },
      bcn: { op: 'equals', value: '  ' },
    };
    expect(activeFilterKeys(filter)).to.deep.equal(['monthFrom', 'statuses', 'customerName']);
    expect(activeFilterKeys(withoutFilterKey(filter, 'statuses'))).to.deep.equal(['monthFrom', 'customerName']);
  });
});

describe('filter evaluation', () => {
  const rows = seedInvoices();
  const numbers = (filter: InvoiceFilter) => rows.filter(compileFilter(filter)).map((r) => r.invoiceNumber);

  it('filters by month range, inclusive', () => {
    expect(numbers({ version: 1, monthFrom: '2020-07', monthTo: '2020-09' })).to.deep.equal(['2202008003481', '2202007002231']);
  });
  it('filters by amount range and currency', () => {
    expect(numbers({ version: 1, amountMin: 4060, amountMax: 4060 })).to.deep.equal(['2202008003468', '2202008003481']);
    expect(numbers({ version: 1, currency: 'SGD' })).to.deep.equal([]);
  });
  it('filters by status and by lineage kind', () => {
    expect(numbers({ version: 1, statuses: ['open', 'closed'] })).to.deep.equal(['2202008003481', '2202008003470']);
    const withReissue = [
      ...rows,
      { ...rows[3]!, id: 'r', invoiceNumber: '2202008003470-1' },
      { ...rows[3]!, id: 'c', invoiceNumber: '2202008003470CN' },
    ];
    expect(withReissue.filter(compileFilter({ version: 1, kinds: ['reissue', 'credit-note'] })).map((r) => r.id)).to.deep.equal(['r', 'c']);
  });
  it('matches text fields with contains or equals, folding width and case', () => {
    expect(numbers({ version: 1, invoiceNumber: { op: 'contains', value: '３４６８' } })).to.deep.equal(['2202008003468']);
    expect(numbers({ version: 1, customerName: { op: 'equals', value: 'COLT TECHNOLOGY SERVICES' } })).to.have.length(5);
    expect(numbers({ version: 1, customerName: { op: 'equals', value: 'Colt' } })).to.have.length(0);
    expect(numbers({ version: 1, billingEntityName: { op: 'contains', value: 'テクノロジー' } })).to.have.length(5);
  });
  it('never throws on malformed rows', () => {
    const filter: InvoiceFilter = {
      version: 1,
      monthFrom: '2020-01',
      amountMin: 0,
      customerName: { op: 'contains', value: 'x' },
      kinds: ['invoice'],
    };
    const test = compileFilter(filter);
    for (const row of [{}, { amount: NaN }, { billingMonth: 5, customerName: null }]) expect(test(row as never)).to.equal(false);
  });
});

describe('reading hostile links (bounds)', () => {
  const read = (search: string) => readQueryParams(new URLSearchParams(search));

  it('reads only plain decimal numbers: 0x3E8, 0b11, Infinity and blanks are not 1000, 3, ∞ or 5', () => {
    for (const bad of ['0x3E8', '0b11', '0o7', 'Infinity', '-Infinity', ' 5', '5 ', '1_000', '1e400', 'NaN', '1,000']) {
      const reading = read(`f.v=1&f.min=${encodeURIComponent(bad)}`);
      expect(reading.query.filter.amountMin, bad).to.equal(undefined);
      expect(reading.unread, bad).to.deep.equal(['amountMin']);
    }
    for (const [good, value] of [
      ['1000', 1000],
      ['-12.5', -12.5],
      ['1e3', 1000],
      ['.5', 0.5],
    ] as const) {
      const reading = read(`f.max=${encodeURIComponent(good)}`);
      expect(reading.query.filter.amountMax, good).to.equal(value);
      expect(reading.unread, good).to.deep.equal([]);
    }
    expect(read('f.min=1e308').unread, 'an absurd amount').to.deep.equal(['amountMin']);
    expect(read('offset=0x10').unread).to.deep.equal(['offset']);
  });

  it('says when a filter comes from a newer version, keeping the conditions it can read', () => {
    const reading = read('f.v=99&f.min=1000&f.status=open,overdue&f.tag=urgent&f.customer=Colt');
    expect(reading.query.filter).to.deep.equal({
      version: 1,
      amountMin: 1000,
      statuses: ['open'],
      customerName: { op: 'contains', value: 'Colt' },
    });
    expect(reading.unread).to.have.members(['filter-version', 'filter', 'statuses']);
    expect(read('f.v=1&f.from=2020-05').unread).to.deep.equal([]);
  });

  it('caps sort keys at MAX_SORT_KEYS, one per field, from links and storage', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `field${i}:desc`).join(',');
    const started = performance.now();
    const reading = read(`sort=${many}`);
    expect(performance.now() - started).to.be.below(50);
    expect(reading.query.sort).to.have.length(MAX_SORT_KEYS);
    expect(reading.query.sort[0]).to.deep.equal({ field: 'field0', direction: 'desc' });
    expect(reading.unread).to.deep.equal(['sort']);
    expect(read('sort=amount:desc,amount:asc,billingMonth').query.sort).to.deep.equal([
      { field: 'amount', direction: 'desc' },
      { field: 'billingMonth', direction: 'asc' },
    ]);
    expect(read('sort=amount:desc,').unread).to.deep.equal([]);
    const stored = Array.from({ length: 5002 }, (_, i) => ({ field: i % 2 ? 'amount' : `f${i}`, direction: 'asc' }));
    expect(coerceSort(stored)).to.have.length(MAX_SORT_KEYS);
    expect(coerceSort('amount')).to.deep.equal([]);
    expect(coerceSort([{ field: 'x'.repeat(65) }, { field: '<b>' }, { field: 'amount', direction: 'sideways' }])).to.deep.equal([
      { field: 'amount', direction: 'asc' },
    ]);
  });

  it('bounds offsets, page sizes, statuses and text', () => {
    expect(read('offset=1e308').query.offset).to.equal(Number.MAX_SAFE_INTEGER);
    expect(read('offset=1e308').unread).to.deep.equal([]);
    expect(read('offset=-25').query.offset).to.equal(0);
    expect(read('offset=-25').unread).to.deep.equal(['offset']);
    expect(read('limit=5000').query.limit).to.equal(25);
    expect(read('limit=5000').unread).to.deep.equal(['limit']);
    expect(read('status=open,weird').query.statuses).to.deep.equal(['open']);
    expect(read('status=open,weird').unread).to.deep.equal(['tab']);
    const long = read(`q=${'x'.repeat(100_000)}&f.customer=${'y'.repeat(600)}`);
    expect(long.query.search).to.have.length(MAX_LINK_TEXT);
    expect(long.query.filter.customerName?.value).to.have.length(MAX_LINK_TEXT);
    expect(long.unread).to.have.members(['search', 'customerName']);
  });

  it('moves an offset past the end to the last page', () => {
    expect(lastPageOffset(50, 25)).to.equal(25);
    expect(lastPageOffset(51, 25)).to.equal(50);
    expect(lastPageOffset(0, 25)).to.equal(0);
    const query = defaultQuery({ offset: Number.MAX_SAFE_INTEGER });
    expect(clampOffset(query, 50).offset).to.equal(25);
    expect(clampOffset(defaultQuery({ offset: 50 }), 50).offset).to.equal(25);
    const within = defaultQuery({ offset: 25 });
    expect(clampOffset(within, 50)).to.equal(within);
  });
});
