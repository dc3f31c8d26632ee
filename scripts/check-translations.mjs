#!/usr/bin/env node
// Fails when the translations are not complete and current:
//  1. every msg() in src/ (analysed from the code, as `lit-localize extract` does) has a
//     non-empty <target> in every locales/<locale>.xlf, with the same placeholders;
//  2. no XLIFF keeps a message the code no longer has (a stale extract);
//  3. src/generated/ is what `lit-localize build` makes from locales/ (it is rebuilt into a
//     temporary folder and compared file by file).
//
//   node scripts/check-translations.mjs
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = readConfigFileAndWriteSchema(path.join(root, 'lit-localize.json'));
const problems = [];

const localizer = new RuntimeLitLocalizer(config);
const { messages, errors } = localizer.extractSourceMessages();
if (errors.length)
  problems.push(`${errors.length} error(s) extracting messages from the source; run \`npx lit-localize extract\` to see them`);
const sourceIds = new Set(messages.map((m) => m.name));

const placeholders = (contents) =>
  contents
    .filter((part) => typeof part !== 'string')
    .map((part) => part.untranslatable)
    .sort()
    .join('\u0000');
const sourceById = new Map(messages.map((m) => [m.name, m]));

for (const locale of config.targetLocales) {
  const file = path.join(config.resolve(config.interchange.xliffDir), `${locale}.xlf`);
  if (!existsSync(file)) {
    problems.push(`${locale}: ${path.relative(root, file)} is missing`);
    continue;
  }
  const xml = readFileSync(file, 'utf8');
  const units = [...xml.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)];
  const inFile = new Set(units.map((u) => u[1]));
  const missing = [...sourceIds].filter((id) => !inFile.has(id));
  const untranslated = units.filter((u) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(u[2])).map((u) => u[1]);
  const stale = [...inFile].filter((id) => !sourceIds.has(id));
  if (missing.length)
    problems.push(`${locale}: ${missing.length} message(s) not extracted yet (run npm run localize:extract): ${missing.join(', ')}`);
  if (untranslated.length) problems.push(`${locale}: ${untranslated.length} message(s) without a translation: ${untranslated.join(', ')}`);
  if (stale.length)
    problems.push(`${locale}: ${stale.length} message(s) no longer in the source (run npm run localize:extract): ${stale.join(', ')}`);
}

// Placeholder checks use lit-localize's own reader, so the <x> parsing matches the build.
const { translations } = localizer.readTranslationsSync();
for (const [locale, translated] of translations) {
  for (const message of translated) {
    const source = sourceById.get(message.name);
    if (source && placeholders(source.contents) !== placeholders(message.contents)) {
      problems.push(`${locale}: ${message.name} does not keep the source's placeholders`);
    }
  }
}

// Rebuild into a temporary folder and compare with the committed output.
const outputDir = config.resolve(config.output.outputDir);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'invoice-l10n-'));
try {
  const tmpOut = path.join(tmp, 'locales');
  const tmpCodes = path.join(tmp, 'locale-codes.ts');
  const rebuilt = new RuntimeLitLocalizer({
    ...config,
    output: { ...config.output, outputDir: tmpOut, localeCodesModule: tmpCodes },
  });
  const log = console.log;
  const warn = console.warn;
  console.log = console.warn = () => {};
  try {
    await rebuilt.build();
  } finally {
    console.log = log;
    console.warn = warn;
  }
  const pairs = [[tmpCodes, config.resolve(config.output.localeCodesModule)]];
  for (const name of readdirSync(tmpOut)) pairs.push([path.join(tmpOut, name), path.join(outputDir, name)]);
  for (const name of readdirSync(outputDir)) {
    if (!existsSync(path.join(tmpOut, name))) problems.push(`src/generated: ${name} is not produced by the build any more`);
  }
  for (const [fresh, committed] of pairs) {
    if (!existsSync(committed) || readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
      problems.push(`${path.relative(root, committed)} is out of date (run npm run localize:build)`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`[check-translations] ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`[check-translations] ${sourceIds.size} messages translated in ${config.targetLocales.join(', ')}; src/generated is current`);
