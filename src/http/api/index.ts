/**
 * The JSON API under /api/v1. Each path answers its methods and 405 for the rest (404, whatever
 * the method, when the question in the path does not exist: RFC 9110 15.5.6); the rate
 * limit guards only the feedback endpoint, where marking happens. The GET answers carry ETags
 * (If-None-Match gets 304); the feedback answers do not, since nobody can revalidate a POST.
 */
import { Router, type RequestHandler } from 'express';
import type { AppDeps } from '../deps';
import { allowOnly } from '../allow';
import { withoutEtag } from '../no-etag';
import { markAnswer, parseJsonBody, requireJsonBody } from './feedback';
import { openApiDocument } from './openapi';
import { getQuestion, listQuestions, requireQuestion } from './questions';

export { openApiDocument } from './openapi';
export { answerLength, MAX_ANSWER_CHARS } from './openapi-schemas';
export { createFeedbackLimiter } from './rate-limit';
export { LocalFirstStore, type LocalFirstOptions } from './local-first-store';
export { answerCounts, ClusterCounts, type SharedCounts } from './cluster-counts';
export { readAnswer } from './feedback-request';
export { findQuestion, requireQuestion } from './questions';
export {
  toQuestionDetail,
  toQuestionSummary,
  type QuestionDetail,
  type QuestionSummary,
} from './public-question';

export interface ApiRouterOptions {
  /** The limiter for feedback requests, shared with any other route that marks answers. */
  feedbackLimiter: RequestHandler;
}

/**
 * @example
 *   app.use('/api/v1', apiRouter(deps, { feedbackLimiter: createFeedbackLimiter(deps.config) }));
 */
export function apiRouter(deps: AppDeps, options: ApiRouterOptions): Router {
  const router = Router();
  router
    .route('/questions')
    .get(listQuestions(deps.catalog))
    .all(allowOnly(['GET']));
  router
    .route('/questions/:id')
    .get(getQuestion(deps.catalog))
    .all(requireQuestion(deps.catalog), allowOnly(['GET']));
  router
    .route('/questions/:id/feedback')
    .post(
      withoutEtag(),
      options.feedbackLimiter,
      requireJsonBody(),
      parseJsonBody(deps.config.bodyLimitBytes),
      markAnswer(deps.catalog),
    )
    .all(requireQuestion(deps.catalog), allowOnly(['POST']));
  router
    .route('/openapi.json')
    .get(function sendOpenApi(_req, res) {
      res.json(openApiDocument);
    })
    .all(allowOnly(['GET']));
  return router;
}
