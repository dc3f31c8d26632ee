import fc from 'fast-check';
import { generateInvoices, seedInvoices } from '../../src/data/sample.js';
import { validateInvoice } from '../../src/data/validate.js';
import type { Invoice } from '../../src/data/types.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

/**
 * Rows a backend should never send but one day will (SPEC §5): missing fields, NaN amounts,
 * impossible months like `0020-10`, unknown statuses, numbers where text belongs, objects
 * where numbers belong, and markup everywhere.
 */
export function malformedRows(): Array<{ name: string; row: unknown }> {
  const base: Invoice = {
    id: 'bad-base',
    invoiceNumber: '2202008003499',
    billingMonth: '2020-10',
    amount: 1234,
    currency: 'JPY',
    customerName: 'Colt Technology Services',
    ocn: '22848',
    bcn: '165188',
    billingEntityName: 'Colt テクノロジーサービス株式会社',
    status: 'open',
  };
  const row = (id: string, patch: Record<string, unknown>): Invoice => ({ ...base, id, ...patch }) as Invoice;
  const without = (id: string, field: keyof Invoice): Invoice => {
    const copy: Record<string, unknown> = { ...base, id };
    delete copy[field];
    return copy as Invoice;
  };
  return [
    { name: 'impossible month 0020-10', row: row('bad-month-0020', { billingMonth: '0020-10' }) },
    { name: 'month 2020-13', row: row('bad-month-13', { billingMonth: '2020-13' }) },
    { name: 'month as a UTC instant', row: row('bad-month-iso', { billingMonth: '2020-10-01T00:00:00Z' }) },
    { name: 'NaN amount', row: row('bad-amount-nan', { amount: Number.NaN }) },
    { name: 'Infinity amount', row: row('bad-amount-inf', { amount: Number.POSITIVE_INFINITY }) },
    { name: 'amount as text', row: row('bad-amount-text', { amount: '4,060' }) },
    { name: 'amount as an object', row: row('bad-amount-object', { amount: { value: 1 } }) },
    { name: 'absurd amount 1e308', row: row('bad-amount-huge', { amount: 1e308 }) },
    { name: 'absurd negative amount -1e20', row: row('bad-amount-huge-negative', { amount: -1e20 }) },
    { name: 'unknown status', row: row('bad-status', { status: 'paid' }) },
    { name: 'status missing', row: without('bad-status-missing', 'status') },
    { name: 'unknown currency', row: row('bad-currency', { currency: 'XXY' }) },
    { name: 'currency in lower case', row: row('bad-currency-case', { currency: 'jpy' }) },
    { name: 'invoice number missing', row: without('bad-number-missing', 'invoiceNumber') },
    { name: 'customer name an object', row: row('bad-customer-object', { customerName: { toString: null } }) },
    { name: 'OCN an array', row: row('bad-ocn-array', { ocn: ['22848'] }) },
    { name: 'BCN null', row: row('bad-bcn-null', { bcn: null }) },
    { name: 'billing entity a number', row: row('bad-entity-number', { billingEntityName: 12 }) },
    { name: 'every field missing', row: { id: 'bad-empty' } },
    { name: 'markup in the month', row: row('bad-month-markup', { billingMonth: XSS_PAYLOADS[1]?.text }) },
  ];
}

const payloadText = fc.constantFrom(...XSS_PAYLOADS.map((payload) => payload.text));

/** A value a hostile backend could put in any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    ' ',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    true,
    false,
    '0020-10',
    '2020-13',
    '2020-00',
    '9999-99',
    'paid',
    'OPEN',
    'XXX',
    'jpy',
    '\u0000',
    '\ufeff',
    '\u202e',
    '\ud800',
    '=1+1',
    '@SUM(A1)',
    '__proto__',
    'constructor',
    'toString',
    'x'.repeat(5000),
  ),
  payloadText,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom({}, [], ['a'], { value: 1 }),
  fc.constantFrom('open', 'disputed', 'closed', 'na'),
  fc.constantFrom('2020-05', '2020-10', '1999-12'),
  fc.constantFrom('JPY', 'SGD', 'HKD', 'KRW', 'USD'),
);

const hostileDocument = fc.oneof(
  fc.constantFrom(null, 0, 'doc', []),
  fc.record(
    {
      id: hostileValue,
      kind: fc.oneof(fc.constantFrom('invoice', 'cdr', 'universal-number-list', 'report', 'credit-note'), hostileValue),
      name: hostileValue,
      fileName: hostileValue,
      mimeType: hostileValue,
      size: hostileValue,
      url: fc.oneof(hostileValue, fc.constantFrom('javascript:__xss++', 'data:text/html,<script>__xss++</script>', 'vbscript:x')),
      availableUntil: hostileValue,
    },
    { requiredKeys: [] },
  ),
);

/** Sound rows with hostile documents: nothing to flag in the row itself, and nothing may break. */
export function oddDocumentRows(): Invoice[] {
  const base = seedInvoices()[3] as Invoice;
  return [
    { ...base, id: 'docs-string', documents: 'invoice.pdf' as never },
    { ...base, id: 'docs-null-items', documents: [null, 3, { id: 'x' }] as never },
    { ...base, id: 'docs-object', documents: { length: 2 } as never },
  ];
}

const FIELDS = [
  'id',
  'invoiceNumber',
  'billingMonth',
  'amount',
  'currency',
  'customerName',
  'ocn',
  'bcn',
  'billingEntityName',
  'status',
  'documents',
];
const soundRows = generateInvoices(64, { seed: 11 });

/** A hostile row: any field may be missing or any value; a few rows are not objects at all. */
export const hostileRow: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, 'row', [], true) },
  {
    // A real row with one field replaced (or removed): about half stay sound.
    weight: 20,
    arbitrary: fc
      .tuple(fc.constantFrom(...soundRows), fc.constantFrom(...FIELDS), fc.option(hostileValue, { nil: undefined }), fc.uuid())
      .map(([row, field, value, id]) => {
        const copy: Record<string, unknown> = { ...row, id };
        if (value === undefined) delete copy[field];
        else copy[field] = value;
        return copy;
      }),
  },
  {
    weight: 10,
    arbitrary: fc.record(
      {
        id: fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostileValue }),
        invoiceNumber: hostileValue,
        billingMonth: hostileValue,
        amount: hostileValue,
        currency: hostileValue,
        customerName: hostileValue,
        ocn: hostileValue,
        bcn: hostileValue,
        billingEntityName: hostileValue,
        status: hostileValue,
        documents: fc.oneof(hostileValue, fc.array(hostileDocument, { maxLength: 4 })),
      },
      { requiredKeys: [] },
    ),
  },
);

/** `count` hostile rows, the same ones for the same seed. */
export function hostileRows(count: number, seed = 20201001): unknown[] {
  return fc.sample(hostileRow, { numRuns: count, seed });
}

/** How many of `rows` the data layer itself finds problems in (the rows that must fire `invoice-error`). */
export function countInvalid(rows: readonly unknown[]): number {
  return rows.filter((row) => validateInvoice(row).length > 0).length;
}
