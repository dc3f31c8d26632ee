#!/usr/bin/env node
// Bundle sizes, per entry: builds each entry of the package from the sources the way a portal's
// bundler would (Lit, @tanstack/table-core and the other runtime dependencies bundled, minified)
// and gzips (level 9) the JS and CSS it loads up front. Code behind import() is not loaded up
// front: it is reported as lazy chunks. SheetJS and fflate stay external (import() only).
//
//   npm run size-check                       # check against bench/size/baseline.json
//   node bench/size-check.mjs --update       # write the figures of this build as the baseline
//   node bench/size-check.mjs --why          # biggest modules of the section's initial load
//   node bench/size-check.mjs --peers        # also the peer grids, as the benchmark pages use them
//   node bench/size-check.mjs --json
//
// Fails (exit 1) when
//   - the section's initial load (`invoice-section`) is above BUDGET_KB, or
//   - any entry or lazy chunk grew by more than GROWTH (5%) over the committed baseline
//     (and by more than SLACK_BYTES, so a 300-byte chunk does not fail on a renamed variable).
// After a deliberate change, run with --update and commit bench/size/baseline.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';
import { withoutPseudoLocale } from '../scripts/without-pseudo-locale.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const root = here('..');

/**
 * Ceiling of the section's initial load (`invoice-section`: a page that imports the main entry
 * and so registers every tag, Lit and @tanstack/table-core included). History: 62 kB for five
 * tags before table-core came back (+12.8 kB) and the grid's and data's hardening (+8 kB):
 * 86.8 kB; the in-memory adapter's indexes and the three billing elements' shells brought eight
 * tags to 83.8 kB. Loading the download dialog's content, the advanced filter's form, the grid's
 * panels and the billing elements' views on first use took it to 73.2 kB. The layout of every
 * width (content-aware column widths, pinned groups, cards under 640 px, lineage rows, the row
 * detail and their styles) brought it to 83.9 kB (ceiling 86). Loading on first use the filter
 * chips and the link notice, the row menu, the export's work, the detail panel's behaviour and
 * the cards of narrow grids took it from 84.8 to 80.0 kB; the ceiling keeps 2 kB of room, and
 * the 5% rule per entry catches growth sooner.
 */
export const BUDGET_KB = 82;
/** The goal (issue 18): the whole section for the price of one peer grid, Vaadin's grid alone. */
export const TARGET_KB = 52.5;
/** Growth over the baseline that fails the check, per entry and lazy chunk. */
export const GROWTH = 0.05;
/** Below this many bytes of growth nothing fails (gzip output moves by a few bytes on any edit). */
export const SLACK_BYTES = 64;
export const BASELINE = here('./size/baseline.json');

const PAGE = '\0invoice-section-page';
/** The section's initial load: a page that imports the main entry for its tags, nothing else. */
const pageEntry = {
  name: 'invoice-section-page',
  resolveId: (id) => (id === PAGE ? PAGE : null),
  load: (id) => (id === PAGE ? `import ${JSON.stringify(path.join(root, 'src/index.ts'))};\n` : null),
};

export const PEER_ENTRIES = {
  'ag-grid': here('./size/ag-grid.js'),
  'vaadin-grid': here('./size/vaadin-grid.js'),
  tabulator: here('./size/tabulator.js'),
};

/** Entries not measured: the React wrappers (React is the page's) and the test helpers. */
const SKIPPED = new Set(['react', 'testing']);

/**
 * Every entry to measure: the section's initial load, then the library build's entries
 * (vite.config.ts), so an entry added there is measured without a second list to keep.
 */
export async function entries() {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(root, 'vite.config.ts'), root, 'silent');
  const lib = loaded?.config.build?.lib;
  const libEntries = lib && typeof lib.entry === 'object' && !Array.isArray(lib.entry) ? lib.entry : {};
  const out = { 'invoice-section': PAGE };
  for (const [name, file] of Object.entries(libEntries)) if (!SKIPPED.has(name)) out[name] = path.join(root, file);
  return out;
}

/**
 * Gzipped size of an entry and everything it imports statically (JS and CSS), and of each chunk
 * it loads with import() (`lazy`).
 */
