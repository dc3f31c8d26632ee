import { capText, visibleText } from '../../format/visible-text.js';

/** Longest document name laid out; the rest stays in its title and accessible name. */
export const MAX_SHOWN_NAME = 300;
/** Longest invoice number laid out (real ones are under 30 characters). */
export const MAX_SHOWN_NUMBER = 120;

/** Class of an element that shows a shortened value; its `title` holds the full one. */
export const CAPPED_CLASS = 'capped';

/** A value as the dialog shows it: bidi controls and invisible characters out, capped, and in full. */
export interface ShownText {
  full: string;
  shown: string;
  capped: boolean;
}

export function shownText(value: string, max: number): ShownText {
  const full = visibleText(value);
  const { shown, capped } = capText(full, max);
  return { full, shown, capped };
}

/**
 * Puts the full values of shortened texts on the clipboard: a selection inside one shortened
 * text copies all of it; a wider selection gets each shortened text it holds whole in full.
 * Uses `getComposedRanges` to see a selection inside the shadow root; where that is missing,
 * copying keeps the browser's default.
 */
export function copyFullValues(event: ClipboardEvent, root: ShadowRoot): void {
  const selection = root.ownerDocument.getSelection();
  if (!event.clipboardData || !selection || selection.rangeCount === 0 || typeof selection.getComposedRanges !== 'function') return;
  const [composed] = selection.getComposedRanges({ shadowRoots: [root] });
  if (!composed || composed.collapsed) return;
  const range = root.ownerDocument.createRange();
  try {
    range.setStart(composed.startContainer, composed.startOffset);
    range.setEnd(composed.endContainer, composed.endOffset);
  } catch {
    return;
  }
  const capped = [...root.querySelectorAll<HTMLElement>(`.${CAPPED_CLASS}[title]`)].filter((el) => range.intersectsNode(el));
  if (capped.length === 0) return;
  const inside = capped.find((el) => el.contains(range.startContainer) && el.contains(range.endContainer));
  let text = range.toString();
  if (inside) text = inside.title;
  else for (const el of capped) text = text.replace(el.textContent ?? '', () => el.title);
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
}
