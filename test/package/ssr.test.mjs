// Server rendering with @lit-labs/ssr, as examples/lit-ssr and the README describe it: every
// element renders its shell as declarative shadow DOM in Node, and the server render asks
// the adapter for nothing (data loads only in the browser). Hydration in Chromium is checked
// by `node scripts/check-examples.mjs lit-ssr`. Run after `npm run build`: node --test test/package/
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { root } from './packed.mjs';

let render;
let collectResultSync;
let html;
let unsafeStatic;
let library;

before(async () => {
  ({ render } = await import('@lit-labs/ssr'));
  ({ collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js'));
  ({ html, unsafeStatic } = await import('lit/static-html.js'));
  library = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  // The filter's form loads with import(); a server renders once it is there (README, Server rendering).
  await library.preloadParts();
});

/** An in-memory adapter that counts every call made to it. */
function countingAdapter() {
  const inner = new library.InMemoryInvoiceAdapter(library.seedInvoices());
  const calls = [];
  const adapter = new Proxy(inner, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args) => {
        calls.push(String(key));
        return value.apply(target, args);
      };
    },
  });
  return { adapter, calls };
}

function renderTag(tag, adapter) {
  const name = unsafeStatic(tag);
  const markup = collectResultSync(render(html`<${name} .adapter=${adapter}></${name}>`));
  // What a reader sees: markup without styles and Lit's comment markers.
  const text = markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ');
  return { markup, text };
}

describe('server rendering with @lit-labs/ssr', () => {
  it('renders the grid: toolbar, every column header and skeleton rows', () => {
    const { adapter, calls } = countingAdapter();
    const { markup, text } = renderTag('invoice-grid', adapter);
    assert.ok(/<invoice-grid[^>]*><template shadowroot(mode)?="open"/.test(markup), 'declarative shadow root');
    assert.match(text, /aria-label="Search invoices"/);
    for (const label of ['Advanced filter', 'Customize columns', 'Export to Excel']) assert.ok(text.includes(label), label);
    // Each column header's text, whatever markup the header cell uses inside.
    const headers = text
      .split(/role="columnheader"/)
      .slice(1)
      .map((cell) =>
        cell
          .replace(/^[^>]*>/, '')
          .split(/role="(?:columnheader|row|rowgroup)"/)[0]
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    assert.ok(headers.length >= 10, `${headers.length} column headers`);
    for (const column of ['Month', 'Amount', 'Invoice number', 'Customer name', 'Status', 'Actions'])
      assert.ok(
        headers.some((header) => header.startsWith(column)),
        `${column} in ${JSON.stringify(headers)}`,
      );
    assert.match(text, /part="skeleton"/);
    assert.deepEqual(calls, []);
  });

  it('renders the grid with its column tracks, so the header row is laid out as it will be once hydrated', () => {
    const { markup } = renderTag('invoice-grid', countingAdapter().adapter);
    // The tracks are set through the CSSOM in the browser; the server writes them as a style
    // attribute (without them the header row renders as a stacked list until hydration).
    const grid = markup.match(/<div[^>]*role="grid"[^>]*>/)?.[0] ?? '';
    const style = grid.match(/ style="([^"]*)"/)?.[1] ?? '';
    assert.match(style, /--_cols: \d+px( \d+px)+/, `column tracks on the grid: ${grid}`);
    assert.match(style, /--_cols-start: \d+px/, 'tracks of the start group');
    assert.match(style, /--_cols-end: \d+px/, 'tracks of the end group');
  });

  it('keeps the line of "Payment status as of" in the section until the data arrives', () => {
    const { markup } = renderTag('invoice-section', countingAdapter().adapter);
    assert.match(
      markup,
      /<p part="refreshed" class="reserved" aria-hidden="true">/,
      'the toolbar does not move down when the stamp arrives',
    );
  });

  it('renders the tabs with count placeholders', () => {
    const { adapter, calls } = countingAdapter();
    const { text } = renderTag('invoice-status-tabs', adapter);
    const tabs = text.split(/role="tab"/).slice(1);
    for (const label of ['Open', 'Disputed', 'Closed']) {
      const tab = tabs.find((t) => t.replace(/<[^>]*>/g, ' ').includes(` ${label} `));
      assert.ok(tab, `tab ${label}`);
      assert.match(tab, /part="count-placeholder"/, `count placeholder of ${label}`);
    }
    assert.deepEqual(calls, []);
  });

  it('renders the advanced filter form', () => {
    const { text } = renderTag('advanced-filter', countingAdapter().adapter);
    for (const label of ['From month', 'To month', 'Minimum amount', 'Maximum amount'])
      assert.match(text, new RegExp(`<label for="[^"]+">${label}</label>`));
    for (const button of ['Apply', 'Clear']) assert.match(text, new RegExp(`>\\s*${button}\\s*<`));
  });

  it('renders the download dialog closed', () => {
    const { text } = renderTag('invoice-download-dialog', countingAdapter().adapter);
    assert.match(text, /<dialog part="dialog"[^>]*>/);
    assert.doesNotMatch(text.match(/<dialog[^>]*>/)[0], / open/);
  });

  it('renders the section with every part and queries nothing', () => {
    const { adapter, calls } = countingAdapter();
    const { markup, text } = renderTag('invoice-section', adapter);
    for (const tag of ['invoice-status-tabs', 'invoice-grid', 'advanced-filter', 'invoice-download-dialog']) {
      // Nested elements wait for the section to hydrate them.
      assert.ok(new RegExp(`<${tag}[^>]*defer-hydration[^>]*><template shadowroot(mode)?="open"`).test(markup), tag);
    }
    assert.match(text, /part="skeleton"/);
    assert.doesNotMatch(text, /2202008003470/, 'no invoice on the server: rows come from the adapter in the browser');
    assert.deepEqual(calls, []);
  });
});
