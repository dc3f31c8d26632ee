import { lazyModule } from '../../internal/lazy-module.js';

const cards = lazyModule(() => import('./parts/cards.js'));

/** The cards' parts and styles once loaded, or undefined before. */
export const loadedCards = cards.loaded;
/** Loads the cards' parts and styles (once for the page; a failed load can be tried again). */
export const loadCards = cards.load;
