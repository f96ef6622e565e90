/**
 * Calibration from a few dozen teacher-marked answers: fit the confidence threshold, per-point
 * weights, an explained-point bonus and the ordinal score -> mark table that best reproduce the
 * teacher's marks (least squares), then report agreement before and after by k-fold
 * cross-validation, so "after" is never measured on answers the fit has seen.
 */
import { ValidationError } from '../errors';
import type { Calibration, Rubric } from '../rubric/types';
import { evidenceScore, markForScore } from '../scoring/calibration';
import type { MarkResult } from '../scoring/types';
import { crossValidate } from './cross-validate';
import { fitMarkTable } from './isotonic';
import { ordinalAgreement, type MarkPair } from './ordinal';

/** One teacher-marked answer as the uncalibrated marker saw it. */
export interface CalibrationExample {
  result: MarkResult;
  teacher: number;
}

export type FittedCalibration = Required<
  Pick<Calibration, 'threshold' | 'weights' | 'explainedBonus' | 'marks'>
>;

/** Fewer marked answers than this give folds too small to say anything. */
export const MIN_EXAMPLES = 10;

const THRESHOLDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
const BONUSES = [0, 0.5, 1];
const WEIGHTS = [1, 0.5, 0];
/** Squared-mark error a moved parameter must save (see fitCalibration). */
const PENALTY = 2;

function predict(model: FittedCalibration, result: MarkResult, maxMark: number): number {
  return markForScore(evidenceScore(result.points, model), model.marks, maxMark);
}

function fitTable(
  examples: readonly CalibrationExample[],
  partial: Omit<FittedCalibration, 'marks'>,
  maxMark: number,
): { model: FittedCalibration; sse: number } {
  const scored = examples.map((e) => ({ score: evidenceScore(e.result.points, partial), mark: e.teacher }));
  const model = { ...partial, marks: fitMarkTable(scored, maxMark) };
  let sse = 0;
  for (const e of examples) sse += (predict(model, e.result, maxMark) - e.teacher) ** 2;
  return { model, sse };
}

/**
 * Fits a calibration on the given examples only: a grid over threshold and bonus, then two passes
 * of coordinate descent over point weights; a change is kept only when it lowers the squared error.
 * @example fitCalibration(rubric, examples).marks // [{ min: 0.5, mark: 1 }, ...]
 */
export function fitCalibration(rubric: Rubric, examples: readonly CalibrationExample[]): FittedCalibration {
  const ids = rubric.points.map((p) => p.id);
  // Each parameter moved from its default must pay for itself: with 20-50 answers, an unpenalised
  // search finds weights that fit the noise in the teacher's marks and fail on new answers.
  const cost = (t: { model: FittedCalibration; sse: number }): number => {
    const moved = Object.values(t.model.weights).filter((w) => w !== 1).length;
    return t.sse + PENALTY * (moved + (t.model.threshold > 0 ? 1 : 0) + (t.model.explainedBonus > 0 ? 1 : 0));
  };
  let best = fitTable(examples, { threshold: 0, explainedBonus: 0, weights: {} }, rubric.maxMark);
  for (const threshold of THRESHOLDS) {
    for (const explainedBonus of BONUSES) {
      const t = fitTable(examples, { threshold, explainedBonus, weights: {} }, rubric.maxMark);
      if (cost(t) < cost(best)) best = t;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const id of ids) {
      for (const w of WEIGHTS) {
        const weights = { ...best.model.weights, [id]: w };
        const t = fitTable(examples, { ...best.model, weights }, rubric.maxMark);
        if (cost(t) < cost(best)) best = t;
      }
    }
  }
  // Only the weights that differ from the default are stored, and only for the rubric's points.
  const weights = Object.fromEntries(
    ids.filter((id) => (best.model.weights[id] ?? 1) !== 1).map((id) => [id, best.model.weights[id]!]),
  );
  return { ...best.model, weights };
}

function summary(pairs: MarkPair[], maxMark: number): Record<string, number> {
  const a = ordinalAgreement(pairs, maxMark);
  const out: Record<string, number> = {
    n: a.n,
    exact: a.exact,
    adjacent: a.adjacent,
    meanSignedDifference: a.meanSignedDifference,
  };
  if (a.qwk !== null) out.qwk = a.qwk;
  return out;
}

export interface CalibrationReport {
  calibration: Calibration;
  /** Agreement of the uncalibrated marker on every answer. */
  before: Record<string, number>;
  /** Agreement of the calibration, each answer predicted by a fit on the other folds. */
  after: Record<string, number>;
  folds: number;
}

/**
 * Fits on every example and measures before/after by k-fold cross-validation (default 5).
 * `fittedAt` is passed in so the result is reproducible.
 * @example calibrate({ rubric, examples, fittedAt: new Date().toISOString() }).after.qwk
 */
export function calibrate(input: {
  rubric: Rubric;
  examples: readonly CalibrationExample[];
  fittedAt: string;
  k?: number;
  source?: string;
}): CalibrationReport {
  const { rubric, examples } = input;
  if (examples.length < MIN_EXAMPLES) {
    const message = `calibration needs at least ${MIN_EXAMPLES} answers with a teacher mark (20 to 50 is best), found ${examples.length}`;
    throw new ValidationError(message, [{ pointer: '', message }]);
  }
  const k = Math.min(input.k ?? 5, examples.length);
  const cv = crossValidate(examples, {
    k,
    target: (e) => e.teacher,
    fit: (train) => fitCalibration(rubric, train),
    predict: (model, e) => predict(model, e.result, rubric.maxMark),
  });
  const before = summary(
    examples.map((e) => ({ teacher: e.teacher, marker: e.result.mark })),
    rubric.maxMark,
  );
  const after = summary(
    examples.map((e, i) => ({ teacher: e.teacher, marker: cv.predictions[i]! })),
    rubric.maxMark,
  );
  const teacherMarks = new Array<number>(rubric.maxMark + 1).fill(0);
  for (const e of examples) teacherMarks[Math.min(rubric.maxMark, Math.max(0, e.teacher))]! += 1;
  const fitted = fitCalibration(rubric, examples);
  const calibration: Calibration = {
    ...fitted,
    fittedOn: {
      answers: examples.length,
      fittedAt: input.fittedAt,
      method: `weighted evidence score, isotonic score-to-mark table; ${k}-fold cross-validated`,
      teacherMarks,
      ...(input.source ? { source: input.source } : {}),
    },
    crossValidated: { before, after },
  };
  return { calibration, before, after, folds: k };
}
