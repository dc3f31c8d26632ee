import type * as Cards from './parts/cards.js';

let cards: typeof Cards | undefined;
let pending: Promise<typeof Cards> | undefined;

/** The cards' parts and styles once loaded, or undefined before. */
export function loadedCards(): typeof Cards | undefined {
  return cards;
}

/** Loads the cards' parts and styles (once for the page; a failed load can be tried again). */
export function loadCards(): Promise<typeof Cards> {
  pending ??= import('./parts/cards.js').then(
    (module) => (cards = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
