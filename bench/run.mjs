#!/usr/bin/env node
// Benchmarks <invoice-grid> against peer grids, side by side in one run.
//
//   npm run bench -- [--sizes=1000,10000,100000] [--reps=5] [--grids=a,b] [--no-export]
//                    [--zip=250,500,1000 | --no-zip] [--only=zip|export]
//                    [--export-rows=100000] [--cpu-throttle=4]
//                    [--profile[=grid,…|export] [--trace]] [--out=bench/results.json]
//
// Builds one production page per grid (bench/pages, Vite), serves them from 127.0.0.1 and
// drives headless Chromium through playwright-core. Every repetition runs in a fresh browser
// context and the grids take turns (the order rotates each repetition). Prints a markdown
// table and writes bench/results.json. See bench/README.md.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChrome } from '../scripts/browsers.mjs';
import { exportTable, runExportBench } from './export-bench.mjs';
import { firstUseTable, runFirstUse } from './first-use.mjs';
import { bundleTable, measureBundles } from './size-check.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = path.dirname(benchDir.replace(/\/$/, ''));

// --- options ------------------------------------------------------------------------------
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : true];
  }),
);
const SIZES = String(args.sizes ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const REPS = Math.max(1, Number(args.reps ?? 5));
/** ~1% of the generated invoices contain it (serial numbers …0077…), at every size. */
const SEARCH_TERM = String(args.search ?? '0077');
const SCROLL_MS = 2000;
const EXPORT_ROWS = Number(args['export-rows'] ?? 100_000);
/** Documents per ZIP download through the dialog (`--zip`); `--only=zip` measures nothing else. */
const ZIP_SIZES = args['no-zip']
  ? []
  : String(args.zip ?? '250,500,1000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
const ONLY_ZIP = args.only === 'zip';
/** `--only=export`: the export cases alone; refreshes the `export` entry of the results file. */
const ONLY_EXPORT = args.only === 'export';
const OUT = path.resolve(repoDir, String(args.out ?? 'bench/results.json'));
const PAGES_OUT = path.join(benchDir, 'out', args.profile ? 'pages-profile' : 'pages');

const ALL_GRIDS = ['invoice-grid', 'invoice-grid-paged', 'ag-grid', 'vaadin-grid', 'tabulator'];
const OURS = ['invoice-grid', 'invoice-grid-paged'];
const PEERS = ['ag-grid', 'vaadin-grid', 'tabulator'];
const ourGridReady = existsSync(path.join(repoDir, 'src/components/invoice-grid/invoice-grid.component.ts'));
let GRIDS = args.grids ? String(args.grids).split(',') : ALL_GRIDS.filter((g) => ourGridReady || !OURS.includes(g));
const METRICS = [
  'first-rows',
  'sort',
  'sort-after-first-rows',
  'search',
  'long-frames',
  'long-frames-cards',
  'long-frames-lineage',
  'heap-mb',
];
const UNITS = {
  'first-rows': 'ms',
  sort: 'ms',
  'sort-after-first-rows': 'ms',
  search: 'ms',
  'long-frames': 'frames',
  'long-frames-cards': 'frames',
  'long-frames-lineage': 'frames',
  'heap-mb': 'MB',
};
/**
 * The scroll in other layouts, measured for our virtual grid only: in a 390 px box (a phone,
 * where it shows cards) and through data where lineages are common (reissues, superseded
 * originals, credit notes; every lineage member is a row of its own in virtual mode).
 */
const SCROLL_CASES = { 'long-frames-cards': { width: 390 }, 'long-frames-lineage': { variant: 'lineage' } };
const SCROLL_CASE_GRIDS = ['invoice-grid'];
const isFrameCount = (metric) => metric.startsWith('long-frames');

const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--js-flags=--expose-gc',
];

const log = (...m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);

// --- build ----------------------------------------------------------------------------------
async function buildPages() {
  const pagesDir = path.join(benchDir, 'pages');
  const { readdirSync } = await import('node:fs');
  const input = Object.fromEntries(
    readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => ourGridReady || !f.startsWith('invoice-grid'))
      .filter((f) => existsSync(path.join(repoDir, 'src/export/index.ts')) || f !== 'export.html')
      .filter((f) => !ONLY_ZIP || f === 'zip.html')
      .filter((f) => !(ONLY_EXPORT || args.profile === 'export') || f === 'export.html')
      .map((f) => [f.replace(/\.html$/, ''), path.join(pagesDir, f)]),
  );
  await build({
    configFile: false,
    root: pagesDir,
    base: './',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: PAGES_OUT,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      // Profiles need readable function names.
      minify: !args.profile,
      sourcemap: false,
      rollupOptions: { input },
    },
    // The export Worker and the SheetJS one: ES modules, each one file.
    worker: { format: 'es', rollupOptions: { output: { codeSplitting: false } } },
  });
  return Object.keys(input);
}

