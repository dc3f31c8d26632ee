#!/usr/bin/env node
// `npm test`: makes sure a browser is there, then runs the whole suite in every browser found.
import { spawnSync } from 'node:child_process';
import { findChrome, findFirefox, INSTALL_HINT } from './browsers.mjs';

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;

function aptInstall(packages) {
  console.log(`[test] Installing ${packages.join(' ')} with apt-get (no browser was found)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env }).status === 0;
}

if (process.env.INVOICE_SKIP_BROWSER_INSTALL !== '1' && canApt) {
  const missing = [];
  if (!findChrome()) missing.push('chromium');
  if (!findFirefox()) missing.push('firefox-esr');
  if (missing.length) aptInstall(missing);
}

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const firefox = findFirefox();
// INVOICE_BROWSERS=chromium narrows a run (while iterating); by default every browser found runs.
const requested = process.env.INVOICE_BROWSERS?.split(',').filter(Boolean);
const browsers = ['chromium', ...(firefox ? ['firefox'] : [])].filter((b) => !requested || requested.includes(b));
console.log(
  `[test] Browsers: Chromium (${chrome})${firefox ? `, Firefox (${firefox})` : ' — no Firefox found (apt-get install -y firefox-esr to add it)'}`,
);

const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, INVOICE_BROWSERS: browsers.join(','), CHROME_PATH: chrome, ...(firefox ? { FIREFOX_PATH: firefox } : {}) },
  },
);
// The reference backend's tests (node:test, PGlite and PostgreSQL); skipped by a focused run.
const server = spawnSync(process.execPath, ['scripts/test-server.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit((result.status ?? 1) || (server.status ?? 1));
