import { HIT_STRIDE } from '../../src/scoring/patterns';
import { MAX_POOL, SLOT_STRIDE, WORD_SLOTS, WordMemo } from '../../src/scoring/word-memo';

/** What the memo holds for a slot: the hits as objects and the prompt id. */
function read(memo: WordMemo, slot: number) {
  const at = slot * SLOT_STRIDE;
  const hits = [];
  for (let h = memo.slots[at + 1]!; h < memo.slots[at + 2]!; h += HIT_STRIDE) {
    hits.push({ word: memo.pool[h], confidence: memo.pool[h + 1], node: memo.pool[h + 2] });
  }
  return { hits, promptId: memo.slots[at + 3] };
}

const ARREST = [
  { word: 4, confidence: 1, node: 17 },
  { word: 9, confidence: 0.8, node: -1 },
];

describe('the word memo', () => {
  it('finds a word it remembered, with its hits and prompt id', () => {
    const memo = new WordMemo();
    expect(memo.slotOf(1234, 'arrested')).toBe(-1);
    const slot = memo.remember(1234, 'arrested', ARREST, 3);
    expect(memo.slotOf(1234, 'arrested')).toBe(slot);
    expect(read(memo, slot)).toEqual({ hits: ARREST, promptId: 3 });
  });

  it('remembers a word that stands for nothing as an empty range', () => {
    const memo = new WordMemo();
    const slot = memo.remember(77, 'the', [], 0);
    expect(memo.slotOf(77, 'the')).toBe(slot);
    expect(read(memo, slot)).toEqual({ hits: [], promptId: 0 });
  });

  it('never answers for another word with the same key or the same slot', () => {
    const memo = new WordMemo();
    memo.remember(1234, 'arrested', ARREST, 0);
    expect(memo.slotOf(1234, 'shot')).toBe(-1); // a hash collision
    expect(memo.slotOf(1234 + WORD_SLOTS, 'arrested')).toBe(-1); // another key in the same slot
  });

  it('keeps two words whose keys share a slot, and forgets the first of them for a third', () => {
    const memo = new WordMemo();
    const SHOT = [{ word: 5, confidence: 1, node: 2 }];
    memo.remember(1234, 'arrested', ARREST, 0);
    memo.remember(1234 + WORD_SLOTS, 'shot', SHOT, 2);
    expect(read(memo, memo.slotOf(1234, 'arrested'))).toEqual({ hits: ARREST, promptId: 0 });
    expect(read(memo, memo.slotOf(1234 + WORD_SLOTS, 'shot'))).toEqual({ hits: SHOT, promptId: 2 });
    memo.remember(1235, 'tried', [], 0); // the other slot of the pair is its home
    expect(memo.slotOf(1234, 'arrested')).toBe(-1);
    expect(read(memo, memo.slotOf(1234 + WORD_SLOTS, 'shot'))).toEqual({ hits: SHOT, promptId: 2 });
    expect(memo.slotOf(1235, 'tried')).toBeGreaterThanOrEqual(0);
  });

  it('keeps every remembered hit when its pool grows', () => {
    const memo = new WordMemo();
    const initial = memo.pool.length;
    for (let key = 0; key < 5000; key++) memo.remember(key, `w${key}`, ARREST, key % 7);
    expect(memo.pool.length).toBeGreaterThan(initial);
    for (const key of [0, 1, 2500, 4999]) {
      expect(read(memo, memo.slotOf(key, `w${key}`))).toEqual({ hits: ARREST, promptId: key % 7 });
    }
  });

  it('starts afresh between answers once overwritten words have filled the pool past its bound', () => {
    const memo = new WordMemo();
    const hits = Array.from({ length: 10 }, (_, k) => ({ word: k, confidence: 1, node: -1 }));
    let key = 0;
    while (memo.pool.length <= MAX_POOL) memo.remember(key % 64, `w${key++}`, hits, 0);
    const last = key - 1;
    memo.trim();
    expect(memo.slotOf(last % 64, `w${last}`)).toBe(-1);
    expect(memo.pool.length).toBeLessThanOrEqual(MAX_POOL);
    const slot = memo.remember(5, 'again', ARREST, 1);
    expect(read(memo, slot)).toEqual({ hits: ARREST, promptId: 1 });
  });

  it('keeps what it remembers while the pool is within its bound', () => {
    const memo = new WordMemo();
    const slot = memo.remember(1234, 'arrested', ARREST, 3);
    memo.trim();
    expect(memo.slotOf(1234, 'arrested')).toBe(slot);
  });
});
