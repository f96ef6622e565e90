/**
 * The per-IP limit on the feedback endpoints (marking is the expensive call). Counters live in
 * memory, so with WORKERS > 1 each worker counts separately. The limit is configuration so tests
 * and benchmarks can raise it.
 */
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
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
 *
 * @example
 *   router.post('/questions/:id/feedback', createFeedbackLimiter(config), handler);
 */
export function createFeedbackLimiter(config: Pick<Config, 'rateLimit'>): RequestHandler {
  const { windowMs, max } = config.rateLimit;
  return rateLimit({
    windowMs,
    limit: max,
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
