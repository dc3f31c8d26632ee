#!/usr/bin/env node
// Bundle-size budget: builds the library's full entry (all five elements, Lit and the other
// runtime dependencies bundled, minified) the way a portal's bundler would, and gzips the code
// loaded up front. Code behind dynamic import() (SheetJS, fflate) is excluded. With --peers it
// also measures the peer grids as the benchmark pages use them.
//
//   node bench/size-check.mjs [--budget=85] [--peers] [--json] [--why]
//
// Fails (exit 1) above BUDGET_KB, the ceiling CI holds the bundle to; warns above TARGET_KB,
// the goal of the performance issue. Lower BUDGET_KB whenever the bundle shrinks.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
/** Hard ceiling: today's size plus a little headroom, so growth has to be deliberate. */
// 66 kB before @tanstack/table-core came back; it costs 12.8 kB gzip with the grid's features.
// The grid's controllers and parts with their hardening (row keys, window backoff,
// reconnection) add 4.5 kB, the data, network, export and dialog hardening 3.5 kB: 86.8 kB.
// The in-memory adapter's indexes (data-perf) add about 2.5 kB; the billing elements' shells
// 6.9 kB and their model, filter conditions and formatters 3.5 kB (their cards, panel and
// form load with import() on first use, outside this figure): 100.9 kB.
export const BUDGET_KB = 101;
/** The goal: all five elements with Lit in 30 kB gzip. */
export const TARGET_KB = 30;

export const ENTRIES = {
  'invoice-section': here('../src/index.ts'),
};
export const PEER_ENTRIES = {
  'ag-grid': here('./size/ag-grid.js'),
  'vaadin-grid': here('./size/vaadin-grid.js'),
  tabulator: here('./size/tabulator.js'),
};

/** Gzipped kB (level 9) of an entry and everything it imports statically, JS and CSS. */
export async function gzipSizeOf(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      cssCodeSplit: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: entry,
        preserveEntrySignatures: 'strict',
        // Loaded only when exporting or zipping; a consumer's bundler splits them off the same way.
        external: [/^@e965\/xlsx/, /^fflate/],
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const byName = new Map(outputs.map((o) => [o.fileName, o]));
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports ?? []) visit(byName.get(name));
    for (const css of chunk.viteMetadata?.importedCss ?? []) seen.add(css);
  };
  for (const o of outputs) if (o.type === 'chunk' && o.isEntry) visit(o);
  for (const o of outputs) if (o.type === 'asset' && o.fileName.endsWith('.css')) seen.add(o.fileName);
  let raw = 0;
  let gzip = 0;
  const files = [];
  for (const name of seen) {
    const o = byName.get(name);
    if (!o) continue;
    const bytes = Buffer.from(o.type === 'chunk' ? o.code : o.source);
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += z;
    const modules = o.type === 'chunk' ? Object.entries(o.modules ?? {}).map(([id, m]) => ({ id, bytes: m.renderedLength })) : [];
    files.push({ file: name, raw: bytes.length, gzip: z, modules });
  }
  return { gzipKb: round(gzip / 1024), rawKb: round(raw / 1024), files };
}

/** The first useful line of a build error, without terminal colours. */
export function describe(error) {
  const text = String(error?.message ?? error).replace(/\x1b\[[0-9;]*m/g, '');
  return (
    text.split('\n').find((line) => /could not resolve|error/i.test(line) && !/^Build failed/.test(line)) ?? text.split('\n')[0]
  ).trim();
}

const round = (x) => Math.round(x * 10) / 10;

/** { 'invoice-section-gzip-kb': n, 'ag-grid-gzip-kb': n, … } */
export async function measureBundles({ peers = true } = {}) {
  const out = {};
  const all = { ...ENTRIES, ...(peers ? PEER_ENTRIES : {}) };
  for (const [name, entry] of Object.entries(all)) {
    try {
      out[`${name}-gzip-kb`] = (await gzipSizeOf(entry)).gzipKb;
    } catch (error) {
      out[`${name}-gzip-kb`] = null;
      out[`${name}-error`] = describe(error);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}`));
  const budget = Number(arg('budget')?.split('=')[1] ?? BUDGET_KB);
  let ours;
  try {
    ours = await gzipSizeOf(ENTRIES['invoice-section']);
  } catch (error) {
    console.error(`Cannot build the full bundle (src/index.ts): ${describe(error)}`);
    process.exit(1);
  }
  const report = { 'invoice-section-gzip-kb': ours.gzipKb, 'invoice-section-raw-kb': ours.rawKb, budgetKb: budget, targetKb: TARGET_KB };
  if (arg('peers')) Object.assign(report, await measureBundles({ peers: true }));
  if (arg('json')) console.log(JSON.stringify({ ...report, files: ours.files }, null, 2));
  else {
    for (const f of ours.files) console.log(`  ${f.file}: ${(f.raw / 1024).toFixed(1)} kB, ${(f.gzip / 1024).toFixed(1)} kB gzip`);
    if (arg('why')) {
      // Largest modules before minification, grouped by package or source folder.
      const groups = new Map();
      for (const m of ours.files.flatMap((f) => f.modules)) {
        const rel = m.id.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, 'npm:$1').replace(/^.*\/src\//, 'src/');
        const key = rel.startsWith('npm:') ? rel : rel;
        groups.set(key, (groups.get(key) ?? 0) + m.bytes);
      }
      for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 40))
        console.log(`    ${(v / 1024).toFixed(1).padStart(7)} kB  ${k}`);
    }
    for (const [k, v] of Object.entries(report)) console.log(`${k}: ${v}`);
  }
  if (!(ours.gzipKb <= budget)) {
    console.error(`Bundle size budget exceeded: ${ours.gzipKb} kB gzip > ${budget} kB (src/index.ts with Lit, without SheetJS/fflate).`);
    process.exit(1);
  }
  console.log(`Bundle size OK: ${ours.gzipKb} kB gzip ≤ ${budget} kB budget.`);
  if (ours.gzipKb > TARGET_KB)
    console.warn(`Warning: above the ${TARGET_KB} kB target by ${(ours.gzipKb - TARGET_KB).toFixed(1)} kB (see --why).`);
}
