/** A module loaded with `import()` once for the page, read synchronously once it is there. */
export interface LazyModule<T> {
  /** The module once loaded, or undefined before. */
  loaded(): T | undefined;
  /** Loads the module (once for the page; a failed load can be tried again). */
  load(): Promise<T>;
}

/** A page-wide lazy module (`LazyModuleController` is the per-element counterpart). */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    loaded: () => value,
    load: () =>
      (pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
