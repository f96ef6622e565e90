/**
 * Question-grouped cross-validation on a SemEval training split: the training questions are
 * dealt into folds, and each fold's answers are labelled by bands fitted on the other folds, with
 * opposites mined from the other folds' reference answers only, as for an unseen question. It
 * tunes the opposites' minimum support without reading a test split.
 */
import { applyBands, fitBands } from '../../src/agreement/bands';
import { classificationReport, type ClassificationReport } from '../../src/agreement/classification';
import { seededRandom } from '../../src/agreement/seeded-random';
import type { SemevalQuestion } from '../../src/agreement/semeval';
import type { Lexicon } from '../../src/rubric/types';
import { mineOpposites } from './opposites';
import {
  featuresFor,
  fitRubricModel,
  gold,
  LABELS2,
  LABELS3,
  predictRubric,
  type Features,
  type Opposites,
} from './semeval-eval';

export const FOLDS = 5;
const SEED = 1;

export interface CvScores {
  system: string;
  /** Minimum support of the mined opposites; null: drafted without opposites (or the baseline). */
  minSupport: number | null;
  ways: 3 | 2;
  report: ClassificationReport;
}

/** The fold of each question: shuffled with a fixed seed, then dealt round-robin. */
function questionFolds(questions: readonly SemevalQuestion[]): Map<string, number> {
  const random = seededRandom(SEED);
  const ids = questions.map((q) => q.id).sort();
  const keyed = ids.map((id) => ({ id, r: random() })).sort((a, b) => a.r - b.r);
  return new Map(keyed.map((x, i) => [x.id, i % FOLDS]));
}

/** Out-of-fold 3-way and 2-way labels for every training answer, from features computed per fold. */
function outOfFold(
  questions: readonly SemevalQuestion[],
  featuresOfFold: (fold: number) => Features[],
  predictWith: (train: Features[], ways: 3 | 2) => (f: Features) => string,
): Map<3 | 2, { gold: string[]; predicted: string[] }> {
  const folds = questionFolds(questions);
  const out = new Map<3 | 2, { gold: string[]; predicted: string[] }>([
    [3, { gold: [], predicted: [] }],
    [2, { gold: [], predicted: [] }],
  ]);
  for (let fold = 0; fold < FOLDS; fold++) {
    const features = featuresOfFold(fold);
    const train = features.filter((f) => folds.get(f.question) !== fold);
    const held = features.filter((f) => folds.get(f.question) === fold);
    for (const ways of [3, 2] as const) {
      const predict = predictWith(train, ways);
      out.get(ways)!.gold.push(...held.map((f) => gold(f, ways)));
      out.get(ways)!.predicted.push(...held.map(predict));
    }
  }
  return out;
}

function scores(
  system: string,
  minSupport: number | null,
  pooled: Map<3 | 2, { gold: string[]; predicted: string[] }>,
): CvScores[] {
  return ([3, 2] as const).map((ways) => ({
    system,
    minSupport,
    ways,
    report: classificationReport(
      pooled.get(ways)!.gold,
      pooled.get(ways)!.predicted,
      ways === 3 ? LABELS3 : LABELS2,
    ),
  }));
}

/**
 * The baseline and the drafted rubric without opposites and with opposites of each minimum
 * support, all cross-validated by question on the training split.
 * @example crossValidateTraining(trainingQuestions, lexicon, [2, 3, 4])
 */
export function crossValidateTraining(
  questions: readonly SemevalQuestion[],
  lexicon: Lexicon | undefined,
  supports: readonly number[],
): CvScores[] {
  const folds = questionFolds(questions);
  const plain = featuresFor(questions, lexicon);
  const baseline = (train: Features[], ways: 3 | 2) => {
    const bands = fitBands(
      train.map((f) => ({ score: f.overlap, label: gold(f, ways) })),
      ways === 3 ? LABELS3 : LABELS2,
      ways,
    );
    return (f: Features) => applyBands(bands, f.overlap);
  };
  const rubric = (train: Features[], ways: 3 | 2) => {
    const model = fitRubricModel(train, ways);
    return (f: Features) => predictRubric(model, f);
  };
  const out = [
    ...scores(
      'lexical overlap baseline',
      null,
      outOfFold(questions, () => plain, baseline),
    ),
    ...scores(
      'drafted rubric',
      null,
      outOfFold(questions, () => plain, rubric),
    ),
  ];
  // Drafting is the slow part: features are shared between settings that mine the same pairs.
  const byPairs = new Map<string, Features[]>([['[]', plain]]);
  for (const minSupport of supports) {
    const perFold = (fold: number): Features[] => {
      const seen = questions.filter((q) => folds.get(q.id) !== fold);
      const opposites: Opposites = mineOpposites(seen, { minSupport }).map((o) => o.pair);
      const id = JSON.stringify(opposites);
      const features = byPairs.get(id) ?? featuresFor(questions, lexicon, opposites);
      byPairs.set(id, features);
      return features;
    };
    out.push(...scores('drafted rubric, mined opposites', minSupport, outOfFold(questions, perFold, rubric)));
  }
  return out;
}

/**
 * The minimum support with the best cross-validated 3-way macro-F1, or null when drafting
 * without opposites does at least as well.
 */
export function bestSupport(cv: readonly CvScores[]): number | null {
  const three = cv.filter((s) => s.ways === 3 && s.system !== 'lexical overlap baseline');
  let best = three.find((s) => s.minSupport === null)!;
  for (const s of three) if (s.report.macroF1 > best.report.macroF1) best = s;
  return best.minSupport;
}