// --- static server ------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
function serve(root) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// --- measuring ------------------------------------------------------------------------------
async function heapBytes(page, cdp) {
  await page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 100));
    globalThis.gc?.();
    globalThis.gc?.();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  // Typed arrays keep their bytes outside the JS heap proper; count them too.
  const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  return usedSize + backingStorageSize;
}

async function openPage(browser, base, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/${name}.html`);
  return { context, page, cdp, errors };
}

/** Every metric of one grid at one size: the steps of one page, then the sort right after the first rows on another. */
async function measureGrid(browser, base, grid, n) {
  const result = await measureSteps(browser, base, grid, n);
  if (result.error) return result;
  const sortAfterFirstRows = await measureSortAfterFirstRows(browser, base, grid, n);
  if (typeof sortAfterFirstRows !== 'number') return sortAfterFirstRows;
  const out = { ...result, 'sort-after-first-rows': sortAfterFirstRows };
  if (!SCROLL_CASE_GRIDS.includes(grid)) return out;
  for (const [metric, setup] of Object.entries(SCROLL_CASES)) {
    const scroll = await measureScrollCase(browser, base, grid, n, setup);
    if (scroll.error) return { error: `${metric}: ${scroll.error}` };
    out[metric] = scroll.longFrames;
    out.extra[metric] = scroll;
  }
  return out;
}

/** The 2 s scroll on a fresh page set up by `setup` (a box `width`, a data `variant`), after the first rows. */
async function measureScrollCase(browser, base, grid, n, { width, variant }) {
  const { context, page, errors } = await openPage(browser, base, grid);
  try {
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 30_000 });
    await page.evaluate(() => window.bench.ready);
    await page.evaluate(([count, v]) => window.bench.generate(count, v), [n, variant]);
    if (width && !(await page.evaluate((px) => window.bench.setWidth(px), width))) throw new Error('the page cannot set its width');
    await page.evaluate(() => window.bench.load());
    return await page.evaluate((ms) => window.bench.scroll(ms), SCROLL_MS);
  } catch (error) {
    return { error: `${String(error?.message ?? error).split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}` };
  } finally {
    await context.close();
  }
}

/** First rows, heap, scroll, sort and search, one after another on one page. */
async function measureSteps(browser, base, grid, n) {
  const { context, page, cdp, errors } = await openPage(browser, base, grid);
  try {
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 30_000 });
    await page.evaluate(() => window.bench.ready);
    await page.evaluate((count) => window.bench.generate(count), n);
    const before = await heapBytes(page, cdp);
    const firstRows = await page.evaluate(() => window.bench.load());
    const after = await heapBytes(page, cdp);
    const scroll = await page.evaluate((ms) => window.bench.scroll(ms), SCROLL_MS);
    await page.evaluate(() => window.bench.scrollToTop());
    await page.evaluate(() => window.bench.plan('sort'));
    const sort = await page.evaluate(() => window.bench.sortByAmount());
    await page.evaluate((term) => window.bench.plan('search', term), SEARCH_TERM);
    const search = await page.evaluate((term) => window.bench.search(term), SEARCH_TERM);
    return {
      'first-rows': firstRows,
      sort,
      search,
      'long-frames': scroll.longFrames,
      'heap-mb': (after - before) / 2 ** 20,
      extra: { scroll },
    };
  } catch (error) {
    return { error: `${String(error?.message ?? error).split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}` };
  } finally {
    await context.close();
  }
}

/**
 * Sort by amount issued one frame after the first rows are painted, on a fresh page: what a
 * user who sorts at once meets while the grid may still be indexing in the background.
 */
async function measureSortAfterFirstRows(browser, base, grid, n) {
  const { context, page, errors } = await openPage(browser, base, grid);
  try {
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 30_000 });
    await page.evaluate(() => window.bench.ready);
    await page.evaluate((count) => window.bench.generate(count), n);
    return await page.evaluate(() => window.bench.sortAfterFirstRows());
  } catch (error) {
    return {
      error: `sort after first rows: ${String(error?.message ?? error).split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}`,
    };
  } finally {
    await context.close();
  }
}

async function measureZip(browser, base, n) {
  const { context, page, errors } = await openPage(browser, base, 'zip');
  try {
    await page.waitForFunction(() => window.benchZip !== undefined, null, { timeout: 30_000 });
    return await page.evaluate((count) => window.benchZip.run(count), n);
  } catch (error) {
    return { error: `${String(error?.message ?? error).split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}` };
  } finally {
    await context.close();
  }
}

/** ZIP downloads of `ZIP_SIZES` documents, `reps` times each: median (min–max) per size. */
async function runZip(browser, base, reps, failures) {
  const out = {};
  for (const n of ZIP_SIZES) {
    const list = [];
    for (let rep = 0; rep < reps; rep++) {
      const r = await measureZip(browser, base, n);
      log(
        `zip ${n} documents: ${r.error ?? `${r.ms.toFixed(0)} ms, ${r.renders} renders in ${r.frames} frames, longest task ${r.longestTaskMs.toFixed(0)} ms`}`,
      );
      if (r.error) failures.push({ grid: 'zip', n, rep, error: r.error });
      else list.push(r);
    }
    if (!list.length) continue;
    const stat = (k) => ({
      median: Math.round(median(list.map((r) => r[k]))),
      min: Math.round(Math.min(...list.map((r) => r[k]))),
      max: Math.round(Math.max(...list.map((r) => r[k]))),
    });
    out[n] = { reps: list.length, ms: stat('ms'), renders: stat('renders'), frames: stat('frames'), longestTaskMs: stat('longestTaskMs') };
  }
  return out;
}

function zipTable(zip) {
  const lines = ['**ZIP of many small documents through the download dialog** (select all → saved file) — median (min–max)', ''];
  lines.push('| documents | time (ms) | renders | frames | longest task (ms) |', '| ---: | ---: | ---: | ---: | ---: |');
  for (const [n, z] of Object.entries(zip)) {
    lines.push(
      `| ${Number(n).toLocaleString('en')} | ${z.ms.median} (${z.ms.min}–${z.ms.max}) | ${z.renders.median} | ${z.frames.median} | ${z.longestTaskMs.median} |`,
    );
  }
  return [...lines, ''].join('\n');
}

// --- CPU profiles (--profile[=grid]) --------------------------------------------------------
/** Self time per function (bottom-up), in ms, from a CDP Profiler.Profile. */
function summarize(profile, top = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  const total = deltas.reduce((a, b) => a + b, 0) / 1000;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.split('/').pop() : '';
    const key = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return {
    totalMs: Math.round(total),
    top: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 })),
  };
}

async function profileExport(browser, base) {
  const { context, page, cdp } = await openPage(browser, base, 'export');
  const out = {};
  try {
    await page.waitForFunction(() => window.benchExport !== undefined);
    await page.evaluate((n) => window.benchExport.generate(n), EXPORT_ROWS);
    // Throttled as in the benchmark, after the export panel's warm-up.
    const throttle = Number(args['cpu-throttle'] ?? 4);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (!args.cold) await page.evaluate(() => window.benchExport.openPanel('worker'));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const format of ['xlsx', 'csv']) {
      await cdp.send('Profiler.start');
      const value = await page.evaluate((f) => window.benchExport.run(f), format);
      const { profile } = await cdp.send('Profiler.stop');
      const file = path.join(benchDir, 'out', `profile-export-${format}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      out[format] = { value, file: path.relative(repoDir, file), ...summarize(profile, 25) };
    }
  } finally {
    await context.close();
  }
  return out;
}

