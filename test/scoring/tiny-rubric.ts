/** Small inline rubrics for unit tests: each test states only what it is about. */
import type { Level, Point, Rubric } from '../../src/rubric';
import { compileRubric, type CompiledRubric } from '../../src/scoring';

export const LEVELS: Level[] = [
  {
    level: 1,
    marks: [1, 3],
    descriptor: 'Simple statements.',
    requires: { points: 1 },
    nextStep: 'Explain a reason.',
  },
  { level: 2, marks: [4, 6], descriptor: 'Some explanation.', requires: { points: 1, explained: 1 } },
  {
    level: 3,
    marks: [7, 9],
    descriptor: 'Explained reasons.',
    requires: { points: 2, explained: 2, beyondStimulus: 1 },
  },
  {
    level: 4,
    marks: [10, 12],
    descriptor: 'Analytical explanation.',
    requires: { points: 3, explained: 3, beyondStimulus: 1, links: 1 },
  },
];

export const POINTS: Point[] = [
  {
    id: 'beria-police',
    label: 'Beria controlled the secret police',
    match: { all: [['Beria'], ['secret police', 'MVD']] },
    stimulus: true,
    feedback: { missed: 'Who controlled the secret police?' },
  },
  {
    id: 'no-successor',
    label: 'Stalin left no clear successor',
    match: { all: [['successor', 'heir']], polarity: 'negated' },
    stimulus: true,
  },
  {
    id: 'zhukov-army',
    label: 'Zhukov and the army backed Khrushchev',
    match: {
      all: [
        ['Zhukov', 'army'],
        ['backed', 'support*', 'helped'],
      ],
    },
  },
  {
    id: 'beria-arrested',
    label: 'Beria was arrested',
    match: { all: [['Beria'], ['arrested', 'executed']] },
  },
];

/** A 12-mark levels rubric about the power struggle, with any field overridden. */
export function tinyRubric(overrides: Partial<Rubric> = {}): Rubric {
  return {
    schemaVersion: 1,
    id: 'tiny',
    title: 'Tiny',
    topic: 'USSR',
    prompt: 'Explain why there was a power struggle in the USSR after the death of Stalin in 1953.',
    commandWord: 'Explain why',
    maxMark: 12,
    focus: ['power struggle', 'compete*', 'rivalry'],
    modelAnswers: ['Beria controlled the secret police, so the others feared him.'],
    points: POINTS,
    misconceptions: [
      {
        id: 'beria-1955',
        label: 'Beria arrested in 1955',
        match: { all: [['Beria'], ['arrested'], ['1955']] },
        feedback: 'Beria was arrested in June 1953.',
      },
    ],
    scheme: { type: 'levels', levels: LEVELS },
    ...overrides,
  };
}

export function compileTiny(overrides: Partial<Rubric> = {}): CompiledRubric {
  return compileRubric(tinyRubric(overrides), {
    lexicon: {
      schemaVersion: 1,
      synonyms: [
        ['secret police', 'NKVD', 'security police'],
        ['Khrushchev', 'Kruschev'],
      ],
    },
  });
}

/** Ids of the points an answer meets. */
export function metIds(result: { points: Array<{ id: string; met: boolean }> }): string[] {
  return result.points.filter((p) => p.met).map((p) => p.id);
}
