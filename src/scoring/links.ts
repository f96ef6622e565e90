/**
 * Links between factors and judgements: a causal sentence that ties two different met points
 * together, or a judgement phrase ("the most important", "overall") in a sentence that makes a
 * point. Each pair of points counts once and judgements once, so repetition earns nothing more.
 * A point stated in the question's own focus words ("so they competed") is the question, not a
 * second factor, so it never makes a causal link; it may still carry a judgement.
 */
import type { Analysis, GroupMatch } from './analyse';
import type { Occurrence, TargetOutcome } from './concepts';

export const MAX_LINKS = 3;

/**
 * Counts links and judgement for the met points.
 * @example countLinks(points, analysis) // 2
 */
export function countLinks(
  points: readonly TargetOutcome[],
  analysis: Analysis,
  focusGroup: number | null,
): number {
  const focus = focusGroup === null ? [] : analysis.groups[focusGroup]!;
  // Each sentence's met points, by their index among the points (a sentence holds only a few).
  const bySentence = new Map<number, number[]>();
  // A judgement may weigh the question's own factor ("public opinion was only one factor; the main
  // reason was the plot"): it counts in any sentence that makes a point.
  let judgement = false;
  for (let index = 0; index < points.length; index++) {
    const p = points[index]!;
    if (!p.met) continue;
    for (const o of p.occurrences) {
      if (o.tainted) continue;
      if (analysis.signals[o.sentence]!.judgement) judgement = true;
      if (overlaps(o, focus)) continue;
      const indexes = bySentence.get(o.sentence);
      if (!indexes) bySentence.set(o.sentence, [index]);
      else if (!indexes.includes(index)) indexes.push(index);
    }
  }
  const pairs = new Set<number>();
  for (const [sentence, indexes] of bySentence) {
    const signals = analysis.signals[sentence]!;
    if (signals.connectives === 0 || indexes.length < 2) continue;
    // Each connective ties one pair: "X and Y and Z, so W" makes one link, not all three pairs.
    let ties = signals.connectives;
    for (let a = 0; a < indexes.length && ties > 0; a++)
      for (let b = a + 1; b < indexes.length && ties > 0; b++) {
        const [x, y] = [indexes[a]!, indexes[b]!];
        const pair = Math.min(x, y) * points.length + Math.max(x, y);
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        ties--;
      }
  }
  return Math.min(MAX_LINKS, pairs.size + (judgement ? 1 : 0));
}

/**
 * True when any word of the occurrence lies inside one of the matches. They come in text order,
 * so the scan for each word range stops at the first match that starts after it.
 */
function overlaps(o: Occurrence, matches: readonly GroupMatch[]): boolean {
  if (matches.length === 0) return false;
  for (const m of o.matches) {
    for (const f of matches) {
      if (f.first > m.last) break;
      if (m.first <= f.last) return true;
    }
  }
  return false;
}
