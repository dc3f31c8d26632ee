import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

interface ArgTypeLike {
  control?: unknown;
  type?: { name?: string; value?: unknown };
  table?: { category?: string };
}

/** What the directive reads of a story's context (Storybook passes it to `render`). */
export interface ControlledContext {
  args: object;
  argTypes?: Record<string, ArgTypeLike | undefined>;
}

/**
 * `<invoice-grid ${controlled(context)}>`: sets each arg that Controls shows as one of the
 * element's properties (the manifest's "properties" with a control), so every control
 * works, not only the args the template binds. A date control gives a timestamp; a `Date`
 * property gets a `Date`. Outside Storybook (no argTypes) it sets nothing.
 */
class Controlled extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('controlled() belongs in an element tag');
  }

  render(_context: ControlledContext) {
    return nothing;
  }

  override update(part: ElementPart, [context]: [ControlledContext]) {
    const element = part.element as unknown as Record<string, unknown>;
    for (const [key, argType] of Object.entries(context.argTypes ?? {})) {
      if (argType?.table?.category !== 'properties' || !argType.control) continue;
      const value = (context.args as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const control = argType.control as string | { type?: string };
      const isDate =
        (argType.type?.name === 'other' && argType.type.value === 'Date') ||
        (typeof control === 'string' ? control : control.type) === 'date';
      element[key] = isDate && !(value instanceof Date) ? new Date(value as number | string) : value;
    }
    return nothing;
  }
}

export const controlled = directive(Controlled);
