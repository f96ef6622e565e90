/**
 * Applies a rubric's fitted `calibration` block to a mark: the engine's own mark is looked up in a
 * fitted engine-mark -> mark map that moves it toward where the teacher who calibrated puts it.
 * The map only moves marks: it cannot credit a point, an engine mark of 0 (nothing worthy of
 * credit) stays 0, and every mark is clamped to 0..maxMark.
 */
import type { Level, Rubric } from '../rubric/types';
import type { LevelResult, MarkResult } from './types';

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
