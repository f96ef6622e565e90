/**
 * The composition root: configuration -> rubrics -> app -> listen, and a graceful shutdown on
 * SIGTERM/SIGINT (stop accepting, let in-flight requests finish, then exit). With WORKERS > 1 a
 * node:cluster primary forks that many HTTP workers sharing the port, so marking uses every core.
 */
import cluster from 'node:cluster';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { createApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { loadRubricDir } from './rubric';
import { createCatalog } from './scoring';
import { runPrimary } from './server-cluster';

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
  const { rubrics, lexicon, issues } = await loadRubricDir(config.rubricsDir);
  if (options.reportRubricIssues ?? true) {
    for (const issue of issues) {
      log.warn({ file: issue.file, pointer: issue.pointer, problem: issue.message }, 'rubric left out');
    }
  }
  const catalog = createCatalog(rubrics, { lexicon });
  const count = catalog.list().length;
  if (count === 0) log.error({ rubricsDir: config.rubricsDir }, 'no rubric compiled: /readyz answers 503');
  else log.info({ questions: count, rubricsDir: config.rubricsDir }, 'rubrics compiled');

  const app = createApp({ catalog, log, config });
  const server = await listen(app, config);
  const url = urlOf(server);
  log.info({ url }, 'listening');
  return { server, url, close: () => closeGracefully(server, config.shutdownTimeoutMs) };
}

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  const server = http.createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: config.port, host: config.host }, function onListening() {
      server.off('error', reject);
      resolve(server);
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
 * server.close() stops accepting and waits for open connections; idle keep-alive sockets are
 * closed now, busy ones once their response is sent, and anything left after the timeout is cut.
 */
export function closeGracefully(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    timer.unref();
    // A request that arrives on a kept-alive socket during shutdown is the last on that socket.
    server.on('request', function lastOnSocket(_req, res) {
      res.shouldKeepAlive = false;
    });
    server.close(function onClosed(error) {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
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
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
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
    process.exit(1);
  });
}

if (require.main === module) main();
