/**
 * Shared data for stories and tests: adapters for every state a designer reviews (seed
 * screen, 100,000 rows, loading, empty, failing with retry, malformed rows, reissue and
 * credit note). Imports only the side-effect-free data layer, so a story or a test can use
 * it without registering any tag.
 */
import {
  InMemoryInvoiceAdapter,
  InvoiceAdapterError,
  generateInvoices,
  sampleDocumentContent,
  seedInvoices,
  throwIfAborted,
  type FetchDocumentOptions,
  type Invoice,
  type InvoiceDataAdapter,
  type InvoiceDocument,
  type InvoicePage,
  type InvoiceQuery,
  type RequestOptions,
  type StatusCounts,
} from '../src/data/index.js';

/** A fixed "last refreshed" instant so screenshots do not change from one run to the next. */
export const LAST_REFRESHED = '2026-11-24T21:00:00.000Z';

const common = { lastRefreshed: LAST_REFRESHED, documentContent: sampleDocumentContent };

/**
 * The story clock for the seed screen: 20 November 2020, a month after its newest invoice
 * (October 2020), when every document on it was still within the retention period.
 */
export const SEED_TODAY = new Date('2020-11-20T12:00:00Z');

/**
 * The story clock for generated data: its newest billing month is October 2026 and it was
 * last refreshed on 24 November 2026 (`LAST_REFRESHED`), so recent documents can be
 * downloaded and those older than the retention period cannot, whatever the real date.
 */
export const SAMPLE_TODAY = new Date(LAST_REFRESHED);

/** The seed screen's "payment status as of": 06:00 in Tokyo on its own date (see SEED_TODAY). */
export const SEED_REFRESHED = '2020-11-19T21:00:00.000Z';

const seedCommon = { ...common, lastRefreshed: SEED_REFRESHED };

/** The five rows of the seed screen (JPY, Colt Technology Services), refreshed on the seed's date. */
export function seedAdapter(options: { latencyMs?: number } = {}): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter(seedInvoices(), { ...seedCommon, ...options });
}

/** A few hundred realistic invoices across JP, SG, HK and KR (several pages, every status). */
export function sampleAdapter(count = 240, seed = 7): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter([...seedInvoices(), ...generateInvoices(count, { seed })], common);
}

let large: InMemoryInvoiceAdapter | undefined;

/**
 * 100,000 generated invoices, created on first use and shared by every story that asks.
 * Generating them takes about a quarter of a second; the adapter builds its search keys in
 * idle time after the first answer and a sort order on the first sort by that column, so the
 * first rows do not wait for either.
 */
export function largeAdapter(): InMemoryInvoiceAdapter {
  large ??= new InMemoryInvoiceAdapter(generateInvoices(100_000, { seed: 42 }), common);
  return large;
}

/** Customer numbers of the large account at each legal entity (Japan's are the seed's). */
const ACCOUNT_NUMBERS: Record<string, { ocn: string; bcn: string }> = {
  JP: { ocn: '22848', bcn: '165188' },
  SG: { ocn: '65120', bcn: '170442' },
  HK: { ocn: '85233', bcn: '171305' },
  KR: { ocn: '82417', bcn: '172918' },
};

/**
 * One multinational customer (Colt Technology Services) with 4,000 invoices over seven
 * years from the Japan, Singapore, Hong Kong and Korea entities, in JPY, SGD, HKD, KRW and
 * USD, with reissues and credit notes.
 */
export function largeAccountInvoices(): Invoice[] {
  return generateInvoices(4000, { seed: 2020 }).map((invoice) => ({
    ...invoice,
    customerName: 'Colt Technology Services',
    ...(ACCOUNT_NUMBERS[invoice.legalEntity ?? 'JP'] ?? ACCOUNT_NUMBERS['JP']),
  }));
}

export function largeAccountAdapter(): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter(largeAccountInvoices(), common);
}

/**
 * An account whose only documents are credit notes (`…CN`, negative amounts): twelve from
 * the Japan entity, in JPY and USD. Nothing is open; the totals are negative.
 */