export async function gzipSizeOf(entry, { plugins = [] } = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [pageEntry, ...plugins],
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
  const bytesOf = (o) => Buffer.from(o.type === 'chunk' ? o.code : o.source);
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
    const bytes = bytesOf(o);
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += z;
    const modules = o.type === 'chunk' ? Object.entries(o.modules ?? {}).map(([id, m]) => ({ id, bytes: m.renderedLength })) : [];
    files.push({ file: name, raw: bytes.length, gzip: z, modules });
  }
  const lazy = [];
  const names = new Map();
  for (const o of outputs) {
    if (o.type !== 'chunk' || seen.has(o.fileName)) continue;
    const count = (names.get(o.name) ?? 0) + 1;
    names.set(o.name, count);
    lazy.push({ name: count > 1 ? `${o.name}~${count}` : o.name, gzip: gzipSync(bytesOf(o), { level: 9 }).length });
  }
  lazy.sort((a, b) => a.name.localeCompare(b.name));
  return { gzipKb: kb(gzip), gzipBytes: gzip, rawKb: kb(raw), files, lazy };
}

/** The first useful line of a build error, without terminal colours. */
export function describe(error) {
  const text = String(error?.message ?? error).replace(/\x1b\[[0-9;]*m/g, '');
  return (
    text.split('\n').find((line) => /could not resolve|error/i.test(line) && !/^Build failed/.test(line)) ?? text.split('\n')[0]
  ).trim();
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/**
 * Gzip bytes of every entry (`invoice-section`, `index`, `define/…`, `adapters`, …) and of the
 * main entry's lazy chunks (`lazy/<name>`), and the details of the section's initial load.
 */
export async function measureEntries() {
  // What ships: the pseudo-locale is left out of the package, as the library build does.
  const plugins = [withoutPseudoLocale({ always: true })];
  const figures = {};
  const errors = {};
  let section;
  for (const [name, entry] of Object.entries(await entries())) {
    try {
      const result = await gzipSizeOf(entry, { plugins });
      figures[name] = result.gzipBytes;
      if (name === 'invoice-section') section = result;
      if (name === 'index') for (const chunk of result.lazy) figures[`lazy/${chunk.name}`] = chunk.gzip;
    } catch (error) {
      errors[name] = describe(error);
    }
  }
  return { figures, errors, section };
}

/** { 'invoice-section-gzip-kb': n, 'index-gzip-kb': n, …, 'ag-grid-gzip-kb': n, … } for the benchmark. */
export async function measureBundles({ peers = true } = {}) {
  const out = {};
  const { figures, errors } = await measureEntries();
  for (const [name, bytes] of Object.entries(figures)) out[`${name}-gzip-kb`] = kb(bytes);
  for (const [name, error] of Object.entries(errors)) {
    out[`${name}-gzip-kb`] = null;
    out[`${name}-error`] = error;
  }
  if (peers)
    for (const [name, entry] of Object.entries(PEER_ENTRIES)) {
      try {
        out[`${name}-gzip-kb`] = (await gzipSizeOf(entry)).gzipKb;
      } catch (error) {
        out[`${name}-gzip-kb`] = null;
        out[`${name}-error`] = describe(error);
      }
    }
  return out;
}

/** A Markdown table of the per-entry figures in `measureBundles`' result (kB gzip). */
export function bundleTable(bundle) {
  const rows = Object.entries(bundle).filter(
    ([k, v]) => k.endsWith('-gzip-kb') && typeof v === 'number' && !(k.replace(/-gzip-kb$/, '') in PEER_ENTRIES),
  );
  const lines = [
    '**Bundle per entry** (gzip kB: each entry with what it imports up front; `lazy/…` is a chunk loaded with `import()`)',
    '',
  ];
  lines.push('| entry | kB |', '| --- | ---: |');
  for (const [k, v] of rows) lines.push(`| ${k.replace(/-gzip-kb$/, '')} | ${v} |`);
  return `${lines.join('\n')}\n`;
}

/** Entries and chunks that grew past the baseline, new ones and gone ones. */
export function compare(figures, baseline) {
  const grown = [];
  const added = [];
  const gone = [];
  for (const [name, bytes] of Object.entries(figures)) {
    const before = baseline[name];
    if (typeof before !== 'number') added.push({ name, bytes });
    else if (bytes > before * (1 + GROWTH) && bytes - before > SLACK_BYTES)
      grown.push({ name, before, bytes, percent: Math.round(((bytes - before) / before) * 1000) / 10 });
  }
  for (const name of Object.keys(baseline)) if (!(name in figures)) gone.push(name);
  return { grown, added, gone };
}

function table(figures, baseline) {
  const lines = [];
  const width = Math.max(...Object.keys(figures).map((n) => n.length));
  for (const [name, bytes] of Object.entries(figures)) {
    const before = baseline[name];
    const delta =
      typeof before === 'number'
        ? `  (baseline ${kb(before)} kB, ${bytes >= before ? '+' : ''}${(((bytes - before) / before) * 100).toFixed(1)}%)`
        : '  (not in the baseline)';
    lines.push(`  ${name.padEnd(width)}  ${kb(bytes).toFixed(1).padStart(6)} kB${delta}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}`));
  const budget = Number(arg('budget')?.split('=')[1] ?? BUDGET_KB);
  const { figures, errors, section } = await measureEntries();
  for (const [name, error] of Object.entries(errors)) console.error(`Cannot build ${name}: ${error}`);
  if (!section) process.exit(1);
  const baseline = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')).gzipBytes ?? {}) : {};
  const peers = arg('peers') ? await measureBundles({ peers: true }) : {};
  if (arg('json')) {
    console.log(JSON.stringify({ gzipBytes: figures, budgetKb: budget, targetKb: TARGET_KB, peers, files: section.files }, null, 2));
  } else {
    console.log('Initial load of <invoice-section> (every tag registered):');
    for (const f of section.files) console.log(`  ${f.file}: ${(f.raw / 1024).toFixed(1)} kB, ${(f.gzip / 1024).toFixed(1)} kB gzip`);
    if (arg('why')) {
      // Largest modules before minification, grouped by package or source file.
      const groups = new Map();
      for (const m of section.files.flatMap((f) => f.modules)) {
        const key = m.id.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, 'npm:$1').replace(/^.*\/src\//, 'src/');
        groups.set(key, (groups.get(key) ?? 0) + m.bytes);
      }
      for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 40))
        console.log(`    ${(v / 1024).toFixed(1).padStart(7)} kB  ${k}`);
    }
    console.log('Per entry and lazy chunk (gzip):');
    console.log(table(figures, baseline));
    for (const [k, v] of Object.entries(peers))
      if (!k.startsWith('lazy/') && PEER_ENTRIES[k.replace(/-gzip-kb$/, '')]) console.log(`  peer ${k}: ${v}`);
  }
  if (arg('update')) {
    const sorted = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(
      BASELINE,
      `${JSON.stringify({ note: 'gzip bytes per entry and lazy chunk; written by `node bench/size-check.mjs --update`', gzipBytes: sorted }, null, 2)}\n`,
    );
    console.log(`Baseline written: ${path.relative(root, BASELINE)}`);
  }
  let failed = Object.keys(errors).length > 0;
  const sectionKb = kb(figures['invoice-section']);
  if (!(sectionKb <= budget)) {
    console.error(`Bundle size budget exceeded: <invoice-section> loads ${sectionKb} kB gzip up front > ${budget} kB.`);
    failed = true;
  } else console.log(`Bundle size OK: <invoice-section> loads ${sectionKb} kB gzip up front ≤ ${budget} kB budget.`);
  if (sectionKb > TARGET_KB)
    console.warn(`Above the ${TARGET_KB} kB goal (one peer grid) by ${(sectionKb - TARGET_KB).toFixed(1)} kB (see --why).`);
  if (!arg('update')) {
    const { grown, added, gone } = compare(figures, baseline);
    for (const g of grown)
      console.error(
        `Grew more than ${GROWTH * 100}%: ${g.name} ${kb(g.before)} kB → ${kb(g.bytes)} kB gzip (+${g.bytes - g.before} bytes, +${g.percent}%).`,
      );
    if (added.length) console.warn(`Not in the baseline yet: ${added.map((a) => a.name).join(', ')} (run with --update and commit it).`);
    if (gone.length) console.warn(`In the baseline but no longer built: ${gone.join(', ')} (run with --update).`);
    if (grown.length) {
      console.error('If the growth is deliberate, run `node bench/size-check.mjs --update` and commit bench/size/baseline.json.');
      failed = true;
    }
  }
  if (failed) process.exit(1);
}
