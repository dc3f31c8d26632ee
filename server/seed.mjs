#!/usr/bin/env node
// Loads a deterministic data set: the five rows of the original screen, then invoices from the
// library's generator (seed 1), into PGlite or PostgreSQL. On an empty database the indexes are
// built after the rows, which is several times faster than keeping them current row by row.
//   npm run seed:server -- --count=1000000 [--database-url=postgres://…] [--data-dir=DIR]
import { BUILT_AFTER_LOAD, migrate, openDatabase } from './database.mjs';
import { loadData } from './library.mjs';
import { loadInvoices } from './load.mjs';

/** The invoices of the seed: the same for the same count, on every machine. */
export function seedData(lib, count) {
  const seed = lib.seedInvoices();
  return [...seed.slice(0, count), ...lib.generateInvoices(Math.max(0, count - seed.length), { seed: 1 })];
}

/**
 * Seeds `db` with `count` invoices unless it already holds exactly that seed.
 * @returns {Promise<boolean>} true when rows were loaded
 */
export async function seed(db, lib, count, { log = () => {} } = {}) {
  const { rows } = await db.query("SELECT to_regclass('invoices') IS NOT NULL AS ready");
  if (rows[0].ready) {
    const held = await db.query('SELECT coalesce(sum(invoices), 0)::float8 AS n FROM invoice_rollups');
    if (Number(held.rows[0].n) === count) {
      // Seeded before: only migrations written since then.
      await migrate(db);
      return false;
    }
    if (Number(held.rows[0].n) > 0) throw new Error(`The database holds ${held.rows[0].n} invoices, not ${count}: seed an empty database.`);
  }
  const fresh = !rows[0].ready;
  await migrate(db, fresh ? { skip: BUILT_AFTER_LOAD } : {});
  let started = Date.now();
  const invoices = seedData(lib, count);
  log(`generated ${count.toLocaleString('en')} invoices in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  let next = 0;
  await loadInvoices(db, lib, invoices, {
    batchSize: 5000,
    lastRefreshed: '2026-11-24T21:00:00.000Z',
    onProgress: (loaded) => {
      if (loaded >= next) {
        log(`  ${loaded.toLocaleString('en')} rows, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        next += 100_000;
      }
    },
  });
  log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; building indexes`);
  started = Date.now();
  await migrate(db);
  // VACUUM also marks the pages all-visible, which index-only scans need.
  await db.exec('VACUUM ANALYZE');
  log(`indexed and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const count = Number(arg('count', 1_000_000));
  if (!Number.isInteger(count) || count < 0) throw new Error('--count must be a whole number.');
  const url = arg('database-url', process.env.DATABASE_URL);
  const db = await openDatabase({ url, dataDir: url ? undefined : arg('data-dir', undefined), statementTimeoutMs: 0 });
  console.log(`Seeding ${db.label} with ${count.toLocaleString('en')} invoices`);
  const loaded = await seed(db, await loadData(), count, { log: console.log });
  if (!loaded) console.log('Already seeded.');
  await db.close();
}
