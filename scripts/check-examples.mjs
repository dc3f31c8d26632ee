#!/usr/bin/env node
// Packs the library as it would be published, installs the tarball into a copy of each
// example (examples/plain-html, react-vite, vue-vite) with npm, and builds it. Needs
// `npm run build` first and the npm registry for the examples' own dependencies.
// Usage: node scripts/check-examples.mjs [--keep] [name …]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const EXAMPLES = ['plain-html', 'react-vite', 'vue-vite'];
const chosen = args.filter((a) => !a.startsWith('--'));
const examples = chosen.length ? chosen : EXAMPLES;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync(path.join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'invoice-examples-'));
const run = (cwd, command, commandArgs) => execFileSync(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
const failures = [];
try {
  const started = Date.now();
  const [packed] = JSON.parse(run(root, npm, ['pack', '--json', '--pack-destination', work]));
  // The examples depend on `file:../invoice-section-elements.tgz`.
  renameSync(path.join(work, packed.filename), path.join(work, 'invoice-section-elements.tgz'));
  console.log(`packed ${packed.name}@${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB (${Date.now() - started} ms)`);

  for (const name of examples) {
    const source = path.join(root, 'examples', name);
    if (!existsSync(path.join(source, 'package.json'))) {
      failures.push(`${name}: no such example`);
      continue;
    }
    const dir = path.join(work, name);
    cpSync(source, dir, { recursive: true, filter: (file) => !/[\\/](node_modules|dist)$|package-lock\.json$/.test(file) });
    const t0 = Date.now();
    try {
      run(dir, npm, ['install', '--no-audit', '--no-fund', '--loglevel=error']);
      const t1 = Date.now();
      const output = run(dir, npm, ['run', 'build', '--silent']);
      const last = output.trim().split('\n').filter(Boolean).pop() ?? '';
      console.log(`✓ ${name}: installed in ${((t1 - t0) / 1000).toFixed(1)} s, built in ${((Date.now() - t1) / 1000).toFixed(1)} s${last ? ` — ${last.trim()}` : ''}`);
    } catch (error) {
      const detail = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n    ');
      failures.push(`${name}: ${error.message.split('\n')[0]}\n    ${detail}`);
      console.log(`✗ ${name}`);
    }
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\n${failures.length} example(s) failed:\n${failures.join('\n')}`);
  process.exit(1);
}
