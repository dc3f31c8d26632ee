// The editor data shipped in the package (VS Code custom data, JetBrains web-types) names
// every tag, attribute, event, slot, CSS part and CSS custom property (the global `--inv-*`
// tokens included). What is expected comes from the sources where they can be read without
// the manifest: the tags from package.json's define entries, the attributes from the element
// classes themselves, the events from the React event props, the tokens from token-list.ts;
// slots and parts are JSDoc only, so they come from the manifest.
// Run after `npm run build` (`npm run check:package` does): node --test test/package/
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { loadTokens } from '../../scripts/cem/editor-data.mjs';
import { json, packedFiles, root } from './packed.mjs';

let html;
let css;
let webTypes;
let manifest;
let tags;
let tokens;
let events;
/** tag → the element class as shipped. */
const classes = new Map();

before(async () => {
  const files = packedFiles();
  const pkg = json(files, 'package.json');
  for (const file of ['dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', pkg['web-types'].replace(/^\.\//, '')])
    assert.ok(files.has(file), `${file} is not in the package`);
  html = json(files, 'dist/vscode.html-custom-data.json');
  css = json(files, 'dist/vscode.css-custom-data.json');
  webTypes = json(files, pkg['web-types'].replace(/^\.\//, ''));
  manifest = json(files, 'custom-elements.json');
  tags = Object.keys(pkg.exports)
    .filter((key) => key.startsWith('./define/'))
    .map((key) => key.slice('./define/'.length));
  for (const tag of tags) {
    const module = await import(pathToFileURL(path.join(root, pkg.exports[`./define/${tag}`].default)).href);
    classes.set(
      tag,
      Object.values(module).find((value) => typeof value === 'function'),
    );
  }
  events = Object.values((await import(pathToFileURL(path.join(root, 'dist/react.js')).href)).INVOICE_EVENT_PROPS);
  tokens = await loadTokens(path.join(root, 'src/themes/token-list.ts'));
});

const htmlTag = (tag) => html.tags.find((t) => t.name === tag);
const webElement = (tag) => webTypes.contributions.html.elements.find((e) => e.name === tag);
const declaration = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** The attributes Lit observes: `attribute: false` has none, a string names it, else the lower-cased property. */
function attributesOf(elementClass) {
  return [...elementClass.elementProperties]
    .filter(([, options]) => options.attribute !== false && !options.state)
    .map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()));
}

describe('editor data in the packed tarball', () => {
  it('has every tag, in VS Code and JetBrains data', () => {
    assert.equal(tags.length, 8);
    for (const tag of tags) {
      assert.ok(htmlTag(tag), `${tag} missing from vscode.html-custom-data.json`);
      assert.ok(webElement(tag), `${tag} missing from web-types.json`);
      assert.ok(htmlTag(tag).description.length > 100, `${tag} has no description`);
      assert.equal(webElement(tag).source.module, `./dist/define/${tag}.js`);
    }
  });

  it('has every attribute the elements observe', () => {
    for (const tag of tags) {
      const expected = attributesOf(classes.get(tag));
      assert.ok(expected.length > 0, `${tag} observes no attribute`);
      for (const name of expected) {
        assert.ok(
          htmlTag(tag).attributes.some((a) => a.name === name),
          `${tag} [${name}] missing from VS Code data`,
        );
        assert.ok(
          webElement(tag).attributes.some((a) => a.name === name),
          `${tag} [${name}] missing from web-types`,
        );
      }
    }
  });

  it('offers the values of attributes typed as unions', () => {
    const density = htmlTag('invoice-grid').attributes.find((a) => a.name === 'density');
    assert.deepEqual(density.values.map((v) => v.name).sort(), ['comfortable', 'compact']);
  });

  it('has every invoice-* event, on the elements that fire it', () => {
    const fired = new Set();
    for (const tag of tags)
      for (const { name } of declaration(tag).events ?? []) {
        fired.add(name);
        assert.match(htmlTag(tag).description, new RegExp(`\\*\\*${name}\\*\\*`), `${tag} ${name} missing from VS Code data`);
        assert.ok(
          webElement(tag).js.events.some((e) => e.name === name),
          `${tag} ${name} missing from web-types`,
        );
      }
    assert.deepEqual(
      [...events].filter((name) => !fired.has(name)),
      [],
      'events that no element documents',
    );
  });

  it('has every slot', () => {
    let count = 0;
    for (const tag of tags)
      for (const { name } of declaration(tag).slots ?? []) {
        count += 1;
        assert.match(htmlTag(tag).description, new RegExp(`\\*\\*${name}\\*\\*`), `${tag} slot ${name} missing from VS Code data`);
        assert.ok(
          webElement(tag).slots.some((s) => s.name === name),
          `${tag} slot ${name} missing from web-types`,
        );
      }
    assert.ok(count >= 6);
  });

  it('has every CSS part as ::part()', () => {
    for (const tag of tags)
      for (const { name } of declaration(tag).cssParts ?? []) {
        assert.ok(
          css.pseudoElements.some((p) => p.name === `::part(${name})`),
          `::part(${name}) of ${tag} missing from VS Code CSS data`,
        );
        // web-types names pseudo-elements without the colons.
        assert.ok(
          webTypes.contributions.css['pseudo-elements'].some((p) => p.name === `part(${name})`),
          `part(${name}) missing from web-types`,
        );
      }
  });

  it('has every component property and every global --inv-* token, once', () => {
    const names = [...tags.flatMap((tag) => (declaration(tag).cssProperties ?? []).map((p) => p.name)), ...tokens.map((t) => t.name)];
    assert.ok(tokens.length > 50);
    for (const name of names) {
      assert.equal(css.properties.filter((p) => p.name === name).length, 1, `${name} in VS Code CSS data`);
      assert.equal(webTypes.contributions.css.properties.filter((p) => p.name === name).length, 1, `${name} in web-types`);
    }
    const primary = css.properties.find((p) => p.name === '--inv-color-primary');
    assert.match(primary.description, /#00786f/);
  });
});
