/**
 * Tags are registered by src/define/<tag>.ts through defineElement(), which the analyzer does
 * not recognise; the class module's folder names its tag (src/components/<tag>/<tag>.component.ts),
 * so this marks each component class as a custom element with that tag.
 */
function tagsFromFolders() {
  return {
    name: 'invoice-tags-from-folders',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        const tag = /^src\/components\/([a-z][a-z0-9]*-[a-z0-9-]+)\/\1\.component\.ts$/.exec(module.path)?.[1];
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

export default {
  // The base class too, so inherited members (`adapter`) appear in every element's docs.
  globs: ['src/components/**/*.component.ts', 'src/internal/invoice-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [tagsFromFolders()],
};
