// The strict-CSP test group: its page is served with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; require-trusted-types-for 'script'
// The test runner injects inline scripts of its own (runtime config, console capture); a page
// that allows no inline script cannot run them, so the middleware moves each inline script
// into a same-origin file before the page leaves the server. Nothing else is relaxed.
import { createHash } from 'node:crypto';

export const CSP_TEST_FILE = 'test/security/csp.test.ts';
export const CSP_POLICY = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
const MARKER = '<meta name="invoice-strict-csp" content="on">';
/** The same policy with Workers refused, for the export's fallback on the page. */
export const CSP_NO_WORKER_TEST_FILE = 'test/security/csp-no-worker.test.ts';
export const CSP_NO_WORKER_POLICY = `${CSP_POLICY}; worker-src 'none'`;
const NO_WORKER_MARKER = '<meta name="invoice-strict-csp" content="no-worker">';
const PREFIX = '/__invoice-csp__/';

/** Scripts moved out of CSP pages, by file name. */
const moved = new Map();

function externalise(html) {
  return html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributes, body) => {
    if (/\ssrc=/.test(attributes) || body.trim() === '') return whole;
    const name = `${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
    moved.set(name, body);
    return `<script${attributes} src="${PREFIX}${name}"></script>`;
  });
}

/** Koa middleware: serves moved scripts and puts the policy on the CSP group's page. */
export async function cspMiddleware(ctx, next) {
  if (ctx.path.startsWith(PREFIX)) {
    const body = moved.get(ctx.path.slice(PREFIX.length));
    if (body === undefined) return next();
    ctx.type = 'application/javascript';
    ctx.body = body;
    return;
  }
  await next();
  if (ctx.path !== '/' || ctx.body == null) return;
  const html = typeof ctx.body === 'string' ? ctx.body : Buffer.isBuffer(ctx.body) ? ctx.body.toString('utf8') : null;
  const policy = html?.includes(MARKER) ? CSP_POLICY : html?.includes(NO_WORKER_MARKER) ? CSP_NO_WORKER_POLICY : undefined;
  if (html === null || html === undefined || !policy) return;
  ctx.body = externalise(html);
  ctx.set('Content-Security-Policy', policy);
  ctx.set('Cache-Control', 'no-store');
}

/** The test runner group: same browsers, its own page with no inline script. */
export const cspGroup = {
  name: 'csp',
  files: CSP_TEST_FILE,
  testRunnerHtml: (testFramework) => cspPage(MARKER, testFramework),
};

/** The group whose page also refuses Workers (`worker-src 'none'`). */
export const cspNoWorkerGroup = {
  name: 'csp-no-worker',
  files: CSP_NO_WORKER_TEST_FILE,
  testRunnerHtml: (testFramework) => cspPage(NO_WORKER_MARKER, testFramework),
};

function cspPage(marker, testFramework) {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8">${marker}</head>
  <body>
    <script src="/test/helpers/csp-setup.js"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;
}
