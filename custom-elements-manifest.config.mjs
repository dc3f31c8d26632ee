/**
 * `npm run analyze`: custom-elements.json from the components' JSDoc, describing the package
 * as published (paths into dist/, public API only), then the editor data generated from it
 * into dist/ (VS Code custom data, JetBrains web-types).
 */
import { readFileSync } from 'node:fs';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { editorDataPlugin, loadTokens } from './scripts/cem/editor-data.mjs';
import { writeFrameworkTypings } from './scripts/gen-framework-types.mjs';
import { publicApiOnly, shippedPaths, tagsFromFolders } from './scripts/cem/public-api.mjs';

/** What src/classes.ts (shipped as dist/classes.js) exports by name: the public, side-effect-free API. */
const classesExports = [...readFileSync('src/classes.ts', 'utf8').matchAll(/export\s*\{([^}]*)\}/g)]
  .flatMap((match) => match[1].split(','))
  .map((name) => name.trim())
  .filter((name) => name && !name.startsWith('type '))
  .map((name) => name.split(/\s+as\s+/).pop());

// The base class is analysed too, so inherited members (`adapter`) appear in every element's docs.
const BASE = 'src/internal/invoice-element.ts';

export default {
  globs: ['src/components/**/*.component.ts', BASE],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  // A type-checked program, so the type parser can spell out aliases (`GridDensity` →
  // `'comfortable' | 'compact'`) for attribute completion in editors.
  overrideModuleCreation({ ts, globs }) {
    return getTsProgram(ts, globs, 'tsconfig.json')
      .getSourceFiles()
      .filter((file) => globs.some((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    typeParserPlugin({ hideLogs: true }),
    // The type parser spells a built-in class such as Date as its structure, with compiler-internal
    // symbol names that change between runs: keep the declared type there instead.
    {
      name: 'invoice-plain-builtin-types',
      packageLinkPhase: ({ customElementsManifest }) => {
        const visit = (node) => {
          if (Array.isArray(node)) return node.forEach(visit);
          if (!node || typeof node !== 'object') return;
          if (node.parsedType?.text?.includes('__@') && node.type?.text) node.parsedType = { text: node.type.text };
          Object.values(node).forEach(visit);
        };
        visit(customElementsManifest);
      },
    },
    tagsFromFolders(),
    publicApiOnly({ exported: { [BASE]: classesExports } }),
    shippedPaths({ entries: { [BASE]: { path: 'dist/classes.js', types: 'dist/types/classes.d.ts' } } }),
    editorDataPlugin({ outdir: 'dist', tokens: await loadTokens('src/themes/token-list.ts') }),
    // The JSX and Vue template typings (src/types, shipped as ./jsx and ./vue) follow the manifest.
    { name: 'invoice-framework-typings', packageLinkPhase: ({ customElementsManifest }) => writeFrameworkTypings(customElementsManifest) },
  ],
};
