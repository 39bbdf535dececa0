import type { EmulatorClock } from './clock.js';

/**
 * Notion's per-connection limit: a fixed budget of requests per 60-second window, spendable at
 * any pace; over it, 429 with Retry-After = time until the window resets
 * (https://developers.notion.com/reference/request-limits#per-connection-limit).
 * `--rate-limit RPS` sets the budget to RPS × window seconds.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(
    private readonly clock: EmulatorClock,
    private readonly requestsPerSecond: number | undefined,
    private readonly windowMs = 60_000,
  ) {}

  get budget(): number | undefined {
    return this.requestsPerSecond === undefined
      ? undefined
      : Math.max(1, Math.round(this.requestsPerSecond * (this.windowMs / 1000)));
  }

  /** Counts a request of `token`; returns the Retry-After seconds when it is over budget. */
  take(token: string): { retryAfterSeconds: number } | undefined {
    const budget = this.budget;
    if (budget === undefined) return undefined;
    const now = this.clock.now();
    let window = this.windows.get(token);
    if (!window || now >= window.start + this.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(token, window);
    }
    if (window.used < budget) {
      window.used++;
      return undefined;
    }
    // Seconds of the caller's (real) time: the clock may run faster than real time in tests.
    const realMs = this.clock.toRealMs(window.start + this.windowMs - now);
    return { retryAfterSeconds: Math.max(1, Math.ceil(realMs / 1000)) };
  }

  reset(): void {
    this.windows.clear();
  }
}
