/**
 * The OpenAPI 3.1 description of the service, served at /api/v1/openapi.json and rendered at
 * /docs. test/http/openapi.test.ts sends real requests for every operation and status listed
 * here and validates the bodies against these schemas.
 */
import { PROBLEM_TYPES } from '../problems';
import { MAX_ANSWER_CHARS, schemas } from './openapi-schemas';

const problemJson = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const requestIdHeader = { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } };

function problem(description: string) {
  return { description, headers: requestIdHeader, content: problemJson };
}

function json(description: string, schema: string) {
  return {
    description,
    headers: requestIdHeader,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
  };
}

const questionId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The question id, as listed by GET /api/v1/questions.',
  schema: { type: 'string' },
} as const;

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'essay-feedback API',
    version: '1.0.0',
    summary: 'Marks exam-practice answers against a rubric and explains every mark.',
    description:
      'Every error is application/problem+json (RFC 9457) with a `type` under /problems/, a `requestId` ' +
      'that matches the X-Request-Id response header, and for validation errors the JSON pointer of each ' +
      'problem. A path called with a method it does not support answers 405 with an Allow header; an ' +
      'unknown path, or an unknown question id whatever the method, answers 404. Browsers ' +
      '(Accept: text/html) get an error page with the same status.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  tags: [
    { name: 'questions', description: 'The questions and their public mark schemes.' },
    { name: 'feedback', description: 'Marking an answer.' },
    { name: 'service', description: 'Health and this description.' },
  ],
  paths: {
    '/api/v1/questions': {
      get: {
        operationId: 'listQuestions',
        tags: ['questions'],
        summary: 'List the questions',
        description: 'Every question the service can mark, sorted by id.',
        responses: { '200': json('The questions.', 'QuestionList') },
      },
    },
    '/api/v1/questions/{id}': {
      get: {
        operationId: 'getQuestion',
        tags: ['questions'],
        summary: 'Show one question',
        description: 'The prompt, stimulus, maximum mark, levels with descriptors and point labels.',
        parameters: [questionId],
        responses: {
          '200': json('The public view of the question.', 'QuestionDetail'),
          '404': problem('No question has this id.'),
        },
      },
    },
    '/api/v1/questions/{id}/feedback': {
      post: {
        operationId: 'markAnswer',
        tags: ['feedback'],
        summary: 'Mark an answer',
        description:
          `Marks the answer and returns the mark, the level, each point met with the student's own words ` +
          `as evidence, each point missed, misconceptions and the next step. Answers longer than ` +
          `${MAX_ANSWER_CHARS} characters are refused with 422. Limited per IP address (429 with Retry-After).`,
        parameters: [questionId],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/FeedbackRequest' } } },
        },
        responses: {
          '200': json('The marked answer.', 'Feedback'),
          '400': problem('The body is not valid JSON.'),
          '404': problem('No question has this id.'),
          '413': problem('The body is larger than the configured limit (600 KiB by default).'),
          '415': problem(
            'The body is not application/json, or not UTF-8 (a charset other than utf-8, utf8 or us-ascii).',
          ),
          '422': {
            description: 'The answer is missing, not a string or too long; `errors` points at it.',
            headers: requestIdHeader,
            content: {
              'application/problem+json': { schema: { $ref: '#/components/schemas/ValidationProblem' } },
            },
          },
          '429': {
            description: 'Too many feedback requests from this address.',
            headers: { ...requestIdHeader, 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
            content: problemJson,
          },
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        tags: ['service'],
        summary: 'This document',
        responses: {
          '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': {} } },
        },
      },
    },
    '/healthz': {
      get: {
        operationId: 'health',
        tags: ['service'],
        summary: 'Liveness',
        description: 'Answers whenever the process can serve HTTP.',
        responses: { '200': json('Alive.', 'Health') },
      },
    },
    '/readyz': {
      get: {
        operationId: 'readiness',
        tags: ['service'],
        summary: 'Readiness',
        description: 'Ready when at least one rubric is compiled and can be marked against.',
        responses: {
          '200': json('Ready, with the number of questions loaded.', 'Readiness'),
          '503': problem('Not ready; `detail` gives the reason.'),
        },
      },
    },
  },
  components: {
    schemas,
    headers: {
      RequestId: {
        description:
          'The request id: the X-Request-Id sent by the client when it is 1-128 characters of [A-Za-z0-9._:@-], otherwise a new UUID.',
        schema: { type: 'string' },
      },
      RetryAfter: { description: 'Seconds until the limit resets.', schema: { type: 'integer', minimum: 0 } },
    },
    responses: {
      MethodNotAllowed: {
        description:
          'Any path above called with another method. The Allow header lists the methods it accepts.',
        headers: { ...requestIdHeader, Allow: { schema: { type: 'string' } } },
        content: problemJson,
      },
      NotFound: problem('Any path not listed here.'),
    },
  },
  'x-problem-types': PROBLEM_TYPES,
} as const;
