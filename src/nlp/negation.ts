/**
 * Negation scope: a cue negates the words after it up to the end of its clause (at most
 * SCOPE tokens). Two cues over the same word cancel; a negated perfect paired with "without"
 * ("could not have won without the army's support") affirms both the win and the support; a
 * negated word of losing or doubting affirms what follows it ("never lost control").
 */
import { opensClause, type Token } from './tokens';
import {
  isDateWord,
  CLAUSE_WORD as CLAUSE_WORD_BIT,
  CUE as CUE_BIT,
  CONDITIONAL as CONDITIONAL_BIT,
  CUE_BEFORE_FROM as CUE_BEFORE_FROM_BIT,
  CUE_BEFORE_TO as CUE_BEFORE_TO_BIT,
  CUES,
  GERUND as GERUND_BIT,
  MODAL as MODAL_BIT,
  NEGATIVE_PREDICATE as NEGATIVE_PREDICATE_BIT,
  NOT_NEGATING_NEXT,
  OBJECT_GIVEN as OBJECT_GIVEN_BIT,
  TIME as TIME_BIT,
  PAIRED_CUE as PAIRED_CUE_BIT,
  PARTICIPLE as PARTICIPLE_BIT,
  PAIRED_CUES,
} from './word-classes';

// Read the bits into module constants once: transpiled imports are getters, too slow per token.
const CLAUSE_WORD = CLAUSE_WORD_BIT;
const CUE = CUE_BIT;
const CONDITIONAL = CONDITIONAL_BIT;
const PARTICIPLE = PARTICIPLE_BIT;
const CUE_BEFORE_FROM = CUE_BEFORE_FROM_BIT;
const CUE_BEFORE_TO = CUE_BEFORE_TO_BIT;
const PAIRED_CUE = PAIRED_CUE_BIT;
const NEGATIVE_PREDICATE = NEGATIVE_PREDICATE_BIT;
const OBJECT_GIVEN = OBJECT_GIVEN_BIT;
const TIME = TIME_BIT;
const MODAL = MODAL_BIT;
const GERUND = GERUND_BIT;

const SCOPE = 8;
// How far apart, in words, the two halves of a counterfactual conditional may be.
const CONDITIONAL_REACH = 30;
// "stopped Beria from": the words allowed between a verb of preventing and its "from".
const FROM_REACH = 4;
const COUNTERFACTUAL_REACH = 14;
// "never really lost", "no one doubted": how far into a scope a word of losing or doubting may
// come and still be the word the negation denies. "no leader who lost ..." is beyond it.
const PREDICATE_REACH = 2;
// "None of them could", "it was not possible": how far after its cue a general denial's modal is.
const MODAL_REACH = 3;

// "did not have Beria shot until December 1953", "It was not until 1955 that Malenkov resigned":
// a "not ... until" a date denies only the time before it, so what it covers did happen.
const UNTIL_WORDS = new Set(['until', 'till']);

const enum Cue {
  None = 0,
  Toggle = 1,
  Paired = 2,
}

/**
 * "Without the army, Khrushchev could never have won": a counterfactual that affirms what follows
 * "without". True when a would/could/might have follows "without" in its clause ("Without the
 * army he would have lost"), or another negation later in its sentence; a "no" only when
 * it states a necessity with no clause word between ("Without the army's support, no leader could
 * win", not "... without a struggle, and no one could save him").
 */
function isCounterfactual(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  let joined = true;
  for (
    let j = i + 1;
    j < tokens.length && j <= i + COUNTERFACTUAL_REACH && tokens[j]!.sentence === sentence;
    j++
  ) {
    const t = tokens[j]!;
    if (t.flags & CLAUSE_WORD) joined = false;
    if (t.negated || (t.flags & CUE && t.norm !== 'without' && t.norm !== 'no')) return true;
    if (t.norm === 'no' && joined && statesNecessity(tokens, j)) return true;
    // "Without Zhukov's support Khrushchev would have lost": what did not happen needed the support.
    if (joined && modalPerfect(tokens, j)) return true;
  }
  return false;
}

