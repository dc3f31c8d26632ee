/**
 * Queries that see through shadow roots, and a small accessible-name reader, so tests find
 * controls the way a user of assistive technology would: by role and name.
 */

/** Every element under `root`, light and shadow trees alike, in document order. */
export function* deepElements(root: Node): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
  const children = root instanceof Element || root instanceof DocumentFragment || root instanceof Document ? root.children : [];
  for (const child of Array.from(children)) {
    yield child;
    yield* deepElements(child);
  }
}

/** Every element matching `selector` under `root`, across shadow roots. */
export function deepQueryAll<E extends Element = HTMLElement>(root: Node, selector: string): E[] {
  const found: E[] = [];
  for (const element of deepElements(root)) if (element.matches(selector)) found.push(element as E);
  return found;
}

/** The text of `root` and every shadow tree under it (slotted text once, in the light tree). */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    if (node instanceof Element && (node.localName === 'style' || node.localName === 'script')) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return text;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function hidden(element: Element): boolean {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true')) return true;
    if (node instanceof HTMLElement && getComputedStyle(node).display === 'none') return true;
  }
  return false;
}

function textFor(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  if (node.localName === 'style' || node.localName === 'script') return '';
  if (node.localName === 'slot') return (node as HTMLSlotElement).assignedNodes({ flatten: true }).map(textFor).join('');
  const label = node.getAttribute('aria-label');
  if (label) return ` ${label} `;
  const inner = node.shadowRoot ? node.shadowRoot : node;
  return Array.from(inner.childNodes).map(textFor).join('');
}

/** The accessible name of `element` (aria-labelledby, aria-label, label, content, title). */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return collapse(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id))
        .map((label) => (label ? textFor(label) : ''))
        .join(' '),
    );
  }
  const reflected = (element as Element & { ariaLabelledByElements?: readonly Element[] | null }).ariaLabelledByElements;
  if (reflected && reflected.length) return collapse(reflected.map(textFor).join(' '));
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return collapse(label);
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    const labels = element.labels ? Array.from(element.labels) : [];
    if (labels.length) return collapse(labels.map(textFor).join(' '));
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) return collapse(element.value);
    return collapse(element.getAttribute('placeholder') ?? element.title ?? '');
  }
  if (element.localName === 'fieldset') return collapse(textFor(element.querySelector('legend') ?? document.createElement('legend')));
  if (element instanceof HTMLDialogElement || element.getAttribute('role') === 'dialog') {
    return collapse(element.getAttribute('title') ?? '');
  }
  const content = collapse(textFor(element));
  return content || collapse(element.getAttribute('title') ?? '');
}

const IMPLICIT_ROLES: Record<string, (element: Element) => boolean> = {
  button: (e) => e.localName === 'button' || (e instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(e.type)),
  checkbox: (e) => e instanceof HTMLInputElement && e.type === 'checkbox',
  radio: (e) => e instanceof HTMLInputElement && e.type === 'radio',
  textbox: (e) =>
    e instanceof HTMLTextAreaElement ||
    (e instanceof HTMLInputElement && ['text', 'email', 'tel', 'url', 'month', 'date', ''].includes(e.type) && !e.hasAttribute('list')),
  searchbox: (e) => e instanceof HTMLInputElement && e.type === 'search',
  spinbutton: (e) => e instanceof HTMLInputElement && e.type === 'number',
  combobox: (e) => e instanceof HTMLSelectElement && !e.multiple && e.size <= 1,
  listbox: (e) => e instanceof HTMLSelectElement && (e.multiple || e.size > 1),
  link: (e) => e instanceof HTMLAnchorElement && e.hasAttribute('href'),
  dialog: (e) => e instanceof HTMLDialogElement,
  columnheader: (e) => e.localName === 'th',
  row: (e) => e.localName === 'tr',
  cell: (e) => e.localName === 'td',
  table: (e) => e.localName === 'table',
  progressbar: (e) => e.localName === 'progress',
  status: (e) => e.localName === 'output',
  group: (e) => e.localName === 'fieldset',
  list: (e) => e.localName === 'ul' || e.localName === 'ol',
  listitem: (e) => e.localName === 'li',
  region: (e) => e.localName === 'section' && (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby')),
};

/** The element's role: its `role` attribute, else the implicit role of the few elements tests use. */
export function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit.trim().split(/\s+/)[0] ?? null;
  for (const [role, test] of Object.entries(IMPLICIT_ROLES)) if (test(element)) return role;
  return null;
}

