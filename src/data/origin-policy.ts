import { InvoiceAdapterError } from './errors.js';
import { originOf, pageHref } from './origin.js';

/** What an adapter does with a URL on an origin that may not receive its credentials. */
export type CrossOriginPolicy = 'anonymous' | 'refuse';

export interface OriginPolicyOptions {
  /** Origins that receive the configured headers and credentials (the adapter's own first). */
  trusted: readonly string[];
  /** The configured headers, fresh per request (a bearer token may change). */
  headers: () => Promise<Headers>;
  credentials?: RequestCredentials | undefined;
  /** URLs on other origins: fetched with no headers or credentials, or refused. */
  crossOrigin: CrossOriginPolicy;
  fetch: typeof fetch;
}

/** Redirects followed before giving up, as browsers do. */
const MAX_REDIRECTS = 20;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Sends GET requests so that configured headers and credentials reach trusted origins only,
 * redirects included (and POSTs to trusted origins only, never redirected: `postJson`).
 *
 * - A URL on a trusted origin is fetched with them and `redirect: 'manual'`, so no redirect
 *   is followed with them unseen.
 * - A URL on another origin is fetched with neither (`credentials: 'omit'`), or refused.
 * - A redirect whose target can be read (Node, a fetch wrapper) is followed hop by hop, each
 *   hop judged by its own origin.
 * - Browsers hide a redirect's target from script (an opaque-redirect answer, status 0), and
 *   once a redirect is followed the headers have gone wherever it led: `response.url` tells
 *   only afterwards. So the request is repeated: first confined to the page's origin
 *   (`mode: 'same-origin'`, where the browser fails a hop to another origin before sending
 *   anything there), then, if a hop leaves it, with only what browsers themselves keep from
 *   other origins on a redirect: the `Authorization` header (removed on a cross-origin
 *   redirect by the Fetch standard, as the suite checks in each browser) and cookies under
 *   `credentials: 'same-origin'`. Other configured headers are left off that request.
 */
export class OriginPolicy {
  private readonly trusted: Set<string>;

  constructor(private readonly options: OriginPolicyOptions) {
    this.trusted = new Set(options.trusted);
  }

  /** True when `url` is on a trusted origin. */
  trusts(url: string | URL): boolean {
    const origin = originOf(url);
    return origin !== undefined && origin !== 'null' && this.trusted.has(origin);
  }

  async fetch(url: string, signal: AbortSignal): Promise<Response> {
    let current = new URL(url, pageHref());
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!this.trusts(current)) return this.anonymous(current, signal);
      const headers = await this.options.headers();
      const response = await this.options.fetch(current.href, { ...this.credentialed(headers), signal, redirect: 'manual' });
      if (response.type === 'opaqueredirect') return this.followHidden(current, headers, signal);
      const location = REDIRECT.has(response.status) ? response.headers.get('location') : null;
      if (location === null) return response;
      await response.body?.cancel();
      current = new URL(location, current);
    }
    throw new InvoiceAdapterError('bad-response', `More than ${MAX_REDIRECTS} redirects.`, { retryable: false });
  }

  /**
   * Posts a JSON body to a trusted origin, with the configured headers and credentials, and
   * never follows a redirect: the body goes where it was addressed or nowhere (a redirect
   * fails with a non-retryable `bad-response`; the server has already received the request).
   */
  async postJson(url: string, body: string, signal: AbortSignal): Promise<Response> {
    const target = new URL(url, pageHref());
    if (!this.trusts(target)) {
      throw new InvoiceAdapterError(
        'unsafe-url',
        `Refused ${target.origin}: requests with a body go only to the billing service's own origins.`,
        {
          retryable: false,
        },
      );
    }
    const headers = await this.options.headers();
    headers.set('content-type', 'application/json');
    const response = await this.options.fetch(target.href, {
      ...this.credentialed(headers),
      method: 'POST',
      body,
      signal,
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect' || REDIRECT.has(response.status)) {
      await response.body?.cancel();
      throw new InvoiceAdapterError('bad-response', 'The billing service answered with a redirect; the request was not sent on.', {
        retryable: false,
      });
    }
    return response;
  }

  private credentialed(headers: Headers): RequestInit {
    return { headers, ...(this.options.credentials ? { credentials: this.options.credentials } : {}) };
  }

  private anonymous(url: URL, signal: AbortSignal): Promise<Response> {
    if (this.options.crossOrigin === 'refuse') throw refused(url);
    return this.options.fetch(url.href, { signal, credentials: 'omit', redirect: 'follow' });
  }

  /** Follows a redirect the browser will not show, without letting credentials cross an origin. */
  private async followHidden(url: URL, headers: Headers, signal: AbortSignal): Promise<Response> {
    if (url.origin === originOf(pageHref())) {
      try {
        return await this.options.fetch(url.href, { ...this.credentialed(headers), signal, mode: 'same-origin', redirect: 'follow' });
      } catch (error) {
        if (signal.aborted) throw error;
        // A hop left the page's origin; the browser stopped before sending anything there.
        if (this.options.crossOrigin === 'refuse' && this.trusted.size === 1) throw refused(url);
      }
    }
    const confined = new Headers();
    for (const name of ['authorization', 'accept']) {
      const value = headers.get(name);
      if (value !== null) confined.set(name, value);
    }
    const response = await this.options.fetch(url.href, { headers: confined, credentials: 'same-origin', signal, redirect: 'follow' });
    if (this.options.crossOrigin === 'refuse' && response.url && !this.trusts(response.url)) {
      await response.body?.cancel();
      throw refused(new URL(response.url));
    }
    return response;
  }
}

function refused(url: URL): InvoiceAdapterError {
  return new InvoiceAdapterError('unsafe-url', `Refused ${url.origin}: documents come only from the billing service's own origins.`, {
    retryable: false,
  });
}

/** The origins of `entries` (URLs or origins), or a TypeError naming the first that is not an http(s) origin. */
export function parseOrigins(entries: unknown, option: string): string[] {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) throw new TypeError(`${option} must be an array of origins.`);
  return entries.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(String(entry));
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new TypeError(`${option}: "${String(entry)}" is not an http(s) origin such as "https://files.example.com".`);
    }
    return url.origin;
  });
}