/** True when token j's clause runs on through token k (j < k): same clause, no clause word between. */
function sameClause(tokens: readonly Token[], j: number, k: number): boolean {
  if (tokens[j]!.clause !== tokens[k]!.clause) return false;
  for (let m = j + 1; m <= k; m++) if (tokens[m]!.flags & CLAUSE_WORD) return false;
  return true;
}

/**
 * "could not have won", "couldn't have arrested", "would never have dared": a negated perfect,
 * the mark of a counterfactual about the past (the cue at i, "have" within its next three words).
 */
function perfectAfter(tokens: readonly Token[], i: number): boolean {
  const last = Math.min(tokens.length - 1, i + 3);
  for (let k = i + 1; k <= last && sameClause(tokens, i, k); k++) if (tokens[k]!.norm === 'have') return true;
  return false;
}

/**
 * "could not have won without the army's support": the negation's clause goes on to "without", or
 * ends at an "unless" that states the same condition ("Nobody could rule unless the generals
 * backed him"); "unless" opens a clause of its own, so only the words before it must share one.
 */
function reachesWithout(tokens: readonly Token[], i: number): boolean {
  const last = Math.min(tokens.length - 1, i + COUNTERFACTUAL_REACH);
  for (let j = i + 1; j <= last; j++) {
    const { norm, clause } = tokens[j]!;
    if (norm === 'without') return sameClause(tokens, i, j);
    if (norm === 'unless') return clause === tokens[i]!.clause && sameClause(tokens, i, j - 1);
  }
  return false;
}

/**
 * "Without the army, Khrushchev could never have won": "without" came first in the sentence;
 * `joined` asks for no clause word between ("Without the army's support, no leader could win").
 */
function closesCounterfactual(tokens: readonly Token[], i: number, joined: boolean): boolean {
  const sentence = tokens[i]!.sentence;
  for (let j = i - 1; j >= 0 && j >= i - COUNTERFACTUAL_REACH && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.norm === 'without' || tokens[j]!.norm === 'unless') return true;
    if (joined && tokens[j]!.flags & CLAUSE_WORD) return false;
  }
  return false;
}

/**
 * "No leader could", "None of them could", "it was not possible" or "impossible": a denial of what anyone could
 * do, not of what particular people did. Paired with "without" it states a general rule, that
 * one thing needed another ("No leader could win without the army's support").
 */
function statesNecessity(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const quantifier =
    token.norm === 'no' || token.norm === 'none' || token.norm === 'nobody' || token.norm === 'nothing';
  // A quantifier that opens its clause is the subject of its verb ("No leader could ...").
  if (quantifier && !opensClause(tokens, i)) return false;
  // "It was impossible to rule without the army" says what "it was not possible" says.
  if (token.norm === 'impossible') return true;
  if (!quantifier && !token.negated && token.norm !== 'not') return false;
  const last = Math.min(tokens.length - 1, i + (quantifier ? MODAL_REACH : 2));
  for (let k = i + 1; k <= last && sameClause(tokens, i, k); k++) {
    if (quantifier ? tokens[k]!.flags & MODAL : tokens[k]!.norm === 'possible') return true;
  }
  return false;
}

/**
 * A negated perfect paired with "without" ("Khrushchev could not have won without the army's
 * support") says what happened and what it needed: it affirms both, so neither cue negates; so
 * does a general denial ("No leader could win without the army's support", "it was not possible
 * to rule without the army's support"). A plain modal with a particular subject keeps its denial
 * ("they could not criticise him without damaging communism": criticism was ruled out for them),
 * and the two cues cancel only on the words both cover.
 */
function counterfactualNegation(tokens: readonly Token[], i: number, mayClose: boolean): boolean {
  if (perfectAfter(tokens, i))
    return reachesWithout(tokens, i) || (mayClose && closesCounterfactual(tokens, i, false));
  return (
    (statesNecessity(tokens, i) && (reachesWithout(tokens, i) || closesCounterfactual(tokens, i, true))) ||
    namesCondition(tokens, i)
  );
}

// The words that may come between "without" and the thing it names ("without the army's support").
const DETERMINERS = new Set('the a an his her their its any some this that these those'.split(' '));

