// The pseudo-locale (en-XA) is a development aid for Storybook and the tests: the published
// package leaves out its translations and its XLIFF file, and keeps the real locales.
// Run after `npm run build`: node --test test/package/
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { packedFiles } from './packed.mjs';

let files;
before(() => {
  files = packedFiles();
});

/** The pseudo-locale's text for "Download" (the dialog's title) and its Japanese translation. */
const PSEUDO = '[Ðöŵñļöáð ·ö]';
const JAPANESE = '請求書のダウンロード';

describe('pseudo-locale', () => {
  it('is not in the package', () => {
    assert.ok(!files.has('locales/en-XA.xlf'), 'locales/en-XA.xlf is packed');
    const withPseudoText = [...files].filter(([name, bytes]) => /\.js$/.test(name) && bytes.toString('utf8').includes(PSEUDO));
    assert.deepEqual(
      withPseudoText.map(([name]) => name),
      [],
    );
  });

  it('leaves the translations for customers in', () => {
    assert.ok(files.has('locales/ja.xlf'));
    assert.ok([...files].some(([name, bytes]) => /\.js$/.test(name) && bytes.toString('utf8').includes(JAPANESE)));
  });
});
