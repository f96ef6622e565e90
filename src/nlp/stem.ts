/**
 * Porter stems, memoised. The cache only remembers a pure function, so clearing it when full
 * keeps results deterministic while bounding memory.
 */
// natural's index loads every module (0.5 s, and dotenv); take the stemmer alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const porter = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(word: string): string };

const MAX_ENTRIES = 50_000;
const cache = new Map<string, string>();

/**
 * The Porter stem of a normalised word; words with digits are left as they are.
 * @example stem('arrested') // 'arrest'
 */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = /^[a-z]+$/.test(word) && word.length > 2 ? porter.stem(word) : word;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(word, result);
  return result;
}
