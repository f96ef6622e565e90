import type { Logger } from 'pino';

/**
 * Exits once pino has flushed: the last lines before an exit are the ones that explain it.
 *
 * @example
 *   log.info('stopped');
 *   exitAfterLogs(log, 0);
 */
export function exitAfterLogs(log: Logger, code: number): void {
  log.flush(() => process.exit(code));
}
