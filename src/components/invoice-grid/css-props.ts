import { noChange } from 'lit';
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

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding.');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement).style;
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
