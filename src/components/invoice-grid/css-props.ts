import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | undefined>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never by writing a
 * `style` attribute, so the grid works under a Content-Security-Policy without
 * `'unsafe-inline'` for `style-src-attr`. Used as an element binding:
 * `<div ${cssProps({ transform: 'translateY(10px)' })}>`.
 */
class CssPropsDirective extends Directive {
  private adopted = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding.');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const element = part.element as HTMLElement;
    if (!this.adopted) {
      // A server-rendered element may carry the properties already (see `serverStyle`): own them.
      this.adopted = true;
      const previous: Props = { ...written.get(element) };
      for (const name of Array.from(element.style))
        if (name.startsWith('--_')) previous[name] = element.style.getPropertyValue(name).trim();
      written.set(element, previous);
    }
    applyCssProps(element, props);
    return noChange;
  }
}

/** What was last written to each element, by the binding or by `applyCssProps`. */
const written = new WeakMap<HTMLElement, Props>();

/**
 * Writes `props` to an element that has a `cssProps()` binding, between renders (the grid's
 * measured column tracks, applied without another render): like the binding, it writes only
 * what changed and removes what it no longer sets, and the binding's next render diffs
 * against what this wrote.
 */
export function applyCssProps(element: HTMLElement, props: Props): void {
  const style = element.style;
  const previous = written.get(element) ?? {};
  for (const name of Object.keys(previous)) {
    if (props[name] === undefined) style.removeProperty(name);
  }
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (previous[name] !== value) style.setProperty(name, value);
  }
  written.set(element, props);
}

export const cssProps = directive(CssPropsDirective);

/**
 * The same properties as a `style` attribute, on the server only: `@lit-labs/ssr` does not
 * run element directives, so without it a server-rendered shell would miss what `cssProps()`
 * sets (the grid's column tracks) until hydration. In the browser it is `nothing`: hydration
 * leaves the server's attribute in place and `cssProps()` takes over the same properties, so
 * the browser never writes a `style` attribute itself (strict CSP). Use with `cssProps()` on
 * the same element: `<div style=${serverStyle(props)} ${cssProps(props)}>`. Values must be
 * the element's own (lengths, track lists), never data.
 */
export function serverStyle(props: Props): string | typeof nothing {
  if (!isServer) return nothing;
  const declarations = Object.entries(props).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return declarations.length ? declarations.map(([name, value]) => `${name}: ${value}`).join('; ') : nothing;
}
