#!/usr/bin/env node
// How a backend team runs the adapter conformance kit in Node against a server:
// here the reference server, started in-process, through RestInvoiceAdapter.
//   node examples/server/conformance.mjs                          (reference server)
//   node examples/server/conformance.mjs --url=https://host/api   (your server, seeded with conformanceInvoices())
//   … --no-billing   (a server without /invoices/summary, /invoices/{id}/detail and the f.overdue/f.due/f.paid conditions)
// A published install imports '@invoice-section/elements/testing' and '…/adapters' instead
// of bundling the sources as this repository does.
import { build } from 'esbuild';
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createInvoiceApi } from './api.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(root, 'node_modules/.cache/invoice-conformance');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: { data: path.join(root, 'src/data/index.ts'), testing: path.join(root, 'src/testing/index.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'node20',
  outdir,
  logLevel: 'warning',
});
const lib = await import(pathToFileURL(path.join(outdir, 'data.js')).href);
const { conformanceInvoices, runAdapterConformance } = await import(pathToFileURL(path.join(outdir, 'testing.js')).href);

let baseUrl = process.argv.find((a) => a.startsWith('--url='))?.slice(6);
let server;
if (!baseUrl) {
  const api = createInvoiceApi(lib, { invoices: conformanceInvoices(), invoiceDetail: lib.sampleInvoiceDetail });
  server = http.createServer(async (req, res) => {
    if (!(await api(req, res))) res.writeHead(404).end();
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  baseUrl = `http://127.0.0.1:${server.address().port}/api`;
}

const billing = !process.argv.includes('--no-billing');

describe(`conformance of ${baseUrl}`, { concurrency: false }, () => {
  runAdapterConformance(() => new lib.RestInvoiceAdapter({ baseUrl, billing }), {
    skip: billing ? [] : ['billing'],
    describe,
    it,
    title: 'RestInvoiceAdapter',
    failing: {
      make: () => new lib.RestInvoiceAdapter({ baseUrl: 'http://127.0.0.1:9/api', timeoutMs: 2000 }),
      code: 'network',
      retryable: true,
    },
  }).finally(() => server?.close());
});
