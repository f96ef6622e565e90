/**
 * The one error handler, registered last. Typed errors become application/problem+json for API
 * clients or the error page (views/error.hbs) with the same status for browsers; anything else is
 * logged with the request id and answered with a generic 500 that reveals nothing. A client that
 * closed the connection gets nothing: the request log's line says it left.
 */
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { AppError } from '../errors';
import { ClientClosedError, MethodNotAllowedError } from './http-errors';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, isProblemCode, problemTypeUri, type Problem } from './problems';
import { renderFallbackErrorPage } from './fallback-error-page';
import { toAppError } from './to-app-error';

/** What views/error.hbs receives. */
export interface ErrorViewModel {
  status: number;
  title: string;
  detail: string;
  requestId: string;
  /** Validation problems, when there are any. */
  errors: Array<{ pointer: string; detail: string }>;
}

/**
 * Builds the error handler.
 *
 * @example
 *   app.use(createErrorHandler()); // after every route
 */
export function createErrorHandler(): ErrorRequestHandler {
  return function handleError(err, req, res, next) {
    const known = toAppError(err);
    // No one to answer: close the connection; its 'close' writes the request's one log line.
    if (known instanceof ClientClosedError) {
      res.destroy();
      return;
    }
    // Headers already on the wire: Express's own handler can only close the socket.
    if (res.headersSent) return next(err);
    if (!known) req.log.error({ err }, 'unhandled error');
    const problem = toProblem(known, req);
    if (known instanceof MethodNotAllowedError) res.set('Allow', known.allow.join(', '));
    res.status(problem.status);
    if (req.accepts(['json', 'html']) === 'html') return renderErrorPage(res, problem);
    // res.json keeps our Content-Type and applies the app's JSON escaping.
    res.type(PROBLEM_CONTENT_TYPE).json(problem);
  };
}

function toProblem(err: AppError | undefined, req: Request): Problem {
  const base = { instance: req.originalUrl.split('?')[0] ?? req.originalUrl, requestId: String(req.id) };
  if (!err || !isExposed(err)) {
    const internal = PROBLEM_TYPES.internal;
    const detail = 'The server could not complete the request.';
    return {
      type: problemTypeUri('internal'),
      title: internal.title,
      status: internal.status,
      detail,
      ...base,
    };
  }
  const code = isProblemCode(err.code) ? err.code : undefined;
  const problem: Problem = {
    // RFC 9457: about:blank when the status says it all and there is no documented type.
    type: code ? problemTypeUri(code) : 'about:blank',
    title: code ? PROBLEM_TYPES[code].title : err.code,
    status: err.status,
    detail: err.message,
    ...base,
  };
  if (err.issues.length > 0)
    problem.errors = err.issues.map((i) => ({ pointer: i.pointer, detail: i.message }));
  return problem;
}

/** Client errors are the client's to read; of server errors only 503 carries a reason worth showing. */
function isExposed(err: AppError): boolean {
  return err.status < 500 || err.code === 'not-ready';
}

function renderErrorPage(res: Response, problem: Problem): void {
  const model: ErrorViewModel = {
    status: problem.status,
    title: problem.title,
    detail: problem.detail,
    requestId: problem.requestId,
    errors: problem.errors ?? [],
  };
  res.render('error', model, function sendPage(renderError: Error | null, html?: string) {
    if (renderError || html === undefined) {
      // A broken or missing template must not turn one error into another.
      res.req.log.error({ err: renderError }, 'error page could not be rendered');
      res.type('html').send(renderFallbackErrorPage(model));
      return;
    }
    res.type('html').send(html);
  });
}
