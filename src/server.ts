/**
 * The composition root: configuration -> rubrics -> app -> listen, and a graceful shutdown on
 * SIGTERM/SIGINT (stop accepting, let in-flight requests finish, then exit). With WORKERS > 1 a
 * node:cluster primary forks that many HTTP workers sharing the port, so marking uses every core.
 */
import cluster from 'node:cluster';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import { ClusterCounts, LocalFirstStore } from './http';
import { ConfigError, loadConfig, type Config } from './config';
import path from 'node:path';
import { RubricError } from './errors';
import { LEXICON_FILE, loadRubricDir } from './rubric';
import { createCatalog } from './scoring';
import { runPrimary } from './server-cluster';
import { exitAfterLogs } from './server-exit';

export interface StartOptions {
  config: Config;
  log: Logger;
  /** Log each rubric left out at start-up (workers after the first stay quiet). Default true. */
  reportRubricIssues?: boolean;
}

export interface RunningServer {
  server: Server;
  /** http://host:port actually bound (useful with PORT=0). */
  url: string;
  /** Stops accepting, waits for in-flight requests (up to shutdownTimeoutMs), then resolves. */
  close(): Promise<void>;
}

/**
 * Loads and compiles the rubrics, builds the app and listens.
 *
 * @example
 *   const running = await start({ config: loadConfig({ PORT: '0' }), log: pino() });
 *   await fetch(`${running.url}/healthz`);
 *   await running.close();
 */
export async function start(options: StartOptions): Promise<RunningServer> {
  const { config, log } = options;
  // WordNet synonyms for the rubrics' chosen words are looked up once here, as the command line
  // does, so the web form, the API and the CLI mark every answer the same way.
  const loaded = await loadRubricDir(config.rubricsDir, { wordnet: true });
  // Serving without the folder's synonyms would give other marks than the rubrics' authors
  // expect, and than the CLI gives (it refuses the folder too): refuse to start instead.
  const lexiconFile = path.join(config.rubricsDir, LEXICON_FILE);
  const lexiconIssues = loaded.issues.filter((issue) => issue.file === lexiconFile);
  if (lexiconIssues.length > 0) {
    throw new RubricError(`cannot use ${lexiconFile}: ${lexiconIssues[0]!.message}`, lexiconIssues);
  }
  const catalog = createCatalog(loaded.rubrics, { lexicon: loaded.lexicon, wordnet: loaded.wordnet });
  if (options.reportRubricIssues ?? true) {
    for (const issue of [...loaded.issues, ...catalog.issues]) {
      log.warn({ file: issue.file, pointer: issue.pointer, problem: issue.message }, 'rubric left out');
    }
  }
  const count = catalog.list().length;
  if (count === 0) log.error({ rubricsDir: config.rubricsDir }, 'no rubric compiled: /readyz answers 503');
  else log.info({ questions: count, rubricsDir: config.rubricsDir }, 'rubrics compiled');

  // A cluster worker keeps no counts of its own: the primary holds them for every worker. Well
  // under the limit the worker answers from the count it last heard and does not wait for the
  // primary (see local-first-store.ts and docs/api.md for what that trades).
  const rateLimitStore = cluster.isWorker
    ? new LocalFirstStore(new ClusterCounts(process), { limit: config.rateLimit.max, now: Date.now })
    : undefined;
  const app = createApp({ catalog, log, config, ...(rateLimitStore ? { rateLimitStore } : {}) });
  const server = http.createServer(app);
  const closeGracefully = createGracefulClose(server);
  await listen(server, config);
  const url = urlOf(server);
  log.info({ url }, 'listening');
  return { server, url, close: () => closeGracefully(config.shutdownTimeoutMs) };
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: config.port, host: config.host }, function onListening() {
      server.off('error', reject);
      resolve();
    });
  });
}

function urlOf(server: Server): string {
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const shown = address.address === '::' || address.address === '0.0.0.0' ? 'localhost' : host;
  return `http://${shown}:${address.port}`;
}

/**
 * Prepares a server for a graceful close and returns the function that performs it.
 * server.close() stops accepting and waits for open sockets, but a kept-alive socket would stay
 * open after its last response; so every response still in flight when the close starts is sent
 * with Connection: close (or its socket closed once it finishes, if its headers are already out).
 * Whatever is still open after the timeout is cut.
 *
 * @example
 *   const close = createGracefulClose(server);
 *   process.once('SIGTERM', () => close(10_000).then(() => process.exit(0)));
 */
export function createGracefulClose(server: Server): (timeoutMs: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  server.on('request', function trackResponse(_req: IncomingMessage, res: ServerResponse) {
    if (closing) res.shouldKeepAlive = false;
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  const lastOnSocket = (res: ServerResponse) => {
    if (!res.headersSent) res.shouldKeepAlive = false;
    else res.once('finish', () => setImmediate(() => server.closeIdleConnections()));
  };
  return function closeGracefully(timeoutMs) {
    closing = true;
    inFlight.forEach(lastOnSocket);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
      timer.unref();
      server.close(function onClosed(error) {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      });
    });
  };
}

/** Runs one HTTP process until SIGTERM/SIGINT, then drains it and exits 0. */
async function runWorker(config: Config, log: Logger): Promise<void> {
  const firstWorker = cluster.isPrimary || cluster.worker?.id === 1;
  const running = await start({ config, log, reportRubricIssues: firstWorker });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    running.close().then(
      () => {
        log.info('stopped');
        exitAfterLogs(log, 0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        exitAfterLogs(log, 1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function main(): void {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const log = pino({ level: config.logLevel });
  if (config.workers > 1 && cluster.isPrimary) {
    runPrimary(config, log);
    return;
  }
  runWorker(config, log).catch((error: unknown) => {
    log.fatal({ err: error }, 'could not start');
    exitAfterLogs(log, 1);
  });
}

if (require.main === module) main();
