/**
 * What a compiled rubric makes of each answer word, remembered between answers in typed arrays: a
 * table of slot pairs indexed by the word's key (Token.key) and checked against the word, so a
 * collision only recomputes, never answers wrongly, and one pool holding every remembered word's
 * hits. Each token's lookup reads one row of numbers and compares one string reference; an object
 * per word with an array of its own cost three fetches from scattered memory per token, and a
 * server marking answers to many questions in turn finds a question's memo out of the caches.
 */
import { HIT_STRIDE } from './patterns';

// Module constants for the lookups (compiled code reads an exported one off the exports object).
const SLOTS = 1 << 14;
const STRIDE = 4;
/** Slots in the table (a power of two). */
export const WORD_SLOTS = SLOTS;
/** Numbers per slot: the word's key (-1: empty), the range [from, to) of its hits in the pool, its prompt id. */
export const SLOT_STRIDE = STRIDE;
const INITIAL_POOL = 1 << 12;
// Overwritten words leave their hits behind in the pool; past this many numbers (8 MB) the memo
// starts afresh before the next answer. A pure function's memo: forgetting changes no result.
export const MAX_POOL = 1 << 20;

/** One rubric word an answer word can stand for. */
export interface WordHit {
  word: number;
  confidence: number;
  /** The phrase trie node the word starts, or -1 (saves a lookup per token). */
  node: number;
}

/**
 * @example
 *   const memo = new WordMemo();
 *   let slot = memo.slotOf(token.key, token.norm);
 *   if (slot < 0) slot = memo.remember(token.key, token.norm, hitsOf(token.norm), promptIdOf(token.norm));
 *   memo.slots[slot * SLOT_STRIDE + 1]; // where its hits start in memo.pool
 */
export class WordMemo {
  readonly slots = new Int32Array(SLOTS * STRIDE).fill(-1);
  readonly norms: Array<string | undefined> = new Array<string | undefined>(SLOTS);
  /** HIT_STRIDE numbers per hit (see WordHit). Replaced when it grows: read it after the lookups. */
  pool = new Float64Array(INITIAL_POOL);
  private used = 0;

  /** The slot remembering `norm`, whose key is `key`, or -1. */
  slotOf(key: number, norm: string): number {
    const home = key & (SLOTS - 1);
    if (this.slots[home * STRIDE] === key && this.norms[home] === norm) return home;
    const other = home ^ 1;
    return this.slots[other * STRIDE] === key && this.norms[other] === norm ? other : -1;
  }

  /**
   * Remembers `norm`'s hits and prompt id in a slot of its pair: its home slot, else the other
   * when free, else its home slot once the word there has moved to the other in place of the
   * word that was there. Two words of one answer with the same home are both kept: 1,500 words in
   * 16,384 slots share about 70 homes, and a table of single slots recomputed those on every
   * answer that used both.
   */
  remember(key: number, norm: string, hits: readonly WordHit[], promptId: number): number {
    const home = key & (SLOTS - 1);
    const other = home ^ 1;
    let slot = home;
    if (this.slots[home * STRIDE] !== -1) {
      if (this.slots[other * STRIDE] === -1) slot = other;
      else {
        this.slots.copyWithin(other * STRIDE, home * STRIDE, (home + 1) * STRIDE);
        this.norms[other] = this.norms[home];
      }
    }
    const need = hits.length * HIT_STRIDE;
    if (this.used + need > this.pool.length) this.grow(need);
    const from = this.used;
    for (const hit of hits) {
      this.pool[this.used++] = hit.word;
      this.pool[this.used++] = hit.confidence;
      this.pool[this.used++] = hit.node;
    }
    this.slots.set([key, from, this.used, promptId], slot * STRIDE);
    this.norms[slot] = norm;
    return slot;
  }

  /**
   * Forgets everything once the pool has passed its bound. Between answers only: an answer's
   * token ranges point into the pool until it is marked.
   */
  trim(): void {
    if (this.used <= MAX_POOL) return;
    this.slots.fill(-1);
    this.norms.fill(undefined);
    this.pool = new Float64Array(INITIAL_POOL);
    this.used = 0;
  }

  private grow(need: number): void {
    let size = this.pool.length * 2;
    while (size < this.used + need) size *= 2;
    const pool = new Float64Array(size);
    pool.set(this.pool.subarray(0, this.used));
    this.pool = pool;
  }
}
