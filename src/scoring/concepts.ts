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
  /**
   * Occurrences withheld because the answer denies what the point affirms ("Beria was not
   * arrested"). Only a denial in the student's own words counts: "Malenkov was appointed Premier"
   * is not said to contradict "Stalin never appointed a successor", though it shares a word.
   */
  withheld: Occurrence[];
  explained: boolean;
}

/** Prefers a match with the polarity the concept wants, then confidence, then position. */
function better(a: GroupMatch, b: GroupMatch, wantNegated: boolean): boolean {
  if (a.negated !== b.negated) return a.negated === wantNegated;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.first < b.first;
}

/** The best match in `candidates` inside [from, to] (token positions) or in `sentence` when given. */
function choose(
  candidates: readonly GroupMatch[],
  sentence: number,
  from: number,
  to: number,
  wantNegated: boolean,
): GroupMatch | undefined {
  let best: GroupMatch | undefined;
  for (const m of candidates) {
    const inside = sentence >= 0 ? m.sentence === sentence : m.first >= from && m.first <= to;
    if (inside && (!best || better(m, best, wantNegated))) best = m;
  }
  return best;
}

function occurrence(spec: ConceptSpec, concept: number, matches: GroupMatch[]): Occurrence {
  let negated = false;
  let confidence = 1;
  let sentence = Number.MAX_SAFE_INTEGER;
  for (const m of matches) {
    if (m.negated) negated = true;
    if (m.confidence < confidence) confidence = m.confidence;
    if (m.sentence < sentence) sentence = m.sentence;
  }
  return {
    concept,
    sentence,
    matches,
    confidence,
    passes: negated === (spec.polarity === 'negated'),
    tainted: false,
  };
}

/**
 * A match for every group from `from` on, each the best inside the sentence or the window, after
 * the `chosen` ones; undefined if one is missing.
 */
function chooseAll(
  lists: ReadonlyArray<readonly GroupMatch[]>,
  first: number,
  chosen: GroupMatch[],
  window: { sentence: number; from: number; to: number },
  wantNegated: boolean,
): GroupMatch[] | undefined {
  for (let k = first; k < lists.length; k++) {
    const best = choose(lists[k]!, window.sentence, window.from, window.to, wantNegated);
    if (!best) return undefined;
    chosen.push(best);
  }
  return chosen;
}

function conceptOccurrences(spec: ConceptSpec, concept: number, analysis: Analysis): Occurrence[] {
  const lists: GroupMatch[][] = [];
  for (const g of spec.groups) {
    const list = analysis.groups[g]!;
    if (list.length === 0) return [];
    lists.push(list);
  }
  const wantNegated = spec.polarity === 'negated';
  const found: Occurrence[] = [];
  let lastSentence = -1;
  for (const anchor of lists[0]!) {
    let chosen: GroupMatch[] | undefined;
    if (spec.window === null) {
      // Matches come in text order: each sentence is tried once.
      if (anchor.sentence === lastSentence) continue;
      lastSentence = anchor.sentence;
      chosen = chooseAll(lists, 0, [], { sentence: anchor.sentence, from: 0, to: 0 }, wantNegated);
    } else {
      const window = { sentence: -1, from: anchor.first - spec.window, to: anchor.first + spec.window };
      chosen = chooseAll(lists, 1, [anchor], window, wantNegated);
    }
    if (chosen) found.push(occurrence(spec, concept, chosen));
  }
  return found;
}

/** The most confident first, then the earliest. */
function byConfidence(a: Occurrence, b: Occurrence): number {
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return a.matches[0]!.first - b.matches[0]!.first;
}

/** Best evidence first: an occurrence that can be explained, then the most confident, then the earliest. */
function rank(a: Occurrence, b: Occurrence, explainable: Uint8Array): number {
  const ea = !a.tainted && explainable[a.sentence] === 1 ? 1 : 0;
  const eb = !b.tainted && explainable[b.sentence] === 1 ? 1 : 0;
  return ea !== eb ? eb - ea : byConfidence(a, b);
}

export interface EvaluateOptions {
  /** 1 for each sentence that can carry a causal explanation (used to pick the best evidence). */
  explainable: Uint8Array;
  /** Minimum confidence for an occurrence to count. */
  threshold: number;
  /** Tokens of factual errors ("Beria was arrested in 1955"): what they touch is tainted. */
  blocked?: Uint8Array;
  /** Drop tainted occurrences altogether (key-element marking credits no wrong statement). */
  dropTainted?: boolean;
  /**
   * The answer's negated tokens, given for targets whose phrases carry no negation of their own
   * (misconceptions): a negation inside a matched phrase then denies it.
   */
  denyInside?: Uint8Array;
}

/** The occurrence negates a concept the point affirms: the student's words deny it. */
function denies(target: Target, o: Occurrence): boolean {
  return target.concepts[o.concept]!.polarity !== 'negated';
}

/**
 * True when a negation falls inside a matched phrase after its first word, in the words it lets
 * through between its own: "Malenkov was not the head of the secret police" and "Khrushchev did
 * not become leader immediately" deny the phrases "Malenkov was the head of the secret police"
 * and "Khrushchev became leader". A phrase is otherwise negated only when its first word is.
 */
function deniedInside(o: Occurrence, negated: Uint8Array): boolean {
  for (const m of o.matches) {
    if (m.negated) continue;
    for (let i = m.first + 1; i <= m.last; i++) if (negated[i] === 1) return true;
  }
  return false;
}

/** True when any of the occurrence's matched words is marked in `tokens`. */
function touches(o: Occurrence, tokens: Uint8Array): boolean {
  for (const m of o.matches) for (let i = m.first; i <= m.last; i++) if (tokens[i]) return true;
  return false;
}

/**
 * Evaluates one target; `explained` is decided later, when explanations are shared out.
 * @example evaluateTarget(target, analysis, { explainable: () => false, threshold: 0 }).met
 */
export function evaluateTarget(target: Target, analysis: Analysis, options: EvaluateOptions): TargetOutcome {
  const { blocked, threshold, explainable } = options;
  const all: Occurrence[] = [];
  for (let c = 0; c < target.concepts.length; c++)
    for (const o of conceptOccurrences(target.concepts[c]!, c, analysis)) all.push(o);
  const passing: Occurrence[] = [];
  for (const o of all) {
    if (options.denyInside && o.passes && denies(target, o) && deniedInside(o, options.denyInside))
      o.passes = false;
    if (blocked && touches(o, blocked)) o.tainted = true;
    if (o.passes && o.confidence >= threshold && !(o.tainted && options.dropTainted)) passing.push(o);
  }
  // Whether the target is met depends only on how many concepts pass, not on their order: an
  // unmet target (most of them in most answers) skips ranking its evidence.
  const concepts = new Set<number>();
  for (const o of passing) concepts.add(o.concept);
  if (concepts.size < target.atLeast) {
    const withheld =
      all.length === 0 ? [] : all.filter((o) => !o.passes && denies(target, o)).sort(byConfidence);
    return { target, met: false, confidence: 0, occurrences: [], withheld, explained: false };
  }
  if (passing.length > 1) passing.sort((a, b) => rank(a, b, explainable));
  const bestByConcept = new Map<number, Occurrence>();
  for (const o of passing) if (!bestByConcept.has(o.concept)) bestByConcept.set(o.concept, o);
  const confidences = [...bestByConcept.values()].map((o) => o.confidence).sort((a, b) => b - a);
  return {
    target,
    met: true,
    confidence: confidences[target.atLeast - 1]!,
    occurrences: passing,
    withheld: [],
    explained: false,
  };
}
