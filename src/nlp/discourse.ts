/**
 * Sentence-level signals read from small closed word lists (never a parser, so marking stays
 * linear and fast): causal connectives, judgement phrases, back references and whether a
 * sentence is prose or a keyword list.
 */
import type { Sentence, Token } from './tokens';

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

type PhraseIndex = Map<string, string[][]>;

function phraseIndex(phrases: string): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases.split('|')) {
    const parts = phrase.trim().split(' ');
    const list = index.get(parts[0]!) ?? [];
    list.push(parts);
    index.set(parts[0]!, list);
  }
  return index;
}

// Common misspellings of "because" are listed: a misspelt connective still explains.
const CAUSAL = phraseIndex(
  'because|becuase|becasue|beacuse|becouse|becaus|cos|cuz|so|therefore|therefor|consequently|thus|hence|' +
    'as a result|result in|resulted|resulting in|results in|meant|means|mean that|led to|lead to|leads to|' +
    'leading to|caused|causes|causing|due to|owing to|thanks to|in order to|so as to|enabled|enable|enables|' +
    'enabling|allowed|allow|allows|allowing|ensured|ensure|ensures|ensuring|which made|this made|that made|' +
    'it made|made it|made him|made them|making it|gave him|giving him|contributed to|explains|so that|' +
    'this is why|which is why|that is why|for this reason|in turn|let him|letting him|helped him|' +
    'since the|since he|since they|since there|since it|since his',
);
const JUDGEMENT = phraseIndex(
  'most important|main reason|main factor|main cause|key reason|key factor|above all|more significant|' +
    'most significant|more important|less important|overall|in conclusion|to conclude|crucial|decisive|' +
    'ultimately|primary reason|most of all|biggest reason|biggest factor|chiefly|mattered most|matters most|' +
    'mattered more|more than anything|the real reason|i think|in my opinion|on balance',
);
const BACK_REFERENCE = phraseIndex(
  'this|that|it|these|those|as a result|therefore|consequently|thus|hence|so|because of this|due to this|' +
    'which|for this reason|in turn',
);
const FUNCTION_WORDS = new Set(
  (
    'the a an of to in on at by for with from as that this these those it its he his him she her they them ' +
    'their was were is are be been being had has have did do does who which and but could ' +
    'would should might will can after before then there than also when while however into over under'
  ).split(' '),
);
// Verbs that show a sentence says something: auxiliaries and the common ones past and present.
const VERBS = new Set(
  (
    'was were is are be been being had has have did do does could would should might will can ' +
    'led made became gave took meant wanted feared tried won lost used needed got kept saw held left ' +
    'lead make become give take mean want fear try win lose use need get keep see hold leave'
  ).split(' '),
);
const USE_WORDS = new Set(['used', 'use', 'uses', 'using']);
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

function isGerund(token: Token | undefined): boolean {
  return (
    token !== undefined && token.norm.length > 4 && token.norm.endsWith('ing') && !NOT_RESULTS.has(token.norm)
  );
}
const NOT_RESULTS = new Set(['having', 'being', 'during', 'nothing', 'something', 'anything', 'everything']);

/**
 * The means or result of an action: "by (skilfully) building alliances", "used his post to
 * appoint", and a clause that opens with a participle ("..., appealing to the disillusioned").
 */
function meansAt(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const token = tokens[i]!;
  if (token.norm === 'by') {
    const next = tokens[i + 1];
    const after = next && next.norm.endsWith('ly') ? tokens[i + 2] : next;
    return after !== undefined && after.sentence === token.sentence && isGerund(after);
  }
  if (i > s.firstToken && tokens[i - 1]!.clause !== token.clause && isGerund(token)) return true;
  if (!USE_WORDS.has(token.norm)) return false;
  for (let k = i + 2; k < Math.min(s.endToken, i + MEANS_WINDOW); k++)
    if (tokens[k]!.norm === 'to') return true;
  return false;
}

function looksLikeVerb(word: string): boolean {
  return VERBS.has(word) || (word.length > 4 && (word.endsWith('ed') || word.endsWith('ing')));
}

/**
 * A sentence that opens with "Because ..." explains only when a main clause follows it; one that
 * opens with "As a result" or "So" ties itself to the sentence before.
 */
function connectiveCounts(tokens: readonly Token[], s: Sentence, i: number, refersBack: boolean): boolean {
  if (i !== s.firstToken || refersBack) return true;
  const last = tokens[s.endToken - 1]!;
  return last.clause !== tokens[i]!.clause;
}

/** Many clauses of one or two words each: "Beria, secret police, Zhukov, army". */
function isList(tokens: readonly Token[], s: Sentence): boolean {
  const words = s.endToken - s.firstToken;
  const clauses = tokens[s.endToken - 1]!.clause - tokens[s.firstToken]!.clause + 1;
  return clauses >= 4 && words < clauses * 2.5;
}

/**
 * Reads the signals of one sentence. `masked` marks tokens that earn nothing (question copied back).
 * @example sentenceSignals(tokens, sentence, mask).connectives
 */
export function sentenceSignals(tokens: readonly Token[], s: Sentence, masked: Uint8Array): SentenceSignals {
  const first = s.firstToken;
  const refersBack = !masked[first] && phraseAt(BACK_REFERENCE, tokens, first, s.endToken) > 0;
  let connectives = 0;
  let judgement = false;
  let functionWords = 0;
  let verbs = 0;
  let words = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (masked[i]) continue;
    words++;
    const norm = tokens[i]!.norm;
    if (FUNCTION_WORDS.has(norm)) functionWords++;
    if (looksLikeVerb(norm)) verbs++;
    const causal = phraseAt(CAUSAL, tokens, i, s.endToken) > 0 || meansAt(tokens, i, s);
    if (causal && connectiveCounts(tokens, s, i, refersBack)) connectives++;
    if (!judgement && phraseAt(JUDGEMENT, tokens, i, s.endToken) > 0) judgement = true;
  }
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
