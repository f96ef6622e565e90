/**
 * The fitting step of calibration: how far, on average, the teacher's mark lies from the engine's
 * for each engine mark, estimated with shrinkage so a handful of answers moves it little.
 *
 * The shift is hierarchical: one global shift, a shift per level (drawn toward the global one) and
 * a shift per engine mark (drawn toward its level's). Each estimate is a mean of residuals with
 * `strength` pseudo-answers at its parent's value, so a group of n answers moves n / (n + strength)
 * of the way from its parent toward its own mean. The shifted marks are made non-decreasing (a
 * higher engine mark never ends lower), optionally kept inside the engine's level, rounded and
 * clamped to 0..maxMark. An engine mark of 0 (nothing found) always stays 0.
 */
import type { Rubric } from '../rubric/types';

/** One marked answer reduced to what the shift needs: the engine's mark and the teacher's. */
export interface MarkPairInput {
  engine: number;
  teacher: number;
}

export interface ShiftSettings {
  /** Pseudo-answers at the parent's shift added to every group (larger: moves less). */
  strength: number;
  /** How far down the hierarchy shifts are fitted: one global shift, per level, or per engine mark. */
  depth: 'global' | 'level' | 'mark';
  /** Keep each calibrated mark within the mark range of the engine's level. */
  withinLevel: boolean;
}

/** The mark range [low, high] of the level holding `mark`, or the whole scale for point-marked items. */
export function levelRange(rubric: Rubric, mark: number): [number, number] {
  if (rubric.scheme.type !== 'levels') return [0, rubric.maxMark];
  const level = rubric.scheme.levels.find((l) => mark >= l.marks[0] && mark <= l.marks[1]);
  return level ? [level.marks[0], level.marks[1]] : [mark, mark];
}

function shrunk(residuals: readonly number[], parent: number, strength: number): number {
  let sum = 0;
  for (const r of residuals) sum += r - parent;
  return parent + sum / (residuals.length + strength);
}

/** Pool adjacent violators: the weighted least-squares non-decreasing sequence nearest `values`. */
function nonDecreasing(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: Array<{ sum: number; weight: number; size: number }> = [];
  values.forEach((v, i) => {
    blocks.push({ sum: v * weights[i]!, weight: weights[i]!, size: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.weight <= b.sum / b.weight) break;
      blocks.splice(blocks.length - 2, 2, {
        sum: a.sum + b.sum,
        weight: a.weight + b.weight,
        size: a.size + b.size,
      });
    }
  });
  return blocks.flatMap((b) => new Array<number>(b.size).fill(b.sum / b.weight));
}

/**
 * The calibrated mark for every engine mark 0..maxMark, fitted on `pairs` only.
 * @example fitMarkMap(rubric, pairs, { strength: 4, depth: 'mark', withinLevel: false }) // [0, 2, 3, ...]
 */
export function fitMarkMap(
  rubric: Rubric,
  pairs: readonly MarkPairInput[],
  settings: ShiftSettings,
): number[] {
  const { maxMark } = rubric;
  // Answers the engine gave 0 say nothing about the shift: 0 stays 0 whatever the teacher gave.
  const credited = pairs.filter((p) => p.engine > 0 && p.engine <= maxMark);
  const residual = (p: MarkPairInput) => p.teacher - p.engine;
  const global = shrunk(credited.map(residual), 0, settings.strength);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let m = 1; m <= maxMark; m++) {
    const [low, high] = levelRange(rubric, m);
    let shift = global;
    if (settings.depth !== 'global') {
      const inLevel = credited.filter((p) => p.engine >= low && p.engine <= high);
      shift = shrunk(inLevel.map(residual), shift, settings.strength);
    }
    const atMark = credited.filter((p) => p.engine === m);
    if (settings.depth === 'mark') shift = shrunk(atMark.map(residual), shift, settings.strength);
    targets.push(m + shift);
    weights.push(atMark.length + 1);
  }
  const map = [0];
  nonDecreasing(targets, weights).forEach((t, i) => {
    const m = i + 1;
    const [low, high] = settings.withinLevel ? levelRange(rubric, m) : [0, maxMark];
    // The shift is rounded half away from zero, so a teacher a half mark harsher and one a half
    // mark more generous are treated alike. Rounding and clamping to non-decreasing level ranges
    // could still break the order the pooling made at a tie, hence the running maximum.
    const shift = t - m;
    const moved = m + Math.sign(shift) * Math.round(Math.abs(shift));
    map.push(Math.max(map[m - 1]!, Math.min(high, Math.max(low, moved))));
  });
  return map;
}
