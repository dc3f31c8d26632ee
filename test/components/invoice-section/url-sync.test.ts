import { expect } from '@open-wc/testing';
import { hasQueryParams, isQueryParam, urlWithQuery } from '../../../src/controllers/url-sync-controller.js';
import { defaultQuery, queryFromParams } from '../../../src/data/query.js';

describe('URL sync helpers', () => {
  it('writes the query into the search, keeping the portal’s own parameters and the hash', () => {
    const query = defaultQuery({
      search: 'colt',
      statuses: ['open'],
      filter: { version: 1, monthFrom: '2020-05', customerName: { op: 'equals', value: 'Colt & Co' } },
      sort: [{ field: 'amount', direction: 'desc' }],
      offset: 25,
    });
    const href = urlWithQuery(query, 'https://portal.example/billing?tenant=jp&q=old&f.min=5#/grid');
    const url = new URL(href);
    expect(url.hash).to.equal('#/grid');
    expect(url.searchParams.get('tenant')).to.equal('jp');
    expect(url.searchParams.get('f.min'), 'stale filter parameters are dropped').to.equal(null);
    const back = queryFromParams(url.searchParams);
    expect(back.search).to.equal('colt');
    expect(back.statuses).to.deep.equal(['open']);
    expect(back.filter).to.deep.equal(query.filter);
    expect(back.sort).to.deep.equal(query.sort);
    expect(back.offset).to.equal(25);
  });

  it('removes every query parameter for the default query', () => {
    const href = urlWithQuery(defaultQuery(), 'https://portal.example/?q=x&status=open&f.v=1&f.from=2020-01&sort=amount:asc&keep=1');
    expect(new URL(href).search).to.equal('?keep=1');
  });

  it('knows its parameter names', () => {
    expect(['q', 'status', 'sort', 'offset', 'limit', 'f.v', 'f.customer.op'].every(isQueryParam)).to.equal(true);
    expect(['tenant', 'query', 'filter'].some(isQueryParam)).to.equal(false);
    expect(hasQueryParams('?tenant=1')).to.equal(false);
    expect(hasQueryParams('?tenant=1&f.min=3')).to.equal(true);
  });
});
