/**
 * 405 for a known path with the wrong method. Registered with route.all() after the real handlers,
 * so it only sees methods nothing else answered; OPTIONS gets the Allow list with no body. On a
 * path with an id, check first that the id exists: Allow lists what the target resource supports
 * (RFC 9110 15.5.6), and a resource that does not exist supports nothing, so that is a 404.
 */
import type { RequestHandler } from 'express';
import { MethodNotAllowedError } from './http-errors';

/**
 * @example
 *   router.route('/questions').get(listQuestions).all(allowOnly(['GET']));
 */
export function allowOnly(methods: readonly string[]): RequestHandler {
  // GET routes answer HEAD too (Express does this for us).
  const allow = methods.includes('GET') ? [...methods, 'HEAD'] : [...methods];
  return function rejectMethod(req, res, next) {
    if (req.method === 'OPTIONS') {
      res
        .set('Allow', [...allow, 'OPTIONS'].join(', '))
        .status(204)
        .end();
      return;
    }
    // The Allow of a 405 lists every method the path answers, OPTIONS included (RFC 9110 10.2.1).
    next(new MethodNotAllowedError(req.method, [...allow, 'OPTIONS']));
  };
}
