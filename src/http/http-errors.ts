/**
 * Errors that only arise at the HTTP edge. Each carries the problem code the error handler
 * turns into application/problem+json (see problems.ts).
 */
import { AppError } from '../errors';

export class BadRequestError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('bad-request', 400, message, { cause });
  }
}

/**
 * The client closed the connection before its request could be read: while the body was arriving
 * (raw-body's 'request.aborted') or before the parser got to it. Nobody is left to answer, so the
 * error handler sends nothing; 499 is nginx's "client closed request", never put on the wire.
 */
export class ClientClosedError extends AppError {
  constructor(cause?: unknown) {
    super('client-closed', 499, 'The client closed the connection before its request was read.', { cause });
  }
}

export class MalformedJsonError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('malformed-json', 400, message, { cause });
  }
}

export class MethodNotAllowedError extends AppError {
  /** Sent back in the Allow header. */
  readonly allow: readonly string[];

  constructor(method: string, allow: readonly string[]) {
    const use = allow.filter((m) => m !== 'OPTIONS' && m !== 'HEAD');
    super('method-not-allowed', 405, `${method} is not allowed here; use ${use.join(' or ')}.`);
    this.allow = allow;
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number, cause?: unknown) {
    super('payload-too-large', 413, `The request body is larger than the ${limitBytes}-byte limit.`, {
      cause,
    });
  }
}

/** The error type the JSON body parser reports for a body that is not UTF-8 (see api/feedback.ts). */
export const NOT_UTF8 = 'encoding.not.utf8';

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('unsupported-media-type', 415, message, { cause });
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message: string) {
    super('too-many-requests', 429, message);
  }
}

export class NotReadyError extends AppError {
  constructor(message: string) {
    super('not-ready', 503, message);
  }
}
