import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  activeFilterKeys,
  coerceFilter,
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