/**
 * `--profile=export --trace`: a Chrome trace of each export in the Worker setup with the page's
 * CPU throttled as in the benchmark (after the export panel's warm-up, as the benchmark runs
 * it), and what ran inside each main-thread task over 50 ms.
 */
async function traceExport(browser, base) {
  const throttle = Number(args['cpu-throttle'] ?? 4);
  const out = {};
  for (const format of ['xlsx', 'csv']) {
    const { context, page, cdp } = await openPage(browser, base, 'export');
    try {
      await page.waitForFunction(() => window.benchExport !== undefined);
      await page.evaluate((n) => window.benchExport.generate(n), EXPORT_ROWS);
      if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (!args.cold) await page.evaluate(() => window.benchExport.openPanel('worker'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8',
          'v8.execute',
          'blink.user_timing',
          'disabled-by-default-v8.cpu_profiler',
        ],
      });
      const value = await page.evaluate((f) => window.benchExport.run(f, 'worker'), format);
      const buffer = await browser.stopTracing();
      const file = path.join(benchDir, 'out', `trace-export-${format}.json`);
      await writeFile(file, buffer);
      out[format] = {
        value: { ...value, clickDelaysMs: undefined, longTaskSpans: undefined },
        file: path.relative(repoDir, file),
        longTasks: longTasksOfTrace(buffer),
      };
    } finally {
      await context.close();
    }
  }
  return out;
}

