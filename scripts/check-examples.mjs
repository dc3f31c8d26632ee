#!/usr/bin/env node
// Packs the library as it would be published, installs the tarball into a copy of each
// example (examples/plain-html, react-vite, vue-vite, angular, nextjs, lit-ssr) with npm,
// builds it, then opens the built app in headless Chromium (when one is found): the seed
// invoices render, and selecting a row reaches the app through its typed event binding.
// lit-ssr is also checked for server rendering and hydration (scripts/examples/hydration.mjs).
// Needs `npm run build` first and the npm registry for the examples' own dependencies.
// Usage: node scripts/check-examples.mjs [--keep] [--no-browser] [name …]
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChrome } from './browsers.mjs';
import { INVOICE_NUMBER, checkHydration } from './examples/hydration.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const EXAMPLES = ['plain-html', 'react-vite', 'vue-vite', 'angular', 'nextjs', 'lit-ssr'];
const chosen = args.filter((a) => !a.startsWith('--'));
const examples = chosen.length ? chosen : EXAMPLES;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync(path.join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'invoice-examples-'));
const run = (cwd, command, commandArgs) =>
  execFileSync(command, commandArgs, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: ENV,
  });
const failures = [];
const chrome = args.includes('--no-browser') ? undefined : findChrome();
/**
 * How each built example is served: a folder of static files (`dir`), or its own server
 * (`server`: the command, given a free port) for the server-rendered ones. `selection`: the
 * page shows the selection the app heard (`#app-state`); `hydration`: the server-rendering checks.
 */
const SMOKE = {
  'plain-html': { dir: '.', selection: false },
  'react-vite': { dir: 'dist', selection: true },
  'vue-vite': { dir: 'dist', selection: true },
  angular: { dir: 'dist/browser', selection: true },
  nextjs: { server: (port) => ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], selection: true },
  'lit-ssr': { server: () => ['src/server.mjs'], selection: true, hydration: true },
};
const ENV = { ...process.env, npm_config_update_notifier: 'false', NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' };

function freePort() {
  return new Promise((resolve) => {
    const probe = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts an example's own server and resolves once it answers; `stop()` ends it. */
async function startServer(dir, command) {
  const port = await freePort();
  const child = spawn(process.execPath, command(port), {
    cwd: dir,
    env: { ...ENV, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 200))) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${output.slice(-2000)}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url, stop: () => child.kill() };
  }
  child.kill();
  throw new Error(`server did not answer at ${url}: ${output.slice(-2000)}`);
}

function serve(dir) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** Opens the built example and checks that it works, not only that it compiled. */
async function smoke(name, dir) {
  const { chromium } = await import('playwright-core');
  const spec = SMOKE[name];
  let server;
  let url;
  if (spec.server) ({ url, stop: server } = await startServer(dir, spec.server));
  else {
    const files = await serve(path.join(dir, spec.dir));
    url = `http://127.0.0.1:${files.address().port}/`;
    server = () => files.close();
  }
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  try {
    const notes = [];
    if (spec.hydration) notes.push(await checkHydration(browser, url));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A framework's hydration mismatch is logged as a console error.
    // (A browser asks every site for /favicon.ico; the examples have none.)
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico'))
        errors.push(`${message.text()} ${message.location().url ?? ''}`);
    });
    await page.goto(url);
    // Playwright's locators pierce open shadow roots: the first invoice row in the grid.
    await page.getByText(INVOICE_NUMBER).first().waitFor({ timeout: 15_000 });
    if (spec.selection) {
      // The first selection checkbox (the page's or a row's): any selection must reach the app.
      await page.locator('invoice-section [part~="row-checkbox"]').first().check();
      await page.locator('#app-state', { hasText: /Selected in the app: [1-9]/ }).waitFor({ timeout: 5_000 });
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return notes;
  } finally {
    await browser.close();
    server();
  }
}

try {
  const started = Date.now();
  const [packed] = JSON.parse(run(root, npm, ['pack', '--json', '--pack-destination', work]));
  // The examples depend on `file:../invoice-section-elements.tgz`.
  renameSync(path.join(work, packed.filename), path.join(work, 'invoice-section-elements.tgz'));
  console.log(
    `packed ${packed.name}@${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB (${Date.now() - started} ms)`,
  );

  for (const name of examples) {
    const source = path.join(root, 'examples', name);
    if (!existsSync(path.join(source, 'package.json'))) {
      failures.push(`${name}: no such example`);
      continue;
    }
    const dir = path.join(work, name);
    cpSync(source, dir, {
      recursive: true,
      filter: (file) => !/[\\/](node_modules|dist|\.next|\.angular)$|package-lock\.json$/.test(file),
    });
    const t0 = Date.now();
    try {
      run(dir, npm, ['install', '--no-audit', '--no-fund', '--loglevel=error']);
      const t1 = Date.now();
      const output = run(dir, npm, ['run', 'build', '--silent']);
      const last = output.trim().split('\n').filter(Boolean).pop() ?? '';
      const t2 = Date.now();
      const notes = chrome ? await smoke(name, dir) : [];
      const opened = chrome
        ? `, works in Chromium (${((Date.now() - t2) / 1000).toFixed(1)} s${notes.length ? `; ${notes.join('; ')}` : ''})`
        : ' (no Chromium found: not opened)';
      console.log(
        `✓ ${name}: installed in ${((t1 - t0) / 1000).toFixed(1)} s, built in ${((t2 - t1) / 1000).toFixed(1)} s${opened}${last ? ` — ${last.trim()}` : ''}`,
      );
    } catch (error) {
      const detail = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n    ');
      failures.push(`${name}: ${error.message.split('\n')[0]}\n    ${detail}`);
      console.log(`✗ ${name}`);
    }
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\n${failures.length} example(s) failed:\n${failures.join('\n')}`);
  process.exit(1);
}
