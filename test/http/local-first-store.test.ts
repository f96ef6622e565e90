import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import request from 'supertest';
import type { SharedCounts } from '../../src/http/api/cluster-counts';
import { LocalFirstStore } from '../../src/http/api/local-first-store';
import { testApp } from './support';

const FEEDBACK = '/api/v1/questions/beria-fall/feedback';
const WINDOW_MS = 60_000;

/**
 * The primary's counts as a worker sees them: an exact count per key, answered only when the test
 * says so (`answerAll`), as IPC answers arrive later. `othersHit` counts hits from other workers;
 * `messages` lists the hits each message carried.
 */
function sharedStore(now: () => number, { answerAtOnce = false } = {}) {
  const counts = new Map<string, { totalHits: number; resetTime: Date }>();
  let waiting: Array<() => void> = [];
  let failing = false;
  const messages: number[] = [];
  const bump = (key: string, hits = 1): ClientRateLimitInfo => {
    let c = counts.get(key);
    if (c === undefined || c.resetTime.getTime() <= now()) {
      c = { totalHits: 0, resetTime: new Date(now() + WINDOW_MS) };
      counts.set(key, c);
    }
    c.totalHits += hits;
    return { totalHits: c.totalHits, resetTime: new Date(c.resetTime) };
  };
  const store: SharedCounts = {
    add: (key, hits) =>
      new Promise((resolve, reject) => {
        if (failing) return reject(new Error('no response from the cluster primary'));
        messages.push(hits);
        const info = bump(key, hits); // counted when it arrives, answered later
        if (answerAtOnce) resolve(info);
        else waiting.push(() => resolve(info));
      }),
    decrement: async () => undefined,
    resetKey: async (key) => void counts.delete(key),
  };
  return {
    store,
    messages,
    hits: (key: string) => counts.get(key)?.totalHits ?? 0,
    othersHit: (key: string, n: number) => void bump(key, n),
    answerAll: async () => {
      const now = waiting;
      waiting = [];
      now.forEach((answer) => answer());
      await new Promise((r) => setImmediate(r));
    },
    fail: () => (failing = true),
  };
}

function setUp(limit: number, { flushMs = 60_000 } = {}) {
  let clock = 1_000_000;
  const now = () => clock;
  const shared = sharedStore(now);
  // Hits answered at once are sent when the test flushes, unless it sets a short flushMs.
  const store = new LocalFirstStore(shared.store, { limit, now, flushMs });
  store.init({ windowMs: WINDOW_MS } as Options);
  return { store, shared, advance: (ms: number) => (clock += ms) };
}

/** Starts an increment and reports whether it answered at once (without waiting for the primary). */
function increment(store: Store, key: string) {
  const result = store.increment(key);
  return result instanceof Promise
    ? { waited: true, result }
    : { waited: false, result: Promise.resolve(result) };
}

describe('a worker counting with the primary without waiting', () => {
  it("waits for the primary's count on a client's first request in a window", async () => {
    const { store, shared } = setUp(60);
    const first = increment(store, 'a');
    expect(first.waited).toBe(true);
    await shared.answerAll();
    expect(await first.result).toMatchObject({ totalHits: 1 });
  });

  it('answers later requests at once from the count it last heard plus its own hits since', async () => {
    const { store, shared } = setUp(60);
    const first = increment(store, 'a');
    await shared.answerAll();
    await first.result;
    const counts = [];
    for (let i = 0; i < 3; i += 1) {
      const next = increment(store, 'a');
      expect(next.waited).toBe(false);
      counts.push((await next.result).totalHits);
    }
    expect(counts).toEqual([2, 3, 4]);
    store.flush();
    expect(shared.hits('a')).toBe(4); // every hit reached the primary
    expect(shared.messages).toEqual([1, 3]); // the three answered at once in one message
  });

  it('sends the hits it answered at once within flushMs of the first of them', async () => {
    const { store, shared } = setUp(60, { flushMs: 5 });
    increment(store, 'a');
    await shared.answerAll();
    increment(store, 'a');
    increment(store, 'a');
    expect(shared.hits('a')).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(shared.hits('a')).toBe(3);
    expect(shared.messages).toEqual([1, 2]);
    store.shutdown();
  });

  it("takes in other workers' hits when the primary answers", async () => {
    const { store, shared } = setUp(60);
    increment(store, 'a');
    await shared.answerAll();
    shared.othersHit('a', 5);
    expect((await increment(store, 'a').result).totalHits).toBe(2); // not heard of them yet
    store.flush();
    await shared.answerAll();
    expect((await increment(store, 'a').result).totalHits).toBe(8);
  });

  it('waits for the exact count once half the limit is used, so the request over the limit is judged on it', async () => {
    const { store, shared } = setUp(6);
    increment(store, 'a');
    await shared.answerAll();
    expect(increment(store, 'a').waited).toBe(false); // 2 of 6
    expect(increment(store, 'a').waited).toBe(false); // 3 of 6
    shared.othersHit('a', 4);
    const judged = increment(store, 'a');
    expect(judged.waited).toBe(true);
    await shared.answerAll();
    expect((await judged.result).totalHits).toBe(8);
    expect(shared.messages).toEqual([1, 3]); // the two not yet sent went with the judged one
  });

  it('waits again once the window is over, and starts counting from the new window without its hits', async () => {
    const { store, shared, advance } = setUp(60);
    increment(store, 'a');
    increment(store, 'a');
    await shared.answerAll();
    expect(increment(store, 'a').waited).toBe(false);
    await shared.answerAll();
    advance(WINDOW_MS);
    const fresh = increment(store, 'a');
    expect(fresh.waited).toBe(true);
    await shared.answerAll();
    expect(await fresh.result).toMatchObject({ totalHits: 1 });
  });

  it('counts each client address separately', async () => {
    const { store, shared } = setUp(60);
    increment(store, 'a');
    await shared.answerAll();
    expect(increment(store, 'a').waited).toBe(false);
    expect(increment(store, 'b').waited).toBe(true);
  });

  it('waits for the primary again after it failed to answer, so the error is met and reported there', async () => {
    const { store, shared } = setUp(60);
    increment(store, 'a');
    await shared.answerAll();
    shared.fail();
    expect(increment(store, 'a').waited).toBe(false);
    store.flush();
    await new Promise((r) => setImmediate(r));
    const next = increment(store, 'a');
    expect(next.waited).toBe(true);
    await expect(next.result).rejects.toThrow('no response from the cluster primary');
  });
});

describe('the feedback limit over a worker that answers from its last-known count', () => {
  it('answers 429 when the shared count says the limit is used up, with the same headers as before', async () => {
    // The real clock: the library reads it for the headers' seconds to the reset.
    const now = Date.now;
    const shared = sharedStore(now, { answerAtOnce: true });
    const rateLimitStore = new LocalFirstStore(shared.store, { limit: 4, now });
    const app = await testApp({ env: { RATE_LIMIT_MAX: '4' }, rateLimitStore });
    const post = () => request(app).post(FEEDBACK).send({ answer: 'Beria ran the secret police.' });
    const first = await post().expect(200);
    expect(first.headers.ratelimit).toBe('"4-in-1min"; r=3; t=60');
    const second = await post().expect(200); // 2 of 4: answered from the count heard
    expect(second.headers.ratelimit).toBe('"4-in-1min"; r=2; t=60');
    shared.othersHit('127.0.0.1', 2); // the client's requests to another worker
    const over = await post().expect(429);
    expect(over.headers['retry-after']).toBe('60');
    expect(over.body).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
  });
});
