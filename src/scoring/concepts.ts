/**
 * Whether each point (or misconception) is met: its concepts' groups found together inside the
 * window, with the polarity the point expects, k of n concepts where asked.
 */
import type { Analysis, GroupMatch } from './analyse';
import type { ConceptSpec, Target } from './compile';

/** One place a concept is found: a chosen match for each of its groups. */
export interface Occurrence {
  concept: number;
  sentence: number;
  matches: GroupMatch[];
  confidence: number;
  /** True when the occurrence says what the concept expects (affirms it, or negates a negated one). */
  passes: boolean;
  /** Shares words with a factual error: still credited as knowledge, never as explanation or a link. */
  tainted: boolean;
}

export interface TargetOutcome {
  target: Target;
  met: boolean;
  confidence: number;
  /** Passing occurrences, best first (explained, then most confident, then earliest). */
  occurrences: Occurrence[];
  /** Occurrences withheld because the answer says the opposite ("Beria was not arrested"). */
  withheld: Occurrence[];
  explained: boolean;
}

/** Prefers a match with the polarity the concept wants, then confidence, then position. */
function better(a: GroupMatch, b: GroupMatch, wantNegated: boolean): boolean {
  if (a.negated !== b.negated) return a.negated === wantNegated;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.first < b.first;
}

function choose(
  candidates: readonly GroupMatch[],
  accept: (m: GroupMatch) => boolean,
  wantNegated: boolean,
): GroupMatch | undefined {
  let best: GroupMatch | undefined;
  for (const m of candidates) if (accept(m) && (!best || better(m, best, wantNegated))) best = m;
  return best;
}

function occurrence(spec: ConceptSpec, concept: number, matches: GroupMatch[]): Occurrence {
  const negated = matches.some((m) => m.negated);
  const confidence = Math.min(...matches.map((m) => m.confidence));
  const sentence = Math.min(...matches.map((m) => m.sentence));
  return {
    concept,
    sentence,
    matches,
    confidence,
    passes: negated === (spec.polarity === 'negated'),
    tainted: false,
  };
}

function conceptOccurrences(spec: ConceptSpec, concept: number, analysis: Analysis): Occurrence[] {
  const lists = spec.groups.map((g) => analysis.groups[g]!);
  if (lists.some((l) => l.length === 0)) return [];
  const wantNegated = spec.polarity === 'negated';
  const found: Occurrence[] = [];
  if (spec.window === null) {
    const sentences = new Set(lists[0]!.map((m) => m.sentence));
    for (const sentence of sentences) {
      const chosen = lists.map((l) => choose(l, (m) => m.sentence === sentence, wantNegated));
      if (chosen.every((m) => m !== undefined)) found.push(occurrence(spec, concept, chosen as GroupMatch[]));
    }
    return found;
  }
  const window = spec.window;
  for (const anchor of lists[0]!) {
    const near = (m: GroupMatch): boolean => Math.abs(m.first - anchor.first) <= window;
    const chosen = [anchor, ...lists.slice(1).map((l) => choose(l, near, wantNegated))];
    if (chosen.every((m) => m !== undefined)) found.push(occurrence(spec, concept, chosen as GroupMatch[]));
  }
  return found;
}

function rank(a: Occurrence, b: Occurrence, explained: (o: Occurrence) => boolean): number {
  const ea = explained(a) ? 1 : 0;
  const eb = explained(b) ? 1 : 0;
  if (ea !== eb) return eb - ea;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return a.matches[0]!.first - b.matches[0]!.first;
}

export interface EvaluateOptions {
  /** Whether a sentence can carry a causal explanation (used to pick the best evidence). */
  explainable: (sentence: number) => boolean;
  /** Minimum confidence for an occurrence to count. */
  threshold: number;
  /** Tokens of factual errors ("Beria was arrested in 1955"): what they touch is tainted. */
  blocked?: Uint8Array;
}

/** True when any of the occurrence's matched words is marked in `tokens`. */
export function touches(o: Occurrence, tokens: Uint8Array): boolean {
  for (const m of o.matches) for (let i = m.first; i <= m.last; i++) if (tokens[i]) return true;
  return false;
}

/**
 * Evaluates one target; `explained` is decided later, when explanations are shared out.
 * @example evaluateTarget(target, analysis, { explainable: () => false, threshold: 0 }).met
 */
export function evaluateTarget(target: Target, analysis: Analysis, options: EvaluateOptions): TargetOutcome {
  const { blocked, threshold } = options;
  const all = target.concepts.flatMap((spec, c) => conceptOccurrences(spec, c, analysis));
  if (blocked) for (const o of all) o.tainted = touches(o, blocked);
  const isExplained = (o: Occurrence): boolean => !o.tainted && options.explainable(o.sentence);
  const passing = all
    .filter((o) => o.passes && o.confidence >= threshold)
    .sort((a, b) => rank(a, b, isExplained));
  const bestByConcept = new Map<number, Occurrence>();
  for (const o of passing) if (!bestByConcept.has(o.concept)) bestByConcept.set(o.concept, o);
  const confidences = [...bestByConcept.values()].map((o) => o.confidence).sort((a, b) => b - a);
  const met = bestByConcept.size >= target.atLeast;
  const withheld = met ? [] : all.filter((o) => !o.passes).sort((a, b) => rank(a, b, () => false));
  return {
    target,
    met,
    confidence: met ? confidences[target.atLeast - 1]! : 0,
    occurrences: met ? passing : [],
    withheld,
    explained: false,
  };
}
