/**
 * Rubric phrases in a trie of word ids, so an answer's token only ever looks at the phrases that
 * can continue from it: each step reads the hits of the next few tokens and follows the matching
 * branches, instead of trying every phrase that starts with a common word ("in", "the").
 */
import { ANY_CUE as ANY_CUE_BITS, type Token } from '../nlp';
import type { Hit } from './vocabulary';

export interface PatternEnd {
  group: number;
  confidence: number;
}

export interface PatternNode {
  ends: PatternEnd[];
  next: Map<number, PatternNode>;
  /** Bit (id & 31) set for each word in `next`: most tokens are ruled out without a map lookup. */
  mask: number;
}

/** One place where one group's alternative occurs. Token indexes are inclusive. */
export interface GroupMatch {
  first: number;
  last: number;
  confidence: number;
  sentence: number;
  negated: boolean;
  /** A pronoun read as the name the sentence before gives (see pronouns.ts), not the student's own word. */
  inferred: boolean;
}

// Read into a module constant once: a transpiled import is a getter, too slow per step.
const ANY_CUE = ANY_CUE_BITS;

// Words allowed between the words of a phrase: "arrested and then shot" still matches "arrested shot".
export const MAX_GAP = 2;

export function createNode(): PatternNode {
  return { ends: [], next: new Map(), mask: 0 };
}

/** Adds a phrase (word ids in order) ending in `group`. */
export function addPattern(root: Map<number, PatternNode>, words: readonly number[], end: PatternEnd): void {
  let node: PatternNode = root.get(words[0]!) ?? createNode();
  root.set(words[0]!, node);
  for (let k = 1; k < words.length; k++) {
    const child: PatternNode = node.next.get(words[k]!) ?? createNode();
    node.next.set(words[k]!, child);
    node.mask |= 1 << (words[k]! & 31);
    node = child;
  }
  if (!node.ends.some((e) => e.group === end.group && e.confidence >= end.confidence)) node.ends.push(end);
}

export interface WalkInput {
  tokens: readonly Token[];
  hits: ReadonlyArray<readonly Hit[] | undefined>;
  /** Word id of "not": the n't of "couldn't" stands for it inside a phrase. */
  notWord: number;
  /** Matches by group id, in order of their first token; the walk adds to them. */
  groups: GroupMatch[][];
  /** 1 for each token a negation covers (see negatedTokens). */
  scope: Uint8Array;
  /** The token the walk started from, and whether a negation covers the phrase so far. */
  first: number;
  negated: boolean;
  /** The token whose n't the phrase has just read as its own "not" ("couldn't stop" as "could not stop"), or -1. */
  notAt: number;
}

/** The list every group starts with: never added to (addMatch gives the group its own list). */
export const NO_MATCHES: GroupMatch[] = Object.freeze([]) as unknown as GroupMatch[];

function addMatch(groups: GroupMatch[][], group: number, match: GroupMatch): void {
  const list = groups[group]!;
  if (list === NO_MATCHES) {
    groups[group] = [match];
    return;
  }
  // Matches arrive in order of their first token, so a duplicate can only be among the last few.
  for (let k = list.length - 1; k >= 0 && list[k]!.first === match.first; k--) {
    const same = list[k]!;
    if (same.last !== match.last) continue;
    if (same.confidence < match.confidence) same.confidence = match.confidence;
    return;
  }
  list.push(match);
}

/**
 * Follows the trie from `node`, whose last word matched token `pos`, adding every phrase end to
 * its group. A phrase is negated when its first word is: "no clear successor" carries its own cue.
 * So is one read on past a negation that is not one of its own words, where that negation's scope
 * reaches the next word: "couldn't say" is no "could say", "Malenkov was not removed" no "Malenkov
 * was removed" (a counterfactual that cancels the negation leaves the phrase affirmed).
 * @example walk(root.get(firstHit.word)!, i, firstHit.confidence, input)
 */
export function walk(node: PatternNode, pos: number, confidence: number, input: WalkInput): void {
  const { tokens, hits } = input;
  for (const end of node.ends)
    addMatch(input.groups, end.group, {
      first: input.first,
      last: pos,
      confidence: Math.min(confidence, end.confidence),
      sentence: tokens[input.first]!.sentence,
      negated: input.negated,
      inferred: false,
    });
  const mask = node.mask;
  if (mask === 0) return;
  const notNode = tokens[pos]!.negated ? node.next.get(input.notWord) : undefined;
  if (notNode) {
    input.notAt = pos;
    walk(notNode, pos, confidence, input);
    input.notAt = -1;
  }
  const sentence = tokens[pos]!.sentence;
  // A negation passed over so far: this word's n't (not read as the phrase's "not"), or a cue
  // among the words the phrase skips.
  let cuePassed = tokens[pos]!.negated && input.notAt !== pos;
  const limit = Math.min(tokens.length, pos + 2 + MAX_GAP);
  for (let p = pos + 1; p < limit && tokens[p]!.sentence === sentence; p++) {
    if (p > pos + 1 && (tokens[p - 1]!.flags & ANY_CUE) !== 0) cuePassed = true;
    const tokenHits = hits[p];
    if (tokenHits === undefined) continue;
    for (let h = 0; h < tokenHits.length; h++) {
      const hit = tokenHits[h]!;
      if (((mask >>> (hit.word & 31)) & 1) === 0) continue;
      const child = node.next.get(hit.word);
      if (!child) continue;
      if (cuePassed && !input.negated && input.scope[p] === 1) {
        input.negated = true;
        walk(child, p, Math.min(confidence, hit.confidence), input);
        input.negated = false;
      } else walk(child, p, Math.min(confidence, hit.confidence), input);
    }
  }
}
