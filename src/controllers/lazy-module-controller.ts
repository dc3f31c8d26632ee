import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { whenIdle } from '../internal/when-idle.js';

/**
 * A part of an element loaded with `import()` the first time it is needed, so the element's
 * first load stays small: the host renders a placeholder until `value` is there, then
 * updates. Loading twice is loading once; a failed import can be tried again. Once the host is
 * connected the part is also fetched when the page is idle (`whenIdle`), so that its first use
 * does not wait for the network.
 */
export class LazyModuleController<T> implements ReactiveController {
  value: T | undefined;
  private pending: Promise<T> | undefined;
  private cancelPrefetch: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer || this.value || this.pending) return;
    this.cancelPrefetch = whenIdle(() => void this.load().catch(() => undefined));
  }

  hostDisconnected(): void {
    this.cancelPrefetch?.();
    this.cancelPrefetch = undefined;
  }

  /** Sets the part when it is already at hand (another instance loaded it), without an update. */
  provide(value: T): void {
    this.value = value;
    this.pending = Promise.resolve(value);
    this.cancelPrefetch?.();
  }

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
