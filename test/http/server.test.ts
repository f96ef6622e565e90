/**
 * The real server: start-up with a folder holding a broken rubric, graceful shutdown with a
 * request in flight (in-process through start(), then the real entry under SIGTERM, one process
 * and two cluster workers), and a bad configuration refused at start. Real sockets on port 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { start, type RunningServer } from '../../src/server';
import { FIXTURE_RUBRICS, memoryLogger, testConfig } from './support';

const ROOT = path.resolve(__dirname, '..', '..');
const ANSWER = JSON.stringify({ answer: 'Beria controlled the secret police, so he was feared.' });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rubrics-'));
  cpSync(FIXTURE_RUBRICS, dir, { recursive: true });
  // A typo in a field name: the rubric must be logged and left out, the others served.
  writeFileSync(
    path.join(dir, 'typo.json'),
    JSON.stringify({ schemaVersion: 1, id: 'typo', titel: 'Typo', topic: 't', prompt: 'p' }),
  );
  writeFileSync(path.join(dir, 'not-json.json'), '{ "schemaVersion": 1,');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a POST whose body is only half sent, so the request stays in flight until finish(). */
function halfSentRequest(
  url: string,
  agent: http.Agent | false = false,
): {
  finish: () => void;
  response: Promise<{ status: number; body: string; connection?: string }>;
} {
  const { hostname, port } = new URL(url);
  const req = http.request({
    hostname,
    port,
    method: 'POST',
    path: '/api/v1/questions/beria-fall/feedback',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(ANSWER) },
    agent,
  });
  const response = new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on('error', reject);
  });
  req.write(ANSWER.slice(0, 10));
  return { finish: () => req.end(ANSWER.slice(10)), response };
}

/** One feedback request on a connection of its own, closed after the response. */
function postOnNewConnection(url: string): Promise<{ status: number }> {
  const { response, finish } = halfSentRequest(url);
  finish();
  return response;
}

function connectionRefused(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(
    () => false,
    () => true,
  );
}

describe('start()', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  it('serves the valid rubrics and logs each broken one with its file, pointer and problem', async () => {
    const { log, lines } = memoryLogger();
    running = await start({ config: testConfig({ PORT: '0', HOST: '127.0.0.1', RUBRICS_DIR: dir }), log });
    const ready = await (await fetch(`${running.url}/readyz`)).json();
    expect(ready).toEqual({ status: 'ready', questions: 2 });
    const leftOut = lines.filter((l) => l.msg === 'rubric left out');
    expect(leftOut.map((l) => path.basename(String(l.file))).sort()).toEqual(
      expect.arrayContaining(['not-json.json', 'typo.json']),
    );
    for (const line of leftOut) {
      expect(typeof line.pointer).toBe('string');
      expect(String(line.problem).length).toBeGreaterThan(0);
    }
    const typo = leftOut.filter((l) => String(l.file).endsWith('typo.json'));
    expect(typo.map((l) => l.problem).join('\n')).toContain('titel');
    expect((await fetch(`${running.url}/api/v1/questions/typo`)).status).toBe(404);
  });

  it('refuses to start when the rubrics folder has a broken lexicon.json, naming it', async () => {
    const broken = mkdtempSync(path.join(os.tmpdir(), 'rubrics-'));
    cpSync(FIXTURE_RUBRICS, broken, { recursive: true });
    writeFileSync(path.join(broken, 'lexicon.json'), '{ "schemaVersion": 1, "synonyms": [');
    const { log } = memoryLogger();
    // A server that did start is closed again, so the test fails rather than hangs.
    const outcome = await start({
      config: testConfig({ PORT: '0', HOST: '127.0.0.1', RUBRICS_DIR: broken }),
      log,
    }).then(
      async (started) => {
        await started.close();
        return 'started';
      },
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/cannot use .*lexicon\.json: expected valid JSON/);
    rmSync(broken, { recursive: true, force: true });
  });

  it('finishes a request in flight, refuses new connections, then closes', async () => {
    const { log } = memoryLogger();
    running = await start({ config: testConfig({ PORT: '0', HOST: '127.0.0.1' }), log });
    const { url, server } = running;
    const arrived = new Promise((resolve) => server.once('request', resolve));
    const inFlight = halfSentRequest(url);
    await arrived;
    const closed = running.close();
    running = undefined;
    expect(await connectionRefused(url)).toBe(true);
    inFlight.finish();
    const res = await inFlight.response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).questionId).toBe('beria-fall');
    await closed;
    expect(server.listening).toBe(false);
  });

  it('closes a kept-alive connection once its in-flight response is sent, without waiting for the timeout', async () => {
    const { log } = memoryLogger();
    // A drain that waited for the timeout would outlast the test's own time limit.
    running = await start({
      config: testConfig({ PORT: '0', HOST: '127.0.0.1', SHUTDOWN_TIMEOUT_MS: '600000' }),
      log,
    });
    const agent = new http.Agent({ keepAlive: true });
    const arrived = new Promise((resolve) => running!.server.once('request', resolve));
    const inFlight = halfSentRequest(running.url, agent);
    await arrived;
    const closed = running.close();
    running = undefined;
    inFlight.finish();
    const res = await inFlight.response;
    expect(res.status).toBe(200);
    expect(res.connection).toBe('close');
    await closed;
    agent.destroy();
  });

  it('cuts requests still open when the shutdown timeout passes', async () => {
    const { log } = memoryLogger();
    running = await start({
      config: testConfig({ PORT: '0', HOST: '127.0.0.1', SHUTDOWN_TIMEOUT_MS: '200' }),
      log,
    });
    const arrived = new Promise((resolve) => running!.server.once('request', resolve));
    const stuck = halfSentRequest(running.url);
    await arrived;
    const closing = running.close();
    running = undefined;
    await expect(stuck.response).rejects.toThrow();
    await closing;
  });
});

