#!/usr/bin/env node
// The reference server's tests (server/test/*.test.mjs, node:test): on PGlite always, and on a
// real PostgreSQL server started here for the run (a new cluster in a temporary directory, on a
// free port, stopped afterwards) when one is installed. `npm test` calls this.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresBinDir, startPostgres } from '../server/postgres-instance.mjs';

// Called by `npm test` with its arguments: a run focused on browser test files (--files, --watch) skips these.
if (process.argv.some((a) => a.startsWith('--files') || a === '--watch' || a === '--group')) process.exit(0);

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
let status;
try {
  // Dots while it runs; a TAP copy gives the closing count.
  const tap = path.join(mkdtempSync(path.join(os.tmpdir(), 'invoice-server-tests-')), 'report.tap');
  const reporters = [
    '--test-reporter=dot',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
  ];
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...reporters, ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(postgres ? { INVOICE_TEST_DATABASE_URL: postgres.url } : {}) },
  });
  status = result.status ?? 1;
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(readFileSync(tap, 'utf8'))?.[1] ?? 0);
  if (existsSync(tap)) console.log(`server: ${count('pass')} passed, ${count('fail')} failed`);
} finally {
  stop();
}
process.exit(status);
