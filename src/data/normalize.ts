/**
 * Folds text for matching: Unicode NFKC (full-width `２２０２` and `ＡＢＣ` become `2202`, `abc`;
 * half-width katakana become full-width), then lower case. Whitespace runs collapse to one space.
 */
export function normalizeText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
