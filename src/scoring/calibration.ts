/**
 * Applies a rubric's fitted `calibration` block to a mark: the points the marker found are
 * weighed (a point below the confidence threshold does not count; an explained point can count
 * more) and the weighted score is read off a fitted, ascending score -> mark table.
 * Only the rubric's own points can count, and an answer in which no point counts scores 0.
 */
import type { Calibration, Level, Rubric } from '../rubric/types';
import type { LevelResult, MarkResult, PointResult } from './types';

/**
 * The weighted evidence score of one marked answer: the sum over the rubric's points that were
 * met with enough confidence of weight x (1 + explainedBonus when the point is explained).
 * @example evidenceScore(result.points, { threshold: 0.8, weights: { beria: 0.5 } }) // 1.5
 */
export function evidenceScore(
  points: readonly PointResult[],
  calibration: Pick<Calibration, 'threshold' | 'weights' | 'explainedBonus'>,
  pointIds?: ReadonlySet<string>,
): number {
  const threshold = calibration.threshold ?? 0;
  const bonus = calibration.explainedBonus ?? 0;
  let score = 0;
  for (const p of points) {
    // A weight for an id the rubric does not have is ignored, never counted.
    if (!p.met || p.confidence < threshold || (pointIds && !pointIds.has(p.id))) continue;
    const w = Math.min(1, Math.max(0, calibration.weights?.[p.id] ?? 1));
    score += w * (1 + (p.explained ? bonus : 0));
  }
  return Math.round(score * 1000) / 1000;
}

/**
 * The mark for a score from an ascending table: the mark of the last row whose `min` the score
 * reaches, 0 below the first row. A score of 0 is always mark 0. Clamped to 0..maxMark.
 * @example markForScore(2, [{ min: 1, mark: 1 }, { min: 1.5, mark: 3 }], 4) // 3
 */
export function markForScore(
  score: number,
  table: ReadonlyArray<{ min: number; mark: number }>,
  maxMark: number,
): number {
  if (score <= 0) return 0;
  let mark = 0;
  for (const row of table) if (score >= row.min) mark = Math.max(mark, row.mark);
  return Math.min(maxMark, Math.max(0, Math.round(mark)));
}

/** The level whose mark range holds `mark`, for levels-of-response rubrics; null otherwise. */
export function levelForMark(rubric: Rubric, mark: number): LevelResult | null {
  if (rubric.scheme.type !== 'levels') return null;
  const level: Level | undefined = rubric.scheme.levels.find((l) => mark >= l.marks[0] && mark <= l.marks[1]);
  return level ? { level: level.level, marks: level.marks, descriptor: level.descriptor } : null;
}

/**
 * The calibrated mark and level for a result the engine produced without calibration, or null
 * when the rubric has no fitted table (the engine's own mark stands).
 * @example calibratedMark(rubric, result)?.mark
 */
export function calibratedMark(
  rubric: Rubric,
  result: MarkResult,
): { mark: number; level: LevelResult | null } | null {
  const c = rubric.calibration;
  if (!c?.marks || c.marks.length === 0) return null;
  const ids = new Set(rubric.points.map((p) => p.id));
  const mark = markForScore(evidenceScore(result.points, c, ids), c.marks, rubric.maxMark);
  return { mark, level: levelForMark(rubric, mark) };
}
