import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InvoiceAdapterError, isAbortError } from '../data/errors.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface LoadControllerOptions<T> {
  /** Milliseconds before a pending load fails with a retryable `timeout` error. Default `LoadController.defaultTimeoutMs`. */
  timeoutMs?: number;
  /** Called when a load fails (not when it is superseded or aborted). */
  onError?: (error: unknown) => void;
  /** Called when a load succeeds, with its value. */
  onValue?: (value: T) => void;
}

/**
 * Runs one asynchronous load at a time for its host. A new `run()` aborts the previous one,
 * and an answer that arrives after a newer request started is dropped: stale data never
 * replaces fresh data. A load that never settles fails with a timeout. Errors are kept as
 * state (never thrown to the page), and `retry()` re-runs the last task.
 *
 * A host taken out of the document aborts its load; put back (moved to another parent, or
 * removed and re-added, as frameworks do when they reparent), it runs that load again, so it
 * never waits for an answer that was thrown away.
 */
export class LoadController<T> implements ReactiveController {
  /**
   * Timeout of every load whose controller sets no `timeoutMs` (30,000 ms). A portal may
   * change it for all elements at once; tests lower it to see a hung adapter fail quickly.
   */
  static defaultTimeoutMs = 30_000;

  state: LoadState = 'idle';
  value: T | undefined;
  error: unknown;
  /** True once any load has succeeded (later loads keep showing the old value). */
  hasValue = false;

  private readonly host: ReactiveControllerHost;
  private readonly options: LoadControllerOptions<T>;
  /** The load in flight was aborted by a disconnection: run it again on reconnection. */
  private interrupted = false;
  private controller: AbortController | undefined;
  private generation = 0;
  private lastTask: ((signal: AbortSignal) => Promise<T>) | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: LoadControllerOptions<T> = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Starts `task`, superseding any load in flight. Resolves when this load settles. */
  run(task: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.lastTask = task;
    this.interrupted = false;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    this.state = 'loading';
    this.host.requestUpdate();
    this.pending = this.execute(task, controller, generation);
    return this.pending;
  }

  /** Re-runs the last task. */
  retry(): Promise<void> {
    return this.lastTask ? this.run(this.lastTask) : Promise.resolve();
  }

  /** Aborts the load in flight, if any. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
    if (this.state === 'loading') {
      this.generation++;
      this.state = this.hasValue ? 'ready' : 'idle';
      this.host.requestUpdate();
    }
  }

  /** Aborts any load and forgets the last value and error: back to `idle`, as before the first load. */
  reset(): void {
    this.abort();
    this.lastTask = undefined;
    this.interrupted = false;
    this.value = undefined;
    this.error = undefined;
    this.hasValue = false;
    if (this.state !== 'idle') {
      this.state = 'idle';
      this.host.requestUpdate();
    }
  }

  /** Settles when the latest load has settled. */
  get settled(): Promise<void> {
    return this.pending;
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.retry();
  }

  hostDisconnected(): void {
    if (this.state === 'loading') this.interrupted = true;
    this.abort();
  }

  private async execute(task: (signal: AbortSignal) => Promise<T>, controller: AbortController, generation: number): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? LoadController.defaultTimeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = new InvoiceAdapterError('timeout', `No answer within ${timeoutMs} ms.`);
          controller.abort(error);
          reject(error);
        }, timeoutMs);
      });
      // A task that throws synchronously is treated like one that rejects.
      const value = await Promise.race([Promise.resolve().then(() => task(controller.signal)), timeout]);
      if (generation !== this.generation) return;
      this.value = value;
      this.hasValue = true;
      this.error = undefined;
      this.state = 'ready';
      this.options.onValue?.(value);
    } catch (error) {
      if (generation !== this.generation) return;
      const timedOut = controller.signal.reason instanceof InvoiceAdapterError;
      if (isAbortError(error) && !timedOut) return;
      this.error = timedOut ? controller.signal.reason : error;
      this.state = 'error';
      this.options.onError?.(this.error);
    } finally {
      clearTimeout(timer);
      if (generation === this.generation) this.host.requestUpdate();
    }
  }
}
