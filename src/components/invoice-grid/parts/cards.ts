/**
 * What a narrow grid (under 640 px) adds: the bar above its cards ("Select all", "Sort by") and
 * the cards' styles. Loaded with `import()` before a grid first shows cards (see `cards-loader.ts`):
 * the update that shows them waits for them, so they never show unstyled.
 */
export { cardsBar } from './cards-bar.js';
export { cardStyles } from './cards.styles.js';
