#!/usr/bin/env node
// Times InMemoryInvoiceAdapter in Node, without a browser: how long the first answers take
// before any index exists, and right after the first page.
//
//   node bench/adapter.mjs [--size=100000] [--reps=5] [--limit=100] [--search=0077]
//                          [--rows=generated|json] [--root=<checkout>] [--browser] [--json]
//
// Every (case, repetition) runs in a fresh Node process, so "first" means first: no index
// built, no code optimised yet, as on a page that has just loaded. The rows come from
// generateInvoices(size) (seed 1), the data the browser benchmark uses; the page size is the
// virtual grid's block (100 rows); `--rows=json` passes them through JSON first, as a REST
// backend delivers them (in Node 20 the generated objects each get a hidden class of their
// own, which makes every pass over them several times slower than over parsed JSON).
// `--root` measures the data layer of another checkout (before/after comparisons);
// `--browser` runs every case in a fresh page of headless Chromium instead (the engine the
// grid meets, which optimises a cold loop sooner than Node 20 does; no CPU time there).
//
// Prints the median (min–max) per case in ms of wall-clock time, and the median CPU time of
// the process over the same call, steadier than the wall clock on a busy machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : true];
  }),
);
const SIZE = Number(args.size ?? 100_000);
const REPS = Math.max(1, Number(args.reps ?? 5));
const LIMIT = Number(args.limit ?? 100);
const SEARCH = String(args.search ?? '0077');
const ROWS = args.rows === 'json' ? 'json' : 'generated';
/** One frame at 60 Hz: the grid issues a sort at the earliest one frame after painting the first rows. */
const FRAME_MS = 16;

/**
 * The cases. Each `(adapter, query)` does whatever comes first untimed and returns the
 * timing of its last call. Written without outside references so `--browser` can run the
 * same source in a page.
 */
function defineCases({ time, sleep, limit, search, frameMs }) {
  const sortByAmount = [{ field: 'amount', direction: 'asc' }];
  return {
    'first list': async (a, q) => time(() => a.listInvoices(q({}))),
    'next page': async (a, q) => {
      await a.listInvoices(q({}));
      return time(() => a.listInvoices(q({ offset: limit })));
    },
    'first counts': async (a, q) => time(() => a.countByStatus(q({}))),
    'first sort': async (a, q) => time(() => a.listInvoices(q({ sort: sortByAmount }))),
    'first search': async (a, q) => time(() => a.listInvoices(q({ search }))),
    'sort one frame after first list': async (a, q) => {
      await a.listInvoices(q({}));
      await sleep(frameMs);
      return time(() => a.listInvoices(q({ sort: sortByAmount })));
    },
    'search one frame after first list': async (a, q) => {
      await a.listInvoices(q({}));
      await sleep(frameMs);
      return time(() => a.listInvoices(q({ search })));
    },
    'sort 2 s after first list': async (a, q) => {
      await a.listInvoices(q({}));
      await sleep(2000);
      return time(() => a.listInvoices(q({ sort: sortByAmount })));
    },
    'search 2 s after first list': async (a, q) => {
      await a.listInvoices(q({}));
      await sleep(2000);
      return time(() => a.listInvoices(q({ search })));
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function time(call) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await call();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { wall, cpu: (user + system) / 1000 };
}

const CASES = defineCases({ time, sleep, limit: LIMIT, search: SEARCH, frameMs: FRAME_MS });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function child() {
  const lib = await import(pathToFileURL(String(args.lib)).href);
  const generated = lib.generateInvoices(SIZE);
  const rows = args.rows === 'json' ? JSON.parse(JSON.stringify(generated)) : generated;
  globalThis.gc?.();
  const adapter = new lib.InMemoryInvoiceAdapter(rows);
  const query = (overrides) => lib.defaultQuery({ limit: LIMIT, ...overrides });
  process.stdout.write(JSON.stringify(await CASES[args.child](adapter, query)));
  // Idle-time warm-up may still be scheduled; the measurement is done.
  process.exit(0);
}

/** Runs one case in a fresh page of headless Chromium (`--browser`): the engine the grid meets. */
async function inBrowser(browser, libSource, name) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    return await page.evaluate(
      async ({ libSource, casesSource, name, size, limit, search, rows, frameMs }) => {
        const lib = await import(URL.createObjectURL(new Blob([libSource], { type: 'text/javascript' })));
        const defineCases = (0, eval)(`(${casesSource})`);
        const time = async (call) => {
          const start = performance.now();
          await call();
          return { wall: performance.now() - start, cpu: NaN };
        };
        const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        const generated = lib.generateInvoices(size);
        const data = rows === 'json' ? JSON.parse(JSON.stringify(generated)) : generated;
        globalThis.gc?.();
        const adapter = new lib.InMemoryInvoiceAdapter(data);
        const query = (overrides) => lib.defaultQuery({ limit, ...overrides });
        return defineCases({ time, sleep, limit, search, frameMs })[name](adapter, query);
      },
      { libSource, casesSource: defineCases.toString(), name, size: SIZE, limit: LIMIT, search: SEARCH, rows: ROWS, frameMs: FRAME_MS },
    );
  } finally {
    await context.close();
  }
}

