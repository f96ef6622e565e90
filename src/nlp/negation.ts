/**
 * Negation scope: a cue negates the words after it up to the end of its clause (at most
 * SCOPE tokens). Two cues over the same word cancel ("could not have won without the army's
 * support" affirms the support).
 */
import type { Token } from './tokens';
import {
  CLAUSE_WORD as CLAUSE_WORD_BIT,
  CUE as CUE_BIT,
  CUE_BEFORE_TO as CUE_BEFORE_TO_BIT,
  CUES,
  NOT_NEGATING_NEXT,
  PAIRED_CUE as PAIRED_CUE_BIT,
  PAIRED_CUES,
} from './word-classes';

// Read the bits into module constants once: transpiled imports are getters, too slow per token.
const CLAUSE_WORD = CLAUSE_WORD_BIT;
const CUE = CUE_BIT;
const CUE_BEFORE_TO = CUE_BEFORE_TO_BIT;
const PAIRED_CUE = PAIRED_CUE_BIT;

const SCOPE = 8;
const COUNTERFACTUAL_REACH = 14;

const enum Cue {
  None = 0,
  Toggle = 1,
  Paired = 2,
}

/**
 * "Without the army, Khrushchev could never have won": a counterfactual that affirms what follows
 * "without". True when another negation follows "without" later in its sentence.
 */
function isCounterfactual(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (
    let j = i + 1;
    j < tokens.length && j <= i + COUNTERFACTUAL_REACH && tokens[j]!.sentence === sentence;
    j++
  ) {
    const t = tokens[j]!;
    if (t.negated || (t.flags & CUE && t.norm !== 'without' && t.norm !== 'no')) return true;
  }
  return false;
}

function cueAt(tokens: readonly Token[], i: number): Cue {
  const token = tokens[i]!;
  if (token.negated) return Cue.Toggle;
  if ((token.flags & (CUE | PAIRED_CUE | CUE_BEFORE_TO)) === 0) return Cue.None;
  if (token.flags & PAIRED_CUE) return Cue.Paired;
  const next = tokens[i + 1];
  const nextWord = next && next.clause === token.clause ? next.norm : '';
  if (token.flags & CUE) {
    if (NOT_NEGATING_NEXT.get(token.norm)?.has(nextWord)) return Cue.None;
    return token.norm === 'without' && isCounterfactual(tokens, i) ? Cue.None : Cue.Toggle;
  }
  return nextWord === 'to' ? Cue.Toggle : Cue.None;
}

/**
 * For each token, 1 when an odd number of negation scopes cover it ("neither ... nor" counts once).
 * @example negatedTokens(tokenize('Beria was not arrested').tokens) // [0, 0, 0, 1]
 */
export function negatedTokens(tokens: readonly Token[]): Uint8Array {
  const parity = new Uint8Array(tokens.length);
  let paired: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(tokens, i);
    if (cue === Cue.None) continue;
    const clause = tokens[i]!.clause;
    const limit = Math.min(tokens.length, i + 1 + SCOPE);
    if (cue === Cue.Paired) paired ??= new Uint8Array(tokens.length);
    for (let j = i + 1; j < limit; j++) {
      const t = tokens[j]!;
      if (t.clause !== clause || t.flags & CLAUSE_WORD) break;
      if (cue === Cue.Paired) paired![j] = 1;
      else parity[j] = parity[j]! ^ 1;
    }
  }
  if (paired) for (let j = 0; j < parity.length; j++) parity[j] = parity[j]! ^ paired[j]!;
  return parity;
}

/**
 * The cue whose scope covers token i ("never" in "never named an heir"), or -1: the nearest cue
 * before it in its clause, within the scope. Evidence for a negated statement quotes it from its
 * cue, so the student sees "never named", not "named".
 * @example negationCueBefore(tokenize('Stalin never named an heir').tokens, 2) // 1
 */
export function negationCueBefore(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= SCOPE; j--) {
    // A scope runs on through the token after its cue only within the clause, as in negatedTokens.
    const after = tokens[j + 1]!;
    if (after.flags & CLAUSE_WORD || after.clause !== tokens[j]!.clause) return -1;
    if (cueAt(tokens, j) !== Cue.None) return j;
  }
  return -1;
}

/** True when the word is a negation cue on its own (used to keep cues out of fuzzy matching). */
export function isNegationWord(word: string): boolean {
  return CUES.has(word) || PAIRED_CUES.has(word);
}
