import { EventEmitter } from 'node:events';
import { answerCounts, ClusterCounts, type PrimaryChannel } from '../../src/http/api/cluster-counts';

const WINDOW_MS = 60_000;

/**
 * A worker's channel to a primary in this process: what the worker sends reaches `answer` as
 * node:cluster would carry it (through JSON), and the reply comes back as a 'message' event.
 * `drop` loses the next message; `broken` fails every send as a closed channel does.
 */
function loopback(answer: (message: unknown) => Promise<unknown>) {
  const worker = new EventEmitter();
  const control = { drop: false, broken: false, sent: [] as unknown[] };
  const channel: PrimaryChannel = {
    on: (event, listener) => worker.on(event, listener),
    send: (message, _handle, _options, callback) => {
      if (control.broken) {
        setImmediate(() => callback(new Error('Channel closed')));
        return false;
      }
      control.sent.push(message);
      if (control.drop) return true;
      void answer(JSON.parse(JSON.stringify(message))).then((reply) => {
        if (reply !== undefined) worker.emit('message', JSON.parse(JSON.stringify(reply)));
      });
      return true;
    },
  };
  return { channel, control, worker };
}

describe("the primary's counts", () => {
  it('adds the hits a message carries to the client and answers the count and the end of its window', async () => {
    const answer = answerCounts({ windowMs: WINDOW_MS });
    const before = Date.now();
    const first = await answer({ channel: 'essay-feedback/rate-limit', id: 1, op: 'add', key: 'a', hits: 3 });
    const second = await answer({
      channel: 'essay-feedback/rate-limit',
      id: 2,
      op: 'add',
      key: 'a',
      hits: 1,
    });
    const other = await answer({ channel: 'essay-feedback/rate-limit', id: 3, op: 'add', key: 'b', hits: 1 });
    expect(first).toMatchObject({ id: 1, totalHits: 3 });
    expect(second).toMatchObject({ id: 2, totalHits: 4 });
    expect(other).toMatchObject({ id: 3, totalHits: 1 });
    expect(first!.resetTime).toBeGreaterThanOrEqual(before + WINDOW_MS);
  });

  it('takes a hit back and forgets a client when asked', async () => {
    const answer = answerCounts({ windowMs: WINDOW_MS });
    const ask = (id: number, op: string, hits = 1) =>
      answer({ channel: 'essay-feedback/rate-limit', id, op, key: 'a', hits });
    await ask(1, 'add', 5);
    expect(await ask(2, 'decrement')).toEqual({ channel: 'essay-feedback/rate-limit', id: 2 });
    expect(await ask(3, 'add')).toMatchObject({ totalHits: 5 });
    await ask(4, 'reset');
    expect(await ask(5, 'add')).toMatchObject({ totalHits: 1 });
  });

  it('starts a new window once the last one is over', async () => {
    const answer = answerCounts({ windowMs: 30 });
    await answer({ channel: 'essay-feedback/rate-limit', id: 1, op: 'add', key: 'a', hits: 2 });
    await new Promise((r) => setTimeout(r, 60));
    const later = await answer({ channel: 'essay-feedback/rate-limit', id: 2, op: 'add', key: 'a', hits: 1 });
    expect(later).toMatchObject({ totalHits: 1 });
  });

  it.each([
    ['a message of another kind', { cmd: 'NODE_CLUSTER', act: 'online' }],
    ['another channel', { channel: 'other', id: 1, op: 'add', key: 'a', hits: 1 }],
    ['no hits', { channel: 'essay-feedback/rate-limit', id: 1, op: 'add', key: 'a', hits: 0 }],
    ['a fraction of a hit', { channel: 'essay-feedback/rate-limit', id: 1, op: 'add', key: 'a', hits: 1.5 }],
    ['no key', { channel: 'essay-feedback/rate-limit', id: 1, op: 'add', hits: 1 }],
    ['an unknown operation', { channel: 'essay-feedback/rate-limit', id: 1, op: 'drop', key: 'a', hits: 1 }],
    ['not an object', 'add a 1'],
  ])('leaves %s unanswered and uncounted', async (_name, message) => {
    const answer = answerCounts({ windowMs: WINDOW_MS });
    expect(await answer(message)).toBeUndefined();
    const next = await answer({ channel: 'essay-feedback/rate-limit', id: 2, op: 'add', key: 'a', hits: 1 });
    expect(next).toMatchObject({ totalHits: 1 });
  });
});

describe("a worker's side of the counts", () => {
  it('adds hits through the primary and reads back the count as a rate-limit answer', async () => {
    const { channel, control } = loopback(answerCounts({ windowMs: WINDOW_MS }));
    const counts = new ClusterCounts(channel);
    await counts.add('a', 2);
    const info = await counts.add('a', 3);
    expect(info.totalHits).toBe(5);
    expect(info.resetTime).toBeInstanceOf(Date);
    expect(info.resetTime!.getTime()).toBeGreaterThan(Date.now());
    await counts.decrement('a');
    expect((await counts.add('a', 1)).totalHits).toBe(5);
    await counts.resetKey('a');
    expect((await counts.add('a', 1)).totalHits).toBe(1);
    expect(control.sent).toHaveLength(6); // one message per call, whatever the hits
  });

  it('matches each answer to its question when several are in flight', async () => {
    const { channel } = loopback(answerCounts({ windowMs: WINDOW_MS }));
    const counts = new ClusterCounts(channel);
    const answers = await Promise.all([counts.add('a', 1), counts.add('b', 4), counts.add('a', 2)]);
    expect(answers.map((a) => a.totalHits)).toEqual([1, 4, 3]);
  });

  it('gives up with a clear error when the primary does not answer in time', async () => {
    const { channel, control } = loopback(answerCounts({ windowMs: WINDOW_MS }));
    control.drop = true;
    const counts = new ClusterCounts(channel, 20);
    await expect(counts.add('a', 1)).rejects.toThrow(
      'no answer from the cluster primary about the rate-limit counts in 20 ms',
    );
  });

  it('fails the call, not the process, when the channel to the primary is closed', async () => {
    const { channel, control } = loopback(answerCounts({ windowMs: WINDOW_MS }));
    control.broken = true;
    await expect(new ClusterCounts(channel).add('a', 1)).rejects.toThrow('Channel closed');
  });

  it('refuses to count in a process that is not a cluster worker', async () => {
    const counts = new ClusterCounts({ on: () => undefined });
    await expect(counts.add('a', 1)).rejects.toThrow('this process is not a worker');
  });

  it('ignores messages that are not answers to its own questions', async () => {
    const { channel, worker } = loopback(answerCounts({ windowMs: WINDOW_MS }));
    const counts = new ClusterCounts(channel);
    worker.emit('message', { channel: 'essay-feedback/rate-limit', id: 99, totalHits: 1000 });
    worker.emit('message', { something: 'else' });
    expect((await counts.add('a', 1)).totalHits).toBe(1);
  });
});