export function creditNoteInvoices(): Invoice[] {
  return generateInvoices(8000, { seed: 12 })
    .filter((invoice) => invoice.invoiceNumber.endsWith('CN') && invoice.legalEntity === 'JP')
    .slice(0, 12)
    .map((invoice) => ({ ...invoice, customerName: 'Colt Technology Services', ...ACCOUNT_NUMBERS['JP'] }));
}

export function creditNotesAdapter(): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter(creditNoteInvoices(), common);
}

/**
 * A story loader that makes a new adapter each time the story renders (switching the locale
 * or theme renders it again). For adapters with state, such as one that fails once and then
 * recovers, and for data too large to build when the stories file loads. The story's render
 * reads `loaded.adapter` before `args.adapter`.
 */
export function freshAdapter(make: () => InvoiceDataAdapter): () => Promise<{ adapter: InvoiceDataAdapter }> {
  return async () => ({ adapter: make() });
}

/** The seed rows behind a noticeable delay, to review loading states. */
export function slowAdapter(latencyMs = 1500): InMemoryInvoiceAdapter {
  return seedAdapter({ latencyMs });
}

/** An adapter whose calls never settle until aborted: the loading state, frozen. */
export function pendingAdapter(): InvoiceDataAdapter {
  const wait = <T>(options: RequestOptions = {}) =>
    new Promise<T>((_, reject) => {
      throwIfAborted(options.signal);
      options.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
    });
  return {
    listInvoices: (_query, options) => wait<InvoicePage>(options),
    countByStatus: (_query, options) => wait<StatusCounts>(options),
    listDocuments: (_invoice, options) => wait<InvoiceDocument[]>(options),
    fetchDocument: (_document, options) => wait<Blob>(options),
  };
}

/** No invoices at all. */
export function emptyAdapter(): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter([], common);
}

export interface FailingAdapterOptions {
  /** How many list/count calls fail before the adapter starts answering. Default: all of them. */
  failures?: number;
  /** The error thrown. Default: a retryable server error. */
  error?: () => Error;
  /** What answers once the failures are used up. Default: the seed rows. */
  recovered?: InvoiceDataAdapter;
}

/**
 * Rejects `listInvoices` and `countByStatus` (with a retryable server error) the first
 * `failures` times, then answers from `recovered`: "error with retry" that a click on Retry
 * actually fixes.
 */
export function failingAdapter(options: FailingAdapterOptions = {}): InvoiceDataAdapter {
  const recovered = options.recovered ?? seedAdapter();
  const error = options.error ?? (() => new InvoiceAdapterError('server', 'The invoice service answered HTTP 503.', { status: 503 }));
  // Lists and counts fail independently, so one Retry (which repeats both) recovers both.
  const remaining = { list: options.failures ?? Number.POSITIVE_INFINITY, count: options.failures ?? Number.POSITIVE_INFINITY };
  const fail = async (which: 'list' | 'count', opts: RequestOptions = {}) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    throwIfAborted(opts.signal);
    if (remaining[which] > 0) {
      remaining[which]--;
      throw error();
    }
  };
  return {
    async listInvoices(query: InvoiceQuery, opts?: RequestOptions) {
      await fail('list', opts);
      return recovered.listInvoices(query, opts);
    },
    async countByStatus(query: InvoiceQuery, opts?: RequestOptions) {
      await fail('count', opts);
      return recovered.countByStatus(query, opts);
    },
    listDocuments: (invoice, opts) => recovered.listDocuments(invoice, opts),
    fetchDocument: (document, opts) => recovered.fetchDocument(document, opts),
  };
}

/**
 * Rows as an untrusted backend may send them: a missing field, a NaN amount, an impossible
 * month (`0020-10`, as on the seed screen), an unknown status and an unknown currency, and
 * markup in text fields, which must show as text. The good rows must be unaffected.
 */
export function malformedInvoices(): Invoice[] {
  const [may, june, september, october, july] = seedInvoices() as [Invoice, Invoice, Invoice, Invoice, Invoice];
  const bad = (row: Record<string, unknown>) => row as unknown as Invoice;
  return [
    may,
    { ...october, id: 'bad-month', billingMonth: '0020-10' },
    bad({ ...june, id: 'bad-amount', amount: Number.NaN }),
    bad({ ...september, id: 'bad-status', status: 'paid-maybe' }),
    bad({ ...july, id: 'missing-number', invoiceNumber: undefined }),
    { ...july, id: 'bad-currency', invoiceNumber: '2202007002299', currency: 'XYZ' },
    {
      ...may,
      id: 'markup',
      invoiceNumber: '2202008003999',
      customerName: '<img src=x onerror="alert(1)">Evil & Co.',
      billingEntityName: '<script>alert(1)</script>',
    },
  ];
}

