#!/usr/bin/env node
// Writes the pseudo-locale (en-XA) translations from the extracted English source, so it
// never goes stale: every <target> is rebuilt from its <source> on each run. Pseudo text is
// accented, about 40% longer and bracketed, which shows truncation and any string that
// bypasses msg() (it stays plain English). Placeholders (<x …/>) and XML entities are kept.
//
//   npx lit-localize extract && node scripts/pseudo-locale.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PSEUDO_LOCALE = 'en-XA';

const ACCENTS = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
// Accented too, so any plain ASCII word left on screen is text that bypassed msg().
const PAD = ' ·öñé·ţŵö·ţĥŕéé·ƒöûŕ·ƒíṽé·šíẋ·šéṽéñ·éíĝĥţ·ñíñé·ţéñ';

/** Accents one run of plain text (no tags, no entities). */
function accent(text) {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c);
}

/**
 * Pseudo-translates the inner XML of a <source>: text is accented, tags and entities pass
 * through, the whole is bracketed and padded to about 140% of its visible length.
 */
export function pseudoTranslate(sourceXml) {
  let visible = 0;
  const body = sourceXml.replace(/(<(?:[^>"]|"[^"]*")*>|&[#\w]+;)|([^<&]+)/g, (_, markup, text) => {
    if (markup) {
      if (markup.startsWith('&')) visible += 1;
      return markup;
    }
    visible += text.length;
    return accent(text);
  });
  if (visible === 0) return body;
  const extra = Math.max(1, Math.round(visible * 0.4));
  // Long messages need more padding than one PAD holds.
  return `[${body}${PAD.repeat(Math.ceil(extra / PAD.length)).slice(0, extra)}]`;
}

/** Replaces (or adds) the <target> of every <trans-unit> in an XLIFF 1.2 document. */
export function pseudoXliff(xml) {
  return xml.replace(
    /(<trans-unit\b[^>]*>\s*<source>)([\s\S]*?)(<\/source>)(?:\s*<target>[\s\S]*?<\/target>)?/g,
    (_, open, source, close) => `${open}${source}${close}\n  <target>${pseudoTranslate(source)}</target>`,
  );
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
  if (!config.targetLocales.includes(PSEUDO_LOCALE)) {
    console.error(`[pseudo-locale] ${PSEUDO_LOCALE} is not in lit-localize.json targetLocales`);
    process.exit(1);
  }
  const file = path.join(root, config.interchange.xliffDir, `${PSEUDO_LOCALE}.xlf`);
  let xml;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    console.error(`[pseudo-locale] ${path.relative(root, file)} is missing: run \`npx lit-localize extract\` first`);
    process.exit(1);
  }
  const out = pseudoXliff(xml);
  writeFileSync(file, out);
  const count = (out.match(/<target>/g) ?? []).length;
  console.log(`[pseudo-locale] ${count} messages written to ${path.relative(root, file)}`);
}
