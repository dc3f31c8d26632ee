// One small interface over the two databases the server runs on: PGlite (PostgreSQL compiled to
// WebAssembly, in this process, the default) and a PostgreSQL server (`DATABASE_URL`).
//   query(text, params) → { rows }   bound parameters only ($1, $2, …)
//   transaction(fn)                  fn(tx) with the same query(); commits or rolls back
//   exec(text)                       several statements, no parameters (migrations)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SQL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sql');

/**
 * @param {{ url?: string, dataDir?: string, statementTimeoutMs?: number, poolSize?: number }} [options]
 *   `url`: a postgres:// URL (a PostgreSQL server); otherwise PGlite, in memory or in `dataDir`.
 */
export async function openDatabase({ url, dataDir, statementTimeoutMs = 10_000, poolSize = 10 } = {}) {
  return url ? openPostgres(url, { statementTimeoutMs, poolSize }) : openPglite(dataDir, { statementTimeoutMs });
}

async function openPglite(dataDir, { statementTimeoutMs }) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  await db.exec(`SET statement_timeout = ${Number(statementTimeoutMs)}`);
  const wrap = (target) => ({
    query: (text, params = []) => target.query(text, params),
  });
  return {
    kind: 'pglite',
    label: dataDir ? `PGlite (${dataDir})` : 'PGlite (in memory)',
    ...wrap(db),
    exec: (text) => db.exec(text),
    // PGlite runs one statement at a time: a transaction holds the database until it ends.
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

async function openPostgres(url, { statementTimeoutMs, poolSize }) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: poolSize, statement_timeout: statementTimeoutMs });
  // An idle connection that the server closes must not crash the process.
  pool.on('error', () => {});
  const server = await pool.query('SHOW server_version');
  return {
    kind: 'postgres',
    label: `PostgreSQL ${server.rows[0].server_version}`,
    query: (text, params = []) => pool.query(text, params),
    exec: (text) => pool.query(text),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (text, params = []) => client.query(text, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Migrations that only build indexes and rollups from the rows: a bulk load into an empty
 * database applies them after the rows (see seed.mjs), several times faster than keeping them
 * current row by row.
 */
export const BUILT_AFTER_LOAD = ['003_indexes', '004_totals', '006_payment_rollups'];

/**
 * Applies the SQL files in server/sql/ that have not run yet, in name order, each in a
 * transaction. `until`: stop before this version; `skip`: leave these versions for a later call.
 */
export async function migrate(db, { until, skip = [] } = {}) {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const files = readdirSync(SQL_DIR)
    .filter((name) => /^\d{3}_[\w-]+\.sql$/.test(name))
    .sort();
  const applied = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    if (until && version >= until) break;
    if (skip.includes(version)) continue;
    const done = await db.transaction(async (tx) => {
      // Two servers starting at once: the second waits, then sees the version applied.
      await tx.query('SELECT pg_advisory_xact_lock(7202008003470)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (seen.rows.length) return false;
      for (const statement of splitStatements(readFileSync(path.join(SQL_DIR, file), 'utf8'))) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}

/**
 * Splits a migration into statements (the extended protocol takes one at a time): at semicolons
 * outside comments, quotes and dollar-quoted bodies.
 */
export function splitStatements(sql) {
  const statements = [];
  let current = '';
  let i = 0;
  while (i < sql.length) {
    const rest = sql.slice(i);
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (rest.startsWith('--')) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
      current += '\n';
    } else if (dollar) {
      const end = sql.indexOf(dollar[0], i + dollar[0].length);
      const stop = end < 0 ? sql.length : end + dollar[0].length;
      current += sql.slice(i, stop);
      i = stop;
    } else if (sql[i] === "'" || sql[i] === '"') {
      const quote = sql[i];
      let j = i + 1;
      while (j < sql.length && !(sql[j] === quote && sql[j + 1] !== quote)) j += sql[j] === quote ? 2 : 1;
      current += sql.slice(i, j + 1);
      i = j + 1;
    } else if (sql[i] === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
      i++;
    } else {
      current += sql[i++];
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
