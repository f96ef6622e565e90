/**
 * A rate-limit store for cluster workers that answers from this worker's last-known count and
 * tells the shared counts (the primary's) without waiting, while a client is well under its limit.
 * Waiting for the primary on every feedback request cost about 3 ms at the median and 20 ms at the
 * 99th percentile under load (docs/benchmarks.md), for a count that only matters near the limit.
 *
 * Every hit still reaches the shared counts, so the primary's count ends up exact. Hits answered
 * here are gathered and sent together, at most `flushMs` after the first of them: a message per
 * request cost about a tenth of the server's CPU time. A worker waits for the primary's
 * answer, sending its gathered hits for the client with it, for a client's first request in a
 * window (it knows nothing yet) and whenever its own estimate has used half the limit or more:
 * the request that would go over is judged on the shared count, not the estimate. The estimate is
 * the shared count last heard plus this worker's hits not yet answered; it misses other workers'
 * hits since then, so below half the limit the RateLimit header's remaining count can be a few too
 * high, and a client whose other worker's hits push it past the limit before this worker hears of
 * them gets through with at most the requests this worker answers in that time.
 */
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { SharedCounts } from './cluster-counts';

interface Entry {
  /** The shared count's latest value for the key in this window. */
  shared: number;
  /** This worker's hits sent to the shared counts without waiting and not yet answered. */
  unanswered: number;
  /** This worker's hits answered here and not yet sent. */
  unsent: number;
  resetTime: Date;
}

export interface LocalFirstOptions {
  /** The limit the rate limiter enforces: at half of it the worker starts waiting again. */
  limit: number;
  /** Milliseconds since the epoch; the shared counts' reset times are read against it. */
  now: () => number;
  /** The longest a hit answered here waits to be sent (default 10 ms). */
  flushMs?: number;
}

const FLUSH_MS = 10;

/**
 * @example
 *   const store = new LocalFirstStore(new ClusterCounts(process), { limit: 60, now: Date.now });
 *   rateLimit({ store, limit: 60, windowMs: 60_000 });
 */
export class LocalFirstStore implements Store {
  private readonly entries = new Map<string, Entry>();
  /** Keys with hits answered here and not yet sent. */
  private readonly unsent = new Set<string>();
  private sweeper: NodeJS.Timeout | undefined;
  private flusher: NodeJS.Timeout | undefined;

  constructor(
    private readonly shared: SharedCounts,
    private readonly options: LocalFirstOptions,
  ) {}

  init(options: Options): void {
    // Forget windows that are over, so a client seen once is not remembered for ever.
    this.sweeper = setInterval(() => this.forgetEnded(), options.windowMs);
    this.sweeper.unref();
  }

  increment(key: string): ClientRateLimitInfo | Promise<ClientRateLimitInfo> {
    const entry = this.entries.get(key);
    if (entry === undefined || !this.canAnswer(entry)) return this.askShared(key, entry);
    entry.unsent += 1;
    this.unsent.add(key);
    this.flusher ??= setTimeout(() => this.flush(), this.options.flushMs ?? FLUSH_MS).unref();
    return { totalHits: entry.shared + entry.unanswered + entry.unsent, resetTime: entry.resetTime };
  }

  /** Sends every hit answered here and not yet sent, one message per client. */
  flush(): void {
    clearTimeout(this.flusher);
    this.flusher = undefined;
    for (const key of this.unsent) {
      const entry = this.entries.get(key);
      if (entry === undefined || entry.unsent === 0) continue;
      const hits = entry.unsent;
      entry.unsent = 0;
      entry.unanswered += hits;
      this.shared.add(key, hits).then(
        (info) => {
          entry.unanswered -= hits;
          this.remember(key, info);
        },
        // The next request waits for the shared counts and meets their error there (and is let through).
        () => this.entries.delete(key),
      );
    }
    this.unsent.clear();
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

  shutdown(): void {
    this.flush();
    clearInterval(this.sweeper);
    this.entries.clear();
  }

  private canAnswer(entry: Entry): boolean {
    const inWindow = entry.resetTime.getTime() > this.options.now();
    return inWindow && 2 * (entry.shared + entry.unanswered + entry.unsent + 1) <= this.options.limit;
  }

  /**
   * Waits for the shared count, sending the client's hits not yet sent along with this one; those
   * of a window that is over count for nothing.
   */
  private async askShared(key: string, entry: Entry | undefined): Promise<ClientRateLimitInfo> {
    let hits = 1;
    if (entry !== undefined) {
      if (entry.resetTime.getTime() > this.options.now()) hits += entry.unsent;
      entry.unsent = 0;
    }
    const info = await this.shared.add(key, hits);
    this.remember(key, info);
    return info;
  }

  /** Takes in the shared count: a later window replaces the entry, the same one raises it. */
  private remember(key: string, info: ClientRateLimitInfo): void {
    const { resetTime, totalHits } = info;
    if (resetTime === undefined) return; // no window to place it in: this key always waits
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.entries.set(key, { shared: totalHits, unanswered: 0, unsent: 0, resetTime });
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
      if (entry.resetTime.getTime() <= now && entry.unanswered === 0 && entry.unsent === 0) {
        this.entries.delete(key);
      }
    }
  }
}
