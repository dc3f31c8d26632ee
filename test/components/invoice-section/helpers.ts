import 'axe-core/axe.min.js';
import { expect, waitUntil } from '@open-wc/testing';

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }>;
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: unknown): Promise<AxeResult> };
  }
}

/** Runs axe on `element` (shadow roots included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await window.axe.run(element, { resultTypes: ['violations'] });
  const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  expect(lines, lines.join('\n')).to.deep.equal([]);
}

/** Every element matching `selector` in `root` and the open shadow roots below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const walk = (node: ParentNode) => {
    found.push(...node.querySelectorAll<T>(selector));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  if ((root as Element).shadowRoot) walk((root as Element).shadowRoot!);
  walk(root);
  return [...new Set(found)];
}

/** A close approximation of an element's accessible name (enough for role-and-name look-ups). */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const root = element.getRootNode() as Document | ShadowRoot;
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    const labels = element.labels ? [...element.labels] : [];
    if (labels.length)
      return labels
        .map((l) => l.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
  }
  if (element.tagName === 'FIELDSET') {
    return (element.querySelector('legend')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  const text = [...element.childNodes]
    .map((node) => {
      if (node instanceof Text) return node.data;
      if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return '';
      return node.textContent ?? '';
    })
    .join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

const IMPLICIT_ROLE: Record<string, string> = {
  button: 'button',
  'input[type=checkbox]': 'checkbox',
  'input[type=search]': 'searchbox',
  'input:not([type]), input[type=text], input[type=month], input[type=number], input[type=email]': 'textbox',
  select: 'combobox',
  fieldset: 'group',
  dialog: 'dialog',
  'a[href]': 'link',
  'section[aria-labelledby], section[aria-label]': 'region',
  'ul, ol': 'list',
  li: 'listitem',
};

/** Finds one element by role and accessible name (string: exact, or prefix when `prefix`; RegExp: test). */
export function getByRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T {
  const all = queryAllByRole<T>(root, role, name);
  if (all.length === 0) throw new Error(`No ${role} named ${String(name)}`);
  return all[0]!;
}

export function queryAllByRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: string, name?: string | RegExp): T[] {
  const implicit = Object.entries(IMPLICIT_ROLE)
    .filter(([, r]) => r === role)
    .map(([selector]) => selector);
  const selector = [
    `[role="${role}"]`,
    ...implicit.map((s) =>
      s
        .split(',')
        .map((p) => `${p.trim()}:not([role])`)
        .join(','),
    ),
  ].join(',');
  return deepQueryAll<T>(root, selector).filter((element) => {
    if (name === undefined) return true;
    const accessible = accessibleName(element);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
}

/** The element focused now, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function until(predicate: () => boolean, message: string, timeout = 4000): Promise<void> {
  await waitUntil(predicate, message, { timeout });
}

function describeElement(element: Element | null | undefined): string {
  if (!element) return String(element);
  const name = accessibleName(element);
  return `<${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}> "${name.slice(0, 60)}"`;
}

/** Asserts that `element` has focus, naming both elements on failure (never serialising DOM nodes). */
export function expectFocused(element: Element | null | undefined, what = 'focus'): void {
  const active = deepActiveElement();
  expect(active === element, `${what}: expected ${describeElement(element)} focused, found ${describeElement(active)}`).to.equal(true);
}

/** Asserts two elements are the same node without serialising them. */
export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, what = 'element'): void {
  expect(actual === expected, `${what}: expected ${describeElement(expected)}, found ${describeElement(actual)}`).to.equal(true);
}
