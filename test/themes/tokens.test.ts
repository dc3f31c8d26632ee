/**
 * Token wiring, read from the sources as text (through the test server's /__sources routes):
 * every custom property a component reads is defined and documented, nothing documented is
 * dead, and the theme files agree with src/themes/token-list.ts.
 */
import { expect } from '@open-wc/testing';
import { CONTRAST_PAIRS, TOKENS } from '../../src/themes/token-list.js';

interface Source {
  path: string;
  /** The file as written. */
  text: string;
  /** Without comments, so a token named in documentation does not count as used. */
  code: string;
}

const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

async function listFiles(dir: string, ext: string): Promise<string[]> {
  const response = await fetch(`/__sources/list?dir=${encodeURIComponent(dir)}&ext=${encodeURIComponent(ext)}`);
  expect(response.ok, `listing ${dir}`).to.equal(true);
  return (await response.json()) as string[];
}

async function readSource(path: string): Promise<Source> {
  const response = await fetch(`/__sources/raw/${path}`);
  expect(response.ok, `reading ${path}`).to.equal(true);
  const text = await response.text();
  return { path, text, code: stripComments(text) };
}

const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[1] as string);
const unique = (items: string[]) => [...new Set(items)].sort();
const squash = (value: string) =>
  value
    .replace(/\s+/g, ' ')
    .replace(/--_inv-/g, '--inv-')
    .trim();

/** Custom properties read with var(), by prefix. */
export function readProperties(code: string, prefix: '--inv-' | '--_inv-'): string[] {
  return all(new RegExp(`var\\(\\s*(${prefix}[\\w-]+)`, 'g'), code);
}

/** Custom properties declared (`--name: value`), by prefix. */
export function declaredProperties(code: string, prefix: '--inv-' | '--_inv-'): string[] {
  return all(new RegExp(`(?<![\\w-])(${prefix}[\\w-]+)\\s*:`, 'g'), code);
}

/** Reads of `--inv-*` with no fallback: unset, they would make the whole declaration invalid. */
export function readsWithoutFallback(code: string): string[] {
  return all(/var\(\s*(--inv-[\w-]+)\s*\)/g, code);
}

/** Declarations of a CSS file: [selector, property, value]. Flat rules and one level of @media. */
function cssDeclarations(css: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  const body = stripComments(css).replace(/@media[^{]*\{([\s\S]*?\})\s*\}/g, '$1');
  for (const [, selector, block] of body.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const declaration of (block as string).split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      out.push([(selector as string).trim(), declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()]);
    }
  }
  return out;
}

