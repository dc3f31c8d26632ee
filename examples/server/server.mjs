#!/usr/bin/env node
// Runs the reference API on http://127.0.0.1:8787/api with generated invoices.
// Usage: node examples/server/server.mjs [--port=8787] [--count=5000]
import http from 'node:http';
import { createInvoiceApi } from './api.mjs';
import { loadDataModule } from './load-data.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const port = Number(arg('port', 8787));
const count = Number(arg('count', 5000));
const lib = await loadDataModule();
const api = createInvoiceApi(lib, {
  invoices: [...lib.seedInvoices(), ...lib.generateInvoices(count)],
  lastRefreshed: new Date().toISOString(),
  invoiceDetail: lib.sampleInvoiceDetail,
});
http
  .createServer(async (req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (!(await api(req, res))) {
      res.writeHead(404).end();
    }
  })
  .listen(port, '127.0.0.1', () => console.log(`Invoice API on http://127.0.0.1:${port}/api (${count + 5} invoices)`));
