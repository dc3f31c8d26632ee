import { InvoiceAdapterError } from './errors.js';
import { pageHref } from './origin.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'blob:']);

/**
 * True when `url` may be followed for a download: http(s) or blob only. Relative URLs are
 * resolved against `base` (the page) first, so `javascript:` hidden behind whitespace or
 * mixed case is refused too.
 */
export function isSafeDocumentUrl(url: string, base: string = pageHref()): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(url, base).protocol);
  } catch {
    return false;
  }
}

/**
 * `id` encoded as exactly one URL path segment. Ids that no encoding can keep to one segment
 * are refused with a `bad-request` error: `.` and `..` (URL parsers read them, and their
 * `%2e` spellings, as "this" and "parent" path), empty or missing ids (a request for
 * `/invoices/undefined/…` would reach another resource) and text that is not well-formed
 * Unicode.
 */
export function pathSegment(id: unknown): string {
  const text = typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : '';
  if (text === '') throw badId('An id is missing, so no URL can be made for it.');
  if (text === '.' || text === '..') throw badId(`The id "${text}" would be read as a relative path, so no URL is made for it.`);
  try {
    return encodeURIComponent(text);
  } catch {
    throw badId('An id is not well-formed Unicode, so no URL can be made for it.');
  }
}

function badId(message: string): InvoiceAdapterError {
  return new InvoiceAdapterError('bad-request', message, { retryable: false });
}

/**
 * True when `url` may be a link on the page: http(s) or relative to the page. `javascript:`,
 * `data:` and the rest are refused, however they are spelt.
 */
export function isSafeLink(url: unknown, base: string = pageHref()): url is string {
  if (typeof url !== 'string' || url.trim() === '') return false;
  try {
    const { protocol } = new URL(url, base);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
