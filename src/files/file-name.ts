/** Longest file name (in UTF-16 code units) kept; leaves room under the 255-byte limits of common file systems. */
export const MAX_FILE_NAME_LENGTH = 120;

// Windows refuses these as a file's base name whatever the extension (CON.txt is CON).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Path separators, characters Windows forbids, and C0/C1 control characters.

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
// Invisible direction overrides can disguise an extension ("invoice\u202Efdp.exe").
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Turns an untrusted document file name into one that is safe on Windows, macOS and Linux:
 * no path separators or traversal, no control or bidi characters, no reserved device names,
 * no trailing dots or spaces, at most `maxLength` characters with the extension kept.
 * Never returns an empty string (`fallback` instead).
 */
export function sanitizeFileName(name: unknown, fallback = 'download', maxLength = MAX_FILE_NAME_LENGTH): string {
  let text = typeof name === 'string' ? name : typeof name === 'number' && Number.isFinite(name) ? String(name) : '';
  text = text.normalize('NFC').replace(BIDI, '').replace(FORBIDDEN, '_');
  text = text.replace(/\s+/g, ' ').trim();
  // Leading dots hide files on Unix and ".." reads as a parent directory; Windows drops trailing dots and spaces.
  text = text.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (text === '' || /^_+$/.test(text)) return fallback === 'download' ? fallback : sanitizeFileName(fallback, 'download', maxLength);
  const { base, ext } = splitExtension(text);
  let safeBase = base;
  if (RESERVED.test(safeBase.split('.')[0] ?? '')) safeBase = `_${safeBase}`;
  return truncate(safeBase, ext, maxLength);
}

/** Splits `name.ext` (an extension is 1–10 letters or digits after the last dot). */
export function splitExtension(name: string): { base: string; ext: string } {
  const match = /^(.+?)(\.[\p{L}\p{N}]{1,10})$/u.exec(name);
  return match ? { base: match[1] as string, ext: match[2] as string } : { base: name, ext: '' };
}

function truncate(base: string, ext: string, maxLength: number): string {
  const room = Math.max(1, maxLength - ext.length);
  if (base.length <= room) return base + ext;
  // Cut on a code-point boundary so no lone surrogate is left behind, then drop trailing dots/spaces again.
  const cut = Array.from(base).reduce((out, ch) => (out.length + ch.length <= room ? out + ch : out), '');
  return cut.replace(/[.\s]+$/, '') + ext;
}

/**
 * Returns a name not yet in `taken` (compared case-insensitively, as Windows and macOS do),
 * adding " (2)", " (3)", … before the extension, and records it in `taken`.
 */
export function uniqueFileName(name: string, taken: Set<string>, maxLength = MAX_FILE_NAME_LENGTH): string {
  let candidate = name;
  const { base, ext } = splitExtension(name);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = truncate(base, ` (${n})${ext}`, maxLength);
  taken.add(candidate.toLowerCase());
  return candidate;
}
