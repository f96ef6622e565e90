/**
 * Loads the vendored SemEval-2013 Task 7 splits (fixtures/semeval2013). Labels come from the
 * 3-way files; the 2-way task folds contradictory into incorrect, which the 2-way files confirm
 * (checked on load, so a mismatch fails loudly rather than skewing the figures).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSemevalQuestion, twoWay, type SemevalQuestion } from '../../src/agreement/semeval';

export type Corpus = 'beetle' | 'sciEntsBank';
export type TestSplit = 'test-unseen-answers' | 'test-unseen-questions' | 'test-unseen-domains';

export const ROOT = join(__dirname, '..', '..', 'fixtures', 'semeval2013', 'semeval-3way');

export const SPLITS: Record<Corpus, TestSplit[]> = {
  beetle: ['test-unseen-answers', 'test-unseen-questions'],
  sciEntsBank: ['test-unseen-answers', 'test-unseen-questions', 'test-unseen-domains'],
};

function dirFor(ways: '2way' | '3way', corpus: Corpus, split: 'training' | TestSplit): string {
  return split === 'training'
    ? join(ROOT, 'training', ways, corpus)
    : join(ROOT, 'test', ways, corpus, split);
}

function readDir(dir: string): SemevalQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => parseSemevalQuestion(readFileSync(join(dir, f), 'utf8'), f));
}

function checkTwoWay(three: SemevalQuestion[], dir: string): void {
  const gold = new Map<string, string>();
  for (const q of readDir(dir)) for (const a of q.answers) gold.set(`${q.id}/${a.id}`, a.label);
  for (const q of three) {
    for (const a of q.answers) {
      const g = gold.get(`${q.id}/${a.id}`);
      if (g !== twoWay(a.label))
        throw new Error(`${dir}: ${q.id}/${a.id} is ${g} in 2-way, ${a.label} in 3-way`);
    }
  }
}

/** One split's questions with 3-way labels, checked against the 2-way release. */
export function loadSplit(corpus: Corpus, split: 'training' | TestSplit): SemevalQuestion[] {
  const questions = readDir(dirFor('3way', corpus, split));
  checkTwoWay(questions, dirFor('2way', corpus, split));
  return questions;
}
