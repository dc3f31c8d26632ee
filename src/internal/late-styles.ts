import { adoptStyles, type CSSResultGroup, type CSSResultOrNative, type ReactiveElement } from 'lit';

const flatten = (styles: CSSResultGroup): CSSResultOrNative[] => (Array.isArray(styles) ? styles.flatMap((s) => flatten(s)) : [styles]);

/**
 * Adds style sheets that arrived with a lazily loaded part to an element's shadow root, after
 * its own: an element whose content loads on first use brings its styles with it, so pages
 * that never show it never load them. Constructable style sheets, as Lit adopts its own, so
 * a strict Content-Security-Policy is not involved.
 */
export function adoptLateStyles(host: ReactiveElement, styles: CSSResultGroup): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, ...flatten(styles)]);
}
