import fc from 'fast-check';
import { addPattern, childOf, flattenTrie, NODE_STRIDE, type PatternNode } from '../../src/scoring/patterns';

/** The node a phrase leads to in the flattened trie, or -1 where it leaves the trie. */
function follow(trie: ReturnType<typeof flattenTrie>, words: readonly number[]): number {
  let node = trie.roots.get(words[0]!) ?? -1;
  for (let k = 1; k < words.length && node >= 0; k++) node = childOf(trie, node, words[k]!);
  return node;
}

/** The phrase ends of a node as [group, confidence] pairs, in the order they were added. */
function endsOf(trie: ReturnType<typeof flattenTrie>, node: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let e = trie.nodes[node * NODE_STRIDE + 1]!; e < trie.nodes[node * NODE_STRIDE + 2]!; e++)
    out.push([trie.endGroup[e]!, trie.endConfidence[e]!]);
  return out;
}

// Few distinct words, so that phrases share their first words and nodes have many children.
const phrase = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 });

describe('the phrase trie laid out in typed arrays', () => {
  it('leads every phrase to a node that ends it in its group, with its confidence', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 300 }), (phrases) => {
        const root = new Map<number, PatternNode>();
        phrases.forEach((words, group) => addPattern(root, words, { group, confidence: 1 - group / 1000 }));
        const trie = flattenTrie(root);
        phrases.forEach((words, group) => {
          const node = follow(trie, words);
          expect(node).toBeGreaterThanOrEqual(0);
          expect(endsOf(trie, node)).toContainEqual([group, 1 - group / 1000]);
        });
      }),
    );
  });

  it('finds no child for a word that continues no phrase', () => {
    const root = new Map<number, PatternNode>();
    // Enough edges that the table's slots collide: many children of one node, and one long phrase.
    for (let w = 1; w <= 200; w++) addPattern(root, [7, w], { group: w, confidence: 1 });
    addPattern(root, [7, 3, 9, 11], { group: 999, confidence: 0.8 });
    const trie = flattenTrie(root);
    const seven = trie.roots.get(7)!;
    for (let w = 1; w <= 200; w++) expect(endsOf(trie, childOf(trie, seven, w))).toEqual([[w, 1]]);
    expect(childOf(trie, seven, 201)).toBe(-1);
    expect(childOf(trie, seven, 0)).toBe(-1);
    expect(endsOf(trie, follow(trie, [7, 3, 9, 11]))).toEqual([[999, 0.8]]);
    expect(follow(trie, [7, 3, 11])).toBe(-1);
    expect(trie.roots.has(3)).toBe(false);
  });

  it('drops a phrase end that its group already has at the node with at least that confidence', () => {
    const root = new Map<number, PatternNode>();
    addPattern(root, [1, 2], { group: 4, confidence: 0.8 });
    addPattern(root, [1, 2], { group: 4, confidence: 0.7 });
    addPattern(root, [1, 2], { group: 5, confidence: 0.7 });
    addPattern(root, [1, 2], { group: 5, confidence: 1 });
    const trie = flattenTrie(root);
    expect(endsOf(trie, follow(trie, [1, 2]))).toEqual([
      [4, 0.8],
      [5, 0.7],
      [5, 1],
    ]);
  });
});