/** The main thread's tasks over 50 ms in a Chrome trace, each with the longest events inside it. */
function longTasksOfTrace(buffer) {
  const { traceEvents } = JSON.parse(buffer.toString());
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  const t0 = events[0]?.ts ?? 0;
  const label = (e) => {
    const d = e.args?.data ?? {};
    const where = d.url ? ` ${String(d.url).split('/').pop()}${d.lineNumber ? `:${d.lineNumber}` : ''}` : '';
    return `${e.name}${d.functionName ? ` ${d.functionName}` : ''}${d.type ? ` ${d.type}` : ''}${where}`;
  };
  // The main thread's CPU samples (ProfileChunk events): [time, function] pairs.
  const samples = [];
  const nodes = new Map();
  const profiles = traceEvents.filter((e) => e.name === 'Profile' && main && e.pid === main.pid && e.tid === main.tid);
  const ids = new Set(profiles.map((e) => e.id));
  const chunks = traceEvents.filter((e) => e.name === 'ProfileChunk' && ids.has(e.id)).sort((a, b) => a.ts - b.ts);
  const starts = new Map(profiles.map((e) => [e.id, e.args?.data?.startTime]));
  const clock = new Map();
  for (const chunk of chunks) {
    const data = chunk.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(`${chunk.id}:${node.id}`, node.callFrame);
    let t = clock.get(chunk.id) ?? starts.get(chunk.id) ?? chunk.ts;
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += data.timeDeltas?.[i] ?? 0;
      samples.push([t, `${chunk.id}:${id}`]);
    });
    clock.set(chunk.id, t);
  }
  const sampled = (from, to) => {
    const count = new Map();
    for (const [t, key] of samples) {
      if (t < from || t > to) continue;
      const frame = nodes.get(key);
      const name = frame
        ? `${frame.functionName || '(anonymous)'} ${frame.url ? `${String(frame.url).split('/').pop()}:${frame.lineNumber + 1}` : ''}`.trim()
        : key;
      count.set(name, (count.get(name) ?? 0) + 1);
    }
    return [...count.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, n]) => `${n}× ${name}`);
  };
  return events
    .filter((e) => e.name === 'RunTask' && e.dur > 50_000)
    .map((task) => {
      const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 2_000);
      return {
        atMs: Math.round((task.ts - t0) / 1000),
        ms: Math.round(task.dur / 1000),
        // The thread's CPU time in the task: far below ms / throttle, the thread was waiting to run.
        cpuMs: typeof task.tdur === 'number' ? Math.round(task.tdur / 1000) : undefined,
        inside: inside.slice(0, 30).map((e) => `${Math.round(e.dur / 100) / 10} ms ${label(e)}`),
        // CPU samples of the page's thread during the task (self time, by function).
        samples: sampled(task.ts, task.ts + task.dur),
      };
    });
}