/**
 * "could not", "couldn't", "cannot", "was not able to", "unable": a cue at i that denies what
 * someone could do.
 */
function deniesAbility(tokens: readonly Token[], i: number): boolean {
  const { norm, negated } = tokens[i]!;
  if (norm === 'cannot' || norm === 'unable') return true;
  if (negated) return norm === 'could' || norm === 'can';
  if (norm !== 'not' && norm !== 'never') return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    (before !== undefined &&
      sameClause(tokens, i - 1, i) &&
      (before.norm === 'could' || before.norm === 'can')) ||
    (after !== undefined && sameClause(tokens, i, i + 1) && after.norm === 'able')
  );
}

/** The "without" at w names a thing or person ("without the army"), not an act ("without damaging"). */
function namesThing(tokens: readonly Token[], w: number): boolean {
  let k = w + 1;
  while (k < tokens.length && sameClause(tokens, w, k) && DETERMINERS.has(tokens[k]!.norm)) k++;
  return k < tokens.length && sameClause(tokens, w, k) && (tokens[k]!.flags & GERUND) === 0;
}

/**
 * "Khrushchev could not win without the army's support", "Beria could not be arrested without the
 * army", "Without Zhukov, the plotters could not arrest Beria": what someone could not do without a
 * thing or a person is what needed it, so both are affirmed, as in a general denial ("No leader
 * could win without the army's support"). An act after "without" is what the first would have
 * cost, so the denial stands ("they could not criticise him without damaging communism"). "Unless"
 * states the condition the same way ("Khrushchev could not win unless the army backed him").
 */
function namesCondition(tokens: readonly Token[], i: number): boolean {
  if (!deniesAbility(tokens, i)) return false;
  const sentence = tokens[i]!.sentence;
  const last = Math.min(tokens.length - 1, i + COUNTERFACTUAL_REACH);
  for (let j = i + 1; j <= last; j++) {
    const { norm, clause } = tokens[j]!;
    if (norm === 'without') return sameClause(tokens, i, j) && namesThing(tokens, j);
    if (norm === 'unless') return clause === tokens[i]!.clause && sameClause(tokens, i, j - 1);
  }
  for (let j = i - 1; j >= 0 && j >= i - COUNTERFACTUAL_REACH && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.norm === 'without') return namesThing(tokens, j);
    if (tokens[j]!.norm === 'unless') return true;
    if (tokens[j]!.flags & CLAUSE_WORD) return false;
  }
  return false;
}

/** "without" at i completes a counterfactual opened by a negated perfect earlier in its clause. */
function followsCounterfactual(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - COUNTERFACTUAL_REACH; j--) {
    const t = tokens[j]!;
    if (t.negated || (t.flags & CUE && t.norm !== 'without'))
      return (
        sameClause(tokens, j, i) &&
        (perfectAfter(tokens, j) || statesNecessity(tokens, j) || namesCondition(tokens, j))
      );
  }
  return false;
}

/** The past participle within `reach` words after token k in its clause ("had [never] named"), or -1. */
function participleAfter(tokens: readonly Token[], k: number, reach: number): number {
  const last = Math.min(tokens.length - 1, k + reach);
  for (let p = k + 1; p <= last && sameClause(tokens, k, p); p++) if (tokens[p]!.flags & PARTICIPLE) return p;
  return -1;
}

/** "if Stalin had named", "Had Stalin named": the participle of the pattern opening at i, or -1. */
function antecedentPattern(tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  if (token.norm === 'if') {
    const last = Math.min(tokens.length - 1, i + 4);
    for (let k = i + 1; k <= last && sameClause(tokens, i, k); k++) {
      if (tokens[k]!.norm === 'had') return participleAfter(tokens, k, 2);
    }
    return -1;
  }
  const opensSentence = i === 0 || tokens[i - 1]!.sentence !== token.sentence;
  return token.norm === 'had' && opensSentence ? participleAfter(tokens, i, 3) : -1;
}

