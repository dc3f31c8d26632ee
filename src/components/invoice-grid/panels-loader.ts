import type * as Panels from './parts/panels.js';

let panels: typeof Panels | undefined;
let pending: Promise<typeof Panels> | undefined;

/** The grid's panels once loaded, or undefined before. */
export function loadedPanels(): typeof Panels | undefined {
  return panels;
}

/** Loads the grid's panels (once for the page; a failed load can be tried again). */
export function loadPanels(): Promise<typeof Panels> {
  pending ??= import('./parts/panels.js').then(
    (module) => (panels = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
