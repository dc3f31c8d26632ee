/**
 * Text as a reader sees it. Untrusted names can carry characters that change how they read
 * without being seen: bidi controls that reorder letters (`inv\u202Efdp.exe` shows as
 * `invexe.pdf`), runs of characters drawn blank (U+2800 Braille blank, Hangul fillers) that
 * push a trailing `.exe` out of sight, and zero-width characters that make two names look
 * alike. These helpers take them out before a name is shown or used as a file name.
 */

/** Bidi embeddings, overrides, isolates and marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** White space, and characters fonts draw as blank space (Braille blank, Hangul fillers, the musical null notehead). */
const BLANKS = /[\p{White_Space}\u2800\u3164\u115f\u1160\uffa0\u{1d159}]+/gu;

/**
 * Joiners and variation selectors: invisible, but part of the character before them (emoji,
 * Persian, Mongolian). Written as alternatives, not one character class, since each of them
 * would combine with its neighbour in a class.
 */
const JOINER = String.raw`(?:\u200c|\u200d)`;
const SELECTOR = String.raw`(?:[\u180b-\u180d]|\u180f|[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}])`;
const BINDER = `(?:${JOINER}|${SELECTOR})`;
const VISIBLE = String.raw`[\p{L}\p{M}\p{N}\p{S}\p{P}\p{Co}]`;

/** Every other character with no width (default-ignorable: zero-width space, word joiner, soft hyphen, tags…). */
const IGNORABLE = new RegExp(`(?!${BINDER})\\p{Default_Ignorable_Code_Point}`, 'gu');
// The two patterns below take the visible character in front of a run of binders as a group
// rather than test it with a lookbehind: JavaScriptCore (Safari) steps back over an emoji one
// UTF-16 unit at a time, so `(?<=\p{S})` never matches after one and its joiners would go.
/** A visible character that is not itself a binder (variation selectors are marks, `\p{M}`). */
const BASE = `(?!${BINDER})${VISIBLE}`;
/** A run of binders, with the visible character before it if there is one. */
const BINDERS = new RegExp(`(${BASE})?(${BINDER}+)`, 'gu');
/** After a visible character: at most one selector, then at most one joiner. */
const BINDER_RUNS = new RegExp(`(${BASE})(?=${BINDER})(${SELECTOR})?${SELECTOR}*(${JOINER})?${BINDER}*`, 'gu');

const ANYTHING_HIDDEN =
  /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2800\u3164\u115f\u1160\uffa0\u{1d159}]|\p{Default_Ignorable_Code_Point}|\s\s|[^\S ]/u;

/**
 * `text` with bidi controls and zero-width characters removed and every run of blank-looking
 * characters shown as one space; joiners and variation selectors are kept where they bind
 * to the character before them (emoji sequences, ZWNJ in Persian). Not trimmed.
 */
export function visibleText(text: string): string {
  if (!ANYTHING_HIDDEN.test(text)) return text;
  return (
    text
      .replace(BIDI_CONTROLS, '')
      .replace(BLANKS, ' ')
      .replace(IGNORABLE, '')
      // Binders that follow nothing visible go.
      .replace(BINDERS, (run, visible: string | undefined) => (visible ? run : ''))
      .replace(
        BINDER_RUNS,
        (_run, visible: string, selector: string | undefined, joiner: string | undefined) => visible + (selector ?? '') + (joiner ?? ''),
      )
      .replace(/ {2,}/g, ' ')
  );
}

/** True when `text` shows nothing: empty, or only blank, invisible or bidi characters. */
export function isBlankText(text: unknown): boolean {
  return typeof text !== 'string' || visibleText(text).trim() === '';
}

/** `text` without bidi embeddings, overrides and isolates, the characters that reorder what follows them. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

let segmenter: Intl.Segmenter | null | undefined;

/** The user-perceived characters of `text`, lazily (code points where `Intl.Segmenter` is missing). */
export function* graphemes(text: string): Generator<string> {
  if (segmenter === undefined)
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  if (!segmenter) {
    yield* text;
    return;
  }
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/** Text shown in place of a longer value, and whether it was shortened. */
export interface CappedText {
  shown: string;
  capped: boolean;
}

/**
 * The first `max` UTF-16 units of `text` or fewer, cut between whole characters, with "…"
 * when shortened: what is laid out of an oversized value (a 1 MB name would take seconds to
 * lay out and push everything else away).
 */
export function capText(text: string, max: number): CappedText {
  if (text.length <= max) return { shown: text, capped: false };
  let shown = '';
  // Segment only a little more than is kept: the rest of a huge value is never walked.
  for (const grapheme of graphemes(text.slice(0, max + 64))) {
    if (shown.length + grapheme.length > max) break;
    shown += grapheme;
  }
  return { shown: `${shown}…`, capped: true };
}
