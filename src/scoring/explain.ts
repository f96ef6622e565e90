/**
 * Sharing out explanations. A point is explained when a causal connective in its sentence (or in
 * the next sentence, when that one begins "This meant ..." or "As a result ...") ties it to a
 * consequence. Each connective explains one point: "He was a peasant so party members liked him
 * more than Molotov and Beria" explains one thing, however many points it names.
 */
import type { SentenceSignals } from '../nlp';
import type { TargetOutcome } from './concepts';
import { sortShort } from './short-sort';

/** Adds to `slots`, once each, the sentences whose connectives could explain a point made in sentence s. */
function addExplainingSentences(signals: readonly SentenceSignals[], s: number, slots: number[]): void {
  if (signals[s]!.connectives > 0 && !slots.includes(s)) slots.push(s);
  const next = signals[s + 1];
  if (next && next.refersBack && next.connectives > 0 && !slots.includes(s + 1)) slots.push(s + 1);
}

/**
 * 1 for each sentence where a point could be explained (see addExplainingSentences), without
 * listing the sentences that would explain it.
 * @example explainableSentences(analysis.signals)[0] // 1 when sentence 0 can be explained
 */
export function explainableSentences(signals: readonly SentenceSignals[]): Uint8Array {
  const out = new Uint8Array(signals.length);
  for (let s = 0; s < signals.length; s++) {
    const next = signals[s + 1];
    if (signals[s]!.connectives > 0 || (next && next.refersBack && next.connectives > 0)) out[s] = 1;
  }
  return out;
}

/**
 * Marks met points as explained, using each connective once. Points with fewer ways to be
 * explained choose first, so the assignment credits as many points as the connectives allow;
 * among equals the most securely made point (not a misspelt one) takes the connective.
 * @example assignExplanations(points, analysis.signals)
 */
export function assignExplanations(points: TargetOutcome[], signals: readonly SentenceSignals[]): void {
  const capacity = signals.map((s) => s.connectives);
  const candidates: Array<{ outcome: TargetOutcome; order: number; slots: number[] }> = [];
  points.forEach((outcome, order) => {
    if (!outcome.met) return;
    // A point's occurrences fall in a handful of sentences: a list is cheaper here than a Set.
    const slots: number[] = [];
    for (const o of outcome.occurrences) if (!o.tainted) addExplainingSentences(signals, o.sentence, slots);
    if (slots.length > 0) candidates.push({ outcome, order, slots: sortShort(slots, (a, b) => a - b) });
  });
  sortShort(
    candidates,
    (a, b) =>
      a.slots.length - b.slots.length || b.outcome.confidence - a.outcome.confidence || a.order - b.order,
  );
  for (const { outcome, slots } of candidates) {
    const slot = slots.find((s) => capacity[s]! > 0);
    if (slot === undefined) continue;
    capacity[slot] = capacity[slot]! - 1;
    outcome.explained = true;
  }
}