async function main() {
  const { build } = await import('esbuild');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outdir = path.join(root, 'node_modules/.cache/invoice-bench');
  mkdirSync(outdir, { recursive: true });
  const lib = path.join(outdir, `data-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(path.resolve(String(args.root ?? root)), 'src/data/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: lib,
    logLevel: 'warning',
  });
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const loadAtStart = load();
  const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
  let browser;
  if (args.browser) {
    const { chromium } = await import('playwright-core');
    const { findChrome } = await import('../scripts/browsers.mjs');
    const executablePath = findChrome();
    if (!executablePath) throw new Error('No Chromium or Chrome found; set CHROME_PATH.');
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
  }
  const engine = browser ? `Chromium ${browser.version()}` : `Node ${process.version}`;
  try {
    const libSource = browser ? readFileSync(lib, 'utf8') : '';
    for (let rep = 0; rep < REPS; rep++) {
      for (const name of Object.keys(CASES)) {
        if (browser) {
          samples[name].push(await inBrowser(browser, libSource, name));
          continue;
        }
        const out = execFileSync(
          process.execPath,
          [
            '--expose-gc',
            fileURLToPath(import.meta.url),
            `--child=${name}`,
            `--lib=${lib}`,
            `--size=${SIZE}`,
            `--limit=${LIMIT}`,
            `--search=${SEARCH}`,
            `--rows=${ROWS}`,
          ],
          { encoding: 'utf8' },
        );
        samples[name].push(JSON.parse(out));
      }
    }
  } finally {
    rmSync(lib, { force: true });
    await browser?.close();
  }
  const round = (x) => Math.round(x * 10) / 10;
  const results = Object.entries(samples).map(([name, list]) => {
    const wall = list.map((x) => x.wall);
    return {
      case: name,
      median: round(median(wall)),
      min: round(Math.min(...wall)),
      max: round(Math.max(...wall)),
      cpu: list.some((x) => Number.isNaN(x.cpu)) ? null : round(median(list.map((x) => x.cpu))),
    };
  });
  if (args.json) {
    console.log(
      JSON.stringify({ size: SIZE, reps: REPS, limit: LIMIT, rows: ROWS, engine, loadAtStart, loadAtEnd: load(), results }, null, 2),
    );
    return;
  }
  console.log(
    `InMemoryInvoiceAdapter, ${SIZE.toLocaleString('en')} ${ROWS} rows, page of ${LIMIT}, ${engine}, ${REPS} fresh ${browser ? 'pages' : 'processes'} per case`,
  );
  console.log(`load average at start ${loadAtStart}\n`);
  console.log('| case | wall ms, median (min–max) | CPU ms, median |\n| --- | ---: | ---: |');
  for (const r of results)
    console.log(
      `| ${r.case} | ${r.median.toFixed(1)} (${r.min.toFixed(1)}–${r.max.toFixed(1)}) | ${r.cpu === null ? '—' : r.cpu.toFixed(1)} |`,
    );
  console.log(`\nload average at end ${load()}`);
}

if (args.child) await child();
else await main();
