/**
 * Applies a rubric's fitted `calibration` block to a mark. Two steps, both fitted toward where the
 * teacher who calibrated puts the mark: `withinLevelShift` moves the answer's place within the
 * level the gates chose (mark() applies it while placing, see scheme.ts), then the engine mark is
 * looked up in the `markMap`. Neither can credit a point, an engine mark of 0 (nothing worthy of
 * credit) stays 0, and every mark is clamped to 0..maxMark.
 */
import type { Level, Rubric } from '../rubric/types';
import { misconceptionPenalty, placeInLevels } from './scheme';
import type { LevelResult, MarkResult } from './types';

/**
 * The mark an uncalibrated result would get with `withinLevelShift: shift`, read again from its
 * signals (the counts the gates saw, as mark() placed it). Point-marked results and answers in no
 * level keep their mark: the shift only moves a mark within the level the gates chose.
 * @example shiftedWithinLevel(rubric, result, 0) === result.mark // true for an uncalibrated result
 */
export function shiftedWithinLevel(rubric: Rubric, result: MarkResult, shift: number): number {
  if (rubric.scheme.type !== 'levels' || !result.level || result.level.level === 0) return result.mark;
  const { points, explained, beyondStimulus, links } = result.signals;
  const penalty = misconceptionPenalty(result.misconceptions.length);
  return placeInLevels(rubric.scheme, { points, explained, beyondStimulus, links }, penalty, shift).mark;
}

/**
 * The calibrated mark for an engine mark. A mark the map does not cover, and mark 0, are kept.
 * @example applyMarkMap([0, 2, 3], 1, 4) // 2
 */
export function applyMarkMap(map: readonly number[], mark: number, maxMark: number): number {
  if (mark <= 0) return 0;
  const mapped = map[mark] ?? mark;
  return Math.min(maxMark, Math.max(0, Math.round(mapped)));
}

/** The level whose mark range holds `mark`, for levels-of-response rubrics; null otherwise. */
export function levelForMark(rubric: Rubric, mark: number): LevelResult | null {
  if (rubric.scheme.type !== 'levels') return null;
  const level: Level | undefined = rubric.scheme.levels.find((l) => mark >= l.marks[0] && mark <= l.marks[1]);
  return level ? { level: level.level, marks: level.marks, descriptor: level.descriptor } : null;
}

/**
 * The calibrated mark and level for a result the engine produced, or null when the rubric has no
 * fitted map (the engine's own mark stands).
 * @example calibratedMark(rubric, result)?.mark
 */
export function calibratedMark(
  rubric: Rubric,
  result: MarkResult,
): { mark: number; level: LevelResult | null } | null {
  const map = rubric.calibration?.markMap;
  if (!map || map.length === 0) return null;
  const mark = applyMarkMap(map, result.mark, rubric.maxMark);
  return { mark, level: levelForMark(rubric, mark) };
}
