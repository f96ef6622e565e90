/**
 * Whether each point (or misconception) is met: its concepts' groups found together inside the
 * window, with the polarity the point expects, k of n concepts where asked.
 */
import { FUNCTION, negationCueBefore, type Token } from '../nlp';
import type { Analysis, GroupMatch } from './analyse';
import type { ConceptSpec, Target } from './compile';
import { sortShort } from './short-sort';

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

/**
 * The best match among `candidates` from index `start` on that starts at or before token `to`.
 * Matches come in text order, so the scan stops at the first past it.
 */
function choose(
  candidates: readonly GroupMatch[],
  start: number,
  to: number,
  wantNegated: boolean,
): GroupMatch | undefined {
  let best: GroupMatch | undefined;
  for (let i = start; i < candidates.length; i++) {
    const m = candidates[i]!;
    if (m.first > to) break;
    if (!best || better(m, best, wantNegated)) best = m;
  }
  return best;
}

/** The index of the first match from `start` on that starts at or after token `from`. */
function firstFrom(list: readonly GroupMatch[], start: number, from: number): number {
  let low = start;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.first < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when the negation over token i is about it: nothing but function words stand between the
 * cue and it ("not Malenkov", "not the Party"), or no cue before it in its clause can be named.
 */
function negationIsAbout(tokens: readonly Token[], i: number): boolean {
  const cue = negationCueBefore(tokens, i);
  if (cue < 0) return true;
  for (let j = cue + 1; j < i; j++) if ((tokens[j]!.flags & FUNCTION) === 0) return false;
  return true;
}

/**
 * Whether the occurrence denies its concept. A negated word denies it, except a name the negation
 * only passes over while the concept's other words stand outside it: "Nobody felt sorry for Beria
 * because everyone hated him" and "Stalin did not trust Zhukov, so he demoted him" still say that
 * Beria was hated and Zhukov demoted. A name the negation is about ("it was not Malenkov who led
 * the secret police", "the government, not the Party, held power") denies it as before.
 */
function isDenied(spec: ConceptSpec, matches: readonly GroupMatch[], tokens: readonly Token[]): boolean {
  let nameNegated = false;
  let otherStands = false;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (!spec.names[k]) {
      if (m.negated) return true;
      otherStands = true;
    } else if (m.negated) {
      if (negationIsAbout(tokens, m.first)) return true;
      nameNegated = true;
    }
  }
  return nameNegated && !otherStands;
}

function occurrence(
  spec: ConceptSpec,
  concept: number,
  matches: GroupMatch[],
  tokens: readonly Token[],
): Occurrence {
  let confidence = 1;
  let sentence = Number.MAX_SAFE_INTEGER;
  for (const m of matches) {
    if (m.confidence < confidence) confidence = m.confidence;
    if (m.sentence < sentence) sentence = m.sentence;
  }
  return {
    concept,
    sentence,
    matches,
    confidence,
    passes: isDenied(spec, matches, tokens) === (spec.polarity === 'negated'),
    tainted: false,
  };
}

/**
 * Completes `chosen` with a match for each group after it, the best that starts in tokens
 * from..to; undefined if one is missing. Ranges only move forward through the text, so each
 * group's search starts where its last one did (`starts`).
 */
function chooseAll(
  lists: ReadonlyArray<readonly GroupMatch[]>,
  starts: number[],
  chosen: GroupMatch[],
  from: number,
  to: number,
  wantNegated: boolean,
): GroupMatch[] | undefined {
  for (let k = chosen.length; k < lists.length; k++) {
    const list = lists[k]!;
    const start = firstFrom(list, starts[k]!, from);
    starts[k] = start;
    const best = choose(list, start, to, wantNegated);
    if (!best) return undefined;
    chosen.push(best);
  }
  return chosen;
}

/** The list with the fewest matches. */
function shortest(lists: ReadonlyArray<readonly GroupMatch[]>): readonly GroupMatch[] {
  let out = lists[0]!;
  for (const list of lists) if (list.length < out.length) out = list;
  return out;
}