/** A would/could/might have at i: the consequent of a counterfactual when its sentence has one. */
function modalPerfect(tokens: readonly Token[], i: number): boolean {
  const { norm } = tokens[i]!;
  return (norm === 'would' || norm === 'could' || norm === 'might') && perfectAfter(tokens, i);
}

/**
 * True when a token of i's sentence within CONDITIONAL_REACH words of it satisfies `test`. The
 * reach keeps the check short however long the sentence: a 50,000-character run of "would have"
 * with no full stop took 0.5 s when every modal looked at the whole sentence.
 */
function nearInSentence(tokens: readonly Token[], i: number, test: (j: number) => boolean): boolean {
  const sentence = tokens[i]!.sentence;
  const first = Math.max(0, i - CONDITIONAL_REACH);
  const last = Math.min(tokens.length - 1, i + CONDITIONAL_REACH);
  for (let j = i - 1; j >= first && tokens[j]!.sentence === sentence; j--) if (test(j)) return true;
  for (let j = i + 1; j <= last && tokens[j]!.sentence === sentence; j++) if (test(j)) return true;
  return false;
}

/**
 * The participle of a counterfactual antecedent whose first word is at i, or -1: "if Stalin had
 * named an heir, ... would have ..." or "Had Stalin named an heir, ... would have ...". Whatever
 * it says did not happen, from the participle to the end of its clause. Without a would/could/
 * might have in the sentence it is no counterfactual ("... and the army behind them, had Beria
 * arrested"; "if Stalin had named anyone, it was Malenkov").
 */
function antecedentAt(tokens: readonly Token[], i: number): number {
  const participle = antecedentPattern(tokens, i);
  return participle >= 0 && nearInSentence(tokens, i, (j) => modalPerfect(tokens, j)) ? participle : -1;
}

/**
 * "..., there would have been no power struggle": a would/could/might have in a sentence that
 * holds a counterfactual antecedent is its consequent, also contrary to fact.
 */
function isConsequent(tokens: readonly Token[], i: number): boolean {
  return modalPerfect(tokens, i) && nearInSentence(tokens, i, (j) => antecedentPattern(tokens, j) >= 0);
}

/** Where a cue's scope starts (its words follow this token) and how many words it reaches. */
interface Scope {
  start: number;
  reach: number;
}

/**
 * The scope of a verb of preventing or a word of a counterfactual conditional, worked out once,
 * or null when the word is no cue here ("Khrushchev stopped the purges", "if Beria had the
 * files"): a verb of preventing negates from its "from" ("stopped Beria from seizing power"); a
 * counterfactual antecedent from the word before its participle ("if Stalin had | named an
 * heir"); a consequent from its modal, as far as a negation inside it would reach ("would never
 * have been able to appoint his own supporters"), so the two cancel to the end.
 */
function wordScope(tokens: readonly Token[], i: number): Scope | null {
  if (tokens[i]!.flags & CONDITIONAL) {
    const participle = antecedentAt(tokens, i);
    if (participle >= 0) return { start: participle - 1, reach: SCOPE };
    return isConsequent(tokens, i) ? { start: i, reach: 2 * SCOPE } : null;
  }
  const last = Math.min(tokens.length - 1, i + FROM_REACH + 1);
  for (let k = i + 1; k <= last && sameClause(tokens, i, k); k++) {
    if (tokens[k]!.norm === 'from') return { start: k, reach: SCOPE };
  }
  return null;
}

/** True for a word whose scope wordScope decides: a verb of preventing or a conditional, without n't. */
function hasWordScope(token: Token): boolean {
  return !token.negated && (token.flags & (CUE_BEFORE_FROM | CONDITIONAL)) !== 0;
}

/** "live up to": the one sense of "live" that takes its object for granted. */
function livesUpTo(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.norm;
  return (
    (word === 'live' || word === 'lives' || word === 'lived' || word === 'living') &&
    tokens[k + 1]?.norm === 'up' &&
    tokens[k + 2]?.norm === 'to'
  );
}

