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
  private previous: Props = {};
  private adopted = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding.');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    if (!this.adopted) {
      // A server-rendered element may carry the properties already (see `serverStyle`): own them.
      this.adopted = true;
      for (const name of Array.from(style)) if (name.startsWith('--_')) this.previous[name] = style.getPropertyValue(name).trim();
    }
    for (const name of Object.keys(this.previous)) {
      if (props[name] === undefined) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      if (this.previous[name] !== value) style.setProperty(name, value);
    }
    this.previous = props;
    return noChange;
  }
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
