import { expect } from '@open-wc/testing';
import { InMemoryInvoiceAdapter } from '../../src/data/in-memory-adapter.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import { sampleDocumentContent } from '../../src/data/sample.js';
import type { BillingSummaryRequest } from '../../src/data/billing-types.js';
import type { Invoice, InvoiceDataAdapter, InvoiceQuery, RequestOptions } from '../../src/data/types.js';
import { conformanceInvoices, runAdapterConformance, type ConformanceGroup, type ConformanceReport } from '../../src/testing/index.js';

// The shipped adapters must pass: the in-memory one directly, the REST one against the
// reference server the test runner serves at /test-api (seeded with conformanceInvoices()).
runAdapterConformance(({ invoices }) => new InMemoryInvoiceAdapter(invoices, { documentContent: sampleDocumentContent }), {
  title: 'Conformance: InMemoryInvoiceAdapter',
});

runAdapterConformance(() => new RestInvoiceAdapter({ baseUrl: `${location.origin}/test-api`, billing: true }), {
  title: 'Conformance: RestInvoiceAdapter against the reference server',
  failing: {
    make: () => new RestInvoiceAdapter({ baseUrl: `${location.origin}/test-fault/status/503` }),
    code: 'unavailable',
    retryable: true,
  },
});

/** An in-memory adapter with one deliberate defect applied to its answers. */
class Broken extends InMemoryInvoiceAdapter {
  constructor(
    invoices: readonly Invoice[],
    private readonly defect:
      | 'sort'
      | 'paging'
      | 'case'
      | 'counts'
      | 'abort'
      | 'errors'
      | 'documents'
      | 'data-order'
      | 'oldest-first'
      | 'ties'
      | 'totals-all'
      | 'outstanding'
      | 'payments'
      | 'summary-mixed',
  ) {
    super(invoices, { documentContent: sampleDocumentContent });
  }

  override async listInvoices(query: InvoiceQuery, options: RequestOptions = {}) {
    if (this.defect === 'errors') throw new Error('backend down');
    if (this.defect === 'abort') options = {};
    if (this.defect === 'sort') query = { ...query, sort: [] };
    if (this.defect === 'data-order' && !query.sort.length) {
      // Rows in the order the backend holds them, as before newest-first was the default.
      const all = await super.listInvoices({ ...query, offset: 0, limit: this.invoices.length }, options);
      const position = new Map(this.invoices.map((row, i) => [row, i]));
      const rows = all.rows.sort((a, b) => position.get(a)! - position.get(b)!);
      return { ...all, rows: rows.slice(query.offset, query.offset + query.limit) };
    }
    if (this.defect === 'oldest-first' && !query.sort.length) query = { ...query, sort: [{ field: 'billingMonth', direction: 'asc' }] };
    if (this.defect === 'ties' && !query.sort.length) {
      query = {
        ...query,
        sort: [
          { field: 'billingMonth', direction: 'desc' },
          { field: 'amount', direction: 'asc' },
        ],
      };
    }
    if (this.defect === 'totals-all' || this.defect === 'outstanding') {
      const page = await super.listInvoices(query, options);
      const all = await super.listInvoices({ ...query, offset: 0, limit: this.invoices.length }, options);
      if (this.defect === 'outstanding') return { ...page, outstanding: page.totals };
      // Every matching row summed as stored, NA rows and credit notes alike.
      const totals: Record<string, number> = {};
      for (const row of all.rows) totals[row.currency] = (totals[row.currency] ?? 0) + row.amount;
      return { ...page, totals };
    }
    if (this.defect === 'payments') {
      // A backend that does not know the payment conditions ignores them.
      const { overdue: _o, dueWithinDays: _d, paidWithinMonths: _p, ...filter } = query.filter;
      query = { ...query, filter };
    }
    if (this.defect === 'paging') query = { ...query, offset: query.offset + 1 };
    if (this.defect === 'case') {
      // A case-sensitive backend: a search with capitals finds nothing.
      if (query.search !== query.search.toLowerCase()) return { rows: [], total: 0 };
    }
    return super.listInvoices(query, options);
  }

  override async countByStatus(query: InvoiceQuery, options: RequestOptions = {}) {
    if (this.defect === 'errors') throw new Error('backend down');
    if (this.defect === 'abort') options = {};
    const counts = await super.countByStatus(this.defect === 'counts' ? { ...query, filter: { version: 1 } } : query, options);
    return counts;
  }

  override async billingSummary(request: Partial<BillingSummaryRequest> = {}, options: RequestOptions = {}) {
    const summary = await super.billingSummary(request, options);
    if (this.defect !== 'summary-mixed') return summary;
    // Outstanding summed across currencies, as a careless backend might.
    const all = summary.currencies.reduce((sum, c) => sum + c.outstanding.amount, 0);
    return { ...summary, currencies: summary.currencies.map((c) => ({ ...c, outstanding: { ...c.outstanding, amount: all } })) };
  }

