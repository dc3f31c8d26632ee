#!/usr/bin/env node
// Click to visible for the parts of <invoice-section> that load on first use: the download
// dialog's content, the advanced filter's form, the grid's "Customize columns" panel and a row's
// Actions menu. Each
// repetition opens bench/pages/first-use.html in a fresh browser context (a cold cache; the
// server also sends no-store), waits for the first rows and clicks:
//   - `before-idle`: at once, before the page has been idle, so nothing has been prefetched
//     and the click itself loads the part;
//   - `after-idle`: once the page has been idle (the parts are prefetched then);
//   - `before-idle-slow`: as `before-idle` on an emulated slow network (150 ms round trip,
//     1.6 Mbit/s), where fetching on the click costs most.
// The clock runs from the click to the animation frame after the part is shown.
//
//   node bench/first-use.mjs [--reps=3] [--parts=dialog,filter,columns,menu] [--src=<folder holding src/>]   (--src measures another tree, e.g. main's)
//
// `npm run bench` runs it too (`runFirstUse`) and writes the figures to bench/results.json.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChrome } from '../scripts/browsers.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
export const FIRST_USE_PARTS = ['dialog', 'filter', 'columns', 'menu'];
export const FIRST_USE_CASES = ['before-idle', 'after-idle', 'before-idle-slow'];
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One click on a fresh page: ms from the click to the part painted. */
async function measureOnce(browser, base, part, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  try {
    if (kind === 'before-idle-slow') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW);
    }
    await page.goto(`${base}/first-use.html`);
    await page.waitForFunction(() => window.benchFirstUse !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(
      async ({ part, idle }) => {
        await window.benchFirstUse.ready;
        if (idle) {
          await window.benchFirstUse.idle();
          // Prefetches started when idle have finished by now on any network this runs on.
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
        return window.benchFirstUse.open(part);
      },
      { part, idle: kind === 'after-idle' },
    );
  } catch (error) {
    return { error: `${part} ${kind}: ${String(error?.message ?? error).split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}` };
  } finally {
    await context.close();
  }
}

/** { dialog: { 'before-idle': { median, min, max }, … }, … } over `reps` fresh pages each. */
export async function runFirstUse(browser, base, reps, failures = [], log = () => {}, parts = FIRST_USE_PARTS) {
  const out = {};
  for (const part of parts) {
    out[part] = {};
    for (const kind of FIRST_USE_CASES) {
      const list = [];
      for (let rep = 0; rep < reps; rep++) {
        const r = await measureOnce(browser, base, part, kind);
        if (typeof r === 'number') list.push(r);
        else failures.push({ grid: 'first-use', n: 0, rep, error: r.error });
      }
      log(`first use: ${part} ${kind}: ${list.map((x) => x.toFixed(0)).join(', ')} ms`);
      if (list.length)
        out[part][kind] = { median: Math.round(median(list)), min: Math.round(Math.min(...list)), max: Math.round(Math.max(...list)) };
    }
  }
  return out;
}

/** A Markdown table of `runFirstUse`'s result. */
export function firstUseTable(result) {
  const cell = (s) => (s ? `${s.median} (${s.min}–${s.max})` : '—');
  const lines = [
    '**Click to visible for the parts loaded on first use** (cold cache, ms) — median (min–max)',
    '',
    '| part | right after the first rows | after the page was idle | right after the first rows, slow network |',
    '| --- | ---: | ---: | ---: |',
  ];
  const names = { dialog: 'download dialog', filter: 'advanced filter', columns: '"Customize columns"' };
  for (const [part, cases] of Object.entries(result))
    lines.push(
      `| ${names[part] ?? part} | ${cell(cases['before-idle'])} | ${cell(cases['after-idle'])} | ${cell(cases['before-idle-slow'])} |`,
    );
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const reps = Math.max(1, Number(arg('reps') ?? 3));
  const src = arg('src') ? path.resolve(arg('src'), 'src') : undefined;
  const outDir = path.join(benchDir, 'out', 'first-use');
  await build({
    configFile: false,
    root: path.join(benchDir, 'pages'),
    base: './',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: src ? { alias: [{ find: /^\.\.\/\.\.\/src\//, replacement: `${src}/` }] } : {},
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rollupOptions: { input: { 'first-use': path.join(benchDir, 'pages/first-use.html') } },
    },
  });
  const server = http.createServer(async (req, res) => {
    const file = path.join(outDir, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    if (!file.startsWith(outDir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium or Chrome found; set CHROME_PATH.');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const failures = [];
    const parts = arg('parts')?.split(',') ?? FIRST_USE_PARTS;
    const result = await runFirstUse(browser, base, reps, failures, (...m) => console.error(...m), parts);
    console.log(JSON.stringify(result, null, 2));
    console.log(firstUseTable(result));
    if (failures.length) console.error(failures.map((f) => f.error).join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
}
