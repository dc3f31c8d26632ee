import { graphemes, visibleText } from '../format/visible-text.js';

/**
 * Longest file name kept, in UTF-8 bytes. File systems cap a name at 255 bytes (ext4, APFS)
 * or 255 UTF-16 units (NTFS); the margin leaves room for the " (1)" a browser or an unzip
 * tool adds when a name is taken.
 */
export const MAX_FILE_NAME_BYTES = 240;

// Windows refuses these as a file's base name whatever the extension (CON.txt is CON), and
// ignores spaces and dots after them ("con .pdf" is CON too).
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Path separators, characters Windows forbids, and C0/C1 control characters.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g;

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/**
 * Turns an untrusted document file name into one that is safe on Windows, macOS and Linux and
 * reads as what it is: no path separators or traversal, no control or bidi characters, no
 * zero-width characters, each run of blank-looking characters (U+2800, Hangul fillers, wide
 * spaces) one space so no extension hides behind it, no reserved device names (`con .pdf`
 * included), no leading dots, no trailing dots or spaces, at most `maxBytes` UTF-8 bytes cut
 * between whole characters, with the extension kept. Never returns an empty string
 * (`fallback` instead).
 */
export function sanitizeFileName(name: unknown, fallback = 'download', maxBytes = MAX_FILE_NAME_BYTES): string {
  let text = typeof name === 'string' ? name : typeof name === 'number' && Number.isFinite(name) ? String(name) : '';
  text = visibleText(text.normalize('NFC').replace(FORBIDDEN, '_'));
  // Leading dots hide files on Unix and ".." reads as a parent directory; Windows drops trailing dots and spaces.
  text = text.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (text === '' || /^_+$/.test(text)) return fallback === 'download' ? fallback : sanitizeFileName(fallback, 'download', maxBytes);
  const { base, ext } = splitExtension(text);
  let safeBase = base;
  if (RESERVED.test((safeBase.split('.')[0] ?? '').trimEnd())) safeBase = `_${safeBase}`;
  return truncate(safeBase, ext, maxBytes);
}

/** Splits `name.ext` (an extension is 1–10 letters or digits after the last dot). */
export function splitExtension(name: string): { base: string; ext: string } {
  const match = /^(.+?)(\.[\p{L}\p{N}]{1,10})$/u.exec(name);
  return match ? { base: match[1] as string, ext: match[2] as string } : { base: name, ext: '' };
}

/** `base` cut to fit `maxBytes` with `ext`, between whole characters, then `ext`. */
function truncate(base: string, ext: string, maxBytes: number): string {
  const room = Math.max(1, maxBytes - byteLength(ext));
  if (byteLength(base) <= room) return base + ext;
  let cut = '';
  let used = 0;
  for (const grapheme of graphemes(base)) {
    const size = byteLength(grapheme);
    if (used + size <= room) {
      cut += grapheme;
      used += size;
      continue;
    }
    // Only a character that alone outgrows the room (hundreds of combining marks) is cut
    // inside, and then between code points, so no lone surrogate is left behind.
    if (cut === '') for (const ch of grapheme) if ((used += byteLength(ch)) <= room) cut += ch;
    break;
  }
  return cut.replace(/[.\s]+$/, '') + ext;
}

/** How file systems that ignore case compare names (`ß` and `SS` too, to be safe). */
const nameKey = (name: string) => name.normalize('NFC').toUpperCase().toLowerCase();

/**
 * Returns a name not yet in `taken` (compared ignoring case and Unicode normalisation, as
 * Windows and macOS do), adding " (2)", " (3)", … before the extension within the byte cap,
 * and records it in `taken`.
 */
export function uniqueFileName(name: string, taken: Set<string>, maxBytes = MAX_FILE_NAME_BYTES): string {
  let candidate = name;
  const { base, ext } = splitExtension(name);
  for (let n = 2; taken.has(nameKey(candidate)); n++) candidate = truncate(base, ` (${n})${ext}`, maxBytes);
  taken.add(nameKey(candidate));
  return candidate;
}
