/**
 * Translates what middleware throws (body-parser, the router, our own code) into typed errors,
 * so the error handler has one vocabulary. Anything unrecognised stays unknown and becomes a
 * logged, generic 500.
 */
import { AppError, NotFoundError } from '../errors';
import {
  BadRequestError,
  ClientClosedError,
  MalformedJsonError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  NOT_UTF8,
} from './http-errors';

/** The shape of http-errors instances thrown by body-parser and the router. */
interface HttpLibraryError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  limit?: number;
  charset?: string;
  encoding?: string;
  message: string;
  /** The body text, on a body-parser parse error. */
  body?: string;
}

/** JSON that parses but is not an object or array: the JSON parser refuses it in strict mode. */
function bareJsonValue(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return value === null ? 'null' : typeof value;
  } catch {
    return undefined;
  }
}

/**
 * Returns the typed error behind `err`, or undefined when it is a programming or runtime fault.
 *
 * @example
 *   toAppError(Object.assign(new Error('x'), { type: 'entity.too.large', status: 413, limit: 1024 }));
 *   // PayloadTooLargeError (413)
 */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (!(err instanceof Error)) return undefined;
  const e = err as Error & HttpLibraryError;
  switch (e.type) {
    case 'entity.parse.failed': {
      const bare = bareJsonValue(e.body);
      if (bare !== undefined)
        return new MalformedJsonError(
          `The body must be a JSON object such as {"answer": "..."}; found a bare ${bare}.`,
          err,
        );
      return new MalformedJsonError(`The body is not valid JSON: ${e.message}.`, err);
    }
    case 'entity.too.large':
      return new PayloadTooLargeError(e.limit ?? 0, err);
    case 'charset.unsupported':
      return new UnsupportedMediaTypeError(`Unsupported charset "${e.charset}": send UTF-8.`, err);
    case NOT_UTF8:
      return new UnsupportedMediaTypeError('The body is not UTF-8: send JSON encoded as UTF-8.', err);
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeError(`Unsupported content encoding "${e.encoding}".`, err);
    // raw-body's 400 when the connection closes mid-body: the client left, it sent nothing wrong.
    case 'request.aborted':
      return new ClientClosedError(err);
  }
  const status = e.status ?? e.statusCode;
  // express.static with fallthrough: false reports a missing file this way.
  if (status === 404) return new NotFoundError('No file or page has this address.');
  // Other client errors from the libraries (a malformed %-escape in the URL).
  if (status !== undefined && status >= 400 && status < 500 && e.expose !== false) {
    return new BadRequestError(e.message, err);
  }
  return undefined;
}
