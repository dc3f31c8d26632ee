import { throwIfAborted } from '../data/errors.js';

/** Milliseconds of work per slice: well under the 50 ms that counts as a long task. */
export const SLICE_MS = 8;

/**
 * Gives the event loop a turn with a message-channel task: unlike `setTimeout` it is not
 * clamped to 4 ms after a few nested calls, and unlike `scheduler.yield()` (whose
 * continuation jumps the queue) it lets timers and rendering run between slices, which
 * measured better for a long export.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Tracks a time slice; `due()` tells when to yield. */
export class TimeSlicer {
  private start = performance.now();
  constructor(private readonly budgetMs: number = SLICE_MS) {}

  due(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }

  /** Yields, then checks `signal`, then starts a new slice. */
  async yield(signal?: AbortSignal): Promise<void> {
    await yieldToEventLoop();
    throwIfAborted(signal);
    this.start = performance.now();
  }
}
