// Loads the library's data layer (adapters, generator) in Node by bundling the TypeScript
// source once with esbuild; a published install would import '@invoice-section/elements/adapters'.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function loadDataModule() {
  const outdir = path.join(root, 'node_modules/.cache/invoice-server');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, `data-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'src/data/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