/** Runs the real entry (src/server.ts) and resolves with its URL once it logs "listening". */
function spawnServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      RUBRICS_DIR: FIXTURE_RUBRICS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const workers = Number(env.WORKERS ?? '1');
  return new Promise((resolve, reject) => {
    const urls: string[] = [];
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of chunk.toString().split('\n')) {
        if (!line.includes('"listening"')) continue;
        urls.push(JSON.parse(line).url);
        if (urls.length === workers) resolve({ child, url: urls[0]!, output: () => out });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${out}`)));
  });
}

/** The processes whose log lines say they answered a feedback request. */
function feedbackServedBy(output: string): Set<number> {
  return new Set(
    output
      .split('\n')
      .filter((l) => l.includes('"request completed"') && l.includes('/feedback'))
      .map((l) => JSON.parse(l).pid as number),
  );
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('the server entry', () => {
  it.each([
    ['one process', '1'],
    ['two cluster workers', '2'],
  ])('on SIGTERM with %s, finishes the request in flight and exits 0', async (_name, workers) => {
    const { child, url, output } = await spawnServer({ WORKERS: workers });
    try {
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const inFlight = halfSentRequest(url);
      // Let the request's headers reach the server so it counts as in flight, not idle.
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      inFlight.finish();
      const res = await inFlight.response;
      expect(res.status).toBe(200);
      expect(await exitOf(child)).toBe(0);
      expect(output()).toContain('shutting down');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('replaces a cluster worker that dies while serving', async () => {
    const { child, url, output } = await spawnServer({ WORKERS: '2' });
    try {
      const listening = () =>
        output()
          .split('\n')
          .filter((l) => l.includes('"listening"'))
          .map((l) => JSON.parse(l).pid as number);
      const [victim] = listening();
      process.kill(victim!, 'SIGKILL');
      while (listening().length < 3) await new Promise((r) => setTimeout(r, 100));
      expect(output()).toContain('worker died; starting a replacement');
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exitOf(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('holds one address to the feedback limit across cluster workers, not to the limit per worker', async () => {
    const { child, url, output } = await spawnServer({ WORKERS: '2', RATE_LIMIT_MAX: '3' });
    try {
      // A new connection per request, so the cluster shares the requests out between the workers.
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await postOnNewConnection(url)).status);
      expect(feedbackServedBy(output()).size).toBe(2);
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
      child.kill('SIGTERM');
      expect(await exitOf(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('holds the limit across workers that answer early requests from their own count and send the hits on later', async () => {
    // Limit 20: each worker answers a client's requests from its own count until its estimate
    // reaches 10, and sends those hits to the primary within 10 ms; the pause lets every batch
    // arrive before the next request, so the limit must hold exactly.
    const { child, url, output } = await spawnServer({ WORKERS: '2', RATE_LIMIT_MAX: '20' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 24; i += 1) {
        statuses.push((await postOnNewConnection(url)).status);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(feedbackServedBy(output()).size).toBe(2);
      expect(statuses).toEqual([...Array<number>(20).fill(200), 429, 429, 429, 429]);
      child.kill('SIGTERM');
      expect(await exitOf(child)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('refuses to start with a bad variable, naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'server.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toContain(
      'Invalid configuration:\nPORT: expected an integer from 0 to 65535, found "eighty"',
    );
  });
});