  override async listDocuments(invoice: Invoice, options: RequestOptions = {}) {
    const documents = await super.listDocuments(invoice, this.defect === 'abort' ? {} : options);
    return this.defect === 'documents' ? documents.reverse() : documents;
  }
}

async function check(defect: ConstructorParameters<typeof Broken>[1], failing?: () => InvoiceDataAdapter): Promise<ConformanceReport> {
  return runAdapterConformance(({ invoices }) => new Broken(invoices, defect), {
    register: false,
    ...(failing ? { failing: { make: failing } } : {}),
  });
}

const failedGroups = (report: ConformanceReport) => [...new Set(report.results.filter((r) => !r.ok).map((r) => r.group))].sort();

describe('runAdapterConformance on deliberately broken adapters', () => {
  it('fails an adapter that ignores sort, in the sort checks', async () => {
    const report = await check('sort');
    expect(report.ok).to.equal(false);
    expect(failedGroups(report)).to.include('sort');
    expect(failedGroups(report)).to.not.include('search');
    const failure = report.results.find((r) => r.name === 'sorts by amount ascending');
    expect(failure?.ok).to.equal(false);
    expect(failure?.message).to.match(/sort amount:asc.*expected \[/);
  });

  it('fails an adapter whose default order is not newest month first, saying where', async () => {
    for (const defect of ['data-order', 'oldest-first'] as const) {
      const report = await check(defect);
      expect(failedGroups(report), defect).to.include('order');
      expect(failedGroups(report), defect).to.not.include('sort');
      const failure = report.results.find((r) => r.name === 'with no sort, lists newest billing month first, ties in the data order');
      expect(failure?.ok, defect).to.equal(false);
      expect(failure?.message, defect).to.match(/no sort: row 0 is .* \("20\d\d-\d\d"\), expected .* \("2026-10"\)/);
    }
  });

  it('fails a default order whose ties are not in the data order', async () => {
    const report = await check('ties');
    expect(failedGroups(report)).to.include('order');
    expect(report.results.find((r) => r.name === 'with no sort, lists newest billing month first, ties in the data order')?.ok).to.equal(
      false,
    );
  });

  it('fails totals that add every row, and outstanding that counts closed invoices', async () => {
    const all = await check('totals-all');
    // Every list check compares the totals an adapter answers, so the list groups fail too.
    expect(failedGroups(all)).to.include.members(['totals', 'shape', 'search']);
    expect(failedGroups(all)).to.not.include.members(['order', 'counts', 'documents']);
    const rule = all.results.find((r) => r.name.startsWith('totals per currency leave out NA rows'));
    expect(rule?.message).to.match(/: totals\[[A-Z]{3}\] [\d.]+, expected [\d.]+\./);
    expect(failedGroups(await check('outstanding'))).to.include('totals');
  });

  it('fails an adapter that answers no totals in the totals group only, which it can skip', async () => {
    const noTotals = (invoices: readonly Invoice[]): InvoiceDataAdapter => {
      const inner = new InMemoryInvoiceAdapter(invoices, { documentContent: sampleDocumentContent });
      return {
        listInvoices: async (query, options) => {
          const { rows, total } = await inner.listInvoices(query, options);
          return { rows, total };
        },
        countByStatus: (query, options) => inner.countByStatus(query, options),
        listDocuments: (invoice, options) => inner.listDocuments(invoice, options),
        fetchDocument: (document, options) => inner.fetchDocument(document, options),
      };
    };
    // It has no billing figures either: that group is skipped, as such an adapter's owner would.
    const report = await runAdapterConformance(({ invoices }) => noTotals(invoices), { register: false, skip: ['billing'] });
    expect(failedGroups(report)).to.deep.equal(['totals']);
    expect(report.results.find((r) => !r.ok)?.message).to.contain('answered no totals');
    const skipped = await runAdapterConformance(({ invoices }) => noTotals(invoices), { register: false, skip: ['totals', 'billing'] });
    expect(skipped.ok).to.equal(true);
  });

  it('fails an adapter whose pages are off by one', async () => {
    expect(failedGroups(await check('paging'))).to.include.members(['paging', 'shape']);
  });

  it('fails a case-sensitive search', async () => {
    const groups = failedGroups(await check('case'));
    expect(groups).to.include('search');
    expect(groups).to.not.include('sort');
  });

  it('fails counts that ignore the filter, and only those (the billing group counts under a payment condition too)', async () => {
    expect(failedGroups(await check('counts'))).to.deep.equal(['billing', 'counts']);
  });

  it('fails a backend that ignores the payment conditions, in the billing group only', async () => {
    const report = await check('payments');
    expect(failedGroups(report)).to.deep.equal(['billing']);
    const failure = report.results.find((r) => r.name.startsWith('filters overdue invoices'));
    expect(failure?.ok).to.equal(false);
    expect(failure?.message).to.match(/filter \{"overdue":true\}.*total \d+, expected \d+/);
  });

  it('fails a summary that sums outstanding across currencies, naming the currency and figure', async () => {
    const report = await check('summary-mixed');
    expect(failedGroups(report)).to.deep.equal(['billing']);
    const failure = report.results.find((r) => r.name.startsWith('billingSummary answers each currency apart'));
    expect(failure?.message).to.match(/ [A-Z]{3}\.outstanding\.amount [\d.]+, expected [\d.]+\./);
  });

  it('fails an adapter without billingSummary in the billing group only, saying to skip it', async () => {
    const plain = (invoices: readonly Invoice[]): InvoiceDataAdapter => {
      const inner = new InMemoryInvoiceAdapter(invoices, { documentContent: sampleDocumentContent });
      return {
        listInvoices: (query, options) => inner.listInvoices(query, options),
        countByStatus: (query, options) => inner.countByStatus(query, options),
        listDocuments: (invoice, options) => inner.listDocuments(invoice, options),
        fetchDocument: (document, options) => inner.fetchDocument(document, options),
      };
    };
    const report = await runAdapterConformance(({ invoices }) => plain(invoices), { register: false });
    expect(failedGroups(report)).to.deep.equal(['billing']);
    expect(report.results.find((r) => !r.ok)?.message).to.contain("skips the 'billing' group");
    expect((await runAdapterConformance(({ invoices }) => plain(invoices), { register: false, skip: ['billing'] })).ok).to.equal(true);
  });

  it('fails an adapter that ignores its abort signal', async () => {
    expect(failedGroups(await check('abort'))).to.deep.equal(['abort']);
  });

  it('fails documents in another order', async () => {
    expect(failedGroups(await check('documents'))).to.deep.equal(['documents']);
  });

  it('fails untyped errors from a failing backend', async () => {
    const report = await check('errors', () => new Broken([], 'errors'));
    const typed = report.results.filter((r) => r.name.startsWith('a failing backend'));
    expect(typed).to.have.length(3);
    expect(typed.every((r) => !r.ok)).to.equal(true);
    expect(typed[0]?.message).to.contain('not an InvoiceAdapterError');
    // listDocuments of this backend resolves instead of failing.
    expect(typed[2]?.message).to.contain('should have rejected');
  });

  it('fails a check that never settles, after the timeout', async () => {
    const hanging: InvoiceDataAdapter = {
      listInvoices: () => new Promise(() => {}),
      countByStatus: () => new Promise(() => {}),
      listDocuments: () => new Promise(() => {}),
      fetchDocument: () => new Promise(() => {}),
    };
    const report = await runAdapterConformance(() => hanging, {
      register: false,
      timeoutMs: 20,
      skip: ['search', 'filter', 'sort', 'order', 'paging', 'counts', 'totals', 'billing', 'documents', 'errors', 'concurrency', 'abort'],
    });
    expect(report.ok).to.equal(false);
    expect(report.results.every((r) => !r.ok && /did not settle within 20 ms/.test(r.message ?? ''))).to.equal(true);
  });

  it('registers one test per check with the describe/it it is given, and resolves once they ran', async () => {
    const tests: { path: string; body: () => Promise<void> }[] = [];
    const suites: string[] = [];
    const describeFn = (name: string, body: () => void) => {
      suites.push(name);
      body();
    };
    const itFn = (name: string, body: () => Promise<void>) => {
      tests.push({ path: `${suites.at(-1)} > ${name}`, body });
    };
    const report = runAdapterConformance(({ invoices }) => new Broken(invoices, 'counts'), {
      describe: describeFn,
      it: itFn,
      title: 'Mine',
      skip: ['documents'],
    });
    expect(suites[0]).to.equal('Mine');
    expect(suites).to.not.include('documents');
    expect(tests.map((t) => t.path)).to.include('counts > counts follow the filter');
    const outcomes = await Promise.all(
      tests.map((t) =>
        t.body().then(
          () => 'pass',
          (e: Error) => e.name,
        ),
      ),
    );
    expect(outcomes.filter((o) => o !== 'pass').every((o) => o === 'ConformanceError')).to.equal(true);
    const finished = await report;
    expect(finished.results).to.have.length(tests.length);
    expect(finished.ok).to.equal(false);
    expect(finished.results.filter((r) => !r.ok).every((r) => r.group === 'counts' || r.group === 'billing')).to.equal(true);
  });

  it('reports every check as passed for the reference adapter itself', async () => {
    const report = await runAdapterConformance(
      ({ invoices }) => new InMemoryInvoiceAdapter(invoices, { documentContent: sampleDocumentContent }),
      { register: false },
    );
    expect(report.failed).to.equal(0);
    const groups: ConformanceGroup[] = [
      'shape',
      'search',
      'filter',
      'sort',
      'order',
      'paging',
      'counts',
      'totals',
      'billing',
      'documents',
      'abort',
      'errors',
      'concurrency',
    ];
    expect([...new Set(report.results.map((r) => r.group))]).to.deep.equal(groups);
    expect(conformanceInvoices()).to.have.length(305);
  });
});
