/**
 * Checks a feedback request body against the FeedbackRequest schema of the OpenAPI document
 * (ajv, draft 2020-12), so what is documented is exactly what is enforced. Problems come back as
 * issues with JSON pointers and messages naming what was expected and what was found.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import type { Issue } from '../../errors';
import { ValidationError } from '../../errors';
import { answerLength, MAX_ANSWER_CHARS, schemas } from './openapi-schemas';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile<{ answer: string }>(
  schemas.FeedbackRequest,
);

/**
 * Returns the answer, or throws a ValidationError (422) listing every problem.
 *
 * @example
 *   readAnswer({ answer: 'Beria was arrested.' }); // 'Beria was arrested.'
 *   readAnswer({ answer: 5 }); // throws: /answer: must be a string; found a number
 */
export function readAnswer(body: unknown): string {
  if (validate(body)) return body.answer;
  const issues = (validate.errors ?? []).map((e) => toIssue(e, body));
  throw new ValidationError('The request body is not a valid feedback request.', issues);
}

function toIssue(error: ErrorObject, body: unknown): Issue {
  const pointer = error.instancePath;
  switch (error.keyword) {
    case 'required': {
      const name = String(error.params.missingProperty);
      return { pointer: `${pointer}/${name}`, message: `${name} is required: send {"${name}": "..."}` };
    }
    case 'type':
      return {
        pointer,
        message: `must be ${pointer ? 'a string' : 'a JSON object'}; found ${describe(valueAt(body, pointer))}`,
      };
    case 'maxLength':
      return {
        pointer,
        message: `must be at most ${MAX_ANSWER_CHARS} characters; found ${answerLength(String(valueAt(body, pointer)))}`,
      };
    default:
      return { pointer, message: error.message ?? 'is not valid' };
  }
}

function valueAt(body: unknown, pointer: string): unknown {
  const key = pointer.slice(1);
  return key && typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : body;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
