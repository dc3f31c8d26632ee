/**
 * A computation in steps: a generator that yields between steps, optionally the estimated
 * cost in ms of the step it is about to run, and returns the result.
 */
export type BuildSteps<T> = Generator<number | void, T, void>;

/**
 * Work that can be advanced a step at a time (in the page's idle periods) and finished at
 * once when a query needs its result, keeping whatever was already done.
 */
export class ResumableBuild<T> {
  private readonly steps: BuildSteps<T>;
  private result: { value: T } | undefined;
  private failure: { error: unknown } | undefined;
  /** Estimated ms of the next step. */
  nextCost = 0;

  constructor(steps: BuildSteps<T>) {
    this.steps = steps;
  }

  /** True once finished, or failed. */
  get done(): boolean {
    return this.result !== undefined || this.failure !== undefined;
  }

  /** Runs the next step; throws what the build threw, then and on every later call. */
  step(): void {
    if (this.failure) throw this.failure.error;
    if (this.result) return;
    try {
      const next = this.steps.next();
      if (next.done) this.result = { value: next.value };
      else this.nextCost = next.value ?? 0;
    } catch (error) {
      this.failure = { error };
      throw error;
    }
  }

  /** Runs every remaining step and returns the result. */
  finish(): T {
    while (!this.result) this.step();
    return this.result.value;
  }
}

/** Longest stretch of idle work before the page gets the main thread back, in ms. */
const SLICE_MS = 8;
/** An idle period this long means nothing else is waiting: a step longer than a slice may run. */
const ROOMY_MS = 40;
/** Longest wait for an idle period before a slice runs anyway. */
const IDLE_TIMEOUT_MS = 250;

/**
 * Runs builds one after another in idle periods (`requestIdleCallback`, at most 250 ms late;
 * a timer where it is missing, as in Safari and Node), a slice of at most 8 ms at a time. A step estimated to be
 * longer than a slice (one native sort of 100,000 numbers) runs only at the start of a long
 * idle period. `owner` is held weakly: an adapter dropped by the page stops its warm-up.
 */
export function runWhenIdle<O extends object>(owner: O, pending: (owner: O) => ResumableBuild<unknown> | undefined): void {
  const ref = new WeakRef(owner);
  const idle = typeof requestIdleCallback === 'function';
  const slice = (deadline?: IdleDeadline): void => {
    const self = ref.deref();
    if (!self) return;
    // A callback run at its timeout (the page never went idle) works as the timer fallback does.
    const remaining = deadline && !deadline.didTimeout ? deadline.timeRemaining() : ROOMY_MS + SLICE_MS;
    const start = performance.now();
    const until = start + Math.min(SLICE_MS, remaining);
    let ran = false;
    for (let build = pending(self); build; build = pending(self)) {
      if (performance.now() + build.nextCost > until && (ran || remaining < ROOMY_MS)) break;
      try {
        build.step();
      } catch {
        // The build is done (failed); the query that needs it reports the error.
      }
      ran = true;
      if (performance.now() >= until) break;
    }
    if (pending(self)) schedule();
  };
  const schedule = (): void => {
    // With a timeout: a page that keeps rendering may have no idle period for a long time, and
    // the first page's totals and counts wait for this work.
    if (idle) requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(slice, 20);
  };
  schedule();
}
