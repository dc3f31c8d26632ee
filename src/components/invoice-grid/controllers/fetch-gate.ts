/**
 * Paces requests to a server that may be failing: at most `rate` requests per second (a token
 * bucket that allows a burst of `rate`), and after a failure an exponential backoff with full
 * jitter, or the server's `Retry-After` when it asks for longer. Whatever the server answers,
 * a caller that asks through the gate cannot send more than `rate` requests a second.
 */
export class FetchGate {
  private tokens: number;
  private refilledAt: number;

  constructor(
    readonly rate = 4,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = rate;
    this.refilledAt = now();
  }

  /** Milliseconds until a request may go (0: now). */
  wait(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.rate) * 1000);
  }

  /** Takes a token for a request about to go; false when none is left. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.refilledAt) / 1000) * this.rate);
    this.refilledAt = now;
  }
}

/** Delay before automatic retry number `attempt` (1-based): 0.5 s doubling to 30 s, with full jitter, and never before `retryAfterMs`. */
export function retryDelay(attempt: number, retryAfterMs = 0, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.max(0, attempt - 1));
  // Half fixed, half random: clients that failed together do not retry together.
  const backoff = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(backoff, Number.isFinite(retryAfterMs) ? retryAfterMs : 0);
}
