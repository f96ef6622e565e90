/**
 * A rate-limit store for cluster workers that answers from this worker's last-known count and
 * tells the shared store (the primary's) without waiting, while a client is well under its limit.
 * Waiting for the primary on every feedback request cost about 3 ms at the median and 20 ms at the
 * 99th percentile under load (docs/benchmarks.md), for a count that only matters near the limit.
 *
 * Every hit still reaches the shared store, so the primary's count stays exact. A worker waits for
 * the primary's answer, as before, for a client's first request in a window (it knows nothing yet)
 * and whenever its own estimate has used half the limit or more: the request that would go over
 * is judged on the shared count, not the estimate. The estimate is the shared count last heard
 * plus this worker's hits not yet answered; it misses other workers' hits since then, so below
 * half the limit the RateLimit header's remaining count can be a few too high, and a client whose
 * other worker's hits push it past the limit before this worker hears of them gets through with at
 * most the requests this worker answers in that time.
 */
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';

interface Entry {
  /** The shared store's latest count for the key in this window. */
  shared: number;
  /** This worker's hits sent to the shared store without waiting and not yet answered. */
  unanswered: number;
  resetTime: Date;
}

export interface LocalFirstOptions {
  /** The limit the rate limiter enforces: at half of it the worker starts waiting again. */
  limit: number;
  /** Milliseconds since the epoch; the shared store's reset times are read against it. */
  now: () => number;
}

/**
 * @example
 *   const store = new LocalFirstStore(new ClusterMemoryStoreWorker(), { limit: 60, now: Date.now });
 *   rateLimit({ store, limit: 60, windowMs: 60_000 });
 */
export class LocalFirstStore implements Store {
  readonly prefix: string | undefined;
  private readonly entries = new Map<string, Entry>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly shared: Store,
    private readonly options: LocalFirstOptions,
  ) {
    this.prefix = shared.prefix;
  }

  init(options: Options): void | Promise<void> {
    // Forget windows that are over, so a client seen once is not remembered for ever.
    this.sweeper = setInterval(() => this.forgetEnded(), options.windowMs);
    this.sweeper.unref();
    return this.shared.init?.(options);
  }

  increment(key: string): ClientRateLimitInfo | Promise<ClientRateLimitInfo> {
    const entry = this.entries.get(key);
    if (entry === undefined || !this.canAnswer(entry)) return this.askShared(key);
    entry.unanswered += 1;
    const estimate = { totalHits: entry.shared + entry.unanswered, resetTime: entry.resetTime };
    Promise.resolve(this.shared.increment(key)).then(
      (info) => {
        entry.unanswered -= 1;
        this.remember(key, info);
      },
      // The next request waits for the shared store and meets its error there (and is let through).
      () => this.entries.delete(key),
    );
    return estimate;
  }

  async decrement(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry && entry.shared > 0) entry.shared -= 1;
    await this.shared.decrement(key);
  }

  async resetKey(key: string): Promise<void> {
    this.entries.delete(key);
    await this.shared.resetKey(key);
  }

  async shutdown(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
    await this.shared.shutdown?.();
  }

  private canAnswer(entry: Entry): boolean {
    const inWindow = entry.resetTime.getTime() > this.options.now();
    return inWindow && 2 * (entry.shared + entry.unanswered + 1) <= this.options.limit;
  }

  private async askShared(key: string): Promise<ClientRateLimitInfo> {
    const info = await this.shared.increment(key);
    this.remember(key, info);
    return info;
  }

  /** Takes in the shared store's answer: a later window replaces the entry, the same one raises it. */
  private remember(key: string, info: ClientRateLimitInfo): void {
    const { resetTime, totalHits } = info;
    if (resetTime === undefined) return; // no window to place it in: this key always waits
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.entries.set(key, { shared: totalHits, unanswered: 0, resetTime });
    } else if (resetTime.getTime() > entry.resetTime.getTime()) {
      entry.shared = totalHits;
      entry.resetTime = resetTime;
    } else if (resetTime.getTime() === entry.resetTime.getTime()) {
      entry.shared = Math.max(entry.shared, totalHits);
    }
  }

  private forgetEnded(): void {
    const now = this.options.now();
    for (const [key, entry] of this.entries) {
      if (entry.resetTime.getTime() <= now && entry.unanswered === 0) this.entries.delete(key);
    }
  }
}