function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('design tokens', () => {
  let sources: Source[];
  let code: string;
  let tokenStyles: Source;
  const documented = new Set(TOKENS.map((t) => t.name));
  /** `@cssprop` names per file (component properties are documented in the component's JSDoc). */
  let cssprops: Map<string, string>;

  before(async () => {
    // token-list.ts is the documentation itself; its defaults name tokens without using them.
    const paths = (await listFiles('src', '.ts')).filter((p) => !p.startsWith('src/generated/') && p !== 'src/themes/token-list.ts');
    sources = await Promise.all(paths.map(readSource));
    code = sources.map((s) => s.code).join('\n');
    tokenStyles = sources.find((s) => s.path === 'src/internal/tokens.ts') as Source;
    cssprops = new Map();
    for (const source of sources) {
      for (const name of all(/@cssprop\s+(?:\{[^}]*\}\s+)?\[?(--[\w-]+)/g, source.text)) cssprops.set(name, source.path);
    }
  });

  it('finds the sources it checks', () => {
    expect(sources.length).to.be.greaterThan(10);
    expect(tokenStyles, 'src/internal/tokens.ts').to.exist;
  });

  it('the scanners see what they must (a planted undefined token is caught)', () => {
    const planted = 'css`:host { color: var(--_inv-color-made-up); border: var(--inv-grid-nope, var(--_inv-color-border)); }`';
    const defined = new Set(declaredProperties(tokenStyles.code, '--_inv-'));
    expect(readProperties(planted, '--_inv-').filter((n) => !defined.has(n))).to.deep.equal(['--_inv-color-made-up']);
    expect(readProperties(planted, '--inv-')).to.deep.equal(['--inv-grid-nope']);
    expect(readsWithoutFallback('a { color: var(--inv-x); b: var(--inv-y, red) }')).to.deep.equal(['--inv-x']);
    expect(stripComments('/** @cssprop --inv-a */ x: var(--inv-b);')).not.to.include('--inv-a');
  });

  it('every private --_inv-* read is defined in tokenStyles', () => {
    const defined = new Set(declaredProperties(tokenStyles.code, '--_inv-'));
    const undefinedReads = unique(readProperties(code, '--_inv-').filter((name) => !defined.has(name)));
    expect(undefinedReads, 'read but never defined').to.deep.equal([]);
  });

  it('every private --_inv-* defined is read somewhere (no dead tokens)', () => {
    const read = new Set(readProperties(code, '--_inv-'));
    const dead = unique(declaredProperties(tokenStyles.code, '--_inv-').filter((name) => !read.has(name)));
    expect(dead, 'defined in tokenStyles but never read').to.deep.equal([]);
  });

  it('every --inv-* read is documented (token-list.ts, or @cssprop on a component)', () => {
    const undocumented = unique(readProperties(code, '--inv-').filter((name) => !documented.has(name as never) && !cssprops.has(name)));
    expect(undocumented, 'read but documented nowhere').to.deep.equal([]);
  });

  it('every documented token and @cssprop is read (no dead tokens)', () => {
    const read = new Set(readProperties(code, '--inv-'));
    expect(unique(TOKENS.map((t) => t.name).filter((n) => !read.has(n))), 'token-list.ts entries never read').to.deep.equal([]);
    const deadProps = [...cssprops].filter(([name]) => !read.has(name)).map(([name, path]) => `${name} (${path})`);
    expect(deadProps.sort(), '@cssprop documented but never read').to.deep.equal([]);
  });

  it('components read --inv-* properties with a fallback', () => {
    const bare = sources.flatMap((s) => readsWithoutFallback(s.code).map((name) => `${name} (${s.path})`));
    expect(unique(bare)).to.deep.equal([]);
  });

  it('every global token has a private default in tokenStyles equal to its documented default', () => {
    const defaults = new Map<string, string>();
    for (const [, name, value] of tokenStyles.code.matchAll(
      /--_inv-[\w-]+:\s*var\(\s*(--inv-[\w-]+),([\s\S]*?)\);\s*(?=--|font-family|\n\s*\n|$)/g,
    )) {
      defaults.set(name as string, squash(value as string));
    }
    const mismatched = TOKENS.filter((t) => defaults.get(t.name) !== squash(t.default)).map(
      (t) => `${t.name}: documented "${t.default}", tokenStyles "${defaults.get(t.name) ?? '(none)'}"`,
    );
    const isGlobal = (name: string) => !cssprops.has(name) && !name.startsWith('--inv-button-') && !name.startsWith('--inv-input-');
    const globals = TOKENS.filter((t) => isGlobal(t.name));
    expect(mismatched.filter((m) => globals.some((t) => m.startsWith(`${t.name}:`)))).to.deep.equal([]);
    expect(unique([...defaults.keys()].filter((name) => !documented.has(name as never)))).to.deep.equal([]);
  });

  it('light.css writes out exactly the literal defaults', async () => {
    const light = cssDeclarations(await (await fetch('/src/themes/light.css')).text()).filter(([, p]) => p.startsWith('--'));
    const expected = TOKENS.filter((t) => !t.default.includes('var(')).map((t) => `${t.name}: ${squash(t.default)}`);
    expect(light.map(([, p, v]) => `${p}: ${squash(v)}`)).to.deep.equal(expected);
  });

  it('dark.css sets the documented dark values, for the class and for prefers-color-scheme', async () => {
    const declarations = cssDeclarations(await (await fetch('/src/themes/dark.css')).text()).filter(([, p]) => p.startsWith('--'));
    const expected = TOKENS.filter((t) => t.dark).map((t) => `${t.name}: ${t.dark}`);
    for (const selector of ['.inv-theme-dark', '.inv-theme-auto']) {
      expect(
        declarations.filter(([s]) => s === selector).map(([, p, v]) => `${p}: ${squash(v)}`),
        selector,
      ).to.deep.equal(expected);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme} colours keep WCAG AA contrast`, () => {
      const value = (name: string) => {
        const token = TOKENS.find((t) => t.name === name);
        expect(token, name).to.exist;
        return (theme === 'dark' ? (token?.dark ?? token?.default) : token?.default) as string;
      };
      const failures = CONTRAST_PAIRS.map(([fg, bg, min]) => [fg, bg, min, contrast(value(fg), value(bg))] as const)
        .filter(([, , min, ratio]) => ratio < min)
        .map(([fg, bg, min, ratio]) => `${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
      expect(failures).to.deep.equal([]);
    });
  }

  it('the partner example uses only documented tokens and ::part', async () => {
    const declarations = cssDeclarations(await (await fetch('/src/themes/partner-example.css')).text());
    const problems = declarations
      .filter(([selector, property]) =>
        property.startsWith('--')
          ? !documented.has(property as never) && !cssprops.has(property)
          : !selector.split(',').every((s) => s.includes('::part(')),
      )
      .map(([selector, property]) => `${selector} { ${property} }`);
    expect(declarations.length).to.be.greaterThan(5);
    expect(problems).to.deep.equal([]);
  });
});
