/**
 * The node:cluster primary used when WORKERS > 1: forks the HTTP workers (they share the port),
 * replaces a worker that dies while serving, and on SIGTERM/SIGINT asks every worker to drain
 * and waits for them before exiting. It serves nothing itself, but holds the feedback limiter's
 * counts for all the workers, so a client's limit does not grow with the number of workers.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from './config';
import { answerCounts } from './http';
import { exitAfterLogs } from './server-exit';

function ignore(): void {}

/** Extra time the primary allows beyond a worker's own drain timeout before killing it. */
const KILL_GRACE_MS = 5_000;

/**
 * @example
 *   if (config.workers > 1 && cluster.isPrimary) runPrimary(config, log);
 */
export function runPrimary(config: Config, log: Logger): void {
  let stopping = false;
  const listening = new Set<number>();
  log.info({ workers: config.workers }, 'starting workers');
  const answer = answerCounts(config.rateLimit);
  cluster.on('message', function onWorkerMessage(worker: Worker, message: unknown) {
    answer(message).then(
      (reply) => {
        // A worker that has died since it asked needs no answer; the callback keeps a send to it
        // from being an unhandled 'error' event.
        if (reply !== undefined && worker.isConnected()) worker.send(reply, undefined, undefined, ignore);
      },
      // Unanswered, the worker gives up after its timeout and lets the request through.
      (err: unknown) => log.error({ err, worker: worker.id }, 'rate-limit counts could not be updated'),
    );
  });
  for (let i = 0; i < config.workers; i += 1) cluster.fork();

  cluster.on('listening', function onWorkerListening(worker: Worker) {
    listening.add(worker.id);
  });
  cluster.on('exit', function onWorkerExit(worker: Worker, code: number | null, signal: string | null) {
    if (stopping) return;
    // A worker that never listened will fail the same way again (a bad port, unreadable rubrics).
    if (!listening.has(worker.id)) {
      log.fatal({ worker: worker.id, code, signal }, 'a worker failed to start; stopping');
      stopAll('SIGTERM', 1);
      return;
    }
    log.error({ worker: worker.id, code, signal }, 'worker died; starting a replacement');
    cluster.fork();
  });

  function stopAll(signal: NodeJS.Signals, exitCode: number): void {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    log.info({ signal, workers: workers.length }, 'shutting down workers');
    const deadline = setTimeout(function killStragglers() {
      for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
    }, config.shutdownTimeoutMs + KILL_GRACE_MS);
    deadline.unref();
    let alive = workers.filter((w) => !w.isDead()).length;
    if (alive === 0) exitAfterLogs(log, exitCode);
    cluster.on('exit', function onDrained() {
      alive -= 1;
      if (alive <= 0) {
        log.info('all workers stopped');
        exitAfterLogs(log, exitCode);
      }
    });
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGTERM');
  }

  process.on('SIGTERM', () => stopAll('SIGTERM', 0));
  process.on('SIGINT', () => stopAll('SIGINT', 0));
}
