/**
 * The problem types the service answers with (RFC 9457). One table feeds the error handler, the
 * OpenAPI document, the /docs page and docs/api.md, so a type URI is never undocumented.
 */

export interface ProblemType {
  status: number;
  title: string;
  /** What it means and what a client should do about it. */
  description: string;
}

export const PROBLEM_TYPES = {
  'bad-request': {
    status: 400,
    title: 'Bad request',
    description: 'The request could not be read (for example a malformed URL). Fix it before retrying.',
  },
  'malformed-json': {
    status: 400,
    title: 'Malformed JSON',
    description: 'The body is not valid JSON. `detail` says where parsing stopped. Send a JSON object.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    description: 'No route or question has that path or id. List the questions with GET /api/v1/questions.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'The path exists but not for this method. The Allow header lists the methods it accepts.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    description: 'The body is larger than the server accepts (600 KiB unless configured otherwise).',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    description: 'The body must be JSON: send Content-Type: application/json with UTF-8 text.',
  },
  validation: {
    status: 422,
    title: 'Validation failed',
    description:
      'The JSON is well formed but not what the endpoint expects. `errors` lists each problem with the JSON pointer of the offending value.',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    description:
      'This address sent more feedback requests than the per-IP limit allows. Wait for the seconds given in Retry-After.',
  },
  internal: {
    status: 500,
    title: 'Internal server error',
    description:
      'Something went wrong on the server. It was logged with the request id; quote `requestId` when reporting it.',
  },
  'not-ready': {
    status: 503,
    title: 'Not ready',
    description: 'The service has no compiled questions to mark against yet. `detail` gives the reason.',
  },
} as const satisfies Record<string, ProblemType>;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

/** One validation problem: where (a JSON pointer into the request body) and what is wrong. */
export interface ProblemItem {
  pointer: string;
  detail: string;
}

/** The application/problem+json body every error response carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path the problem occurred on. */
  instance: string;
  /** Also in the X-Request-Id header and in the server log. */
  requestId: string;
  errors?: ProblemItem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(PROBLEM_TYPES, code);
}

/**
 * The type URI of a problem code: a path on this service that leads to its documentation.
 *
 * @example
 *   problemTypeUri('validation'); // '/problems/validation'
 */
export function problemTypeUri(code: ProblemCode): string {
  return `/problems/${code}`;
}
