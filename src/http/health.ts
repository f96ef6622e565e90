/**
 * GET /healthz (the process serves HTTP) and GET /readyz (there are compiled questions to mark
 * against). Load balancers route to a worker only when /readyz says 200.
 */
import { Router } from 'express';
import { allowOnly } from './allow';
import type { Catalog } from './deps';
import { NotReadyError } from './http-errors';

/**
 * @example
 *   app.use(healthRouter(catalog)); // GET /healthz, GET /readyz
 */
export function healthRouter(catalog: Catalog): Router {
  const router = Router();
  router
    .route('/healthz')
    .get(function sendAlive(_req, res) {
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    })
    .all(allowOnly(['GET']));
  router
    .route('/readyz')
    .get(function sendReadiness(_req, res) {
      const questions = catalog.list().length;
      if (questions === 0) {
        throw new NotReadyError(
          'No rubric is compiled: every rubric file failed validation or the folder is empty.',
        );
      }
      res.set('Cache-Control', 'no-store').json({ status: 'ready', questions });
    })
    .all(allowOnly(['GET']));
  return router;
}