/**
 * Main-thread time by kind from a Chrome trace: script, style, layout (and how much of it was
 * forced from script), paint and GC, in ms.
 */
function summarizeTrace(buffer) {
  const { traceEvents } = JSON.parse(buffer.toString());
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const kinds = {
    style: ['UpdateLayoutTree'],
    layout: ['Layout'],
    paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit'],
    gc: ['MajorGC', 'MinorGC'],
  };
  const kindOf = new Map(Object.entries(kinds).flatMap(([k, names]) => names.map((name) => [name, k])));
  const sum = { busy: 0 };
  let busyUntil = 0;
  let forced = 0;
  for (const e of events.sort((a, b) => a.ts - b.ts)) {
    if (e.name === 'RunTask' && e.ts >= busyUntil) {
      busyUntil = e.ts + e.dur;
      sum.busy += e.dur / 1000;
    }
    const kind = kindOf.get(e.name);
    if (!kind) continue;
    sum[kind] = (sum[kind] ?? 0) + e.dur / 1000;
    // A style or layout pass that carries a JS stack was forced by script reading layout.
    if ((kind === 'style' || kind === 'layout') && (e.args?.beginData?.stackTrace?.length || e.args?.data?.stackTrace?.length))
      forced += e.dur / 1000;
  }
  const attributed = (sum.style ?? 0) + (sum.layout ?? 0) + (sum.paint ?? 0) + (sum.gc ?? 0);
  const out = Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  out['script+other'] = Math.round((sum.busy - attributed) * 10) / 10;
  out['forced style+layout'] = Math.round(forced * 10) / 10;
  out.layouts = events.filter((e) => e.name === 'Layout').length;
  return out;
}

/**
 * Opens a fresh page for `grid` with `n` invoices and walks the timed steps (first rows,
 * scroll, sort, search; the scroll back to the top in between is not recorded), calling
 * `record(name, run)` for each: it starts its recorder, awaits `run()` and returns what to keep.
 */
async function recordSteps(browser, base, grid, n, record, prepare = async () => {}) {
  const { context, page, cdp } = await openPage(browser, base, grid);
  const out = {};
  try {
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate(() => window.bench.ready);
    await page.evaluate((count) => window.bench.generate(count), n);
    await prepare(cdp);
    const steps = [
      ['first-rows', () => page.evaluate(() => window.bench.load())],
      ['scroll', () => page.evaluate((ms) => window.bench.scroll(ms), SCROLL_MS)],
      ['reset', () => page.evaluate(() => window.bench.scrollToTop())],
      ['sort', () => page.evaluate(() => window.bench.sortByAmount())],
      ['search', () => page.evaluate((term) => window.bench.search(term), SEARCH_TERM)],
    ];
    for (const [name, step] of steps) {
      if (name === 'reset') {
        await step();
        continue;
      }
      if (name === 'sort') await page.evaluate(() => window.bench.plan('sort'));
      if (name === 'search') await page.evaluate((term) => window.bench.plan('search', term), SEARCH_TERM);
      out[name] = await record(name, step, { page, cdp });
    }
  } finally {
    await context.close();
  }
  return out;
}

