#!/usr/bin/env node
// The reference server's tests (server/test/*.test.mjs, node:test): on PGlite always, and on a
// real PostgreSQL server started here for the run (a new cluster in a temporary directory, on a
// free port, stopped afterwards) when one is installed. `npm test` calls this.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresBinDir, startPostgres } from '../server/postgres-instance.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(path.join(root, 'server/test'))
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => path.join('server/test', name));

let postgres;
if (!postgresBinDir) {
  console.log('[test:server] PostgreSQL is not installed (apt-get install postgresql): the server tests run on PGlite only.');
} else {
  postgres = await startPostgres();
  console.log(`[test:server] PostgreSQL from ${postgresBinDir} on port ${postgres.port}, and PGlite.`);
}
const stop = () => postgres?.stop();
process.on('SIGINT', () => (stop(), process.exit(130)));
process.on('SIGTERM', () => (stop(), process.exit(143)));
let status = 1;
try {
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=dot', ...files, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(postgres ? { INVOICE_TEST_DATABASE_URL: postgres.url } : {}) },
  });
  status = result.status ?? 1;
} finally {
  stop();
}
process.exit(status);
