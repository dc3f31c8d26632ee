/**
 * One plain e-mail address, and nothing a `mailto:` URL could carry besides: no header fields
 * (`?cc=`, `&body=`, `?subject=`), no second address (`,` `;`), no spaces, quotes, brackets,
 * percent-escapes or slashes; a host name of letters, digits and hyphens with a top-level domain.
 */
const PLAIN_EMAIL = /^[^\s@<>()[\]\\,;:"'`?&=%/]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

/**
 * True when `value` is a plain e-mail address that may become a `mailto:` link (leading and
 * trailing blanks aside). The one check every element uses for a billing contact.
 */
export function isPlainEmail(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length <= 254 && PLAIN_EMAIL.test(value.trim());
}

/** The `mailto:` URL of a plain address, or `undefined` when `value` is not one. */
export function mailtoHref(value: unknown): string | undefined {
  return isPlainEmail(value) ? `mailto:${value.trim()}` : undefined;
}
