#!/usr/bin/env node
// `npm run check:package` (after `npm run build`): everything a published package must
// pass. openapi.yaml against the code, the conformance kit run from Node against the
// reference server, the template typings in step with the manifest, the manifest and the
// editor data read from the packed tarball, publint --strict, Are the Types Wrong (ESM
// only), then the examples built from the packed tarball and opened in Chromium.
// Usage: node scripts/check-package.mjs [--no-examples]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const steps = [
  ['openapi.yaml', process.execPath, ['scripts/validate-openapi.mjs']],
  ['adapter conformance in Node (reference server)', process.execPath, ['--test-reporter=dot', 'examples/server/conformance.mjs']],
  // `npm run analyze` writes them; a stale committed copy means the manifest changed unseen.
  ['JSX, Vue and Angular typings in step with the manifest', process.execPath, ['scripts/gen-framework-types.mjs', '--check']],
  ['manifest paths and editor data (packed tarball)', process.execPath, ['--test', '--test-reporter=dot', 'test/package/']],
  ['publint --strict', bin('publint'), ['--strict']],
  ['attw --pack --profile esm-only', bin('attw'), ['--pack', '.', '--profile', 'esm-only']],
];
if (!process.argv.includes('--no-examples')) steps.push(['examples', process.execPath, ['scripts/check-examples.mjs']]);

const failed = [];
for (const [name, command, args] of steps) {
  console.log(`\n── ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`── ${name}: ok (${seconds} s)`);
  else {
    console.log(`── ${name}: FAILED (${seconds} s)`);
    failed.push(name);
  }
}
if (failed.length) {
  console.error(`\ncheck:package failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\ncheck:package: all checks passed');
