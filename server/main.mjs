#!/usr/bin/env node
// npm run server: the invoice API (openapi.yaml) on http://127.0.0.1:8787/api.
//   PGlite in memory by default (nothing to install), seeded with 5,005 invoices;
//   DATABASE_URL=postgres://… to use a PostgreSQL server (migrated, and seeded when empty);
//   --data-dir=DIR keeps PGlite's database on disk; --port=8787; --count=5000.
// Tokens: JWT_JWKS_URL, JWT_PUBLIC_KEY (+ JWT_ALGORITHM) or JWT_SECRET, with JWT_ISSUER and
// JWT_AUDIENCE (default invoice-api). With none of them the server runs in demo mode: it signs
// its own tokens (GET /api/demo/token) and prints one.
import { createHttpServer } from './http.mjs';
import { startReferenceServer } from './start.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const port = Number(arg('port', process.env.PORT ?? 8787));
const reference = await startReferenceServer({ count: Number(arg('count', 5000)) + 5, dataDir: arg('data-dir', undefined) });
const server = createHttpServer(reference.handle, { allowOrigin: process.env.ALLOW_ORIGIN ?? (reference.demo ? '*' : undefined) });
server.listen(port, '127.0.0.1', async () => {
  console.log(`Invoice API on http://127.0.0.1:${port}/api (${reference.db.label})`);
  if (reference.demo) {
    const token = await reference.demo.issuer.sign({
      accounts: (await reference.db.query('SELECT ocn FROM accounts')).rows.map((r) => r.ocn),
      expiresIn: '12h',
    });
    console.log('Demo mode (no JWT_* setting): tokens from /api/demo/token?accounts=OCN,… ; one for every account, valid 12 hours:');
    console.log(`  curl -H 'authorization: Bearer ${token}' http://127.0.0.1:${port}/api/invoices?limit=3`);
  }
});
const stop = async () => {
  server.close();
  await reference.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
