// The library's data layer (query model, folding, lineage, sample data, adapters) loaded in Node
// by bundling its TypeScript source with esbuild, so the server folds and parses exactly as the
// elements do. A published install would import '@invoice-section/elements/adapters' instead.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function load(entry, name) {
  const outdir = path.join(root, 'node_modules/.cache/invoice-server');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, `${name}-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

let data;
/** The `./adapters` entry of the package, from source. */
export function loadData() {
  return (data ??= load('src/data/index.ts', 'data'));
}

let testing;
/** The `./testing` entry (conformance kit), from source. */
export function loadTesting() {
  return (testing ??= load('src/testing/index.ts', 'testing'));
}
