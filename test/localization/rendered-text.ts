/**
 * What a person sees or hears from a rendered element: its text nodes and the attributes
 * that are spoken or shown (aria-label, title, placeholder…), through open shadow roots.
 */
const SPOKEN_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
];

export function renderedStrings(root: Element): string[] {
  const out: string[] = [];
  const push = (value: string | null | undefined) => {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script') push(node.nodeValue);
      return;
    }
    if (node instanceof Element) {
      for (const name of SPOKEN_ATTRIBUTES) push(node.getAttribute(name));
      if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type)) push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return out;
}

/** `text` with every whole-word occurrence of each value replaced by a space (longest values first). */
export function withoutValues(text: string, values: Iterable<string>): string {
  let result = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    result = result.replace(new RegExp(wordPattern(value).source, 'g'), ' ');
  }
  return result;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern finding `fragment` as whole words (no match inside a longer word). */
export function wordPattern(fragment: string): RegExp {
  const start = /^\w/.test(fragment) ? '(?<![\\w])' : '';
  const end = /\w$/.test(fragment) ? '(?![\\w])' : '';
  return new RegExp(`${start}${escape(fragment)}${end}`);
}
