/**
 * Analyzer plugins that turn what the analyzer reads in `src/` into the manifest of the
 * published package: tags named by their folders, only the public API, and every path
 * pointing at a file that ships.
 */

const TAG = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const COMPONENT_MODULE = /^src\/components\/([a-z][a-z0-9]*-[a-z0-9-]+)\/\1\.component\.ts$/;

/**
 * Tags are registered by src/define/<tag>.ts through defineElement(), which the analyzer does
 * not recognise; the class module's folder names its tag (src/components/<tag>/<tag>.component.ts),
 * so this marks each component class as a custom element with that tag.
 */
export function tagsFromFolders() {
  return {
    name: 'invoice-tags-from-folders',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        const tag = COMPONENT_MODULE.exec(module.path)?.[1];
        if (!tag) {
          // The base class is read only for what the elements inherit; it is no element itself.
          for (const declaration of module.declarations ?? []) if (!declaration.tagName) delete declaration.customElement;
          continue;
        }
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || declaration.tagName) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          module.exports = [
            ...(module.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } },
          ];
        }
      }
    },
  };
}

const isPrivate = (member) => member.privacy === 'private' || member.name.startsWith('#') || member.name.startsWith('_');

/**
 * Keeps what a user of the package can reach: the element classes and the base class (the
 * package exports them), their public and protected members (protected ones are extension
 * points for subclasses), and no private member, helper or internal function. Drops the
 * definitions the analyzer invents (`customElements.define(tag, constructor)` inside
 * defineElement() reads as a tag named "tag").
 *
 * `exported` names the declarations each source module contributes to the package.
 */
export function publicApiOnly({ exported }) {
  return {
    name: 'invoice-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const elementClasses = new Set(modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.name)));
      for (const module of modules) {
        const keep = (name) => elementClasses.has(name) || (exported[module.path] ?? []).includes(name);
        module.declarations = (module.declarations ?? []).filter((d) => keep(d.name));
        for (const declaration of module.declarations) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => !isPrivate(m));
          // Attributes of private fields (none today) would name API that does not exist.
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || !a.fieldName.startsWith('_'));
        }
        module.exports = (module.exports ?? []).filter((e) =>
          e.kind === 'custom-element-definition' ? TAG.test(e.name) && elementClasses.has(e.declaration?.name) : keep(e.name),
        );
      }
      customElementsManifest.modules = modules.filter((m) => m.declarations.length || m.exports.length);
    },
  };
}

/**
 * Points every module at the file a user imports: an element's module becomes its define
 * entry (`dist/define/<tag>.js`, which exports the class and registers the tag), other
 * source modules the entry that exports them. `typeDefinitionPath` (a widely read,
 * non-standard field) names the declaration file next to it. References from one
 * declaration to another (`superclass`, `inheritedFrom`, export declarations) follow.
 *
 * `entries` maps a source path to `{ path, types }` for modules that are not elements.
 */
export function shippedPaths({ entries }) {
  const target = (sourcePath) => {
    const tag = COMPONENT_MODULE.exec(sourcePath)?.[1];
    if (tag) return { path: `dist/define/${tag}.js`, types: `dist/types/define/${tag}.d.ts` };
    return entries[sourcePath];
  };
  /** The analyzer writes some references as `/src/…/x.js` (superclass) and others as `src/…/x.ts`. */
  const normalise = (reference) => reference.replace(/^\//, '').replace(/\.js$/, '.ts');
  const relink = (reference) => {
    if (!reference?.module) return;
    const shipped = target(normalise(reference.module));
    if (!shipped) throw new Error(`No shipped file for ${reference.module} (referenced by ${reference.name}).`);
    reference.module = shipped.path;
  };
  return {
    name: 'invoice-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        const shipped = target(module.path);
        if (!shipped) throw new Error(`${module.path} is in the manifest but no shipped file exports it.`);
        for (const declaration of module.declarations ?? []) {
          relink(declaration.superclass);
          for (const key of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'])
            for (const item of declaration[key] ?? []) relink(item.inheritedFrom);
        }
        for (const exported of module.exports ?? []) relink(exported.declaration);
        module.path = shipped.path;
        module.typeDefinitionPath = shipped.types;
      }
    },
  };
}
