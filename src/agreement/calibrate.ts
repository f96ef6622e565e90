/**
 * Calibration from a few dozen teacher-marked answers, as an adjustment on top of the rubric's
 * own marking: the engine's gates still decide what the answer shows, and calibration learns where
 * this teacher puts the mark, in two steps: on a levels rubric, one shift of each answer's place
 * within its level (see level-shift.ts), then a map from the resulting mark to this teacher's
 * (see mark-shift.ts), whose shrinkage and shape are chosen by leave-one-out cross-validation
 * inside the answers it is given. Agreement before and after is reported by repeated k-fold
 * cross-validation (several seeded partitions, averaged), so "after" is never measured on answers
 * the fit (or the choice of its settings) has seen, and does not hang on one lucky partition of a
 * few dozen answers.
 */
import { ValidationError } from '../errors';
import type { Calibration, Rubric } from '../rubric/types';
import { applyMarkMap, shiftedWithinLevel } from '../scoring/calibration';
import type { MarkResult } from '../scoring/types';
import { repeatedCrossValidate } from './cross-validate';
import { fitWithinLevelShift } from './level-shift';
import { fitMarkMap, type MarkPairInput, type ShiftSettings } from './mark-shift';
import { ordinalAgreement, round, type MarkPair } from './ordinal';

/** One teacher-marked answer as the uncalibrated marker saw it. */
export interface CalibrationExample {
  result: MarkResult;
  teacher: number;
}

export interface FittedCalibration {
  /** Added to each answer's place within its level before the map (0 on a points rubric). */
  withinLevelShift: number;
  /** Mark after the shift -> calibrated mark; index 0 is always 0. */
  markMap: number[];
  /** The settings inner cross-validation chose; null when leaving the marks alone fitted best. */
  settings: ShiftSettings | null;
}

/** Fewer marked answers than this give folds too small to say anything. */
export const MIN_EXAMPLES = 10;

/** Candidate settings, simplest first: at equal error the earlier (simpler, more shrunk) one wins. */
const GRID: ShiftSettings[] = (['global', 'level', 'mark'] as const).flatMap((depth) =>
  [true, false].flatMap((withinLevel) => [8, 4, 2].map((strength) => ({ depth, withinLevel, strength }))),
);

/**
 * Squared-mark error a shift must save, in leave-one-out, over leaving the marks alone: with 12-16
 * answers in a fold, smaller gains are as often noise as a real difference in the teacher's scale.
 */
const MARGIN = 1;

function pairsOf(rubric: Rubric, examples: readonly CalibrationExample[], shift: number): MarkPairInput[] {
  return examples.map((e) => ({ engine: shiftedWithinLevel(rubric, e.result, shift), teacher: e.teacher }));
}

/**
 * The calibrated mark of one answer under a fitted calibration, as mark() gives it with the
 * calibration block stored.
 */
export function calibratedFrom(rubric: Rubric, fitted: FittedCalibration, result: MarkResult): number {
  const shifted = shiftedWithinLevel(rubric, result, fitted.withinLevelShift);
  return applyMarkMap(fitted.markMap, shifted, rubric.maxMark);
}

function identity(maxMark: number): number[] {
  return Array.from({ length: maxMark + 1 }, (_, m) => m);
}

/** Leave-one-out squared error of one setting (null: the engine's marks unchanged). */
function innerError(rubric: Rubric, pairs: readonly MarkPairInput[], settings: ShiftSettings | null): number {
  let sse = 0;
  pairs.forEach((p, i) => {
    const map = settings
      ? fitMarkMap(
          rubric,
          pairs.filter((_, j) => j !== i),
          settings,
        )
      : identity(rubric.maxMark);
    sse += (applyMarkMap(map, p.engine, rubric.maxMark) - p.teacher) ** 2;
  });
  return sse;
}

/**
 * Fits a calibration on the given examples only: first the shift within the level, then the mark
 * map on the shifted marks, each candidate setting of the map scored by leave-one-out
 * cross-validation within them, and the best (leaving the marks alone unless something beats it)
 * refitted on all of them.
 * @example fitCalibration(rubric, examples).markMap // [0, 2, 2, 3, ...]
 */
