import type { LogEntry } from './core.js';

/** What becomes of a held request: handled as usual, or its connection destroyed unapplied. */
export type HeldOutcome = 'apply' | 'drop';

interface HeldRequest {
  entry: LogEntry;
  release: (outcome: HeldOutcome) => void;
}

/**
 * Requests stopped by a `hold` fault before they are applied, so a test can act at an exact
 * point of a run (kill the client, look at the state) and then decide what Notion did with them.
 */
export class HeldRequests {
  private requests: HeldRequest[] = [];
  private watchers: { count: number; notify: (held: LogEntry[]) => void }[] = [];

  /** Parks a request until `release` names it. */
  hold(entry: LogEntry): Promise<HeldOutcome> {
    return new Promise((release) => {
      this.requests.push({ entry, release });
      const ready = this.watchers.filter((w) => this.requests.length >= w.count);
      this.watchers = this.watchers.filter((w) => !ready.includes(w));
      for (const watcher of ready) watcher.notify(this.list());
    });
  }

  /** Held requests in arrival order. */
  list(): LogEntry[] {
    return this.requests.map((r) => r.entry);
  }

  /** Resolves once at least `count` requests are held. */
  waitFor(count = 1): Promise<LogEntry[]> {
    if (this.requests.length >= count) return Promise.resolve(this.list());
    return new Promise((notify) => this.watchers.push({ count, notify }));
  }

  release(seq: number, outcome: HeldOutcome): void {
    const request = this.requests.find((r) => r.entry.seq === seq);
    if (!request) throw new Error(`no held request with seq ${seq}`);
    if (outcome !== 'apply' && outcome !== 'drop')
      throw new Error(
        `a held request is released with "apply" or "drop", got "${String(outcome)}"`,
      );
    this.requests = this.requests.filter((r) => r !== request);
    request.release(outcome);
  }

  /** Drops every held request (reset, close): nothing stays parked. */
  dropAll(): void {
    for (const request of this.requests) request.release('drop');
    this.requests = [];
  }
}
