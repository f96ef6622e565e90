/**
 * Sentence-level signals read from small closed word lists (never a parser, so marking stays
 * linear and fast): causal connectives, judgement phrases, back references and whether a
 * sentence is prose or a keyword list.
 */
import { opensClause, type Sentence, type Token } from './tokens';
import {
  ADVERB as ADVERB_BIT,
  BACK_REFERENCE,
  BY as BY_BIT,
  CAUSAL,
  FUNCTION as FUNCTION_BIT,
  GERUND as GERUND_BIT,
  JUDGEMENT,
  STARTS_BACK_REFERENCE as STARTS_BACK_REFERENCE_BIT,
  STARTS_CAUSAL as STARTS_CAUSAL_BIT,
  STARTS_JUDGEMENT as STARTS_JUDGEMENT_BIT,
  USE as USE_BIT,
  VERB as VERB_BIT,
  type PhraseIndex,
} from './word-classes';

// Read the bits into module constants once: transpiled imports are getters, too slow per token.
const ADVERB = ADVERB_BIT;
const BY = BY_BIT;
const FUNCTION = FUNCTION_BIT;
const GERUND = GERUND_BIT;
const STARTS_BACK_REFERENCE = STARTS_BACK_REFERENCE_BIT;
const STARTS_CAUSAL = STARTS_CAUSAL_BIT;
const STARTS_JUDGEMENT = STARTS_JUDGEMENT_BIT;
const USE = USE_BIT;
const VERB = VERB_BIT;
// A token without these bits can never be a causal connective: most are skipped at one test.
const MAY_BE_CAUSAL = STARTS_CAUSAL | GERUND | USE | BY;

export interface SentenceSignals {
  /** How many causal connectives (because, so, this meant that, led to, ...) tie something to something. */
  connectives: number;
  /** Holds a judgement phrase (the most important, above all, in conclusion, ...). */
  judgement: boolean;
  /** Starts by pointing back at the previous sentence (This, That, As a result, ...). */
  refersBack: boolean;
  /** Reads as prose: enough words, function words and a verb, not a keyword list. */
  prose: boolean;
}

const MEANS_WINDOW = 8;

/** The length of the phrase from `index` starting at token i, or 0. */
function phraseAt(index: PhraseIndex, tokens: readonly Token[], i: number, end: number): number {
  const candidates = index.get(tokens[i]!.norm);
  if (!candidates) return 0;
  for (const parts of candidates) {
    if (i + parts.length > end) continue;
    let k = 1;
    while (k < parts.length && tokens[i + k]!.norm === parts[k]) k++;
    if (k === parts.length) return parts.length;
  }
  return 0;
}

/**
 * The means or result of an action: "by (skilfully) building alliances", "used his post to
 * appoint", and a clause that opens with a participle ("..., appealing to the disillusioned").
 */
function meansAt(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const token = tokens[i]!;
  if (token.flags & BY) {
    const next = tokens[i + 1];
    const after = next && next.flags & ADVERB ? tokens[i + 2] : next;
    return after !== undefined && after.sentence === token.sentence && (after.flags & GERUND) !== 0;
  }
  if (token.flags & GERUND && i > s.firstToken && tokens[i - 1]!.clause !== token.clause) return true;
  if ((token.flags & USE) === 0) return false;
  for (let k = i + 2; k < Math.min(s.endToken, i + MEANS_WINDOW); k++)
    if (tokens[k]!.norm === 'to') return true;
  return false;
}

// The words that join the last item of a list: "Beria, Malenkov and Khrushchev".
const COORDINATORS = new Set(['and', 'or']);
// How far past a comma a list's "and" may come: "Beria, Malenkov and", "Beria, Malenkov, and".
const LIST_REACH = 3;

/**
 * True when the clause break before token t only separates the items of a list: the clause it
 * ends is one word that is not a function word, and an "and" or "or" follows within a few words
 * ("Because Beria, Malenkov and Khrushchev ..."). "Because of this, Beria and ..." ends a clause.
 */
