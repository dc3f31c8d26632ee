import type { ReactiveControllerHost } from 'lit';
import type { InvoiceDataAdapter, InvoiceQuery } from '../../data/types.js';
import type { InvoiceEventMap, InvoiceEventName, InvoiceQueryChangeDetail } from '../../events/invoice-events.js';

/**
 * What a grid controller may ask of the element: its inputs (adapter, query, mode), to tell
 * the page something (an event, an announcement), to change the query, and to re-render.
 * Controllers see the element only through this, and never see each other: the element
 * wires them with callbacks.
 */
export interface GridHost extends ReactiveControllerHost {
  readonly adapter: InvoiceDataAdapter | undefined;
  /** The query shown. */
  readonly query: InvoiceQuery;
  /** Virtual scrolling (rows fetched by window) rather than pages. */
  readonly virtual: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  emit<K extends InvoiceEventName>(
    name: K,
    detail: InvoiceEventMap[K],
    options?: { cancelable?: boolean },
  ): CustomEvent<InvoiceEventMap[K]>;
  /** Says `text` through the grid's polite live region. */
  announce(text: string): void;
  /** Makes `next` the query and fires `invoice-query-change` with `reason`. */
  commitQuery(next: InvoiceQuery, reason: InvoiceQueryChangeDetail['reason']): void;
}
