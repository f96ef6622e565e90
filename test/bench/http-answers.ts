/**
 * Varied answers of about 250 words for the HTTP benchmark: sentences from each question's model
 * answers and teacher-marked fixture answers, drawn by a seeded PRNG so every run sends the same
 * requests. Each question gets its own answers, so the engine marks realistic text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rubric } from '../../src/rubric/types';

export interface BenchAnswer {
  questionId: string;
  /** The JSON request body, built once so the benchmark measures the server, not JSON.stringify. */
  body: string;
  words: number;
}

const FIXTURES_DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'answers');

/** mulberry32: small, fast and seeded. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]*/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 3);
}

function fixtureAnswers(rubricId: string): string[] {
  const file = path.join(FIXTURES_DIR, `${rubricId}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => (JSON.parse(line) as { answer?: unknown }).answer)
    .filter((answer): answer is string => typeof answer === 'string');
}

function compose(sentences: readonly string[], random: () => number, targetWords: number): string {
  const parts: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentence = sentences[Math.floor(random() * sentences.length)]!;
    parts.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  return parts.join(' ');
}

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
    .map((r) => ({ id: r.id, sentences: [...r.modelAnswers, ...fixtureAnswers(r.id)].flatMap(sentencesOf) }))
    .filter((p) => p.sentences.length > 0);
  if (pools.length === 0) throw new Error('no rubric has model answers to build benchmark answers from');
  return Array.from({ length: options.count }, (_, i) => {
    const pool = pools[i % pools.length]!;
    const answer = compose(pool.sentences, random, options.words);
    return { questionId: pool.id, body: JSON.stringify({ answer }), words: answer.split(/\s+/).length };
  });
}
