/**
 * From counted evidence to a mark. Levels of response: the best-fit level is the highest whose
 * gates are met, then the mark sits within the level by how far the answer has moved toward the
 * next level (or beyond the top level's gates). Points: summed with group caps, or a table.
 */
import type { Level, LevelGates, LevelsScheme, PointsScheme } from '../rubric/types';
import type { Target } from './compile';

export const GATES = ['points', 'explained', 'beyondStimulus', 'links'] as const;
export type GateName = (typeof GATES)[number];
export type Counts = Record<GateName, number>;

export function gate(requires: LevelGates | undefined, name: GateName): number {
  return requires?.[name] ?? 0;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** Whether the counts fall short of one gate of `level` (a level always needs one point). */
function fails(level: Level, counts: Counts, name: GateName): boolean {
  const needed = name === 'points' ? Math.max(1, gate(level.requires, name)) : gate(level.requires, name);
  return counts[name] < needed;
}

/**
 * The gates of `level` the counts do not yet meet. Points made only through misspelt terms count
 * a little under one (see mark.ts), so a gate needing exactly that many points is not met by
 * them: the knowledge is there but not precise.
 */
export function failedGates(level: Level, counts: Counts): GateName[] {
  return GATES.filter((name) => fails(level, counts, name));
}

/** True when the counts meet every gate of `level` (failedGates is empty), without building the list. */
function meetsGates(level: Level, counts: Counts): boolean {
  for (const name of GATES) if (fails(level, counts, name)) return false;
  return true;
}

function security(current: Level, next: Level | undefined, counts: Counts): number {
  // Breadth: points beyond what this level asks for show a more secure answer.
  const breadth = clamp01((counts.points - Math.max(1, gate(current.requires, 'points'))) / 3);
  let sum = 0;
  let steps = 0;
  for (const name of GATES) {
    const base = gate(current.requires, name);
    if (!next) {
      sum += clamp01((counts[name] - base) / (name === 'links' ? 1 : 2));
      steps++;
    } else if (gate(next.requires, name) > base) {
      sum += clamp01((counts[name] - base) / (gate(next.requires, name) - base));
      steps++;
    }
  }
  if (!next) return sum / steps;
  const progress = steps > 0 ? sum / steps : 0.5;
  // Progress and breadth weigh alike, so wide accurate knowledge alone can reach the middle of a
  // level and, on a level of two marks such as 1-2, its top: the next level asks for explanation,
  // which an answer at this level has none of.
  return 0.5 * progress + 0.5 * breadth;
}

// Each scheme's levels in order, sorted once: a scheme is only read once compiled.
const SORTED = new WeakMap<LevelsScheme, Level[]>();

function sortedLevels(scheme: LevelsScheme): Level[] {
  let levels = SORTED.get(scheme);
  if (!levels) {
    levels = [...scheme.levels].sort((a, b) => a.level - b.level);
    SORTED.set(scheme, levels);
  }
  return levels;
}

/** How far each factual error lowers an answer's place within its level, up to half the level. */
const MISCONCEPTION_PENALTY = 0.25;

/**
 * The placement penalty for `errors` factual errors (0..0.5).
 * @example misconceptionPenalty(1) // 0.25
 */
export function misconceptionPenalty(errors: number): number {
  return Math.min(0.5, errors * MISCONCEPTION_PENALTY);
}

export interface LevelPlacement {
  level: Level | null;
  next: Level | null;
  mark: number;
}

/**
 * Best-fit level and the mark within it. `penalty` (0..1) lowers the placement for factual errors;
 * `shift` (a calibration's `withinLevelShift`, -1..1) then moves it up or down within the level,
 * never out of it: the gates alone decide the level.
 * @example placeInLevels(scheme, { points: 3, explained: 2, beyondStimulus: 1, links: 0 }, 0)
 */
export function placeInLevels(
  scheme: LevelsScheme,
  counts: Counts,
  penalty: number,
  shift = 0,
): LevelPlacement {
  const levels = sortedLevels(scheme);
  let index = -1;
  for (let i = 0; i < levels.length; i++) if (meetsGates(levels[i]!, counts)) index = i;
  const level = levels[index] ?? null;
  const next = levels[index + 1] ?? null;
  if (!level) return { level: null, next, mark: 0 };
  const [low, high] = level.marks;
  const s = clamp01(clamp01(security(level, next ?? undefined, counts) - penalty) + shift);
  return { level, next, mark: Math.min(high, Math.max(low, low + Math.round((high - low) * s))) };
}

/**
 * The mark of a point-marked question from the met points.
 * @example pointsMark(scheme, metTargets, 3)
 */
export function pointsMark(
  scheme: PointsScheme,
  met: readonly Target[],
  weights: (id: string) => number,
  maxMark: number,
): number {
  if (scheme.table && scheme.table.length > 0) {
    const count = met.reduce((sum, t) => sum + weights(t.id), 0);
    let mark = 0;
    for (const row of scheme.table) if (count >= row.min && row.mark > mark) mark = row.mark;
    return Math.min(maxMark, mark);
  }
  const caps = new Map((scheme.groups ?? []).map((g) => [g.id, g.cap]));
  const byGroup = new Map<string, number>();
  let total = 0;
  for (const target of met) {
    const marks = target.marks * weights(target.id);
    if (target.group === undefined) total += marks;
    else byGroup.set(target.group, (byGroup.get(target.group) ?? 0) + marks);
  }
  for (const [group, marks] of byGroup) total += Math.min(caps.get(group) ?? marks, marks);
  return Math.min(maxMark, Math.max(0, Math.round(total)));
}
