#!/usr/bin/env node
// `npm test`: makes sure the browsers are there, then runs the whole suite in each browser found,
// one after the other (Chromium, Firefox, WebKit), with a result line per browser.
import { spawn, spawnSync } from 'node:child_process';
import { findChrome, findFirefox, findWebKit, INSTALL_HINT, WEBKIT_PACKAGES } from './browsers.mjs';

const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];
const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;

function aptInstall(packages, missing) {
  console.log(`[test] Installing ${packages.join(' ')} with apt-get (${missing.join(', ')} not found)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env };
  if (spawnSync('apt-get', ['update'], quiet).status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', ...packages], quiet).status === 0;
}

/** The Debian packages of each browser, installed when it is requested and missing. */
const PACKAGES = { chromium: ['chromium'], firefox: ['firefox-esr'], webkit: WEBKIT_PACKAGES };
const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

function findAll() {
  // WebKitGTK is Linux-only: elsewhere WebKit is missing with nothing to install.
  const webkit = process.platform === 'linux' ? findWebKit() : { missing: [] };
  return { chromium: findChrome(), firefox: findFirefox(), webkit: webkit.missing ? undefined : webkit, webkitMissing: webkit.missing };
}

/** Finds each requested browser, installing missing ones with apt-get when root on Debian/Ubuntu. */
function prepareBrowsers(requested) {
  const found = findAll();
  const absent = requested.filter((name) => !found[name]);
  if (!absent.length || !canApt || process.env.INVOICE_SKIP_BROWSER_INSTALL === '1') return found;
  if (
    !aptInstall(
      absent.flatMap((name) => PACKAGES[name]),
      absent.map((name) => LABELS[name]),
    )
  ) {
    console.log('[test] apt-get could not install them; running the browsers that are there.');
  }
  return findAll();
}

/** Why WebKit cannot run here, and how to add it, in one line. */
function webkitSkipReason(missing) {
  if (process.platform !== 'linux') {
    return `WebKit skipped: the suite drives WebKitGTK, which is Linux-only (${process.platform} here); run \`npm test\` on Linux or in CI for Safari's engine.`;
  }
  return `WebKit skipped: ${missing.join(', ')} not found; add it with \`sudo apt-get install -y ${WEBKIT_PACKAGES.join(' ')}\` (or set WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH, XVFB_PATH).`;
}

/**
 * Runs one step of the test command as a child process and resolves to its exit code. Ctrl+C
 * reaches the child directly (same process group); SIGTERM and SIGHUP are passed on, and this
 * process waits for the child to clean up (its browsers, Xvfb, WebKitWebDriver) before leaving.
 */
export function runStep(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    // SIGINT is already on its way to the child from the terminal: only wait for it.
    const handlers = signals.map((signal) => [signal, signal === 'SIGINT' ? () => {} : () => forward(signal)]);
    for (const [signal, handler] of handlers) process.on(signal, handler);
    child.on('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      resolve(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15) : 1));
    });
    child.on('error', (error) => {
      console.error(`[test] ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

/** The browser suite (@web/test-runner), in every browser given. Extra arguments go to the runner. */
function runBrowserSuite(browsers, found, args) {
  return runStep(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args], {
    INVOICE_BROWSERS: browsers.join(','),
    ...(found.chromium ? { CHROME_PATH: found.chromium } : {}),
    ...(found.firefox ? { FIREFOX_PATH: found.firefox } : {}),
  });
}

// INVOICE_BROWSERS=webkit (or chromium,firefox) narrows a run; by default every browser runs.
const requested = process.env.INVOICE_BROWSERS?.split(',').filter(Boolean) ?? ALL_BROWSERS;
const unknown = requested.filter((name) => !ALL_BROWSERS.includes(name));
if (unknown.length) {
  console.error(`[test] Unknown browser ${unknown.join(', ')} in INVOICE_BROWSERS; use ${ALL_BROWSERS.join(', ')}.`);
  process.exit(1);
}

const found = prepareBrowsers(requested);
if (requested.includes('chromium') && !found.chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (requested.includes('firefox') && !found.firefox)
  console.log('[test] Firefox skipped: not found (apt-get install -y firefox-esr to add it).');
if (requested.includes('webkit') && !found.webkit) console.log(`[test] ${webkitSkipReason(found.webkitMissing)}`);

const browsers = requested.filter((name) => found[name]);
if (!browsers.length) {
  console.error(`[test] None of the requested browsers (${requested.join(', ')}) can run here.`);
  process.exit(1);
}
const labels = {
  chromium: `Chromium (${found.chromium})`,
  firefox: `Firefox (${found.firefox})`,
  webkit: `WebKit (WebKitGTK ${found.webkit?.browserPath})`,
};
console.log(`[test] Browsers: ${browsers.map((name) => labels[name]).join(', ')}`);

// Each step of `npm test` is one call; the run fails if any step fails.
const status = await runBrowserSuite(browsers, found, process.argv.slice(2));
// The reference backend's tests (node:test, PGlite and PostgreSQL); skipped by a focused run.
const server = await runStep(process.execPath, ['scripts/test-server.mjs', ...process.argv.slice(2)]);
process.exit(status || server);