/**
 * Where a scope from `start` (its words follow it) ends, `limit` unless a word of losing,
 * doubting or surprise opens it, or a verb that takes its object for granted: then the negation
 * denies that word and stops there ("never lost | control of the Party", "nobody doubted | that
 * Beria controlled the police", "could not match | Khrushchev's support", "couldn't live up to |
 * Stalin's godlike image").
 */
function predicateEnd(tokens: readonly Token[], start: number, limit: number): number {
  const last = Math.min(limit - 1, start + PREDICATE_REACH);
  for (let k = start + 1; k <= last; k++) {
    if (tokens[k]!.flags & (NEGATIVE_PREDICATE | OBJECT_GIVEN)) return k + 1;
    if (livesUpTo(tokens, k)) return Math.min(limit, k + 3);
  }
  return limit;
}

/**
 * "didn't have Beria shot until December 1953": a not, never or n't at i whose clause goes on to
 * "until" a date within its scope.
 */
function untilDate(tokens: readonly Token[], i: number): boolean {
  const { negated, norm } = tokens[i]!;
  if (!negated && norm !== 'not' && norm !== 'never') return false;
  const last = Math.min(tokens.length - 2, i + SCOPE);
  for (let k = i + 1; k <= last && sameClause(tokens, i, k); k++) {
    if (UNTIL_WORDS.has(tokens[k]!.norm)) return isDateWord(tokens[k + 1]!.norm);
  }
  return false;
}

/** "didn't just", "wasn't only": the n't of a word followed by what makes "not" confirm. */
function confirmsNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    next !== undefined && next.clause === tokens[i]!.clause && NOT_NEGATING_NEXT.get('not')!.has(next.norm)
  );
}

function cueAt(tokens: readonly Token[], i: number): Cue {
  const token = tokens[i]!;
  if (token.negated)
    return confirmsNext(tokens, i) || counterfactualNegation(tokens, i, true) || untilDate(tokens, i)
      ? Cue.None
      : Cue.Toggle;
  if (hasWordScope(token)) return wordScope(tokens, i) ? Cue.Toggle : Cue.None;
  if ((token.flags & (CUE | PAIRED_CUE | CUE_BEFORE_TO)) === 0) return Cue.None;
  if (token.flags & PAIRED_CUE) return Cue.Paired;
  const next = tokens[i + 1];
  const nextWord = next && next.clause === token.clause ? next.norm : '';
  if (token.flags & CUE) {
    if (NOT_NEGATING_NEXT.get(token.norm)?.has(nextWord) || untilDate(tokens, i)) return Cue.None;
    if (token.norm === 'without')
      return isCounterfactual(tokens, i) || followsCounterfactual(tokens, i) ? Cue.None : Cue.Toggle;
    // A "no" with a perfect never closes a "without ..." before it, as isCounterfactual ignores it.
    return counterfactualNegation(tokens, i, token.norm !== 'no') ? Cue.None : Cue.Toggle;
  }
  return nextWord === 'to' ? Cue.Toggle : Cue.None;
}

// The forms of "be" a cleft sentence opens with ("It was not ...", "It isn't ...").
const BE_WORDS = new Set(['is', 'was', 'are', 'were']);
// Words that open the noun phrase a cleft with "that" puts in focus ("It was not the army that ...").
const FOCUS_DETERMINERS = new Set('the a an his her their its this these those'.split(' '));
// "It was not the case that ...": a noun whose "that" opens what is denied, not a relative clause.
const NOT_A_FOCUS = new Set('case fact truth idea view belief'.split(' '));
// "It was not clear who would lead": a word of knowing, whose "who" opens what is unknown, not a cleft.
const NOT_A_CLEFT = new Set(
  'clear obvious certain known sure evident apparent plain decided agreed settled likely'.split(' '),
);
// How many words the focus of a cleft may have ("the head of the secret police").
const FOCUS_REACH = 6;

/**
 * "It wasn't Malenkov who gave the Secret Speech", "It was not the army that arrested Beria": a
 * cleft denies only its focus, the words between the cue and "who" (or "that" after a noun
 * phrase), and takes what follows for granted (somebody gave the speech). Returns where the focus
 * ends (the "who"), or -1 when the cue at i opens no cleft ("It was not true that ...").
 */