export function malformedAdapter(): InMemoryInvoiceAdapter {
  return new InMemoryInvoiceAdapter(malformedInvoices(), seedCommon);
}

/**
 * October 2020's invoice `2202008003470`, reissued once (`-1`, now open; the original reads
 * NA) and with a credit note (`CN`). The original carries the CDR, the universal number list
 * and a report, so its download dialog shows every kind of document.
 */
export function lineageInvoices(): Invoice[] {
  const october = seedInvoices()[3] as Invoice;
  const base = october.invoiceNumber;
  const docs = october.documents ?? [];
  const original: Invoice = {
    ...october,
    status: 'na',
    documents: [
      ...docs,
      {
        id: `${october.id}-report-1`,
        kind: 'report',
        name: 'Usage summary report',
        fileName: `${base}_report_1.csv`,
        mimeType: 'text/csv',
        size: 84_310,
        invoiceNumber: base,
        availableUntil: '2027-10-31',
      },
    ],
  };
  const reissue: Invoice = {
    ...october,
    id: `${october.id}-r1`,
    invoiceNumber: `${base}-1`,
    amount: 43_120,
    status: 'open',
    documents: [
      {
        id: `${october.id}-r1-invoice`,
        kind: 'invoice',
        name: 'Invoice',
        fileName: `${base}-1.pdf`,
        mimeType: 'application/pdf',
        size: 51_200,
        invoiceNumber: `${base}-1`,
      },
    ],
  };
  const credit: Invoice = {
    ...october,
    id: `${october.id}-cn`,
    invoiceNumber: `${base}CN`,
    amount: -2_509,
    status: 'closed',
    documents: [
      {
        id: `${october.id}-cn-doc`,
        kind: 'credit-note',
        name: 'Credit note',
        fileName: `${base}CN.pdf`,
        mimeType: 'application/pdf',
        size: 40_960,
        invoiceNumber: `${base}CN`,
      },
    ],
  };
  return [original, reissue, credit];
}

/** The seed rows with October's invoice replaced by its lineage (original NA, reissue, credit note). */
export function lineageAdapter(): InMemoryInvoiceAdapter {
  const seed = seedInvoices().filter((row) => row.id !== 'seed-4');
  return new InMemoryInvoiceAdapter([...seed, ...lineageInvoices()], seedCommon);
}

/** An adapter whose document downloads fail (retryable), for the dialog's error state. */
export function failingDownloadsAdapter(base: InvoiceDataAdapter = lineageAdapter()): InvoiceDataAdapter {
  return {
    listInvoices: (query, options) => base.listInvoices(query, options),
    countByStatus: (query, options) => base.countByStatus(query, options),
    listDocuments: (invoice, options) => base.listDocuments(invoice, options),
    async fetchDocument(_document: InvoiceDocument, options: FetchDocumentOptions = {}) {
      options.onProgress?.(0, 100_000);
      await new Promise((resolve) => setTimeout(resolve, 400));
      throwIfAborted(options.signal);
      throw new InvoiceAdapterError('network', 'The connection was lost during the download.');
    },
  };
}

/** Downloads that report progress slowly (about two seconds per document). */
export function slowDownloadsAdapter(base: InvoiceDataAdapter = lineageAdapter()): InvoiceDataAdapter {
  return {
    listInvoices: (query, options) => base.listInvoices(query, options),
    countByStatus: (query, options) => base.countByStatus(query, options),
    listDocuments: (invoice, options) => base.listDocuments(invoice, options),
    async fetchDocument(document: InvoiceDocument, options: FetchDocumentOptions = {}) {
      const blob = await base.fetchDocument(document, { ...(options.signal ? { signal: options.signal } : {}) });
      const total = document.size ?? blob.size;
      for (let step = 1; step <= 10; step++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        throwIfAborted(options.signal);
        options.onProgress?.(Math.round((total * step) / 10), total);
      }
      return blob;
    },
  };
}
