/**
 * The per-IP limit on the feedback endpoints (marking is the expensive call). Counters live in
 * memory, so with WORKERS > 1 each worker counts separately. The limit is configuration so tests
 * and benchmarks can raise it.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../../config';
import { TooManyRequestsError } from '../http-errors';

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
    handler: function rejectOverLimit(_req, _res, next) {
      const seconds = Math.ceil(windowMs / 1000);
      next(new TooManyRequestsError(`At most ${max} feedback requests per ${seconds} s from one address.`));
    },
  });
}
