/**
 * Rubric phrases in a trie of word ids, so an answer's token only ever looks at the phrases that
 * can continue from it: each step reads the hits of the next few tokens and follows the matching
 * branches, instead of trying every phrase that starts with a common word ("in", "the").
 */
import type { Token } from '../nlp';
import type { Hit } from './vocabulary';

export interface PatternEnd {
  group: number;
  confidence: number;
}

export interface PatternNode {
  ends: PatternEnd[];
  next: Map<number, PatternNode>;
}

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

export interface WalkInput {
  tokens: readonly Token[];
  hits: ReadonlyArray<readonly Hit[] | undefined>;
  /** Word id of "not": the n't of "couldn't" stands for it inside a phrase. */
  notWord: number;
  emit: (last: number, end: PatternEnd, confidence: number) => void;
}

/**
 * Follows the trie from `node`, whose last word matched token `pos`, reporting every phrase end.
 * @example walk(root.get(firstHit.word)!, i, firstHit.confidence, input)
 */
export function walk(node: PatternNode, pos: number, confidence: number, input: WalkInput): void {
  for (const end of node.ends) input.emit(pos, end, Math.min(confidence, end.confidence));
  if (node.next.size === 0) return;
  const { tokens, hits } = input;
  const notNode = tokens[pos]!.negated ? node.next.get(input.notWord) : undefined;
  if (notNode) walk(notNode, pos, confidence, input);
  const sentence = tokens[pos]!.sentence;
  const limit = Math.min(tokens.length, pos + 2 + MAX_GAP);
  for (let p = pos + 1; p < limit && tokens[p]!.sentence === sentence; p++) {
    const tokenHits = hits[p];
    if (tokenHits === undefined) continue;
    for (const hit of tokenHits) {
      const child = node.next.get(hit.word);
      if (child) walk(child, p, Math.min(confidence, hit.confidence), input);
    }
  }
}