/** Adds the concept's occurrences to `out`, in text order. */
function conceptOccurrences(spec: ConceptSpec, concept: number, analysis: Analysis, out: Occurrence[]): void {
  // Most concepts miss a group in most answers: find that out before allocating anything.
  for (const g of spec.groups) if (analysis.groups[g]!.length === 0) return;
  const lists: GroupMatch[][] = spec.groups.map((g) => analysis.groups[g]!);
  const starts: number[] = new Array<number>(lists.length).fill(0);
  const wantNegated = spec.polarity === 'negated';
  const { window } = spec;
  if (window !== null) {
    // Each match of the first group anchors a window for the others.
    for (const anchor of lists[0]!) {
      const chosen = chooseAll(
        lists,
        starts,
        [anchor],
        anchor.first - window,
        anchor.first + window,
        wantNegated,
      );
      if (chosen) out.push(occurrence(spec, concept, chosen, analysis.text.tokens));
    }
    return;
  }
  // Every group chooses its best match in each sentence where all of them have one. Those are
  // found from the group with the fewest matches, each sentence once; a match lies in a sentence
  // exactly when its first token does.
  const { sentences } = analysis.text;
  let lastSentence = -1;
  for (const anchor of shortest(lists)) {
    if (anchor.sentence === lastSentence) continue;
    lastSentence = anchor.sentence;
    const { firstToken, endToken } = sentences[anchor.sentence]!;
    const chosen = chooseAll(lists, starts, [], firstToken, endToken - 1, wantNegated);
    if (chosen) out.push(occurrence(spec, concept, chosen, analysis.text.tokens));
  }
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
  /** Only the student's own words count: a pronoun read as a name (see pronouns.ts) does not. */
  literalOnly?: boolean;
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

/** The confidence of each concept's best occurrence (the first of `ranked` for it), highest first. */
function bestConfidences(ranked: readonly Occurrence[]): number[] {
  const seen: boolean[] = [];
  const out: number[] = [];
  for (const o of ranked) {
    if (seen[o.concept]) continue;
    seen[o.concept] = true;
    out.push(o.confidence);
  }
  return sortShort(out, (a, b) => b - a);
}

/**
 * Evaluates one target; `explained` is decided later, when explanations are shared out.
 * @example evaluateTarget(target, analysis, { explainable: () => false, threshold: 0 }).met
 */
export function evaluateTarget(target: Target, analysis: Analysis, options: EvaluateOptions): TargetOutcome {
  const { blocked, threshold, explainable, denyInside } = options;
  let all: Occurrence[] = [];
  for (let c = 0; c < target.concepts.length; c++) conceptOccurrences(target.concepts[c]!, c, analysis, all);
  if (options.literalOnly && all.length > 0) all = all.filter((o) => !o.matches.some((m) => m.inferred));
  const passing: Occurrence[] = [];
  // `all` holds each concept's occurrences together, so each change of concept among the passing
  // ones is one more concept that passes.
  let concepts = 0;
  for (const o of all) {
    if (denyInside && o.passes && denies(target, o) && deniedInside(o, denyInside)) o.passes = false;
    if (blocked && touches(o, blocked)) o.tainted = true;
    if (!(o.passes && o.confidence >= threshold && !(o.tainted && options.dropTainted))) continue;
    if (passing.length === 0 || passing[passing.length - 1]!.concept !== o.concept) concepts++;
    passing.push(o);
  }
  // Whether the target is met depends only on how many concepts pass, not on their order: an
  // unmet target (most of them in most answers) skips ranking its evidence.
  if (concepts < target.atLeast) {
    const withheld =
      all.length === 0 ? [] : all.filter((o) => !o.passes && denies(target, o)).sort(byConfidence);
    return { target, met: false, confidence: 0, occurrences: [], withheld, explained: false };
  }
  sortShort(passing, (a, b) => rank(a, b, explainable));
  return {
    target,
    met: true,
    confidence: bestConfidences(passing)[target.atLeast - 1]!,
    occurrences: passing,
    withheld: [],
    explained: false,
  };
}
