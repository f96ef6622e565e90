/**
 * SemEval-2013 Task 7 with drafted rubrics: for each question a rubric is drafted from its
 * reference answers alone, every student answer is marked, and the mark is turned into a label
 * by score bands fitted on the training split only (test splits are read only for reporting).
 * The lexical-overlap baseline is fitted and scored in the same run.
 */
import { applyBands, fitBands, type Bands } from '../../src/agreement/bands';
import { classificationReport, type ClassificationReport } from '../../src/agreement/classification';
import { draftRubricChecked } from '../../src/agreement/draft-checked';
import { bestOverlap } from '../../src/agreement/lexical-overlap';
import { twoWay, type SemevalLabel, type SemevalQuestion } from '../../src/agreement/semeval';
import type { Lexicon } from '../../src/rubric/types';
import { compileRubric, mark } from '../../src/scoring';
import { loadSplit, SPLITS, type Corpus, type TestSplit } from './semeval-data';

export const LABELS3 = ['correct', 'contradictory', 'incorrect'];
export const LABELS2 = ['correct', 'incorrect'];

/** What the marker and the baseline make of one student answer. */
export interface Features {
  question: string;
  gold: SemevalLabel;
  /** Best share of one reference answer's points met (0..1). */
  coverage: number;
  /** The answer says the opposite of a reference point (a drafted misconception matched). */
  contradicts: boolean;
  /** The baseline's score: word overlap with the closest reference answer. */
  overlap: number;
}

export interface SystemScores {
  system: string;
  split: string;
  ways: 3 | 2;
  report: ClassificationReport;
}

/** Opposites for drafting: none, or pairs mined from training reference answers. */
export type Opposites = ReadonlyArray<readonly [string, string]>;

/** Marks every answer of the given questions with rubrics drafted from their reference answers. */
export function featuresFor(
  questions: readonly SemevalQuestion[],
  lexicon: Lexicon | undefined,
  opposites: Opposites = [],
): Features[] {
  const out: Features[] = [];
  for (const q of questions) {
    const references = q.references.map((r) => r.text).filter((t) => t.trim() !== '');
    const draft = draftRubricChecked({
      question: q.text,
      answers: references,
      id: 'q',
      contradictions: true,
      ...(opposites.length > 0 ? { opposites } : {}),
      ...(lexicon ? { lexicon } : {}),
    });
    const compiled = compileRubric(draft.rubric, lexicon ? { lexicon } : {});
    const perRef = draft.pointsByAnswer.filter((ids) => ids.length > 0).map((ids) => new Set(ids));
    for (const a of q.answers) {
      const r = mark(compiled, a.text);
      const met = new Set(r.points.filter((p) => p.met).map((p) => p.id));
      let coverage = 0;
      for (const ids of perRef)
        coverage = Math.max(coverage, [...ids].filter((id) => met.has(id)).length / ids.size);
      out.push({
        question: q.id,
        gold: a.label,
        coverage: Math.round(coverage * 1000) / 1000,
        contradicts: r.misconceptions.length > 0,
        overlap: bestOverlap(a.text, references),
      });
    }
  }
  return out;
}

/** Two band sets: one for answers that contradict a reference point, one for the rest. */
export interface RubricModel {
  plain: Bands;
  contradicting: Bands;
}

export function gold(f: Features, ways: 3 | 2): string {
  return ways === 3 ? f.gold : twoWay(f.gold);
}

export function fitRubricModel(train: readonly Features[], ways: 3 | 2, fallback?: RubricModel): RubricModel {
  const labels = ways === 3 ? LABELS3 : LABELS2;
  const fit = (items: readonly Features[], prior: Bands | undefined): Bands =>
    items.length === 0 && prior
      ? prior
      : fitBands(
          items.map((f) => ({ score: f.coverage, label: gold(f, ways) })),
          labels,
          ways,
        );
  return {
    plain: fit(
      train.filter((f) => !f.contradicts),
      fallback?.plain,
    ),
    contradicting: fit(
      train.filter((f) => f.contradicts),
      fallback?.contradicting,
    ),
  };
}

export function predictRubric(model: RubricModel, f: Features): string {
  return applyBands(f.contradicts ? model.contradicting : model.plain, f.coverage);
}

function score(
  system: string,
  split: string,
  ways: 3 | 2,
  test: readonly Features[],
  predict: (f: Features) => string,
): SystemScores {
  const labels = ways === 3 ? LABELS3 : LABELS2;
  return {
    system,
    split,
    ways,
    report: classificationReport(
      test.map((f) => gold(f, ways)),
      test.map(predict),
      labels,
    ),
  };
}

/**
 * Every system on every test split of one corpus, both 3-way and 2-way. `opposites` must come
 * from the training split alone.
 * @example evaluateCorpus('beetle', lexicon, []).scores
 */
export function evaluateCorpus(
  corpus: Corpus,
  lexicon: Lexicon | undefined,
  opposites: Opposites = [],
): { scores: SystemScores[]; trainAnswers: number } {
  const train = featuresFor(loadSplit(corpus, 'training'), lexicon, opposites);
  const scores: SystemScores[] = [];
  const tests = new Map<TestSplit, Features[]>(
    SPLITS[corpus].map((s) => [s, featuresFor(loadSplit(corpus, s), lexicon, opposites)]),
  );
  for (const ways of [3, 2] as const) {
    const labels = ways === 3 ? LABELS3 : LABELS2;
    const baseline = fitBands(
      train.map((f) => ({ score: f.overlap, label: gold(f, ways) })),
      labels,
      ways,
    );
    const global = fitRubricModel(train, ways);
    // Per-question bands from that question's own training answers: only where the question was seen.
    const perQuestion = new Map<string, RubricModel>();
    for (const qid of new Set(train.map((f) => f.question))) {
      perQuestion.set(
        qid,
        fitRubricModel(
          train.filter((f) => f.question === qid),
          ways,
          global,
        ),
      );
    }
    for (const [split, test] of tests) {
      scores.push(
        score('lexical overlap baseline', split, ways, test, (f) => applyBands(baseline, f.overlap)),
      );
      scores.push(score('drafted rubric', split, ways, test, (f) => predictRubric(global, f)));
      if (split === 'test-unseen-answers') {
        scores.push(
          score('drafted rubric, per-question bands', split, ways, test, (f) =>
            predictRubric(perQuestion.get(f.question) ?? global, f),
          ),
        );
      }
    }
  }
  return { scores, trainAnswers: train.length };
}
