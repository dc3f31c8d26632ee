// Entries as a server-rendering framework sees them: the React entry is a client module
// ("use client", so a Next.js server component can render it), the others are not (a server
// component may import the adapters and formatters), and every entry imports in Node with
// no DOM. Run after `npm run build`: node --test test/package/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { json, packedFiles, root } from './packed.mjs';

let files;
let pkg;
before(() => {
  files = packedFiles();
  pkg = json(files, 'package.json');
});

const directive = (text) => /^\s*(['"])use client\1;?/.test(text);

describe('package entries', () => {
  it('marks the React entry, and only it, as a client module', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      const file = typeof target === 'string' ? target : target.default;
      if (!file?.endsWith('.js')) continue;
      const text = files.get(file.replace(/^\.\//, '')).toString('utf8');
      assert.equal(directive(text), key === './react', `${key} (${file})`);
    }
  });

  it('imports every entry in Node without a DOM', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      const file = typeof target === 'string' ? target : target.default;
      if (!file?.endsWith('.js') || file.includes('*')) continue;
      // A fresh process each, so one entry's globals cannot help another.
      execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(path.join(root, file))});`], {
        stdio: 'pipe',
      });
      assert.ok(true, key);
    }
  });
});
