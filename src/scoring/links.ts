/**
 * Links between factors and judgements: a causal sentence that ties two different met points
 * together, or a judgement phrase ("the most important", "overall") in a sentence that makes a
 * point. Each pair of points counts once and judgements once, so repetition earns nothing more.
 * A point stated in the question's own focus words ("so they competed") is the question, not a
 * second factor, so it never makes a link.
 */
import type { Analysis } from './analyse';
import { touches, type TargetOutcome } from './concepts';

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
  const focus = new Uint8Array(analysis.text.tokens.length);
  for (const m of focusGroup === null ? [] : analysis.groups[focusGroup]!) focus.fill(1, m.first, m.last + 1);
  const bySentence = new Map<number, Set<string>>();
  for (const p of points) {
    if (!p.met) continue;
    for (const o of p.occurrences) {
      if (o.tainted || touches(o, focus)) continue;
      const ids = bySentence.get(o.sentence) ?? new Set<string>();
      ids.add(p.target.id);
      bySentence.set(o.sentence, ids);
    }
  }
  const pairs = new Set<string>();
  let judgement = false;
  for (const [sentence, ids] of bySentence) {
    const signals = analysis.signals[sentence]!;
    if (signals.judgement) judgement = true;
    if (signals.connectives === 0 || ids.size < 2) continue;
    const sorted = [...ids].sort();
    for (let a = 0; a < sorted.length; a++)
      for (let b = a + 1; b < sorted.length; b++) pairs.add(`${sorted[a]} ${sorted[b]}`);
  }
  return Math.min(MAX_LINKS, pairs.size + (judgement ? 1 : 0));
}