export function fitCalibration(rubric: Rubric, examples: readonly CalibrationExample[]): FittedCalibration {
  const withinLevelShift = fitWithinLevelShift(rubric, examples);
  const pairs = pairsOf(rubric, examples, withinLevelShift);
  let best: { settings: ShiftSettings | null; error: number } = {
    settings: null,
    error: innerError(rubric, pairs, null),
  };
  for (const settings of GRID) {
    const error = innerError(rubric, pairs, settings);
    // A small margin keeps ties and rounding noise from moving the marks.
    if (error < best.error - 1e-9 - (best.settings ? 0 : MARGIN)) best = { settings, error };
  }
  return {
    withinLevelShift,
    settings: best.settings,
    markMap: best.settings ? fitMarkMap(rubric, pairs, best.settings) : identity(rubric.maxMark),
  };
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

function describe(fitted: FittedCalibration, k: number, repeats: number): string {
  const { settings, withinLevelShift: shift } = fitted;
  const within =
    shift === 0
      ? ''
      : `place within the level moved ${shift > 0 ? 'up' : 'down'} by ${Math.abs(shift)} of the level, then `;
  const fit = settings
    ? `shift per ${settings.depth === 'mark' ? 'mark' : settings.depth}, shrinkage ${settings.strength}` +
      (settings.withinLevel ? ', within the level' : '')
    : within
      ? 'no further shift'
      : "no shift (the rubric's own marks fitted best)";
  return `rubric's mark moved toward the teacher's: ${within}${fit}; settings by leave-one-out, ${k}-fold cross-validated over ${repeats} seeded partitions`;
}

export interface CalibrationReport {
  calibration: Calibration;
  /** Agreement of the uncalibrated marker on every answer. */
  before: Record<string, number>;
  /**
   * Agreement of the calibration, each answer predicted by a fit on the other folds: every figure
   * is the mean over the partitions, with `exactMin` / `exactMax` the spread of exact agreement.
   */
  after: Record<string, number>;
  folds: number;
  repeats: number;
  /** The out-of-fold calibrated mark of every answer (input order), one array per partition. */
  outOfFold: number[][];
}

/** Mean of each figure over the partitions, rounded; QWK only when every partition defines it. */
function averaged(perRepeat: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(perRepeat[0] ?? {})) {
    if (!perRepeat.every((r) => r[key] !== undefined)) continue;
    out[key] = round(perRepeat.reduce((s, r) => s + r[key]!, 0) / perRepeat.length);
  }
  const exact = perRepeat.map((r) => r.exact ?? 0);
  out.exactMin = Math.min(...exact);
  out.exactMax = Math.max(...exact);
  return out;
}

/**
 * Fits on every example and measures before/after by repeated k-fold cross-validation (default 5
 * folds, 10 seeded partitions). `fittedAt` is passed in so the result is reproducible.
 * @example calibrate({ rubric, examples, fittedAt: new Date().toISOString() }).after.qwk
 */
export function calibrate(input: {
  rubric: Rubric;
  examples: readonly CalibrationExample[];
  fittedAt: string;
  k?: number;
  repeats?: number;
  source?: string;
}): CalibrationReport {
  const { rubric, examples } = input;
  if (examples.length < MIN_EXAMPLES) {
    const message = `calibration needs at least ${MIN_EXAMPLES} answers with a teacher mark (20 to 50 is best), found ${examples.length}`;
    throw new ValidationError(message, [{ pointer: '', message }]);
  }
  const k = Math.min(input.k ?? 5, examples.length);
  const repeats = Math.max(1, input.repeats ?? 10);
  const runs = repeatedCrossValidate(examples, {
    k,
    repeats,
    target: (e) => e.teacher,
    fit: (train) => fitCalibration(rubric, train),
    predict: (model, e) => calibratedFrom(rubric, model, e.result),
  });
  const before = summary(
    examples.map((e) => ({ teacher: e.teacher, marker: e.result.mark })),
    rubric.maxMark,
  );
  const after = averaged(
    runs.map((run) =>
      summary(
        examples.map((e, i) => ({ teacher: e.teacher, marker: run.predictions[i]! })),
        rubric.maxMark,
      ),
    ),
  );
  const teacherMarks = new Array<number>(rubric.maxMark + 1).fill(0);
  for (const e of examples) teacherMarks[Math.min(rubric.maxMark, Math.max(0, e.teacher))]! += 1;
  const fitted = fitCalibration(rubric, examples);
  const calibration: Calibration = {
    ...(fitted.withinLevelShift !== 0 ? { withinLevelShift: fitted.withinLevelShift } : {}),
    markMap: fitted.markMap,
    fittedOn: {
      answers: examples.length,
      fittedAt: input.fittedAt,
      method: describe(fitted, k, repeats),
      teacherMarks,
      ...(input.source ? { source: input.source } : {}),
    },
    crossValidated: { before, after },
  };
  return { calibration, before, after, folds: k, repeats, outOfFold: runs.map((r) => r.predictions) };
}
