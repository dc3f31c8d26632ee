import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROME_ARGS, findChrome, findFirefox, findWebKit } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { webkitLauncher } from './scripts/webkit/launcher.mjs';
import { createInvoiceApi } from './examples/server/api.mjs';
import { loadDataModule } from './examples/server/load-data.mjs';
import { CSP_TEST_FILE, cspGroup, cspMiddleware } from './test/helpers/csp-page.mjs';
import { createNetRoutes } from './test/helpers/net-routes.mjs';
import { sourceFilesMiddleware } from './test/helpers/source-files.mjs';

const wanted = (process.env.INVOICE_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
const chrome = findChrome();
if (wanted.includes('chromium') && chrome) {
  browsers.push(playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: chrome, args: CHROME_ARGS } }));
}
const firefox = findFirefox();
if (wanted.includes('firefox') && firefox) {
  browsers.push(
    puppeteerLauncher({
      // Puppeteer opens Firefox test pages as tabs of one window; a background tab gets no
      // animation frames, so fixtures awaiting a frame would hang. One page at a time.
      concurrency: 1,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        // One tab serves every test file: keep its history uncapped (history tests count
        // entries) and save downloads silently so no panel takes focus from the page.
        extraPrefsFirefox: {
          'browser.sessionhistory.max_entries': 10000,
          'browser.download.alwaysOpenPanel': false,
          'browser.download.panel.shown': true,
          'browser.download.useDownloadDir': true,
          'browser.download.folderList': 2,
          'browser.download.dir': '/tmp',
        },
      },
    }),
  );
}
const webkit = findWebKit();
if (wanted.includes('webkit') && !webkit.missing) {
  // WebKitGTK through WebKitWebDriver under its own Xvfb (scripts/webkit/).
  browsers.push(webkitLauncher(webkit));
}

const lib = await loadDataModule();
const api = createInvoiceApi(lib, {
  invoices: [...lib.seedInvoices(), ...lib.generateInvoices(300, { seed: 7 })],
  prefix: '/test-api',
  lastRefreshed: '2026-11-24T21:00:00.000Z',
  invoiceDetail: lib.sampleInvoiceDetail,
});
const net = createNetRoutes(lib);

/** Routes the REST adapter tests use to provoke faults from a real server. */
async function faults(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/test-fault/hang')) {
    const timer = setTimeout(() => res.end('{}'), 10_000);
    req.on('close', () => clearTimeout(timer));
    return true;
  }
  const status = /^\/test-fault\/status\/(\d{3})/.exec(url.pathname);
  if (status) {
    res.writeHead(Number(status[1]), { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'test', message: `Injected HTTP ${status[1]}` } }));
    return true;
  }
  if (url.pathname.startsWith('/test-fault/not-json')) {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>oops</html>');
    return true;
  }
  if (url.pathname.startsWith('/test-fault/bad-page')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ rows: 'nope', total: -1 }));
    return true;
  }
  return false;
}

// The strict-CSP suite runs as its own group (its page carries the policy); a run focused with
// --files skips it unless the pattern names it (then focus with `--group csp`).
const filesArg = process.argv.find((arg, i) => process.argv[i - 1] === '--files');
const runCsp = !filesArg || filesArg.includes('csp');

export default {
  files: ['test/**/*.test.ts', `!${CSP_TEST_FILE}`],
  groups: runCsp ? [cspGroup] : [],
  nodeResolve: true,
  browsers,
  concurrency: 2,
  // One browser at a time (Chromium, Firefox, WebKit): focus-sensitive keyboard tests are
  // steadier when the browsers do not compete for the two cores.
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20_000 } },
  middleware: [
    cspMiddleware,
    sourceFilesMiddleware,
    async (ctx, next) => {
      if ((await faults(ctx.req, ctx.res)) || (await net(ctx.req, ctx.res)) || (await api(ctx.req, ctx.res))) {
        ctx.respond = false;
        return;
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.test.json' }),
    {
      // The library build bundles table-core with process.env.NODE_ENV defined (vite.config.ts);
      // served unbundled here, its modules get the same replacement.
      name: 'node-env',
      transform(context) {
        if (context.path.includes('/@tanstack/') && context.response.is('js'))
          return { body: context.body.replaceAll('process.env.NODE_ENV', JSON.stringify('production')) };
      },
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>
      // The browser reports benign ResizeObserver loop notices as errors; they are not failures.
      window.addEventListener('error', (event) => {
        if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
      });
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
