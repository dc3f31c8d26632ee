// Where relative URLs resolve and which origin a URL belongs to; internal to the data layer.

/** The page's base URL, against which `fetch` resolves relative URLs (a placeholder outside a browser). */
export function pageHref(): string {
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? 'http://localhost/';
}

/** The origin of `url` resolved against the page, or `undefined` when it is not a URL. */
export function originOf(url: string | URL, base: string = pageHref()): string | undefined {
  try {
    return new URL(url, base).origin;
  } catch {
    return undefined;
  }
}
