import { lazyModule } from '../../internal/lazy-module.js';

const panels = lazyModule(() => import('./parts/panels.js'));

/** The grid's panels once loaded, or undefined before. */
export const loadedPanels = panels.loaded;
/** Loads the grid's panels (once for the page; a failed load can be tried again). */
export const loadPanels = panels.load;
