/**
 * The feedback limiter's counts shared by the cluster's workers: the primary keeps them in
 * express-rate-limit's own MemoryStore, and a worker adds a number of hits to a client's count in
 * one message. @express-rate-limit/cluster-memory-store, used before, sends one message per hit
 * and waits for each answer with a timer of its own: with two workers, one message each way per
 * feedback request cost about a tenth of the server's CPU time (docs/benchmarks.md). A worker
 * that answers from its own count (local-first-store.ts) now sends the hits of several requests
 * at once.
 */
import { MemoryStore, type ClientRateLimitInfo } from 'express-rate-limit';

/** What a worker needs of the shared counts. */
export interface SharedCounts {
  /** Adds `hits` to the key's count in the current window; answers the count with them. */
  add(key: string, hits: number): Promise<ClientRateLimitInfo>;
  decrement(key: string): Promise<void>;
  resetKey(key: string): Promise<void>;
}

/** The tag on every message of this protocol, so neither side mistakes another's messages for it. */
const CHANNEL = 'essay-feedback/rate-limit';
/** Far more hits than one message can carry from one worker in one flush; a larger number is a bug. */
const MAX_HITS = 1_000_000;

type Operation = 'add' | 'decrement' | 'reset';

interface CountRequest {
  channel: typeof CHANNEL;
  id: number;
  op: Operation;
  key: string;
  hits: number;
}

interface CountReply {
  channel: typeof CHANNEL;
  id: number;
  totalHits?: number;
  /** Milliseconds since the epoch (a Date does not survive the IPC channel's JSON). */
  resetTime?: number;
}

function isCountRequest(message: unknown): message is CountRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<CountRequest>;
  return (
    m.channel === CHANNEL &&
    Number.isSafeInteger(m.id) &&
    (m.op === 'add' || m.op === 'decrement' || m.op === 'reset') &&
    typeof m.key === 'string' &&
    Number.isSafeInteger(m.hits) &&
    m.hits! >= 1 &&
    m.hits! <= MAX_HITS
  );
}

function isCountReply(message: unknown): message is CountReply {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<CountReply>;
  return m.channel === CHANNEL && Number.isSafeInteger(m.id);
}

/**
 * The primary's side: answers a worker's message about the counts, or returns undefined for a
 * message of any other kind (the caller ignores it). Counting is the library's MemoryStore's:
 * fixed windows of `windowMs` from each client's first hit.
 *
 * @example
 *   const answer = answerCounts({ windowMs: 60_000 });
 *   cluster.on('message', (worker, m) => void answer(m).then((reply) => reply && worker.send(reply)));
 */
export function answerCounts(options: {
  windowMs: number;
}): (message: unknown) => Promise<CountReply | undefined> {
  const store = new MemoryStore();
  store.init({ windowMs: options.windowMs } as Parameters<MemoryStore['init']>[0]);
  async function apply({ id, op, key, hits }: CountRequest): Promise<CountReply> {
    if (op === 'decrement') await store.decrement(key);
    if (op === 'reset') await store.resetKey(key);
    if (op !== 'add') return { channel: CHANNEL, id };
    let info = await store.increment(key);
    for (let i = 1; i < hits; i++) info = await store.increment(key);
    return { channel: CHANNEL, id, totalHits: info.totalHits, resetTime: info.resetTime!.getTime() };
  }
  // One message at a time, in the order they came: the store's methods are async, and a message
  // whose hits were interleaved with another's would answer a count that includes the other's.
  let queue: Promise<unknown> = Promise.resolve();
  return function answer(message) {
    if (!isCountRequest(message)) return Promise.resolve(undefined);
    const reply = queue.then(() => apply(message));
    queue = reply.catch(() => undefined); // one failure must not fail every later message
    return reply;
  };
}

/** How a worker talks to the primary: `process` in a cluster worker. */
export interface PrimaryChannel {
  // The callback form: without it, a message to a primary that is gone is an 'error' event on
  // the process, which nothing here would handle.
  send?: (
    message: unknown,
    sendHandle: undefined,
    options: undefined,
    callback: (error: Error | null) => void,
  ) => boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

interface Waiting {
  resolve: (reply: CountReply) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * A worker's side: each call is one message to the primary, answered or failed within `timeoutMs`
 * (a primary that is gone, say mid-shutdown, must not hold a request for ever).
 *
 * @example
 *   const counts = new ClusterCounts(process);
 *   await counts.add('10.0.0.7', 3); // { totalHits, resetTime }
 */
export class ClusterCounts implements SharedCounts {
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly primary: PrimaryChannel,
    private readonly timeoutMs = 1_000,
  ) {
    primary.on('message', (message) => this.onReply(message));
  }

  async add(key: string, hits: number): Promise<ClientRateLimitInfo> {
    const reply = await this.ask('add', key, hits);
    return { totalHits: reply.totalHits ?? 0, resetTime: new Date(reply.resetTime ?? Date.now()) };
  }

  async decrement(key: string): Promise<void> {
    await this.ask('decrement', key, 1);
  }

  async resetKey(key: string): Promise<void> {
    await this.ask('reset', key, 1);
  }

  private ask(op: Operation, key: string, hits: number): Promise<CountReply> {
    return new Promise((resolve, reject) => {
      const send = this.primary.send;
      if (send === undefined) {
        reject(new Error('no cluster primary to keep the rate-limit counts: this process is not a worker'));
        return;
      }
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.settle(id);
        reject(
          new Error(`no answer from the cluster primary about the rate-limit counts in ${this.timeoutMs} ms`),
        );
      }, this.timeoutMs);
      timer.unref();
      this.waiting.set(id, { resolve, reject, timer });
      const request: CountRequest = { channel: CHANNEL, id, op, key, hits };
      send.call(this.primary, request, undefined, undefined, (error) => {
        if (error) this.settle(id)?.reject(error);
      });
    });
  }

  private onReply(message: unknown): void {
    if (isCountReply(message)) this.settle(message.id)?.resolve(message);
  }

  /** Takes a request off the waiting list; undefined when it was settled already (timed out). */
  private settle(id: number): Waiting | undefined {
    const waiting = this.waiting.get(id);
    if (waiting === undefined) return undefined;
    this.waiting.delete(id);
    clearTimeout(waiting.timer);
    return waiting;
  }
}
