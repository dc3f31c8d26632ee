// Opens the database, applies migrations, seeds an empty database and builds the API: what
// `npm run server` and Storybook's middleware share.
import { createAuth } from './auth.mjs';
import { createInvoiceApi } from './api.mjs';
import { migrate, openDatabase } from './database.mjs';
import { createDemoRoutes } from './demo.mjs';
import { loadData } from './library.mjs';
import { seed } from './seed.mjs';

/**
 * @param {{ env?: NodeJS.ProcessEnv, prefix?: string, count?: number, dataDir?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ db: object, handle: (req, res) => Promise<boolean>, demo?: object, close: () => Promise<void> }>}
 */
export async function startReferenceServer({ env = process.env, prefix = '/api', count = 5000, dataDir, log = console.log } = {}) {
  const lib = await loadData();
  const db = await openDatabase({ url: env.DATABASE_URL || undefined, dataDir });
  await migrate(db);
  const { rows } = await db.query('SELECT count(*)::int AS n FROM accounts');
  if (rows[0].n === 0) {
    log(`Seeding ${db.label} with ${count.toLocaleString('en')} invoices…`);
    await seed(db, lib, count);
  }
  const keyed = env.JWT_JWKS_URL || env.JWT_PUBLIC_KEY || env.JWT_SECRET;
  const demo = keyed ? undefined : await createDemoRoutes({ db, prefix: `${prefix}/demo` });
  const auth = await createAuth(
    keyed
      ? {
          jwksUrl: env.JWT_JWKS_URL || undefined,
          publicKey: env.JWT_PUBLIC_KEY || undefined,
          algorithm: env.JWT_ALGORITHM || undefined,
          secret: env.JWT_SECRET || undefined,
          issuer: env.JWT_ISSUER || undefined,
          audience: env.JWT_AUDIENCE || undefined,
        }
      : { jwks: demo.issuer.jwks },
  );
  // Demo mode serves the library's generated data: its detail gets generated line items and tax too.
  const api = createInvoiceApi({ db, lib, auth, prefix, log, ...(demo ? { invoiceDetail: lib.sampleInvoiceDetail } : {}) });
  return {
    db,
    demo,
    handle: async (req, res) => (demo && (await demo.handle(req, res))) || api(req, res),
    close: () => db.close(),
  };
}
