import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of an element loaded with `import()` the first time it is needed, so the element's
 * first load stays small: the host renders a placeholder until `value` is there, then
 * updates. Loading twice is loading once; a failed import can be tried again.
 */
export class LazyModuleController<T> implements ReactiveController {
  value: T | undefined;
  private pending: Promise<T> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts the import (once) and resolves with the module. */
  load(): Promise<T> {
    this.pending ??= this.importer().then(
      (module) => {
        this.value = module;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}
