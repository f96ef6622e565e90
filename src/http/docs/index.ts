/**
 * GET /docs (the API reference page), GET /docs/docs.css, and GET /problems/:code, which sends
 * a problem type URI to its section of /docs.
 */
import { Router } from 'express';
import { allowOnly } from '../allow';
import { openApiDocument } from '../api/openapi';
import { NotFoundError } from '../../errors';
import { isProblemCode } from '../problems';
import { DOCS_CSS } from './docs.css';
import { renderDocsPage } from './docs-page';

export { renderDocsPage } from './docs-page';

/**
 * @example
 *   app.use(docsRouter());
 */
export function docsRouter(): Router {
  // The document is static: render once.
  const page = renderDocsPage(openApiDocument as unknown as Record<string, unknown>);
  const router = Router();
  router
    .route('/docs')
    .get(function sendDocs(_req, res) {
      res.type('html').send(page);
    })
    .all(allowOnly(['GET']));
  router
    .route('/docs/docs.css')
    .get(function sendDocsCss(_req, res) {
      res.type('css').set('Cache-Control', 'public, max-age=3600').send(DOCS_CSS);
    })
    .all(allowOnly(['GET']));
  router.get('/problems/:code', function redirectToProblem(req, res) {
    const code = req.params.code;
    if (!isProblemCode(code)) throw new NotFoundError(`No problem type is called "${code}".`);
    res.redirect(302, `/docs#problem-${code}`);
  });
  return router;
}