function traceGrid(browser, base, grid, n) {
  return recordSteps(browser, base, grid, n, async (name, step, { page }) => {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8'],
    });
    const value = await step();
    const buffer = await browser.stopTracing();
    const file = path.join(benchDir, 'out', `trace-${grid}-${n}-${name}.json`);
    await writeFile(file, buffer);
    return { value, file: path.relative(repoDir, file), ...summarizeTrace(buffer) };
  });
}

function profileGrid(browser, base, grid, n) {
  return recordSteps(
    browser,
    base,
    grid,
    n,
    async (name, step, { cdp }) => {
      await cdp.send('Profiler.start');
      const value = await step();
      const { profile } = await cdp.send('Profiler.stop');
      const file = path.join(benchDir, 'out', `profile-${grid}-${n}-${name}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      return { value, file: path.relative(repoDir, file), ...summarize(profile) };
    },
    async (cdp) => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    },
  );
}

// --- statistics and output -------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, metric) => (metric === 'heap-mb' ? Math.round(x * 100) / 100 : isFrameCount(metric) ? x : Math.round(x * 10) / 10);
const fmt = (x, metric) =>
  x === undefined || x === null ? '—' : metric === 'heap-mb' ? x.toFixed(2) : isFrameCount(metric) ? String(x) : x.toFixed(0);

function table(rows, machine) {
  const lines = [`Machine: ${machine}`, ''];
  const grids = GRIDS;
  const peers = grids.filter((g) => PEERS.includes(g));
  const ours = grids.filter((g) => OURS.includes(g));
  const get = (grid, n, metric) => rows.find((r) => r.grid === grid && r.n === n && r.metric === metric);
  for (const n of SIZES) {
    lines.push(`**${n.toLocaleString('en')} invoices** — median (min–max) over ${REPS} repetitions`, '');
    const ratioCols = ours.map((g) => `${g === 'invoice-grid' ? 'ours' : g.replace('invoice-grid-', 'ours ')}/best peer`);
    lines.push(`| metric | ${grids.join(' | ')} | ${ratioCols.join(' | ')} |`);
    lines.push(`| --- | ${grids.map(() => '---:').join(' | ')} | ${ratioCols.map(() => '---:').join(' | ')} |`);
    for (const metric of METRICS) {
      const cells = grids.map((g) => {
        const r = get(g, n, metric);
        if (!r && metric in SCROLL_CASES && !SCROLL_CASE_GRIDS.includes(g)) return '—';
        return r ? `${fmt(r.median, metric)} (${fmt(r.min, metric)}–${fmt(r.max, metric)})` : 'failed';
      });
      const best = Math.min(...peers.map((g) => get(g, n, metric)?.median).filter((x) => x !== undefined));
      const ratios = ours.map((g) => {
        const mine = get(g, n, metric)?.median;
        if (mine === undefined || !Number.isFinite(best)) return '—';
        if (best === 0) return mine === 0 ? '=' : '∞';
        return `${(mine / best).toFixed(2)}×`;
      });
      lines.push(`| ${metric} (${UNITS[metric]}) | ${cells.join(' | ')} | ${ratios.join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

// --- main -----------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  log(`building pages (${GRIDS.join(', ')})`);
  const built = await buildPages();
  GRIDS = GRIDS.filter((g) => built.includes(g));
  const server = await serve(PAGES_OUT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium or Chrome found; set CHROME_PATH.');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
  const cpu = os.cpus();
  const machine = `${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}, Chromium ${browser.version()}, load average at start ${load}`;
  log(machine);
  try {
    if (ONLY_ZIP) {
      const failures = [];
      const zip = await runZip(browser, base, REPS, failures);
      const file = path.resolve(repoDir, String(args.out ?? 'bench/out/zip-results.json'));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${JSON.stringify({ machine, date: new Date().toISOString(), zip, failures }, null, 2)}\n`);
      console.log([`Machine: ${machine}`, '', zipTable(zip), failures.length ? `Failures: ${JSON.stringify(failures)}` : ''].join('\n'));
      return;
    }
    if (ONLY_EXPORT) {
      const failures = [];
      const result = await runExportBench(browser, base, openPage, {
        rows: EXPORT_ROWS,
        reps: Math.min(REPS, 3),
        throttle: Number(args['cpu-throttle'] ?? 4),
        log,
        failures,
        // `--export-cases=page-xlsx,worker-csv` measures only those.
        ...(args['export-cases']
          ? {
              cases: String(args['export-cases'])
                .split(',')
                .map((c) => c.split('-')),
            }
          : {}),
      });
      const end = os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ');
      const previous = existsSync(OUT) ? JSON.parse(await readFile(OUT, 'utf8')) : {};
      const run = { machine, date: new Date().toISOString(), loadAverageAtEnd: end, failures };
      await writeFile(OUT, `${JSON.stringify({ ...previous, export: result, exportRun: run }, null, 2)}\n`);
      console.log(
        [`Machine: ${machine}`, '', exportTable(result), `_load average at end ${end}; ${path.relative(repoDir, OUT)}_`].join('\n'),
      );
      return;
    }
    if (args.profile) {
      const grids = args.profile === true ? GRIDS.filter((g) => OURS.includes(g)) : String(args.profile).split(',');
      const profiles = {};
      if (grids.includes('export')) profiles.export = args.trace ? await traceExport(browser, base) : await profileExport(browser, base);
      for (const n of SIZES) {
        for (const grid of grids.filter((g) => g !== 'export')) {
          log(`${args.trace ? 'tracing' : 'profiling'} ${grid} n=${n}`);
          profiles[`${grid}@${n}`] = args.trace ? await traceGrid(browser, base, grid, n) : await profileGrid(browser, base, grid, n);
        }
      }
      const file = path.join(benchDir, 'out', 'profiles.json');
      await writeFile(file, JSON.stringify(profiles, null, 2));
      for (const [key, steps] of Object.entries(profiles)) {
        console.log(`\n## ${key}`);
        if (key === 'export' && args.trace) {
          console.log(JSON.stringify(steps, null, 1));
          continue;
        }
        for (const [step, s] of Object.entries(steps)) {
          if (args.trace) {
            const { value, file, ...kinds } = s;
            console.log(
              `${step}: measured ${typeof value === 'number' ? `${value.toFixed(1)} ms` : JSON.stringify(value)}; main thread ms ${JSON.stringify(kinds)} (${file})`,
            );
            continue;
          }
          console.log(
            `\n${step}: measured ${typeof s.value === 'number' ? `${s.value.toFixed(1)} ms` : JSON.stringify(s.value)}, profile ${s.totalMs} ms (${s.file})`,
          );
          for (const { fn, ms } of s.top) console.log(`  ${String(ms).padStart(8)} ms  ${fn}`);
        }
      }
      return;
    }

    const samples = new Map(); // `${grid}|${n}|${metric}` → number[]
    const failures = [];
    const scrollInfo = {};
    for (let rep = 0; rep < REPS; rep++) {
      // Round robin: every repetition starts with a different grid.
      const order = GRIDS.map((_, i) => GRIDS[(i + rep) % GRIDS.length]);
      for (const n of SIZES) {
        for (const grid of order) {
          const t = Date.now();
          const result = await measureGrid(browser, base, grid, n);
          if (result.error) {
            failures.push({ grid, n, rep, error: result.error });
            log(`rep ${rep + 1}/${REPS} n=${n} ${grid}: FAILED ${result.error}`);
            continue;
          }
          for (const metric of METRICS) {
            if (result[metric] === undefined) continue;
            const key = `${grid}|${n}|${metric}`;
            samples.set(key, [...(samples.get(key) ?? []), result[metric]]);
          }
          (scrollInfo[`${grid}|${n}`] ??= []).push(result.extra.scroll);
          for (const metric of Object.keys(SCROLL_CASES))
            if (result.extra[metric]) (scrollInfo[`${grid}|${n}|${metric}`] ??= []).push(result.extra[metric]);
          log(
            `rep ${rep + 1}/${REPS} n=${n} ${grid}: ${METRICS.map((m) => `${m} ${fmt(result[m], m)}`).join(', ')} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
          );
        }
      }
    }
    const rows = [];
    for (const [key, xs] of samples) {
      const [grid, n, metric] = key.split('|');
      rows.push({
        grid,
        n: Number(n),
        metric,
        median: round(median(xs), metric),
        min: round(Math.min(...xs), metric),
        max: round(Math.max(...xs), metric),
      });
    }
    rows.sort(
      (a, b) => a.n - b.n || GRIDS.indexOf(a.grid) - GRIDS.indexOf(b.grid) || METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric),
    );

    const exportResult =
      !args['no-export'] && built.includes('export')
        ? await runExportBench(browser, base, openPage, {
            rows: EXPORT_ROWS,
            reps: Math.min(REPS, 3),
            throttle: Number(args['cpu-throttle'] ?? 4),
            log,
            failures,
          })
        : {};

    const zipResult = built.includes('zip') ? await runZip(browser, base, Math.min(REPS, 3), failures) : {};
    // Click to visible for the parts of the section loaded on first use (bench/first-use.mjs).
    const firstUse = built.includes('first-use') ? await runFirstUse(browser, base, Math.min(REPS, 3), failures, log) : {};

    log('measuring bundle sizes');
    const bundle = await measureBundles({ peers: true });

    const date = new Date().toISOString();
    const results = {
      machine,
      date,
      options: {
        sizes: SIZES,
        reps: REPS,
        searchTerm: SEARCH_TERM,
        scrollMs: SCROLL_MS,
        grids: GRIDS,
        durationS: Math.round((Date.now() - started) / 1000),
      },
      // Other work on the machine skews timings; compare with the load average at the start (in `machine`).
      loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
      rows,
      bundle,
      export: exportResult,
      zip: zipResult,
      firstUse,
      scroll: Object.fromEntries(
        Object.entries(scrollInfo).map(([k, list]) => [
          k,
          { frames: median(list.map((s) => s.frames)), maxFrameMs: Math.round(median(list.map((s) => s.maxFrameMs))) },
        ]),
      ),
      failures,
    };
    await mkdir(path.dirname(OUT), { recursive: true });
    await writeFile(OUT, `${JSON.stringify(results, null, 2)}\n`);

    const out = [table(rows, machine)];
    const kb = (k) => (bundle[k] === null || bundle[k] === undefined ? '—' : `${bundle[k]} kB`);
    out.push('**Bundle (gzip, minified, JS + CSS loaded up front)**', '');
    out.push(
      `| invoice-section (every tag registered, Lit and table-core included, parts used later excluded) | ag-grid | vaadin-grid | tabulator |`,
    );
    out.push('| ---: | ---: | ---: | ---: |');
    out.push(
      `| ${kb('invoice-section-gzip-kb')} | ${kb('ag-grid-gzip-kb')} | ${kb('vaadin-grid-gzip-kb')} | ${kb('tabulator-gzip-kb')} |`,
      '',
    );
    out.push(bundleTable(bundle));
    if (Object.keys(firstUse).length) out.push(firstUseTable(firstUse));
    if (Object.keys(exportResult).length) out.push(exportTable(exportResult));
    if (Object.keys(zipResult).length) out.push(zipTable(zipResult));
    if (failures.length) out.push(`Failures: ${failures.map((f) => `${f.grid} n=${f.n} rep ${f.rep + 1}: ${f.error}`).join('; ')}`, '');
    out.push(
      `_${date}, ${Math.round((Date.now() - started) / 1000)} s, load average at end ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}; search term "${SEARCH_TERM}"; results in ${path.relative(repoDir, OUT)}_`,
    );
    console.log(out.join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