function nameMatches(name: string, wanted: string | RegExp | undefined): boolean {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? name === wanted : wanted.test(name);
}

export interface RoleQuery {
  /** Include elements that are hidden (`hidden`, `display: none`, `aria-hidden`). Default false. */
  hidden?: boolean;
}

/** Every element under `root` (across shadow roots) with `role` and, when given, an accessible name. */
export function allByRole<E extends HTMLElement = HTMLElement>(
  root: Node,
  role: string,
  name?: string | RegExp,
  options: RoleQuery = {},
): E[] {
  const roles = role === 'textbox' ? ['textbox', 'searchbox'] : [role];
  const found: E[] = [];
  for (const element of deepElements(root)) {
    const own = roleOf(element);
    if (!own || !roles.includes(own)) continue;
    if (!options.hidden && hidden(element)) continue;
    if (nameMatches(accessibleName(element), name)) found.push(element as E);
  }
  return found;
}

/** The one element with `role` and `name`; throws with what was there when none or several match. */
export function byRole<E extends HTMLElement = HTMLElement>(root: Node, role: string, name?: string | RegExp, options: RoleQuery = {}): E {
  const found = allByRole<E>(root, role, name, options);
  if (found.length === 1) return found[0] as E;
  const present = allByRole(root, role, undefined, options).map((e) => JSON.stringify(accessibleName(e)));
  throw new Error(`${found.length} elements with role ${role} and name ${String(name)}; present: ${present.join(', ') || 'none'}`);
}

/** The first element with `role` and `name`, or null. */
export function queryByRole<E extends HTMLElement = HTMLElement>(
  root: Node,
  role: string,
  name?: string | RegExp,
  options: RoleQuery = {},
): E | null {
  return allByRole<E>(root, role, name, options)[0] ?? null;
}

/** Every element with `role` (and `name`), hidden ones included, in document order. */
export function queryAllByRole<E extends HTMLElement = HTMLElement>(root: Node, role: string, name?: string | RegExp): E[] {
  return allByRole<E>(root, role, name, { hidden: true });
}

/** The first element with `role` and `name` (hidden ones included); throws when there is none. */
export function getByRole<E extends HTMLElement = HTMLElement>(root: Node, role: string, name?: string | RegExp): E {
  const found = queryAllByRole<E>(root, role, name)[0];
  if (!found) throw new Error(`No ${role} named ${String(name)}`);
  return found;
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until `check` returns a truthy value (polling each frame), or fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | Promise<T>, message = 'condition', timeout = 4000): Promise<NonNullable<T>> {
  const start = performance.now();
  let lastError: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() - start > timeout) {
      throw new Error(`Timed out waiting for ${message}${lastError ? `: ${String((lastError as Error).message ?? lastError)}` : ''}`);
    }
    // Quick polls first (most conditions hold after a task or two), then once a frame.
    await new Promise((resolve) => setTimeout(resolve, attempt < 20 ? 0 : 16));
  }
}

/** Lets pending microtasks, a macrotask and a frame run (rejections are reported after a task). */
export async function settle(ms = 0): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits until `predicate` holds (a shorter `waitFor` for boolean checks). */
export async function until(predicate: () => boolean, message: string, timeout = 4000): Promise<void> {
  await waitFor(predicate, message, timeout);
}

function describeElement(element: Element | null | undefined): string {
  if (!element) return String(element);
  const name = accessibleName(element);
  const part = element.getAttribute('part');
  return `<${element.localName}${element.id ? `#${element.id}` : ''}${part ? ` part="${part}"` : ''}> "${name.slice(0, 60)}"`;
}

/** Asserts that `element` has focus, naming both elements on failure (never serialising DOM nodes). */
export function expectFocused(element: Element | null | undefined, what = 'focus'): void {
  const active = deepActiveElement();
  if (active !== element) throw new Error(`${what}: expected ${describeElement(element)} focused, found ${describeElement(active)}`);
}

/** Asserts two elements are the same node without serialising them. */
export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, what = 'element'): void {
  if (actual !== expected) throw new Error(`${what}: expected ${describeElement(expected)}, found ${describeElement(actual)}`);
}
