/**
 * Requests whose client hung up before the body was read. body-parser reads nothing from a
 * connection that can no longer be read and goes on as if no body had been sent, so without this
 * check the handler would report a missing answer (422) to nobody. That happens when something
 * before the parser waits on I/O, as the feedback limiter does when the cluster store answers
 * over IPC, and the client closes the connection in between.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { ClientClosedError } from './http-errors';

/**
 * Whether the request can no longer be read: the client closed or reset the connection (Node
 * reads no more once the client's side is closed, and answers nothing after it).
 *
 * @example
 *   clientHasLeft(req); // false while the client is still sending or waiting
 */
export function clientHasLeft(req: IncomingMessage): boolean {
  return req.destroyed || !req.socket.readable;
}

/**
 * Passes a ClientClosedError on, instead of a request with no body, when the client has left.
 * Put it right before a body parser.
 *
 * @example
 *   router.post('/x', stopIfClientLeft(), express.json(), handler);
 */
export function stopIfClientLeft(): RequestHandler {
  return function checkClientStillThere(req, _res, next) {
    if (clientHasLeft(req)) return next(new ClientClosedError());
    next();
  };
}
