/**
 * Editor data written from the finished manifest by the custom-elements-manifest
 * integrations: VS Code custom data (`vscode.html-custom-data.json`,
 * `vscode.css-custom-data.json`) and JetBrains web-types (`web-types.json`).
 *
 * The generators list each element's own `@cssprop`s and `@csspart`s. The global `--inv-*`
 * design tokens are read by every element but documented in src/themes/token-list.ts, not
 * on one element, so they are added to the CSS data here (once each).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { transform } from 'esbuild';

export const EDITOR_FILES = {
  html: 'vscode.html-custom-data.json',
  css: 'vscode.css-custom-data.json',
  webTypes: 'web-types.json',
};

/** The design tokens from token-list.ts (a plain data module: its types stripped, then imported). */
export async function loadTokens(file) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  const { TOKENS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return TOKENS;
}

/** The description (its first paragraph says what the element is), else the one-line summary. */
function forEditors(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules ?? [])
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName) declaration.editorDescription = declaration.description || declaration.summary || '';
  return copy;
}

/** One entry per name: a part such as `error` exists on several elements. */
function unique(entries) {
  const byName = new Map();
  for (const entry of entries) {
    const seen = byName.get(entry.name);
    if (!seen) byName.set(entry.name, { ...entry });
    else if (entry.description && !seen.description.includes(entry.description)) seen.description += `\n\n${entry.description}`;
  }
  return [...byName.values()];
}

/**
 * The three files' contents for `manifest`. `tokens` are `{ name, description, default, dark }`.
 */
export function editorData(manifest, tokens) {
  const source = forEditors(manifest);
  const options = { descriptionSrc: 'editorDescription', typesSrc: 'parsedType', hideLogs: true };
  const tokenEntries = tokens.map((token) => ({
    name: token.name,
    description: `${token.description} Default: \`${token.default}\`${token.dark ? `; dark theme: \`${token.dark}\`` : ''}.`,
  }));

  const html = JSON.parse(getVsCodeHtmlCustomData(source, options));
  const css = JSON.parse(getVsCodeCssCustomData(source, options));
  css.properties = unique([...css.properties, ...tokenEntries]);
  css.pseudoElements = unique(css.pseudoElements);

  const webTypes = JSON.parse(
    getWebTypesData(source, {
      ...options,
      // `source` lets the IDE jump from a tag to the class that defines it.
      modulePathTemplate: (_name, modulePath) => `./${modulePath}`,
    }),
  );
  const webCss = webTypes.contributions.css;
  webCss.properties = unique([...webCss.properties, ...tokenEntries]);
  webCss['pseudo-elements'] = unique(webCss['pseudo-elements']);
  return { html, css, webTypes };
}

/** Analyzer plugin: writes the editor data into `outdir` once the manifest is complete. */
export function editorDataPlugin({ outdir, tokens }) {
  return {
    name: 'invoice-editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const data = editorData(customElementsManifest, tokens);
      mkdirSync(outdir, { recursive: true });
      for (const [key, file] of Object.entries(EDITOR_FILES))
        writeFileSync(path.join(outdir, file), `${JSON.stringify(data[key], null, 2)}\n`);
    },
  };
}
