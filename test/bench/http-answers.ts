/**
 * Varied answers of about 250 words for the HTTP benchmark: sentences from each question's model
 * answers and teacher-marked fixture answers, drawn by a seeded PRNG so every run sends the same
 * requests. Each question gets its own answers, so the engine marks realistic text.
 */
import path from 'node:path';
import type { Rubric } from '../../src/rubric/types';
import { compose, fixtureAnswers, seededRandom, sentencesOf } from './engine-corpus';

export interface BenchAnswer {
  questionId: string;
  /** The JSON request body, built once so the benchmark measures the server, not JSON.stringify. */
  body: string;
  words: number;
}

const FIXTURES_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'answers');

/**
 * Builds `count` answers spread evenly over the rubrics.
 *
 * @example
 * buildAnswers(rubrics, { count: 400, words: 250, seed: 1 })[0]; // { questionId, body: '{"answer":"..."}', words: 253 }
 */
export function buildAnswers(
  rubrics: readonly Rubric[],
  options: { count: number; words: number; seed: number },
): BenchAnswer[] {
  const random = seededRandom(options.seed);
  const pools = rubrics
    .map((r) => ({
      id: r.id,
      sentences: [...r.modelAnswers, ...fixtureAnswers(FIXTURES_DIR, r.id)].flatMap(sentencesOf),
    }))
    .filter((p) => p.sentences.length > 0);
  if (pools.length === 0) throw new Error('no rubric has model answers to build benchmark answers from');
  return Array.from({ length: options.count }, (_, i) => {
    const pool = pools[i % pools.length]!;
    const answer = compose(pool.sentences, random, options.words);
    return { questionId: pool.id, body: JSON.stringify({ answer }), words: answer.split(/\s+/).length };
  });
}
