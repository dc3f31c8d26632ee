#!/usr/bin/env node
// The README's pictures, made from the Storybook stories so they can be refreshed:
//
//   npm run screenshots [-- --no-build] [--out=docs]
//
// Builds Storybook (`npm run build-storybook`, skipped with --no-build when storybook-static/
// exists), serves it from 127.0.0.1, opens each story below in headless Chromium
// (playwright-core; the browser and flags of scripts/browsers.mjs) and writes a PNG of the
// story's element into docs/. Light theme, English, animations off, fonts loaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, INSTALL_HINT, findChrome } from './browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outDir = path.resolve(root, args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'docs');
const staticDir = path.join(root, 'storybook-static');

/**
 * What to capture: story id, file name, viewport (CSS px), device pixel ratio, and whether
 * the picture is the whole section or, for a phone, its first screen.
 */
const SHOTS = [
  { id: 'components-invoice-section--seed-screen', file: 'invoice-section.png', width: 1440, height: 900, scale: 1, whole: true },
  // A phone's screen from the status tabs down (the billing overview above them fills a first screen).
  {
    id: 'scenarios-invoice-section--mobile-width',
    file: 'invoice-section-phone.png',
    width: 390,
    height: 844,
    scale: 2,
    whole: false,
    from: 'invoice-status-tabs',
  },
];

if (!args.includes('--no-build') || !existsSync(path.join(staticDir, 'index.json'))) {
  const built = spawnSync('npm', ['run', 'build-storybook'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = http.createServer(async (request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = path.join(staticDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!file.startsWith(staticDir) || !(await stat(file).catch(() => undefined))?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  response.end(await readFile(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
// Scrollbars as a desktop user sees them (headless Chromium hides them by default); a phone's
// scrollbars overlay the page and are left hidden.
const desktop = await chromium.launch({ executablePath, args: CHROME_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] });
const phone = await chromium.launch({ executablePath, args: CHROME_ARGS });
let failed = false;
try {
  await mkdir(outDir, { recursive: true });
  for (const shot of SHOTS) {
    const browser = shot.scale > 1 ? phone : desktop;
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: shot.scale,
      reducedMotion: 'reduce',
      locale: 'en-US',
      timezoneId: 'Asia/Tokyo',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/iframe.html?id=${shot.id}&viewMode=story&globals=locale:en;theme:light`, { waitUntil: 'load' });
    const section = page.locator('#storybook-root invoice-section');
    await section.waitFor({ timeout: 60_000 });
    // Rows shown, every element settled, fonts in.
    await page.waitForFunction(
      () => {
        const count = (node) =>
          [...node.querySelectorAll('*')].reduce(
            (n, el) => n + (el.matches('[role="row"][part~="row"]') ? 1 : 0) + (el.shadowRoot ? count(el.shadowRoot) : 0),
            0,
          );
        return count(document) > 0;
      },
      null,
      { timeout: 60_000 },
    );
    await page.evaluate(async (from) => {
      // A margin around the section, as on a page.
      document.getElementById('storybook-root')?.style.setProperty('padding', '16px');
      await document.fonts.ready;
      if (from) document.querySelector('invoice-section')?.shadowRoot?.querySelector(from)?.scrollIntoView({ block: 'start' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, shot.from);
    if (errors.length) throw new Error(`${shot.id}: ${errors.join('\n')}`);
    const file = path.join(outDir, shot.file);
    if (shot.whole) await page.locator('#storybook-root').screenshot({ path: file, animations: 'disabled' });
    else await page.screenshot({ path: file, animations: 'disabled' });
    console.log(`[screenshots] ${path.relative(root, file)}: ${shot.id} at ${shot.width} px (${(await stat(file)).size} bytes)`);
    await context.close();
  }
} catch (error) {
  failed = true;
  console.error(`[screenshots] ${error instanceof Error ? error.message : error}`);
} finally {
  await desktop.close();
  await phone.close();
  server.close();
}
process.exit(failed ? 1 : 0);
