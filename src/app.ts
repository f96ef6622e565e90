/**
 * createApp(deps): the whole web service as an Express app, built from what it is given. It never
 * listens (src/server.ts does), so tests drive it in-process with supertest.
 */
import express, { type Express } from 'express';
import { NotFoundError } from './errors';
import {
  apiRouter,
  createErrorHandler,
  createFeedbackLimiter,
  createRequestLogger,
  createSecurityHeaders,
  createViewEngine,
  docsRouter,
  healthRouter,
  pagesRouter,
  VIEWS_DIR,
  withoutEtag,
  type AppDeps,
} from './http';

export type { AppDeps, Catalog, Clock } from './http';

/**
 * Builds the app: logging and security headers first, then health, API, docs and pages, then
 * the 404 fallback and the one error handler.
 *
 * @example
 *   const app = createApp({ catalog, log: pino({ level: 'silent' }), config: loadConfig({}) });
 *   await request(app).get('/healthz').expect(200);
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  // JSON bodies escape <, > and & as \u003c..., the same text once parsed, inert if ever sniffed.
  app.set('json escape', true);
  app.engine('hbs', createViewEngine());
  app.set('view engine', 'hbs');
  app.set('views', VIEWS_DIR);

  app.use(createRequestLogger(deps.log));
  app.use(createSecurityHeaders());
  app.use(healthRouter(deps.catalog));

  // One limiter for both ways of asking for feedback, so the form and the API share one count.
  const feedbackLimiter = createFeedbackLimiter(deps.config, { store: deps.rateLimitStore, log: deps.log });
  app.use('/api/v1', apiRouter(deps, { feedbackLimiter }));
  app.use(docsRouter());
  // Before the limiter, so its 429 too goes without an ETag, like every answer to a feedback POST.
  app.post('/questions/:id', withoutEtag(), feedbackLimiter);
  app.use(pagesRouter(deps));

  app.use(function unknownRoute(req, _res, next) {
    next(new NotFoundError(`Nothing is served at ${req.method} ${req.path}.`));
  });
  app.use(createErrorHandler());
  return app;
}
