/**
 * Deterministic benchmark answers: sentences from the teacher-marked fixture answers and the
 * rubric's model answers, shuffled by a seeded PRNG into answers of about 250 words, plus long
 * and awkward 50,000-character answers for the worst-case timing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/agreement/seeded-random';
import type { Rubric } from '../../src/rubric/types';

// Every run marks exactly the same answers.
export { seededRandom };

/** Sentences of at least three words. */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]*/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 3);
}

/** The rubric's fixture answers, or every fixture answer when it has none of its own. */
export function fixtureAnswers(fixturesDir: string, rubricId: string): string[] {
  if (!existsSync(fixturesDir)) return [];
  const own = join(fixturesDir, `${rubricId}.jsonl`);
  const files = existsSync(own)
    ? [own]
    : readdirSync(fixturesDir)
        .filter((name) => name.endsWith('.jsonl'))
        .sort()
        .map((name) => join(fixturesDir, name));
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => (JSON.parse(line) as { answer?: unknown }).answer)
      .filter((answer): answer is string => typeof answer === 'string'),
  );
}

export interface Corpus {
  /** Distinct sentences the answers are built from. */
  sentences: number;
  fixtureAnswers: number;
  answers: string[];
  meanWords: number;
  long: Array<{ kind: string; answer: string }>;
}

/** Joins randomly drawn sentences until the answer reaches `targetWords`. */
export function compose(sentences: readonly string[], random: () => number, targetWords: number): string {
  const parts: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentence = sentences[Math.floor(random() * sentences.length)]!;
    parts.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  return parts.join(' ');
}

function longAnswers(
  sentences: string[],
  random: () => number,
  rubric: Rubric,
): Array<{ kind: string; answer: string }> {
  const size = 50_000;
  const fill = (unit: () => string): string => {
    let text = '';
    while (text.length < size) text += unit();
    return text.slice(0, size);
  };
  const names = rubric.points.flatMap((point) =>
    'all' in point.match ? point.match.all.flat() : point.match.of.flatMap((c) => c.all.flat()),
  );
  const kinds: Array<{ kind: string; make: () => string }> = [
    { kind: 'prose', make: () => fill(() => `${compose(sentences, random, 40)} `) },
    {
      kind: 'no punctuation',
      make: () => fill(() => `${compose(sentences, random, 40).replace(/[.!?;,]/g, '')} `),
    },
    { kind: 'keyword list', make: () => fill(() => `${names[Math.floor(random() * names.length)]} `) },
    {
      kind: 'negated prose',
      make: () => fill(() => `It is not true that ${compose(sentences, random, 20).toLowerCase()} `),
    },
    {
      kind: 'html, emoji, Cyrillic',
      make: () => fill(() => `<p><script>x()</script>Сталин умер 🙂 ${compose(sentences, random, 15)}</p> `),
    },
    { kind: 'one long word', make: () => 'a'.repeat(size) },
    // A run of consonants is the worst case for the regular expressions of a Porter stemmer.
    { kind: 'one long word without vowels', make: () => 'q'.repeat(size) },
    {
      // Negation and conditional cues with no full stop: every cue looks along its sentence.
      kind: 'cue words, no full stop',
      make: () => fill(() => 'if he had not named it would have been without nobody stopping him from '),
    },
    {
      // Thousands of words never seen before, each stemmed and checked as a misspelling: the most
      // work per character the vocabulary lookup can be made to do.
      kind: 'random letters as words',
      make: () =>
        fill(
          () =>
            `${Array.from({ length: 5 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('')} `,
        ),
    },
  ];
  return kinds.flatMap(({ kind, make }) => Array.from({ length: 3 }, () => ({ kind, answer: make() })));
}

/**
 * Builds the benchmark corpus for one rubric.
 *
 * @example const corpus = buildCorpus(rubric, { fixturesDir: 'fixtures/answers', count: 2000, seed: 1953 });
 */
export function buildCorpus(
  rubric: Rubric,
  options: { fixturesDir: string; count: number; seed: number; words?: number },
): Corpus {
  const fixtures = fixtureAnswers(options.fixturesDir, rubric.id);
  const sentences = [...new Set([...fixtures, ...rubric.modelAnswers].flatMap(sentencesOf))].sort();
  const random = seededRandom(options.seed);
  const answers = Array.from({ length: options.count }, () =>
    compose(sentences, random, options.words ?? 250),
  );
  const totalWords = answers.reduce((sum, answer) => sum + answer.split(/\s+/).length, 0);
  return {
    sentences: sentences.length,
    fixtureAnswers: fixtures.length,
    answers,
    meanWords: Math.round(totalWords / Math.max(1, answers.length)),
    long: longAnswers(sentences, random, rubric),
  };
}
