/**
 * A client that hangs up while its request is in flight (autocannon closing its sockets at the
 * end of a run, a student closing the tab) is not a bad request: nobody is there to read an
 * answer. Real sockets on port 0, since the closed connection is the point.
 */
import { once } from 'node:events';
import http, { type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { MemoryStore } from 'express-rate-limit';
import { memoryLogger, testApp } from './support';

const FEEDBACK = '/api/v1/questions/beria-fall/feedback';
const FORM = '/questions/beria-fall';
const ANSWER = 'Beria controlled the secret police, so he was feared by the others. '.repeat(20);
const JSON_BODY = JSON.stringify({ answer: ANSWER });
const FORM_BODY = `answer=${encodeURIComponent(ANSWER)}`;

type LogLine = Record<string, unknown>;

/**
 * The rate limiter's count arriving late, as the cluster store's does over IPC: it is held until
 * the server has seen the client hang up, so the body is read from a connection already closed.
 */
class LateStore extends MemoryStore {
  private readonly held: Array<() => void> = [];
  private holding = true;

  override async increment(key: string) {
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    return super.increment(key);
  }

  /** Answers the counts held so far and every later one at once. */
  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }
}

let server: Server | undefined;
afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
});

async function serve(options: { store?: LateStore } = {}) {
  const { log, lines } = memoryLogger();
  const app = await testApp({ log, ...(options.store ? { rateLimitStore: options.store } : {}) });
  server = http.createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, port, url: `http://127.0.0.1:${port}`, lines };
}

/**
 * Sends the headers with the full Content-Length but only half the body, waits until the server
 * has the request, then destroys the socket.
 */
async function hangUpMidBody(
  target: { server: Server; port: number },
  request: { path: string; type: string; body: string; id: string },
): Promise<void> {
  const socket = net.connect(target.port, '127.0.0.1');
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  const received = once(target.server, 'request');
  socket.write(
    `POST ${request.path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: ${request.type}\r\n` +
      `Content-Length: ${Buffer.byteLength(request.body)}\r\nX-Request-Id: ${request.id}\r\n\r\n` +
      request.body.slice(0, request.body.length / 2),
  );
  await received;
  socket.destroy();
}

/** The lines logged about one request, once it is over and anything late has had time to arrive. */
async function linesAbout(lines: LogLine[], id: string): Promise<LogLine[]> {
  const about = () => lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id);
  for (let waited = 0; about().length === 0 && waited < 2000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  return about();
}

/** What an operator should see: one info line saying the client left, with the request id. */
function expectOneClientClosedLine(lines: LogLine[], about: LogLine[], id: string): void {
  const seen = about.map((l) => ({ level: l.level, msg: l.msg, req: l.req, res: l.res }));
  // Nothing was sent, so there is no status to report.
  expect(seen).toEqual([
    {
      level: 30,
      msg: 'client closed the connection before the body arrived',
      req: { id, method: 'POST', url: expect.any(String) },
      res: { statusCode: null },
    },
  ]);
  // Nothing that reads like a client's mistake or a server fault.
  expect(lines.filter((l) => Number(l.level) >= 40)).toEqual([]);
}

async function expectStillServing(url: string): Promise<void> {
  const res = await fetch(`${url}${FEEDBACK}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ answer: 'Beria controlled the secret police, so he was feared.' }),
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { questionId: string }).questionId).toBe('beria-fall');
}

describe('a client that hangs up before its body has arrived', () => {
  it.each([
    ['the API', FEEDBACK, 'application/json', JSON_BODY],
    ['the answer form', FORM, 'application/x-www-form-urlencoded', FORM_BODY],
  ])('is logged once, at info, on %s while the body is being read', async (_name, path, type, body) => {
    const target = await serve();
    await hangUpMidBody(target, { path, type, body, id: 'gone-mid-body' });
    const about = await linesAbout(target.lines, 'gone-mid-body');
    expectOneClientClosedLine(target.lines, about, 'gone-mid-body');
    await expectStillServing(target.url);
  });

  it('is not reported as a missing answer when the body is reached only after the hang-up', async () => {
    const store = new LateStore();
    const target = await serve({ store });
    // The client's FIN seen, the socket not yet closed: the window in which a late count lets the
    // parser find a closed connection, skip the body and hand the handler no answer at all.
    target.server.once('connection', (socket) => {
      socket.once('end', () => store.release());
      socket.once('close', () => store.release());
    });
    await hangUpMidBody(target, {
      path: FEEDBACK,
      type: 'application/json',
      body: JSON_BODY,
      id: 'gone-before-read',
    });
    const about = await linesAbout(target.lines, 'gone-before-read');
    expectOneClientClosedLine(target.lines, about, 'gone-before-read');
    await expectStillServing(target.url);
  });
});

describe('a client that stays for its answer', () => {
  it('still has a missing answer answered 422 and logged at warn', async () => {
    const target = await serve();
    const res = await fetch(`${target.url}${FEEDBACK}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'no-answer' },
      body: '{}',
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const about = await linesAbout(target.lines, 'no-answer');
    expect(about).toMatchObject([{ level: 40, msg: 'request completed', res: { statusCode: 422 } }]);
  });
});
