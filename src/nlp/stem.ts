/**
 * Porter stems (stdlib's implementation: the same stems as natural's on every word of
 * compromise's lexicon and of the seed answers, and about six times as fast, which matters for an
 * answer full of words never seen before), memoised. The cache only remembers a pure function, so clearing it when full
 * keeps results deterministic while bounding memory.
 */
import porterStem from '@stdlib/nlp-porter-stemmer';

const MAX_ENTRIES = 50_000;
// Longer than any English word. The Porter stemmer's regular expressions take time that grows with
// the square of a long run of consonants ("qqqq..." of 50,000 letters took 15 s), so a longer word
// is left as it is: no rubric word stems to it anyway.
const MAX_STEMMED_LENGTH = 40;
const cache = new Map<string, string>();
// Words whose Porter stem is shared with words of other meanings: "general" and "generals" stem to
// "gener", as do "generally", "generation", "generous" and "generate", so "Generally the leaders
// needed support" read as the army's support. These keep a stem of their own.
const OWN_STEMS = new Map([
  ['general', 'general'],
  ['generals', 'general'],
]);

/**
 * The Porter stem of a normalised word; words with digits, and words over 40 letters, are left as
 * they are.
 * @example stem('arrested') // 'arrest'
 */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stemmable = word.length > 2 && word.length <= MAX_STEMMED_LENGTH && /^[a-z]+$/.test(word);
  const result = OWN_STEMS.get(word) ?? (stemmable ? porterStem(word) : word);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * A word's first letter and its second (a "y" read as "i"), as one number; -1 for a single letter.
 * A word of STEM_HEAD_MIN_LENGTH letters or more always has its stem's head (the stemmer only ever
 * changes a second letter from "y" to "i"); a shorter one may not ("eed" stems to "e"). It lets a
 * lookup by stem skip stemming a long word that no stem it knows starts like.
 * @example stemHead('buying') === stemHead(stem('buying')) // true: "bu", and "bui"
 */
export function stemHead(word: string): number {
  if (word.length < 2) return -1;
  const second = word.charCodeAt(1);
  return word.charCodeAt(0) * 65536 + (second === 121 /* y */ ? 105 /* i */ : second);
}

/** Words this long or longer always stem to something with the same head (see stemHead). */
export const STEM_HEAD_MIN_LENGTH = 5;
