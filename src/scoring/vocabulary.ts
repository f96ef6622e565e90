/**
 * The rubric's vocabulary: every distinct word its alternatives use, and a fast lookup from an
 * answer's word to the rubric words it can stand for (exact, inflection, prefix, misspelling),
 * memoised so each distinct word is analysed once per compiled rubric.
 */
import * as nlp from '../nlp';
import { irregularBases, irregularForms, isKnownWord } from './inflections';

// Read into module constants once: a transpiled import is a getter, and the misspelling check
// calls these for dozens of rubric words per word never seen before.
const { allowedEdits, boundedDistance, isNegationWord, letterMask, lettersNotIn, stem, stemHead } = nlp;
const STEM_HEAD_MIN_LENGTH = nlp.STEM_HEAD_MIN_LENGTH;

/** A rubric word an answer's token can match. */
export interface Hit {
  word: number;
  confidence: number;
}

export const MISSPELLING_CONFIDENCE = 0.8;
const MEMO_LIMIT = 20_000;
const NO_HITS: readonly Hit[] = Object.freeze([]);
// Words too common to ever be treated as someone's misspelling of a rubric word.
const NEVER_FUZZY = new Set(
  (
    'about above after again against because been before being below between could did does doing during ' +
    'each from further have having here into itself more most other over same should some such than that ' +
    'their them then there these they this those through under until very were what when where which while ' +
    'whom with would your also only just'
  ).split(' '),
);

export interface Vocabulary {
  /** Registers a word ('police' or the prefix 'consolidat*') and returns its id. */
  add(word: string, prefix: boolean): number;
  /** The rubric words the normalised token can stand for. */
  hits(norm: string): readonly Hit[];
  /** The word text behind an id, for messages. */
  text(id: number): string;
}

interface Entry {
  id: number;
  norm: string;
  prefix: boolean;
  /** The letters the word uses (see letterMask), to rule out most misspelling checks at once. */
  mask: number;
  /** The edits a misspelling of it may make (see allowedEdits). */
  maxEdits: number;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** How far the start of `word` is from `prefix` ("arest" from "arrest*"), trying one letter more or less. */
function prefixDistance(word: string, prefix: string, max: number): number {
  let best = max + 1;
  for (let length = prefix.length - max; length <= prefix.length + max; length++) {
    if (length < 1 || length > word.length) continue;
    best = Math.min(best, boundedDistance(word.slice(0, length), prefix, max));
  }
  return best;
}

/**
 * Creates an empty vocabulary; words are added while a rubric compiles, then only looked up.
 * @example const v = createVocabulary(); const id = v.add('arrest', false); v.hits('arrested') // [{ word: id, confidence: 1 }]
 */
export function createVocabulary(): Vocabulary {
  const entries: Entry[] = [];
  const ids = new Map<string, number>();
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  // The heads of every stem in `stems` (see stemHead): a long word whose head is not here cannot
  // share a stem with a rubric word, so it is not stemmed (most of an answer's unknown words).
  const stemHeads = new Set<number>();
  const addStem = (word: string, id: number): void => {
    const key = stem(word);
    push(stems, key, id);
    stemHeads.add(stemHead(key));
  };
  // Prefixes by their first letter: a word can only start with those that share its own.
  const prefixesByInitial = new Map<string, Entry[]>();
  const fuzzyByInitial = new Map<string, Entry[]>();
  const memo = new Map<string, readonly Hit[]>();

  function add(word: string, prefix: boolean): number {
    const key = prefix ? `${word}*` : word;
    const known = ids.get(key);
    if (known !== undefined) return known;
    const entry: Entry = {
      id: entries.length,
      norm: word,
      prefix,
      mask: letterMask(word),
      maxEdits: allowedEdits(word),
    };
    entries.push(entry);
    ids.set(key, entry.id);
    memo.clear();
    if (prefix) {
      const list = prefixesByInitial.get(word[0]!) ?? [];
      list.push(entry);
      prefixesByInitial.set(word[0]!, list);
    } else {
      push(exact, word, entry.id);
      addStem(word, entry.id);
      for (const form of irregularForms(word)) push(exact, form, entry.id);
      // A past form also stands for its base's regular inflections: "got" for "getting", "gets".
      for (const base of irregularBases(word)) addStem(base, entry.id);
    }
    if (allowedEdits(word) > 0 && /^[a-z]+$/.test(word) && !NEVER_FUZZY.has(word) && !isNegationWord(word)) {
      const list = fuzzyByInitial.get(word[0]!) ?? [];
      list.push(entry);
      fuzzyByInitial.set(word[0]!, list);
    }
    return entry.id;
  }

  function fuzzy(norm: string): Hit[] {
    if (norm.length < 4 || NEVER_FUZZY.has(norm) || !/^[a-z]+$/.test(norm) || isKnownWord(norm)) return [];
    const found: Hit[] = [];
    const mask = letterMask(norm);
    for (const entry of fuzzyByInitial.get(norm[0]!) ?? []) {
      const max = entry.maxEdits;
      // Letters one word has and the other lacks each cost an edit: most candidates stop here.
      // A prefix is compared with the start of the word, at most max letters longer than it.
      if (entry.prefix) {
        if (lettersNotIn(entry.mask, letterMask(norm, entry.norm.length + max)) > max) continue;
      } else if (lettersNotIn(entry.mask, mask) > max || lettersNotIn(mask, entry.mask) > max) continue;
      const near = entry.prefix
        ? prefixDistance(norm, entry.norm, max)
        : boundedDistance(norm, entry.norm, max);
      if (near <= max) found.push({ word: entry.id, confidence: MISSPELLING_CONFIDENCE });
    }
    return found;
  }

  function mayShareStem(norm: string): boolean {
    if (norm.length <= 2) return false;
    return norm.length < STEM_HEAD_MIN_LENGTH || stemHeads.has(stemHead(norm));
  }

  function analyse(norm: string): readonly Hit[] {
    // Most words an answer uses are not the rubric's: they allocate nothing here.
    let found: Map<number, number> | undefined;
    for (const id of exact.get(norm) ?? []) (found ??= new Map()).set(id, 1);
    if (mayShareStem(norm)) for (const id of stems.get(stem(norm)) ?? []) (found ??= new Map()).set(id, 1);
    for (const entry of prefixesByInitial.get(norm[0]!) ?? []) {
      if (norm.startsWith(entry.norm)) (found ??= new Map()).set(entry.id, 1);
    }
    if (!found) for (const hit of fuzzy(norm)) (found ??= new Map()).set(hit.word, hit.confidence);
    if (!found) return NO_HITS;
    return [...found].map(([word, confidence]) => ({ word, confidence }));
  }

  function hits(norm: string): readonly Hit[] {
    let result = memo.get(norm);
    if (result === undefined) {
      result = analyse(norm);
      // Clearing only forgets a pure function's answers, so marks stay deterministic.
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(norm, result);
    }
    return result;
  }

  return { add, hits, text: (id) => entries[id]?.norm ?? '' };
}
