/**
 * JSON Schemas (draft 2020-12, as OpenAPI 3.1 uses) for every body the API sends or accepts. The
 * request schema also validates requests at run time, and test/http checks real responses
 * against the rest, so this file cannot drift from what the service does.
 */

/** Longest answer accepted, in characters (Unicode code points). */
export const MAX_ANSWER_CHARS = 50_000;

/**
 * An answer's length as MAX_ANSWER_CHARS counts it: in code points, as JSON Schema's maxLength
 * does, so an emoji is one character, not the two UTF-16 units of JavaScript's `length`.
 * @example answerLength('ok 👍') // 4
 */
export function answerLength(text: string): number {
  let surrogatePairs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogatePairs++;
        i++;
      }
    }
  }
  return text.length - surrogatePairs;
}

const evidence = {
  type: 'object',
  description: 'A span of the answer exactly as sent: answer.slice(start, end) === text (UTF-16 offsets).',
  required: ['start', 'end', 'text'],
  additionalProperties: false,
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
  },
} as const;

const evidenceList = { type: 'array', items: { $ref: '#/components/schemas/Evidence' } } as const;

export const schemas = {
  QuestionSummary: {
    type: 'object',
    required: ['id', 'title', 'topic', 'prompt', 'commandWord', 'maxMark', 'scheme'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
      title: { type: 'string' },
      topic: { type: 'string' },
      prompt: { type: 'string' },
      commandWord: { type: 'string', examples: ['Explain why'] },
      maxMark: { type: 'integer', minimum: 1 },
      scheme: { enum: ['levels', 'points'], description: 'Levels of response, or marks per point.' },
    },
  },
  QuestionList: {
    type: 'object',
    required: ['questions'],
    additionalProperties: false,
    properties: { questions: { type: 'array', items: { $ref: '#/components/schemas/QuestionSummary' } } },
  },
  QuestionDetail: {
    type: 'object',
    description: 'The public view of a question: no patterns, alternatives, model answers or hints.',
    required: [
      'id',
      'title',
      'topic',
      'prompt',
      'commandWord',
      'maxMark',
      'scheme',
      'stimulus',
      'levels',
      'points',
    ],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      topic: { type: 'string' },
      prompt: { type: 'string' },
      commandWord: { type: 'string' },
      maxMark: { type: 'integer', minimum: 1 },
      scheme: { enum: ['levels', 'points'] },
      stimulus: { type: 'array', items: { type: 'string' } },
      levels: {
        type: 'array',
        description: 'Lowest first; empty on point-marked questions.',
        items: { $ref: '#/components/schemas/Level' },
      },
      points: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'label', 'stimulus', 'marks'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            label: { type: 'string' },
            stimulus: { type: 'boolean', description: 'True when the question itself suggests this point.' },
            marks: {
              type: 'integer',
              minimum: 0,
              description: 'Marks for the point; 0 on levels questions.',
            },
          },
        },
      },
    },
  },
  Level: {
    type: 'object',
    required: ['level', 'marks', 'descriptor'],
    additionalProperties: false,
    properties: {
      level: { type: 'integer', minimum: 0 },
      marks: {
        type: 'array',
        prefixItems: [{ type: 'integer' }, { type: 'integer' }],
        minItems: 2,
        maxItems: 2,
      },
      descriptor: { type: 'string' },
    },
  },
  FeedbackRequest: {
    type: 'object',
    required: ['answer'],
    properties: {
      answer: {
        type: 'string',
        maxLength: MAX_ANSWER_CHARS,
        description: 'The student answer as typed. Any Unicode; HTML is treated as text.',
      },
    },
  },
  Evidence: evidence,
  Feedback: {
    type: 'object',
    description:
      'The mark and its explanation, exactly as the marking engine returns it, plus the question id.',
    required: [
      'questionId',
      'rubricId',
      'mark',
      'maxMark',
      'level',
      'points',
      'misconceptions',
      'signals',
      'feedback',
    ],
    additionalProperties: false,
    properties: {
      questionId: { type: 'string', description: 'The id in the URL.' },
      rubricId: { type: 'string', description: 'The rubric that marked the answer (the same id).' },
      mark: { type: 'integer', minimum: 0, description: 'The mark awarded, from 0 to maxMark.' },
      maxMark: { type: 'integer', minimum: 1 },
      level: {
        description: 'The level awarded; null on point-marked questions.',
        oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Level' }],
      },
      points: {
        type: 'array',
        description: "Every point of the rubric, met or not, in the rubric's order.",
        items: { $ref: '#/components/schemas/PointResult' },
      },
      misconceptions: {
        type: 'array',
        description: 'Factual errors found in the answer, each with a correction.',
        items: { $ref: '#/components/schemas/MisconceptionResult' },
      },
      signals: {
        type: 'object',
        description: 'The counts behind the level, so the mark can be explained.',
        required: ['points', 'explained', 'beyondStimulus', 'links', 'words'],
        additionalProperties: false,
        properties: {
          points: { type: 'integer', minimum: 0 },
          explained: { type: 'integer', minimum: 0 },
          beyondStimulus: { type: 'integer', minimum: 0 },
          links: { type: 'integer', minimum: 0 },
          words: { type: 'integer', minimum: 0 },
        },
      },
      feedback: {
        type: 'object',
        required: ['summary', 'credited', 'missing', 'corrections', 'nextStep'],
        additionalProperties: false,
        properties: {
          summary: { type: 'string', description: 'One line: the level and mark with the descriptor.' },
          credited: {
            type: 'array',
            items: { type: 'string' },
            description: "What earned credit, quoting the student's words.",
          },
          missing: { type: 'array', items: { type: 'string' }, description: 'What is missing, as hints.' },
          corrections: {
            type: 'array',
            items: { type: 'string' },
            description: 'Corrections of factual errors.',
          },
          nextStep: { type: ['string', 'null'], description: 'null at full marks.' },
        },
      },
    },
  },
  PointResult: {
    type: 'object',
    required: ['id', 'label', 'met', 'confidence', 'evidence', 'explained', 'stimulus', 'marks'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      label: { type: 'string' },
      met: { type: 'boolean' },
      confidence: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: '1 for exact wording, lower for misspellings or synonyms.',
      },
      evidence: { ...evidenceList, description: 'Sorted by start; empty when not met.' },
      explained: {
        type: 'boolean',
        description:
          'True when the answer ties the point to a consequence or the question (because, so, ...).',
      },
      stimulus: { type: 'boolean', description: 'True when the question itself suggests the point.' },
      marks: {
        type: 'integer',
        minimum: 0,
        description: 'Marks for the point on point-marked questions; 0 on levels.',
      },
      withheld: {
        ...evidenceList,
        description: 'Where the answer negates what the point affirms: found, but not credited.',
      },
    },
  },
  MisconceptionResult: {
    type: 'object',
    required: ['id', 'label', 'feedback', 'evidence'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      label: { type: 'string' },
      feedback: { type: 'string' },
      evidence: evidenceList,
    },
  },
  Health: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { const: 'ok' } },
  },
  Readiness: {
    type: 'object',
    required: ['status', 'questions'],
    additionalProperties: false,
    properties: { status: { const: 'ready' }, questions: { type: 'integer', minimum: 1 } },
  },
  Problem: {
    type: 'object',
    description: 'An error, as RFC 9457 application/problem+json.',
    required: ['type', 'title', 'status', 'detail', 'instance', 'requestId'],
    additionalProperties: false,
    properties: {
      type: {
        type: 'string',
        format: 'uri-reference',
        description: 'A /problems/<code> path documented on /docs.',
      },
      title: { type: 'string' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string' },
      instance: { type: 'string', description: 'The request path.' },
      requestId: { type: 'string', description: 'Also sent as X-Request-Id and logged.' },
      errors: {
        type: 'array',
        description: 'Validation problems, each at a JSON pointer into the request body.',
        items: {
          type: 'object',
          required: ['pointer', 'detail'],
          additionalProperties: false,
          properties: { pointer: { type: 'string', examples: ['/answer'] }, detail: { type: 'string' } },
        },
      },
    },
  },
  ValidationProblem: {
    allOf: [
      { $ref: '#/components/schemas/Problem' },
      { type: 'object', required: ['errors'], properties: { status: { const: 422 } } },
    ],
  },
} as const;
