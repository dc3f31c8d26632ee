const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'blob:']);

/**
 * True when `url` may be followed for a download: http(s) or blob only. Relative URLs are
 * resolved against `base` (the page) first, so `javascript:` hidden behind whitespace or
 * mixed case is refused too.
 */
export function isSafeDocumentUrl(url: string, base: string = globalThis.location?.href ?? 'http://localhost/'): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(url, base).protocol);
  } catch {
    return false;
  }
}
