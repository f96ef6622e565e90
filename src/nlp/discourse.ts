/**
 * Sentence-level signals read from small closed word lists (never a parser, so marking stays
 * linear and fast): causal connectives, judgement phrases, back references and whether a
 * sentence is prose or a keyword list.
 */
import type { Sentence, Token } from './tokens';

export interface SentenceSignals {
  /** Holds a causal connective (because, so, this meant that, led to, ...). */
  causal: boolean;
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

const CAUSAL = phraseIndex(
  'because|so|therefore|consequently|thus|hence|as a result|result|resulted|resulting|meant|means|mean|' +
    'led to|lead to|leads to|leading to|caused|cause|causes|causing|due to|owing to|thanks to|in order to|' +
    'enabled|enable|enables|enabling|allowed|allow|allows|allowing|ensured|ensure|ensures|ensuring|' +
    'which made|made it|made him|made them|making it|gave him|giving him|contributed to|explains|so that|' +
    'this is why|which is why|that is why|for this reason|in turn|' +
    'since the|since he|since they|since there|since it|since his',
);
const JUDGEMENT = phraseIndex(
  'most important|main reason|main factor|key reason|key factor|above all|more significant|most significant|' +
    'more important|overall|in conclusion|to conclude|crucial|decisive|ultimately|primary reason|most of all|' +
    'biggest reason|greatest|chiefly|most influential|more than any',
);
const BACK_REFERENCE = phraseIndex(
  'this|that|it|these|those|as a result|therefore|consequently|thus|hence|so|because of this|due to this|' +
    'which|for this reason|in turn',
);
const FUNCTION_WORDS = new Set(
  (
    'the a an of to in on at by for with from as that this these those it its he his him she her they them ' +
    'their was were is are be been being had has have did do does who which because so and but not no could ' +
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

function phraseAt(index: PhraseIndex, tokens: readonly Token[], i: number, end: number): boolean {
  const candidates = index.get(tokens[i]!.norm);
  if (!candidates) return false;
  return candidates.some((parts) => {
    if (i + parts.length > end) return false;
    for (let k = 1; k < parts.length; k++) if (tokens[i + k]!.norm !== parts[k]) return false;
    return true;
  });
}

function looksLikeVerb(word: string): boolean {
  return VERBS.has(word) || (word.length > 4 && (word.endsWith('ed') || word.endsWith('ing')));
}

/**
 * Reads the signals of one sentence. `masked` marks tokens that earn nothing (question copied back).
 * @example sentenceSignals(tokens, sentence, mask).causal
 */
export function sentenceSignals(tokens: readonly Token[], s: Sentence, masked: Uint8Array): SentenceSignals {
  let causal = false;
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
    if (!causal && phraseAt(CAUSAL, tokens, i, s.endToken)) causal = true;
    if (!judgement && phraseAt(JUDGEMENT, tokens, i, s.endToken)) judgement = true;
  }
  const prose = words >= 5 && verbs >= 1 && functionWords >= 2 && functionWords * 6 >= words;
  const first = s.firstToken;
  const refersBack = !masked[first] && phraseAt(BACK_REFERENCE, tokens, first, s.endToken);
  return { causal: causal && prose, judgement: judgement && prose, refersBack: refersBack && prose, prose };
}