function listComma(tokens: readonly Token[], t: number, clauseStart: number, end: number): boolean {
  if (t - clauseStart !== 1 || (tokens[t - 1]!.flags & FUNCTION) !== 0) return false;
  for (let k = t; k < Math.min(end, t + LIST_REACH); k++) if (COORDINATORS.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * A sentence that opens with "Because ..." explains only when a main clause follows it (a comma
 * between the items of a list is no end of its clause); one that opens with "As a result" or "So"
 * ties itself to the sentence before.
 */
function connectiveCounts(tokens: readonly Token[], s: Sentence, i: number, refersBack: boolean): boolean {
  if (i !== s.firstToken || refersBack) return true;
  let clauseStart = i + 1;
  for (let t = i + 1; t < s.endToken; t++) {
    if (tokens[t]!.clause === tokens[t - 1]!.clause) continue;
    if (!listComma(tokens, t, clauseStart, s.endToken)) return true;
    clauseStart = t;
  }
  return false;
}

/** Many clauses of one or two words each: "Beria, secret police, Zhukov, army". */
function isList(tokens: readonly Token[], s: Sentence): boolean {
  const words = s.endToken - s.firstToken;
  const clauses = tokens[s.endToken - 1]!.clause - tokens[s.firstToken]!.clause + 1;
  return clauses >= 4 && words < clauses * 2.5;
}

// "as strong as he was", "such as", "just as he", "as soon as he": an "as" after these compares or
// tells the time; it gives no reason.
const COMPARING_BEFORE_AS = new Set('as so such same just well long soon far much'.split(' '));
// "as they were", "as it had been", "as they did": a "they" or "it" followed by these compares a
// state of things with another ("keep things as they were under Stalin").
const STATE_AFTER_AS = new Set('was were is are be been had has did do does'.split(' '));
const COMPARE_REACH = 4;

/**
 * "Beria was feared as he was head of the secret police": an "as" inside a clause, with no comma
 * before it, still gives a reason when a person follows it and the clause compares nothing ("as
 * strong as he was", "such as"); after "they" or "it" only when no state of things is compared
 * ("as they feared him", not "keep things as they were").
 */
function reasonInsideClause(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const subject = tokens[i + 1];
  const verb = tokens[i + 2];
  if (!subject || !verb || i + 2 >= s.endToken || verb.clause !== tokens[i]!.clause) return false;
  const person = subject.norm === 'he' || subject.norm === 'she';
  if (!person && !((subject.norm === 'they' || subject.norm === 'it') && !STATE_AFTER_AS.has(verb.norm)))
    return false;
  for (let j = i - 1; j >= s.firstToken && j >= i - COMPARE_REACH; j--) {
    if (tokens[j]!.clause !== tokens[i]!.clause) break;
    if (COMPARING_BEFORE_AS.has(tokens[j]!.norm)) return false;
  }
  return true;
}

/** The number of words of the causal connective starting at token i, or 0. */
function causalAt(tokens: readonly Token[], i: number, s: Sentence): number {
  const { flags, norm } = tokens[i]!;
  // "as" explains where it opens a clause ("..., as he controlled the police"; "As they feared
  // him, ..."; "..., and as a result ..."), or gives a person's reason inside one; it does not in
  // "keep things as they were".
  if (
    flags & STARTS_CAUSAL &&
    (norm !== 'as' || opensClause(tokens, i) || reasonInsideClause(tokens, i, s))
  ) {
    const length = phraseAt(CAUSAL, tokens, i, s.endToken);
    if (length > 0) return length;
  }
  return (flags & (GERUND | USE | BY)) !== 0 && meansAt(tokens, i, s) ? 1 : 0;
}

/**
 * The causal connectives of a sentence that count. A connective's own words start no other:
 * "which made him" is one connective, not "which made" and then "made him".
 */
function countConnectives(
  tokens: readonly Token[],
  s: Sentence,
  masked: Uint8Array,
  refersBack: boolean,
): number {
  let connectives = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (masked[i] || (tokens[i]!.flags & MAY_BE_CAUSAL) === 0) continue;
    const length = causalAt(tokens, i, s);
    if (length === 0) continue;
    if (connectiveCounts(tokens, s, i, refersBack)) connectives++;
    i += length - 1;
  }
  return connectives;
}

/**
 * Reads the signals of one sentence. `masked` marks tokens that earn nothing (question copied back).
 * @example sentenceSignals(tokens, sentence, mask).connectives
 */
export function sentenceSignals(tokens: readonly Token[], s: Sentence, masked: Uint8Array): SentenceSignals {
  const first = s.firstToken;
  const refersBack =
    !masked[first] && tokens[first]!.flags & STARTS_BACK_REFERENCE
      ? phraseAt(BACK_REFERENCE, tokens, first, s.endToken) > 0
      : false;
  let judgement = false;
  let functionWords = 0;
  let verbs = 0;
  let words = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (masked[i]) continue;
    words++;
    const { flags } = tokens[i]!;
    if (flags & FUNCTION) functionWords++;
    if (flags & VERB) verbs++;
    if (!judgement && flags & STARTS_JUDGEMENT && phraseAt(JUDGEMENT, tokens, i, s.endToken) > 0)
      judgement = true;
  }
  const connectives = countConnectives(tokens, s, masked, refersBack);
  // Short sentences ("This made him stronger.") need fewer function words than long ones.
  // Function words and a verb mark a sentence; a keyword list has neither, or is all short clauses.
  const prose =
    words >= 4 && verbs >= 1 && functionWords >= 1 && functionWords * 8 >= words && !isList(tokens, s);
  return {
    connectives: prose ? connectives : 0,
    judgement: judgement && prose,
    refersBack: refersBack && prose,
    prose,
  };
}
