// 401 for a missing, malformed, tampered, forged or expired token, on every route, with one
// body that says nothing about why and holds no data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT, UnsecuredJWT, generateKeyPair } from 'jose';
import { loadTesting } from '../library.mjs';
import { databases, ocnsOf, startApi } from './harness.mjs';

const { conformanceInvoices } = await loadTesting();
const b64 = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');

for (const target of databases()) {
  describe(`authentication on ${target.name}`, { concurrency: false }, () => {
    const invoices = conformanceInvoices();
    const ocns = ocnsOf(invoices);
    let api;
    let good;
    let routes;
    before(async () => {
      api = await startApi(target, invoices);
      good = await api.issuer.sign({ accounts: [ocns[0]] });
      const mine = invoices.find((row) => row.ocn === ocns[0] && row.documents?.length);
      routes = [
        '/invoices',
        '/invoices?sort=amount:desc&q=2',
        '/invoices/counts',
        `/invoices/${encodeURIComponent(mine.id)}/documents`,
        `/documents/${encodeURIComponent(mine.documents[0].id)}/content`,
        '/invoices?sort=nonsense',
        '/no-such-route',
      ];
    });
    after(() => api?.close());

    /** Tokens that must not pass, by what is wrong with them. */
    async function badTokens() {
      const [header, payload, signature] = good.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const stranger = await generateKeyPair('ES256');
      const sign = (claimsOverride, key = stranger.privateKey, alg = 'ES256') =>
        new SignJWT({ ...claims, ...claimsOverride }).setProtectedHeader({ alg, kid: 'demo' }).sign(key);
      const flip = (text) => text.slice(0, -2) + (text.at(-2) === 'A' ? 'B' : 'A') + text.at(-1);
      const now = Math.floor(Date.now() / 1000);
      return {
        missing: undefined,
        empty: '',
        'not bearer': `Basic ${Buffer.from('user:password').toString('base64')}`,
        'bearer without token': 'Bearer ',
        'not a JWT': 'Bearer not-a-token',
        'payload widened to every account': `Bearer ${header}.${b64({ ...claims, accounts: ocns })}.${signature}`,
        'signature altered': `Bearer ${header}.${payload}.${flip(signature)}`,
        'signed by another key': `Bearer ${await sign({})}`,
        'alg none': `Bearer ${new UnsecuredJWT(claims).encode()}`,
        'HS256 with the public key as secret': `Bearer ${await sign({}, new TextEncoder().encode(JSON.stringify(api.issuer.jwks.keys[0])), 'HS256')}`,
        expired: `Bearer ${await api.issuer.sign({ accounts: [ocns[0]], expiresIn: now - 3600 })}`,
        'not yet valid': `Bearer ${await new SignJWT({ ...claims })
          .setProtectedHeader({ alg: 'ES256' })
          .setNotBefore(now + 3600)
          .sign(stranger.privateKey)}`,
        'no accounts claim': `Bearer ${await api.issuer.sign({ accounts: undefined })}`,
        'empty accounts claim': `Bearer ${await api.issuer.sign({ accounts: [] })}`,
        'accounts claim not a list': `Bearer ${await api.issuer.sign({ accounts: ocns[0] })}`,
        'oversized token': `Bearer ${'a'.repeat(9000)}.${payload}.${signature}`,
      };
    }

    it('answers 401 with the same body for every bad token on every route', async () => {
      const bodies = new Set();
      for (const [why, authorization] of Object.entries(await badTokens())) {
        for (const route of routes) {
          const response = await fetch(`${api.baseUrl}${route}`, { headers: authorization === undefined ? {} : { authorization } });
          const body = await response.text();
          assert.equal(response.status, 401, `${why} on ${route}: HTTP ${response.status} ${body}`);
          assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer /, `${why}: WWW-Authenticate`);
          bodies.add(body);
        }
      }
      assert.equal(bodies.size, 1, `one body for every failure: ${[...bodies].join(' | ')}`);
      const [body] = bodies;
      assert.deepEqual(JSON.parse(body), {
        error: { code: 'unauthorized', message: 'Sign in again: the request has no valid session token.' },
      });
    });

    it('lets a valid token of the same issuer through, scoped to its account', async () => {
      const response = await fetch(`${api.baseUrl}/invoices`, { headers: { authorization: `Bearer ${good}` } });
      assert.equal(response.status, 200);
      const page = await response.json();
      assert.ok(page.rows.length > 0 && page.rows.every((row) => row.ocn === ocns[0]));
    });

    it('lets the health check through without a token, and nothing else', async () => {
      assert.equal((await fetch(`${api.baseUrl}/health`)).status, 200);
    });
  });
}
