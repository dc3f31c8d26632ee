/**
 * Small DOM helpers for play functions. They use only the DOM (no storybook/test), so the
 * same play functions run in Storybook and in test/storybook/stories.test.ts, and they reach
 * through shadow roots the way a user's focus and clicks do.
 */

import { deepQueryAll } from '../test/helpers/dom.js';

export { deepQueryAll };

export function deepQuery<T extends Element = HTMLElement>(root: Node, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/** Fails the play function with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls `probe` until it returns something truthy (or throws after `timeout` ms). */
export async function waitFor<T>(probe: () => T | undefined | null | false, message: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves with the next `name` event that reaches `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeout = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${name}`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Types `text` into an input as a user would: focus, value, input and change events. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function pressKey(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** The grid's data rows (header excluded) and their text. */
export function gridRows(root: ParentNode): HTMLElement[] {
  return deepQueryAll(root, '[role="row"][part~="row"]');
}

/** Each tab's label and count as shown (`[label, count]`), in the active locale. */
export function tabTexts(root: ParentNode): Array<[string, string]> {
  return deepQueryAll(root, '[role="tab"]').map((tab) => [
    deepQuery(tab, '[part~="label"]')?.textContent?.trim() ?? '',
    deepQuery(tab, '[part~="count"]')?.textContent?.trim() ?? '',
  ]);
}
