/**
 * Rubric phrases in a trie of word ids, so an answer's token only ever looks at the phrases that
 * can continue from it: each step reads the hits of the next few tokens and follows the matching
 * branches, instead of trying every phrase that starts with a common word ("in", "the").
 *
 * The trie is built from objects (addPattern), then laid out in typed arrays (flattenTrie): a
 * server marks answers to many questions in turn, and a trie of objects and Maps scattered over
 * the heap had to be fetched from memory again for every answer to a question other than the
 * last one's.
 */
import { ANY_CUE as ANY_CUE_BITS, type Token } from '../nlp';

export interface PatternEnd {
  group: number;
  confidence: number;
}

/** A trie node while the rubric is compiled. */
export interface PatternNode {
  ends: PatternEnd[];
  next: Map<number, PatternNode>;
}

/**
 * The compiled trie. Nodes are numbers, numbered depth first so that each phrase's nodes lie
 * together; the edges of all nodes share one open-addressing table keyed by (node, word). What
 * one step of a walk reads about a node, or about an edge, lies side by side in one array.
 */
export interface PhraseTrie {
  /** The node each word starts, by word id. */
  roots: ReadonlyMap<number, number>;
  /**
   * NODE_STRIDE numbers per node: a bit (id & 31) for each word that continues it (most tokens
   * are ruled out without a lookup), then the range [from, to) of its phrase ends.
   */
  nodes: Int32Array;
  endGroup: Int32Array;
  endConfidence: Float64Array;
  /** EDGE_STRIDE numbers per slot: the node an edge leaves (-1: empty slot), its word, the node it reaches. */
  edges: Int32Array;
}

// Module constants for the walk (compiled code reads an exported one off the exports object).
const NODE = 3;
const HIT = 3;
const EDGE_STRIDE = 3;
export const NODE_STRIDE = NODE;

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

/** Numbers per hit in a word memo's pool (see word-memo.ts): word id, confidence, trie node. */
export const HIT_STRIDE = HIT;

// Words allowed between the words of a phrase: "arrested and then shot" still matches "arrested shot".
export const MAX_GAP = 2;

export function createNode(): PatternNode {
  return { ends: [], next: new Map() };
}

/** Adds a phrase (word ids in order) ending in `group`. */
export function addPattern(root: Map<number, PatternNode>, words: readonly number[], end: PatternEnd): void {
  let node: PatternNode = root.get(words[0]!) ?? createNode();
  root.set(words[0]!, node);
  for (let k = 1; k < words.length; k++) {
    const child: PatternNode = node.next.get(words[k]!) ?? createNode();
    node.next.set(words[k]!, child);
    node = child;
  }
  if (!node.ends.some((e) => e.group === end.group && e.confidence >= end.confidence)) node.ends.push(end);
}

function slotOf(from: number, word: number, slots: number): number {
  return (Math.imul(from, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & (slots - 1);
}

/** The child of `node` by `word`, or -1. */
export function childOf(trie: PhraseTrie, node: number, word: number): number {
  const { edges } = trie;
  const slots = edges.length / EDGE_STRIDE;
  for (let slot = slotOf(node, word, slots); ; slot = (slot + 1) & (slots - 1)) {
    const at = slot * EDGE_STRIDE;
    const from = edges[at]!;
    if (from === -1) return -1;
    if (from === node && edges[at + 1] === word) return edges[at + 2]!;
  }
}

/** Lays the trie built by addPattern out in typed arrays, each phrase end in the order it was added. */
export function flattenTrie(root: ReadonlyMap<number, PatternNode>): PhraseTrie {
  const built: PatternNode[] = [];
  const links: Array<[from: number, word: number, to: number]> = [];
  const number = (node: PatternNode): number => {
    const id = built.length;
    built.push(node);
    for (const [word, child] of node.next) links.push([id, word, number(child)]);
    return id;
  };
  const roots = new Map<number, number>();
  for (const [word, node] of root) roots.set(word, number(node));
  const nodes = new Int32Array(built.length * NODE);
  const endGroup = new Int32Array(built.reduce((n, node) => n + node.ends.length, 0));
  const endConfidence = new Float64Array(endGroup.length);
  let ends = 0;
  built.forEach((node, n) => {
    nodes[n * NODE + 1] = ends;
    for (const end of node.ends) {
      endGroup[ends] = end.group;
      endConfidence[ends++] = end.confidence;
    }
    nodes[n * NODE + 2] = ends;
  });
  let slots = 16;
  while (slots < links.length * 2) slots *= 2;
  const edges = new Int32Array(slots * EDGE_STRIDE).fill(-1);
  for (const [from, word, to] of links) {
    nodes[from * NODE]! |= 1 << (word & 31);
    let slot = slotOf(from, word, slots);
    while (edges[slot * EDGE_STRIDE] !== -1) slot = (slot + 1) & (slots - 1);
    edges.set([from, word, to], slot * EDGE_STRIDE);
  }
  return { roots, nodes, endGroup, endConfidence, edges };
}

export interface WalkInput {
  trie: PhraseTrie;
  tokens: readonly Token[];
  /** Two numbers per token: the range [from, to) of its hits in `pool`. */
  ranges: Int32Array;
  /** HIT_STRIDE numbers per hit: word id, confidence, trie node (see word-memo.ts). */
  pool: Float64Array;
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
 * @example walk(trie.roots.get(wordId)!, i, confidence, input)
 */
export function walk(node: number, pos: number, confidence: number, input: WalkInput): void {
  const { tokens, ranges, pool, trie } = input;
  const at = node * NODE;
  for (let e = trie.nodes[at + 1]!, last = trie.nodes[at + 2]!; e < last; e++)
    addMatch(input.groups, trie.endGroup[e]!, {
      first: input.first,
      last: pos,
      confidence: Math.min(confidence, trie.endConfidence[e]!),
      sentence: tokens[input.first]!.sentence,
      negated: input.negated,
      inferred: false,
    });
  const mask = trie.nodes[at]!;
  if (mask === 0) return;
  const notNode = tokens[pos]!.negated ? childOf(trie, node, input.notWord) : -1;
  if (notNode >= 0) {
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
    for (let h = ranges[2 * p]!, to = ranges[2 * p + 1]!; h < to; h += HIT) {
      const word = pool[h]!;
      if (((mask >>> (word & 31)) & 1) === 0) continue;
      const child = childOf(trie, node, word);
      if (child < 0) continue;
      const next = Math.min(confidence, pool[h + 1]!);
      if (cuePassed && !input.negated && input.scope[p] === 1) {
        input.negated = true;
        walk(child, p, next, input);
        input.negated = false;
      } else walk(child, p, next, input);
    }
  }
}
