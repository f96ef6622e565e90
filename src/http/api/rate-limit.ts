/**
 * The per-IP limit on the feedback endpoints (marking is the expensive call). Counters live in
 * memory: this process's by default; with WORKERS > 1 the cluster primary's, which every worker
 * tells of each request, several at a time (see src/server.ts, local-first-store.ts and
 * cluster-counts.ts), so a client gets the same limit however its requests are shared out.
 * The limit is configuration so tests and benchmarks can raise it.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import type { Config } from '../../config';
import { TooManyRequestsError } from '../http-errors';

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const MAPPED_IPV4 = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

/**
 * The counter key for a client address: an IPv4 address, also when a dual-stack socket reports it
 * as ::ffff:a.b.c.d, is its own key; an IPv6 address counts by its /56 network, as the library's
 * ipKeyGenerator does (one user holds many addresses there). The IPv4 cases skip the IPv6 parser,
 * which otherwise runs on every request.
 * @example addressKey('::ffff:10.0.0.7') // '10.0.0.7'
 */
export function addressKey(ip: string | undefined): string {
  if (ip === undefined || ip === '') return 'unknown';
  if (IPV4.test(ip)) return ip;
  const mapped = MAPPED_IPV4.exec(ip);
  return mapped ? mapped[1]! : ipKeyGenerator(ip, 56);
}

/**
 * Builds one limiter; share the instance between every route it guards so they share counts.
 * `store` holds the counts (default: this process's memory); the library's own warnings and store
 * errors go to `log` (default: the console).
 *
 * @example
 *   router.post('/questions/:id/feedback', createFeedbackLimiter(config, { log }), handler);
 */
export function createFeedbackLimiter(
  config: Pick<Config, 'rateLimit'>,
  options: { store?: Store | undefined; log?: Logger } = {},
): RequestHandler {
  const { windowMs, max } = config.rateLimit;
  const { store, log } = options;
  return rateLimit({
    windowMs,
    limit: max,
    ...(store ? { store } : {}),
    ...(log
      ? {
          logger: {
            error: (err: unknown, message?: string) => log.error({ err }, message ?? 'rate limiter error'),
            warn: (err: unknown, message?: string) => log.warn({ err }, message ?? 'rate limiter warning'),
          },
        }
      : {}),
    // A store that cannot answer (the primary gone mid-shutdown) lets the request through rather
    // than failing it: the limit protects the service, it is not worth an error to the student.
    passOnStoreError: true,
    // RateLimit and RateLimit-Policy headers (IETF draft 8), and Retry-After once over the limit.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // addressKey hands IPv6 addresses to ipKeyGenerator, as the library's IPv6 check asks.
    keyGenerator: ({ ip }) => addressKey(ip),
    handler: function rejectOverLimit(_req, _res, next) {
      const seconds = Math.ceil(windowMs / 1000);
      next(new TooManyRequestsError(`At most ${max} feedback requests per ${seconds} s from one address.`));
    },
  });
}
