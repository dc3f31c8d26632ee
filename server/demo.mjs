// Demo mode: when no identity provider is configured, the server makes its own signing key and
// hands out tokens on request, so a fresh clone, Storybook and a portal developer can try the
// API. It exists only in demo mode; a server with JWT_* settings has no such route.
//   GET {prefix}/accounts           → [{ ocn, name, invoices }]
//   GET {prefix}/token?accounts=A,B → { token } for those OCNs (every account when absent), 1 hour
import { createDemoIssuer } from './auth.mjs';

export async function createDemoRoutes({ db, prefix = '/demo' }) {
  const issuer = await createDemoIssuer();
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const route = url.pathname.slice(prefix.length);
    if (route === '/accounts') {
      const { rows } = await db.query(
        `SELECT a.ocn, a.name, coalesce(sum(r.invoices), 0)::int AS invoices
         FROM accounts a LEFT JOIN invoice_rollups r ON r.account_id = a.account_id
         GROUP BY a.account_id ORDER BY a.account_id`,
      );
      send(200, rows);
    } else if (route === '/token') {
      const requested = url.searchParams.get('accounts');
      const accounts = requested
        ? requested
            .split(',')
            .filter((ocn) => ocn && ocn.length <= 64)
            .slice(0, 1000)
        : (await db.query('SELECT ocn FROM accounts ORDER BY account_id')).rows.map((row) => row.ocn);
      if (!accounts.length) send(400, { error: { code: 'bad-request', message: 'Name at least one account.' } });
      else send(200, { token: await issuer.sign({ subject: 'demo-user', accounts }), accounts });
    } else send(404, { error: { code: 'not-found', message: 'No such route.' } });
    return true;
  }
  return { issuer, handle };
}
