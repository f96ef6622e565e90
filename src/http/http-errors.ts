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

export class MalformedJsonError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('malformed-json', 400, message, { cause });
  }
}

export class MethodNotAllowedError extends AppError {
  /** Sent back in the Allow header. */
  readonly allow: readonly string[];

  constructor(method: string, allow: readonly string[]) {
    super('method-not-allowed', 405, `${method} is not allowed here; use ${allow.join(' or ')}.`);
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
