#!/usr/bin/env node
// How long `generateInvoices(n)` (src/data/sample.ts) takes in Node: the 100,000-row
// stories call it when they open, so it has a budget of 300 ms for 100,000 rows.
//
//   npm run bench:sample -- [--rows=100000] [--runs=9] [--budget=300]
//
// Bundles the data layer with esbuild, runs the generator once to warm up, then `runs`
// times after a forced garbage collection each, and prints the median and fastest wall-clock
// time and the median CPU time (user + system of the process, garbage-collector threads
// included) per run. The budget applies to the CPU time: on a machine shared with other
// work the wall clock also counts the time others had the cores, and on an idle machine
// the wall clock is at most the CPU time. Exits 1 when the CPU median is over budget.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, Number(value)];
  }),
);
const rows = args.rows || 100_000;
const runs = Math.max(1, args.runs || 9);
const budget = args.budget || 300;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const outdir = path.join(root, 'node_modules/.cache/bench-sample');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, `sample-${process.pid}.mjs`);
await build({
  entryPoints: [path.join(root, 'src/data/sample.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const { generateInvoices } = await import(pathToFileURL(outfile).href);

generateInvoices(rows, { seed: 42 });
const wall = [];
const cpu = [];
for (let run = 0; run < runs; run++) {
  gc();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const invoices = generateInvoices(rows, { seed: 42 });
  wall.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  if (invoices.length !== rows) throw new Error(`generateInvoices(${rows}) returned ${invoices.length} rows`);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
console.log(
  `generateInvoices(${rows.toLocaleString('en')}) in Node ${process.version}, ${runs} runs: ` +
    `CPU median ${ms(median(cpu))} (budget ${budget} ms); wall clock median ${ms(median(wall))}, fastest ${ms(Math.min(...wall))}`,
);
if (median(cpu) > budget) {
  console.error(`Over budget: the median run used ${ms(median(cpu))} of CPU time.`);
  process.exitCode = 1;
}
