/**
 * What the rest of the codebase may use from the HTTP edge: the pieces createApp assembles, the
 * API description and the problem types. Left out on purpose: the handlers, the request
 * validation and the error translation, which only the routers and the error handler use.
 */
export type { AppDeps, Catalog, Clock } from './deps';
export {
  answerCounts,
  apiRouter,
  ClusterCounts,
  createFeedbackLimiter,
  LocalFirstStore,
  openApiDocument,
  MAX_ANSWER_CHARS,
} from './api';
export { docsRouter } from './docs';
export { createErrorHandler, type ErrorViewModel } from './error-handler';
export { healthRouter } from './health';
export { withoutEtag } from './no-etag';
export { createRequestLogger, REQUEST_ID_HEADER } from './request-logging';
export { createSecurityHeaders } from './security';
export { PROBLEM_TYPES, problemTypeUri, type Problem, type ProblemCode } from './problems';
export { createViewEngine, pagesRouter, VIEWS_DIR } from './pages';
