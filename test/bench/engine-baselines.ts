/**
 * What a user might write instead of our engine, measured beside it:
 * (a) compromise `.has(pattern)` per point, patterns built from the rubric's alternatives;
 * (b) natural TF-IDF cosine between the answer and the model answers;
 * (c) natural's bare WordTokenizer, which does no matching at all (the practical limit).
 * natural is imported module by module: its index takes half a second and prints via dotenv.
 */
import type { Concept, Rubric } from '../../src/rubric/types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
};

interface TfIdfInstance {
  addDocument(document: string): void;
  listTerms(index: number): Array<{ term: string; tfidf: number }>;
}

export type Scorer = (answer: string) => number;

/** (c) Tokenising alone: the least any matcher must do. Returns the token count. */
export function createTokenizerBaseline(): Scorer {
  const tokenizer = new WordTokenizer();
  return (answer) => tokenizer.tokenize(answer).length;
}

/** (b) TF-IDF cosine against each model answer, best match; a new corpus per answer as a user would. */
export function createTfIdfBaseline(rubric: Rubric): Scorer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const TfIdf = require('natural/lib/natural/tfidf/tfidf') as new () => TfIdfInstance;
  const vector = (tfidf: TfIdfInstance, index: number): Map<string, number> =>
    new Map(tfidf.listTerms(index).map((item) => [item.term, item.tfidf]));
  return (answer) => {
    const tfidf = new TfIdf();
    for (const model of rubric.modelAnswers) tfidf.addDocument(model);
    tfidf.addDocument(answer);
    const mine = vector(tfidf, rubric.modelAnswers.length);
    let best = 0;
    rubric.modelAnswers.forEach((_model, index) => {
      const theirs = vector(tfidf, index);
      let dot = 0;
      let a = 0;
      let b = 0;
      for (const [term, weight] of mine) {
        dot += weight * (theirs.get(term) ?? 0);
        a += weight * weight;
      }
      for (const weight of theirs.values()) b += weight * weight;
      best = Math.max(best, a > 0 && b > 0 ? dot / Math.sqrt(a * b) : 0);
    });
    return best;
  };
}

/** "consolidat*" -> /^consolidat/, other words as they are; compromise's own syntax characters dropped. */
function toPattern(group: string[]): string {
  const options = group.map((alternative) =>
    alternative
      .toLowerCase()
      .split(/\s+/)
      .map((word) =>
        word.endsWith('*')
          ? `/^${word.slice(0, -1).replace(/[^\p{L}\p{N}]/gu, '')}/`
          : word.replace(/[^\p{L}\p{N}'-]/gu, ''),
      )
      .filter((word) => word.length > 0)
      .join(' '),
  );
  return `(${options.filter((o) => o.length > 0).join('|')})`;
}

/** (a) compromise per point: parse once, then one `.has()` per group of each concept. Returns points met. */
export function createCompromiseBaseline(rubric: Rubric): Scorer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const imported = require('compromise') as { default?: unknown };
  const nlp = (imported.default ?? imported) as (text: string) => { has(pattern: string): boolean };
  const conceptPatterns = (concept: Concept): string[] => concept.all.map(toPattern);
  const points = rubric.points.map((point) =>
    'atLeast' in point.match
      ? { atLeast: point.match.atLeast, of: point.match.of.map(conceptPatterns) }
      : { atLeast: 1, of: [conceptPatterns(point.match)] },
  );
  return (answer) => {
    const doc = nlp(answer);
    let met = 0;
    for (const point of points) {
      const concepts = point.of.filter((groups) => groups.every((pattern) => doc.has(pattern))).length;
      if (concepts >= point.atLeast) met += 1;
    }
    return met;
  };
}
