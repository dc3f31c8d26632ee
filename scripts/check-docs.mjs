#!/usr/bin/env node
// Keeps the import map in stories/docs/embedding.mdx true of the code (part of `npm run lint`).
//
// A page without a bundler loads `@invoice-section/elements` through that import map. This
// follows every module such a page loads, from src/index.ts (the `.` entry) through the
// library and into node_modules, resolving each bare import with the documented map, and
// fails when:
//   - a bare import is not in the map, or the map points at a file that does not exist;
//   - the map lists something no module imports (a stale entry);
//   - the library imports a package that package.json does not list in `dependencies` or
//     `peerDependencies`, or lists a dependency that no entry of src/ imports.
// So adding or dropping a runtime dependency means updating the docs' import map, and this
// says exactly which entry to add.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = 'stories/docs/embedding.mdx';
const VENDOR = '/vendor/';
const SELF = '@invoice-section/elements';
/** Entries of src/ other than `.`, whose own imports (React for `/react`) a plain page never loads. */
const OTHER_ENTRIES = ['src/react/index.ts', 'src/data/index.ts', 'src/testing/index.ts'];

const read = (file) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
/**
 * Dev dependencies that src/ imports on purpose and the build bundles into dist/ (vite.config.ts
 * keeps only dependencies and peers external), so no page maps them: the grid's table-core,
 * with just the features it registers.
 */
const BUNDLED = new Set(['@tanstack/table-core']);

const mapText = /<script type="importmap">\s*([\s\S]*?)\s*<\/script>/.exec(read(DOC))?.[1];
if (!mapText) fail([`${DOC} has no <script type="importmap">.`]);
const map = JSON.parse(mapText).imports;

/** Static imports, re-exports and import() calls; `import type` and `export type` are left out. */
const IMPORT =
  /(?:^|[;\s{}()])(?:import(?!\s+type\b)\s*(?:[\w*{}\s,$]+?\s*from\s*)?|export(?!\s+type\b)\s*[\w*{}\s,$]*?\s*from\s*|import\s*\(\s*)(['"])([^'"\n]+)\1/g;
const specifiers = (code) => [...code.replace(/\/\*[\s\S]*?\*\/|(?<!:)\/\/.*$/gm, '').matchAll(IMPORT)].map((m) => m[2]);
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** A bare specifier through the map: the exact key, else the longest `prefix/` key. */
function throughMap(specifier) {
  if (map[specifier]) return { key: specifier, target: map[specifier] };
  const key = Object.keys(map)
    .filter((k) => k.endsWith('/') && specifier.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return key ? { key, target: map[key] + specifier.slice(key.length) } : undefined;
}

/** A source file's relative import: `./x.js` is `./x.ts` in src/. */
function sourceFile(from, specifier) {
  const resolved = path.posix.join(path.posix.dirname(from), specifier);
  const ts = resolved.replace(/\.js$/, '.ts');
  return existsSync(path.join(root, ts)) ? ts : resolved;
}

/** Walks the modules reached from `entries`; returns the map keys used and the packages src/ imports. */
function walk(entries, problems) {
  const used = new Set();
  const imported = new Set();
  const seen = new Set();
  const queue = entries.map((file) => ({ file, from: 'the page' }));
  while (queue.length) {
    const { file, from } = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(path.join(root, file))) {
      problems.push(`${file} (imported by ${from}) does not exist`);
      continue;
    }
    const inSource = file.startsWith('src/');
    for (const specifier of specifiers(read(file))) {
      if (/^\.{1,2}\//.test(specifier)) {
        queue.push({ file: inSource ? sourceFile(file, specifier) : path.posix.join(path.posix.dirname(file), specifier), from: file });
        continue;
      }
      if (specifier.startsWith('/') || /^[a-z]+:/.test(specifier)) continue;
      if (inSource && BUNDLED.has(packageOf(specifier))) continue;
      if (inSource) imported.add(packageOf(specifier));
      if (packageOf(specifier) === SELF) continue;
      const hit = throughMap(specifier);
      if (!hit) {
        problems.push(`"${specifier}" (imported by ${file}) is not in the import map of ${DOC}${suggestion(specifier)}`);
        continue;
      }
      used.add(hit.key);
      if (!hit.target.startsWith(VENDOR)) {
        problems.push(`the import map sends "${hit.key}" to ${hit.target}, outside ${VENDOR}`);
        continue;
      }
      queue.push({ file: `node_modules/${hit.target.slice(VENDOR.length)}`, from: file });
    }
  }
  return { used, imported };
}

/** The entry to add for a package missing from the map: its browser ES module from package.json. */
function suggestion(specifier) {
  const name = packageOf(specifier);
  const file = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return '';
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const dot = manifest.exports?.['.'] ?? manifest.exports;
  const pick = (value) =>
    typeof value === 'string' ? value : value && (pick(value.browser) ?? pick(value.import) ?? pick(value.module) ?? pick(value.default));
  const entry = pick(dot) ?? manifest.module ?? manifest.main ?? 'index.js';
  return `; add "${name}": "${VENDOR}${name}/${entry.replace(/^\.\//, '')}" (and "${name}/": "${VENDOR}${name}/" for subpaths)`;
}

function fail(problems) {
  console.error(`[check-docs] ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}

const problems = [];
const page = walk(['src/index.ts'], problems);
const others = walk(OTHER_ENTRIES, []);
for (const key of Object.keys(map)) {
  if (packageOf(key) === SELF) continue;
  if (!page.used.has(key)) problems.push(`the import map of ${DOC} lists "${key}", which no module of the page imports`);
}
for (const name of page.imported) {
  if (name !== SELF && !declared.has(name)) problems.push(`src/ imports "${name}", which package.json does not list in dependencies`);
}
for (const name of declared) {
  if (!page.imported.has(name) && !others.imported.has(name)) problems.push(`package.json lists "${name}", which no entry of src/ imports`);
}
for (const name of BUNDLED) {
  if (!pkg.devDependencies?.[name] || declared.has(name))
    problems.push(`"${name}" is bundled, so package.json lists it in devDependencies only`);
}
if (!map[SELF]) problems.push(`the import map of ${DOC} does not map "${SELF}" itself`);
if (problems.length) fail([...new Set(problems)]);
const packages = [...new Set([...page.used].map(packageOf))].sort();
console.log(`[check-docs] ${DOC}: the import map resolves every module a page loads (${packages.join(', ')}), and nothing else.`);
