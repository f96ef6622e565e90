/** What other folders may use from the language layer. */
export { foldText, normaliseWord, type NormalisedWord } from './normalise';
export { keyOf, tokenize, type Token, type Sentence, type TokenizedText } from './tokens';
export { STEM_HEAD_MIN_LENGTH, stem, stemHead } from './stem';
export { allowedEdits, boundedDistance, isMisspelling, letterMask, lettersNotIn } from './spelling';
export { cancelledCueBefore, negatedTokens, negationCueBefore, isNegationWord } from './negation';
export { ADVERB, ANY_CUE, CLAUSE_WORDS, FUNCTION, VERB, isDateWord, wordClasses } from './word-classes';
export { sentenceSignals, type SentenceSignals } from './discourse';
export { questionStarts } from './questions';
