/**
 * Structured request logs (pino-http) keyed by a request id: the caller's X-Request-Id when it is
 * sane, otherwise a fresh UUID. The id is echoed in the response header and in problem bodies so a
 * client's report can be matched to the log line. One line per request, also when the client hangs
 * up first: at info, saying so, since a client leaving is neither its mistake nor the server's.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Short, printable and free of separators, so it cannot forge log lines or header values. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/**
 * The request id for a request: the incoming one if sane, else a new UUID.
 *
 * @example
 *   chooseRequestId('abc-123'); // 'abc-123'
 *   chooseRequestId('bad id\n'); // a fresh UUID
 */
export function chooseRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Whether the client left before the exchange was over. The line is written on the response's
 * 'close' as well as its 'finish'; this is the test pino-http's own "request aborted" uses.
 */
function clientLeftEarly(req: IncomingMessage, res: ServerResponse): boolean {
  return req.readableAborted || !res.writableEnded;
}

/**
 * Builds the logging middleware; it must run first so every later log line carries the id.
 *
 * @example
 *   app.use(createRequestLogger(log));
 */
export function createRequestLogger(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log,
    genReqId: function assignRequestId(req: IncomingMessage, res: ServerResponse) {
      const id = chooseRequestId(req.headers['x-request-id']);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customLogLevel: function levelForStatus(_req, res, err) {
      if (err || res.statusCode >= 500) return 'error';
      // Nothing was sent: the client left before the answer, which is no fault of either side.
      if (!res.writableEnded) return 'info';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: function describeOutcome(req, res) {
      if (!clientLeftEarly(req, res)) return 'request completed';
      return req.complete
        ? 'client closed the connection before the response was sent'
        : 'client closed the connection before the body arrived';
    },
    // Student answers are not logged; only what is needed to trace a request.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}
