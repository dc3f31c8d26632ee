// The "build" of a page without a bundler: proves that the import map in index.html
// resolves every module the page loads, following the whole import graph from the page's
// own script through the library and its dependencies, and that the stylesheet exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const html = readFileSync(path.join(root, 'index.html'), 'utf8');
const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1]).imports;
const page = pathToFileURL(path.join(root, 'index.html')).href;

function resolve(specifier, parent) {
  if (/^(\.{0,2}\/)/.test(specifier)) return new URL(specifier, parent).href;
  if (map[specifier]) return new URL(map[specifier], page).href;
  const prefix = Object.keys(map)
    .filter((key) => key.endsWith('/') && specifier.startsWith(key))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix) return new URL(map[prefix] + specifier.slice(prefix.length), page).href;
  throw new Error(`"${specifier}" (imported by ${path.relative(root, fileURLToPath(parent))}) is not in the import map`);
}

// Static and dynamic imports and re-exports; comments and strings that merely look like imports are rare in built code.
const IMPORT = /(?:\bimport\s*(?:[\w*{}\s,$]*?\bfrom\s*)?|\bexport\s*[\w*{}\s,$]*?\bfrom\s*|\bimport\s*\(\s*)(["'])([^"'\n]+)\1/g;
const seen = new Set();
const problems = [];
const queue = [];
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
for (const code of inline) for (const m of code.matchAll(IMPORT)) queue.push([m[2], page]);
while (queue.length) {
  const [specifier, parent] = queue.shift();
  let url;
  try {
    url = resolve(specifier, parent);
  } catch (error) {
    problems.push(error.message);
    continue;
  }
  if (seen.has(url)) continue;
  seen.add(url);
  const file = fileURLToPath(url);
  if (!existsSync(file)) {
    problems.push(`"${specifier}" resolves to ${path.relative(root, file)}, which does not exist`);
    continue;
  }
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) queue.push([m[2], url]);
}
for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
  if (!existsSync(path.join(root, m[1]))) problems.push(`stylesheet ${m[1]} does not exist`);
}
if (problems.length) {
  console.error(`index.html: ${problems.length} problem(s)\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`index.html: the import map resolves all ${seen.size} modules the page loads.`);
