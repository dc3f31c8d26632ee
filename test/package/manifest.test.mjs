// The published manifest describes the published package: every path it names is in the
// tarball, every element is described, and it lists no private API. Run after `npm run build`
// (`npm run check:package` does): node --test test/package/
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { json, packedFiles } from './packed.mjs';

const TAG = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
let files;
let manifest;
let elements;

before(() => {
  files = packedFiles();
  manifest = json(files, 'custom-elements.json');
  elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));
});

/** Every `{ module }` reference in the manifest with where it was found. */
function references() {
  const found = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.superclass?.module) found.push([`${declaration.name} superclass`, declaration.superclass.module]);
      for (const key of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'])
        for (const item of declaration[key] ?? [])
          if (item.inheritedFrom?.module) found.push([`${declaration.name}.${item.name} inheritedFrom`, item.inheritedFrom.module]);
    }
    for (const exported of module.exports ?? [])
      if (exported.declaration?.module) found.push([`export ${exported.name} of ${module.path}`, exported.declaration.module]);
  }
  return found;
}

describe('custom-elements.json in the packed tarball', () => {
  it('is shipped and named by package.json', () => {
    const pkg = json(files, 'package.json');
    assert.ok(files.has(pkg.customElements), `customElements: ${pkg.customElements}`);
    assert.equal(pkg.exports['./custom-elements.json'], `./${pkg.customElements}`);
  });

  it('names only files that are in the tarball', () => {
    const missing = [];
    for (const module of manifest.modules) {
      if (!files.has(module.path)) missing.push(`module ${module.path}`);
      if (!files.has(module.typeDefinitionPath)) missing.push(`types of ${module.path}: ${module.typeDefinitionPath}`);
    }
    for (const [where, module] of references()) if (!files.has(module.replace(/^\.?\//, ''))) missing.push(`${where}: ${module}`);
    assert.deepEqual(missing, []);
  });

  it('declares in each module only what its shipped types export', () => {
    for (const module of manifest.modules) {
      const types = files.get(module.typeDefinitionPath).toString('utf8');
      for (const declaration of module.declarations ?? [])
        assert.match(
          types,
          new RegExp(`export\\s*\\{[^}]*\\b${declaration.name}\\b`),
          `${declaration.name} is not exported by ${module.typeDefinitionPath}`,
        );
    }
  });

  it('lists the eight elements, each with a tag, a summary and a description', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [
      'advanced-filter',
      'billing-summary',
      'invoice-detail',
      'invoice-download-dialog',
      'invoice-grid',
      'invoice-section',
      'invoice-status-tabs',
      'invoice-ticket-dialog',
    ]);
    for (const element of elements) {
      assert.ok(element.description?.trim(), `${element.tagName} has no description`);
      assert.ok(element.summary?.trim(), `${element.tagName} has no summary`);
    }
  });

  it('defines only real tags, each for an element class of the module', () => {
    for (const module of manifest.modules)
      for (const exported of module.exports ?? []) {
        if (exported.kind !== 'custom-element-definition') continue;
        assert.match(exported.name, TAG);
        const declaration = module.declarations.find((d) => d.name === exported.declaration.name);
        assert.equal(declaration?.tagName, exported.name, `${exported.name} → ${exported.declaration.name}`);
      }
  });

  it('lists no private member', () => {
    const leaks = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) =>
        (d.members ?? []).filter((x) => x.privacy === 'private' || /^[#_]/.test(x.name)).map((x) => `${d.name}.${x.name}`),
      ),
    );
    assert.deepEqual(leaks, []);
  });
});