function cleftFocusEnd(tokens: readonly Token[], i: number): number {
  const cue = tokens[i]!;
  const be = cue.negated ? i : i - 1;
  if (be < 1 || (!cue.negated && cue.norm !== 'not')) return -1;
  if (!BE_WORDS.has(tokens[be]!.norm) || tokens[be - 1]!.norm !== 'it' || !sameClause(tokens, be - 1, i))
    return -1;
  if (NOT_A_CLEFT.has(tokens[i + 1]?.norm ?? '')) return -1;
  const last = Math.min(tokens.length - 1, i + FOCUS_REACH + 1);
  for (let k = i + 2; k <= last && sameClause(tokens, i, k); k++) {
    const word = tokens[k]!.norm;
    if (word === 'who' || word === 'whom') return k;
    if (word === 'that' || word === 'which')
      return FOCUS_DETERMINERS.has(tokens[i + 1]!.norm) && !NOT_A_FOCUS.has(tokens[k - 1]!.norm) ? k : -1;
  }
  return -1;
}

/** Where the scope of a plain cue at i, running from `start`, ends: before a predicate's object or a cleft's "who". */
function toggleEnd(
  tokens: readonly Token[],
  i: number,
  wordScoped: boolean,
  start: number,
  reach: number,
): number {
  const limit = predicateEnd(tokens, start, reach);
  if (wordScoped) return limit;
  const focusEnd = cleftFocusEnd(tokens, i);
  return focusEnd >= 0 && focusEnd < limit ? focusEnd : limit;
}

/**
 * For each token, 1 when an odd number of negation scopes cover it ("neither ... nor" counts once),
 * written into `parity` (zeroed, one byte per token) when the caller has one.
 * @example negatedTokens(tokenize('Beria was not arrested').tokens) // [0, 0, 0, 1]
 */
export function negatedTokens(
  tokens: readonly Token[],
  parity: Uint8Array = new Uint8Array(tokens.length),
): Uint8Array {
  let paired: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let cue: Cue;
    let scope: Scope | null = null;
    if (hasWordScope(tokens[i]!)) {
      scope = wordScope(tokens, i);
      cue = scope ? Cue.Toggle : Cue.None;
    } else cue = cueAt(tokens, i);
    if (cue === Cue.None) continue;
    const clause = tokens[i]!.clause;
    const start = scope ? scope.start : i;
    const reach = Math.min(tokens.length, start + 1 + (scope ? scope.reach : SCOPE));
    const limit = cue === Cue.Toggle ? toggleEnd(tokens, i, scope !== null, start, reach) : reach;
    if (cue === Cue.Paired) paired ??= new Uint8Array(tokens.length);
    for (let j = start + 1; j < limit; j++) {
      const t = tokens[j]!;
      if (t.clause !== clause || t.flags & CLAUSE_WORD || (t.flags & TIME && j > start + 1)) break;
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
    // A word of time ends the scope of any cue before it but the one just before it.
    if (after.flags & TIME) return -1;
  }
  return -1;
}

/**
 * The negation word before token i whose denial a counterfactual or "not only" cancelled ("could
 * not have won without the army's support"), or -1. Evidence for an affirmed statement is quoted
 * from it, so the student sees "could not have won", not "won", which reads as its opposite; a
 * modal just before the cue is quoted too.
 * @example cancelledCueBefore(tokenize('He could not have won without the army').tokens, 4) // 1
 */
export function cancelledCueBefore(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= SCOPE && sameClause(tokens, j, i); j--) {
    const t = tokens[j]!;
    if (!t.negated && (t.flags & CUE) === 0) continue;
    if (cueAt(tokens, j) !== Cue.None) return -1;
    const modal = tokens[j - 1];
    return modal && modal.flags & CONDITIONAL && modal.norm !== 'if' && sameClause(tokens, j - 1, j)
      ? j - 1
      : j;
  }
  return -1;
}

/** True when the word is a negation cue on its own (used to keep cues out of fuzzy matching). */
export function isNegationWord(word: string): boolean {
  return CUES.has(word) || PAIRED_CUES.has(word);
}
