/**
 * Negation scope: a cue negates the words after it up to the end of its clause (at most
 * SCOPE tokens). Two cues over the same word cancel ("could not have won without the army's
 * support" affirms the support).
 */
import type { Token } from './tokens';

const SCOPE = 8;

function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

const CUES = words(
  'no not never without lack lacked lacking lacks absence absent unable none nobody nothing hardly cannot nowhere',
);
// "neither Malenkov nor Molotov had a power base": the pair negates once, it does not cancel.
const PAIRED_CUES = words('neither nor');
// Cues that negate only when followed by "to": "failed to name", not "the plot failed".
const CUES_BEFORE_TO = words('fail failed fails failing refuse refused refuses refusing');
// "not only", "no doubt": the words after these confirm rather than deny.
const NOT_NEGATING_NEXT = new Map<string, Set<string>>([
  ['not', words('only just merely simply least surprisingly')],
  ['no', words('doubt wonder')],
  ['without', words('doubt question')],
]);
/** Words that begin a new clause and so end a negation's scope. */
export const CLAUSE_WORDS = words(
  'but because so which although while and though however whereas yet therefore since meaning',
);

const enum Cue {
  None = 0,
  Toggle = 1,
  Paired = 2,
}

function cueAt(tokens: readonly Token[], i: number): Cue {
  const token = tokens[i]!;
  if (token.negated) return Cue.Toggle;
  if (PAIRED_CUES.has(token.norm)) return Cue.Paired;
  const next = tokens[i + 1];
  const nextWord = next && next.clause === token.clause ? next.norm : '';
  if (CUES.has(token.norm)) return NOT_NEGATING_NEXT.get(token.norm)?.has(nextWord) ? Cue.None : Cue.Toggle;
  return CUES_BEFORE_TO.has(token.norm) && nextWord === 'to' ? Cue.Toggle : Cue.None;
}

/**
 * For each token, true when an odd number of negation scopes cover it.
 * @example negatedTokens(tokenize('Beria was not arrested').tokens) // [false,false,false,true]
 */
export function negatedTokens(tokens: readonly Token[]): Uint8Array {
  const parity = new Uint8Array(tokens.length);
  const paired = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(tokens, i);
    if (cue === Cue.None) continue;
    const clause = tokens[i]!.clause;
    const limit = Math.min(tokens.length, i + 1 + SCOPE);
    for (let j = i + 1; j < limit; j++) {
      const t = tokens[j]!;
      if (t.clause !== clause || CLAUSE_WORDS.has(t.norm)) break;
      if (cue === Cue.Paired) paired[j] = 1;
      else parity[j] = parity[j]! ^ 1;
    }
  }
  for (let j = 0; j < parity.length; j++) parity[j] = parity[j]! ^ paired[j]!;
  return parity;
}

/** True when the word is a negation cue on its own (used to keep cues out of fuzzy matching). */
export function isNegationWord(word: string): boolean {
  return CUES.has(word) || PAIRED_CUES.has(word);
}
