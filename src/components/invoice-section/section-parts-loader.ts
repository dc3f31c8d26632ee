import type * as SectionParts from './section-parts.js';

let parts: typeof SectionParts | undefined;
let pending: Promise<typeof SectionParts> | undefined;

/** The section's occasional parts (filter chips, link notice) once loaded, or undefined before. */
export function loadedSectionParts(): typeof SectionParts | undefined {
  return parts;
}

/** Loads the section's occasional parts (once for the page; a failed load can be tried again). */
export function loadSectionParts(): Promise<typeof SectionParts> {
  pending ??= import('./section-parts.js').then(
    (module) => (parts = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
