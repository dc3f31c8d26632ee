import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { InvoiceEventMap, InvoiceEventName } from '../events/invoice-events.js';
import type { InvoiceDataAdapter } from '../data/types.js';

export interface EmitOptions {
  cancelable?: boolean;
}

/**
 * Base of every element: the `adapter` property and a typed `emit()` whose events bubble
 * and cross shadow roots.
 */
export class InvoiceElement extends LitElement {
  /** Where the element gets its data. */
  @property({ attribute: false }) adapter: InvoiceDataAdapter | undefined;

  /**
   * Fires `name` with `detail`; bubbles and is composed. Returns the event so callers of a
   * cancelable event can check `defaultPrevented`.
   */
  emit<K extends InvoiceEventName>(name: K, detail: InvoiceEventMap[K], options: EmitOptions = {}): CustomEvent<InvoiceEventMap[K]> {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.dispatchEvent(event);
    return event;
  }
}

/** Registers `tag` for `constructor` unless the name is taken (a second copy of the library). */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
