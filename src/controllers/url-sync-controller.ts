import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queryToParams, readQueryParams, type QueryReading, type UnreadPart } from '../data/query.js';
import type { InvoiceQuery } from '../data/types.js';

export interface UrlSyncOptions {
  /** Whether syncing is on now (the host's `sync-url` attribute). */
  enabled: () => boolean;
  /** The query URL parameters are read onto (page size and other defaults). */
  base: () => InvoiceQuery;
  /**
   * Called with the query read from the URL, on connect and on back/forward, and with what of
   * the URL could not be read in full (empty when all was), so the host can say so.
   */
  restore: (query: InvoiceQuery, unread: readonly UnreadPart[]) => void;
}

/** True for a search parameter this library writes (`q`, `status`, `sort`, `offset`, `limit`, `f.*`). */
export function isQueryParam(name: string): boolean {
  return name === 'q' || name === 'status' || name === 'sort' || name === 'offset' || name === 'limit' || name.startsWith('f.');
}

/** The page's URL with `query` written into its search, other parameters and the hash kept. */
export function urlWithQuery(query: InvoiceQuery, href: string = location.href): string {
  const url = new URL(href);
  const params = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (!isQueryParam(name)) params.append(name, value);
  queryToParams(query, params);
  url.search = params.toString();
  return url.href;
}

/** True when the URL carries any query parameter. */
export function hasQueryParams(search: string = location.search): boolean {
  for (const name of new URLSearchParams(search).keys()) if (isQueryParam(name)) return true;
  return false;
}

/**
 * Keeps a query in `location.search`: `push()` adds a history entry for a user's change,
 * back and forward restore the query of that entry, and a URL opened directly restores its
 * query on connect. Parameters that are not the query's (the portal's own) are kept.
 */
export class UrlSyncController implements ReactiveController {
  private readonly options: UrlSyncOptions;
  private listening = false;

  constructor(host: ReactiveControllerHost, options: UrlSyncOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts or stops following the URL after `enabled()` changed; restores from the URL when starting. */
  sync(): void {
    if (this.options.enabled() && !this.listening) {
      this.listening = true;
      window.addEventListener('popstate', this.onPopState);
      if (hasQueryParams()) this.restoreFromUrl();
    } else if (!this.options.enabled()) {
      this.stop();
    }
  }

  /** The query the URL holds now, within bounds. */
  read(): InvoiceQuery {
    return this.readReport().query;
  }

  /** The query the URL holds now, with what of the URL could not be read in full. */
  readReport(): QueryReading {
    return readQueryParams(new URLSearchParams(location.search), this.options.base());
  }

  /** Records a user's change as a new history entry (nothing when the URL already says so). */
  push(query: InvoiceQuery): void {
    if (!this.options.enabled()) return;
    const next = urlWithQuery(query);
    if (next !== location.href) history.pushState(history.state, '', next);
  }

  /** Rewrites the current history entry (for changes that should not add one). */
  replace(query: InvoiceQuery): void {
    if (!this.options.enabled()) return;
    const next = urlWithQuery(query);
    if (next !== location.href) history.replaceState(history.state, '', next);
  }

  private stop(): void {
    if (!this.listening) return;
    this.listening = false;
    window.removeEventListener('popstate', this.onPopState);
  }

  private restoreFromUrl(): void {
    const { query, unread } = this.readReport();
    this.options.restore(query, unread);
  }

  private readonly onPopState = (): void => {
    this.restoreFromUrl();
  };
}
