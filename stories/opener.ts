/**
 * The look of a story's own "open" button (outside the element it opens): the theme's
 * surface, text and border tokens, so it reads in the light and dark themes in every browser
 * (WebKit's default button face is a fixed light grey).
 */
export const OPENER_STYLE =
  'font: inherit; min-height: 36px; padding: 0 12px; border-radius: 6px; border: 1px solid var(--inv-color-border-strong, #8a96a1); background: var(--inv-color-surface, #fff); color: var(--inv-color-text, #1b2631); cursor: pointer';
