/**
 * Reads the XLIFF files the test runner serves from locales/ (it serves the project root).
 * Text is kept as parts: the strings between placeholders, and the placeholders' equiv-text.
 */
export interface XliffUnit {
  id: string;
  /** Source text split at placeholders. */
  source: string[];
  /** Target text split at placeholders; undefined when the unit has no (or an empty) target. */
  target?: string[];
  /** The placeholders' `equiv-text`, in source order. */
  sourcePlaceholders: string[];
  targetPlaceholders: string[];
}

function parts(element: Element | null): { text: string[]; placeholders: string[] } | undefined {
  if (!element) return undefined;
  const text = [''];
  const placeholders: string[] = [];
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text[text.length - 1] += node.nodeValue ?? '';
    } else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'x') {
      placeholders.push((node as Element).getAttribute('equiv-text') ?? '');
      text.push('');
    }
  }
  return { text, placeholders };
}

export async function readXliff(locale: string): Promise<XliffUnit[]> {
  const response = await fetch(`/locales/${locale}.xlf`);
  if (!response.ok) throw new Error(`locales/${locale}.xlf: HTTP ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  if (doc.querySelector('parsererror')) throw new Error(`locales/${locale}.xlf is not well-formed XML`);
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const source = parts(unit.getElementsByTagName('source')[0] ?? null)!;
    const target = parts(unit.getElementsByTagName('target')[0] ?? null);
    const hasTarget = !!target && target.text.join('').trim() !== '';
    return {
      id: unit.getAttribute('id') ?? '',
      source: source.text,
      target: hasTarget ? target.text : undefined,
      sourcePlaceholders: source.placeholders,
      targetPlaceholders: target?.placeholders ?? [],
    };
  });
}

/** The locales translated by hand, whose completeness the tests guard. */
export const TARGET_LOCALES = ['ja', 'ko', 'zh-Hant', 'zh-Hans'] as const;

/** The pseudo-locale's XLIFF is rewritten from the source on every extract: its units are the message list. */
export const MESSAGE_LIST_LOCALE = 'en-XA';
