#!/usr/bin/env node
// Proves the README's first command: runs `npm start` (Storybook's dev server) as a newcomer
// would, waits until it serves its story index, opens the front page in headless Chromium,
// checks that stories render without errors, then stops the server.
// Usage: node scripts/check-start.mjs [--timeout=180]
import { spawn } from 'node:child_process';
import { CHROME_ARGS, findChrome } from './browsers.mjs';

const port = 6006;
const origin = `http://127.0.0.1:${port}`;
const timeoutSeconds = Number(process.argv.find((a) => a.startsWith('--timeout='))?.split('=')[1] ?? 180);

const server = spawn('npm', ['start'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

async function waitForIndex() {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}/index.json`);
      if (response.ok) return await response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start did not serve ${origin} within ${timeoutSeconds} s:\n${output}`);
}

let failed = false;
try {
  const started = Date.now();
  const index = await waitForIndex();
  const entries = Object.values(index.entries ?? {});
  const stories = entries.filter((entry) => entry.type === 'story');
  console.log(
    `[start] Storybook serves ${origin} after ${((Date.now() - started) / 1000).toFixed(1)} s: ${stories.length} stories, ${entries.length - stories.length} docs pages`,
  );
  if (stories.length === 0) throw new Error('The story index is empty.');
  const chrome = findChrome();
  if (!chrome) {
    console.log('[start] No Chromium to open the page with; the server answered, which is all that can be checked here.');
  } else {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // The seed story in the preview iframe: the section renders its rows.
      const seed = stories.find((entry) => /invoice-section/i.test(entry.id) && /seed|original/i.test(entry.id)) ?? stories[0];
      await page.goto(`${origin}/iframe.html?id=${seed.id}&viewMode=story`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length, null, { timeout: 120_000 });
      // The manager UI (sidebar) loads too.
      await page.goto(origin, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForSelector('#storybook-explorer-tree, nav', { timeout: 120_000 });
      if (errors.length) throw new Error(`Page errors:\n${errors.join('\n')}`);
      console.log(`[start] Opened the Storybook front page and the story "${seed.title} / ${seed.name}" in Chromium: no errors`);
    } finally {
      await browser.close();
    }
  }
} catch (error) {
  failed = true;
  console.error(`[start] ${error instanceof Error ? error.message : error}`);
} finally {
  stop();
}
process.exit(failed ? 1 : 0);
