/**
 * The first step of calibration on a levels-of-response rubric: where within the level the
 * teacher puts an answer, as one shift of its place in the level (0 at the level's lowest mark, 1
 * at its highest). A teacher who marks the answers of each level a notch lower than the rubric's
 * scheme (or higher) shows it here, at every level alike, whatever the marks' spread: the gates
 * still decide the level, and the engine's finer place within it (how far toward the next level)
 * is kept, so the shift needs no more than a few dozen answers to fit.
 */
import type { Rubric } from '../rubric/types';
import { shiftedWithinLevel } from '../scoring/calibration';
import type { MarkResult } from '../scoring/types';

/** Shifts tried, in steps of a twentieth of a level: finer steps only fit the noise of a few answers. */
const SHIFTS = Array.from({ length: 7 }, (_, i) => (i - 3) / 20);

export interface ShiftExample {
  result: MarkResult;
  teacher: number;
}

/**
 * The shift that gives the teacher's mark to the most answers; at a tie, the one nearest the
 * teacher's marks in squared marks, then the smallest. 0 on a point-marked rubric.
 * @example fitWithinLevelShift(rubric, examples) // -0.15: each answer placed a notch lower
 */
export function fitWithinLevelShift(rubric: Rubric, examples: readonly ShiftExample[]): number {
  if (rubric.scheme.type !== 'levels') return 0;
  let best = { shift: 0, exact: -1, sse: Infinity };
  for (const shift of SHIFTS) {
    let exact = 0;
    let sse = 0;
    for (const e of examples) {
      const d = shiftedWithinLevel(rubric, e.result, shift) - e.teacher;
      if (d === 0) exact += 1;
      sse += d * d;
    }
    const better =
      exact > best.exact ||
      (exact === best.exact &&
        (sse < best.sse || (sse === best.sse && Math.abs(shift) < Math.abs(best.shift))));
    if (better) best = { shift, exact, sse };
  }
  return best.shift;
}
