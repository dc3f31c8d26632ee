import { lazyModule } from '../../internal/lazy-module.js';

const parts = lazyModule(() => import('./section-parts.js'));

/** The section's occasional parts (filter chips, link notice) once loaded, or undefined before. */
export const loadedSectionParts = parts.loaded;
/** Loads the section's occasional parts (once for the page; a failed load can be tried again). */
export const loadSectionParts = parts.load;
