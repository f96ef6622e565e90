/**
 * Alternatives as sequences of rubric words, expanded with synonyms: the shared lexicon and the
 * rubric's own table (a group member may replace any matching run of words in an alternative)
 * and WordNet synonyms for the rubric's chosen ordinary words.
 */
import { stem, tokenize } from '../nlp';

/** One way of writing an alternative: its words (normalised) and how sure a match on it is. */
export interface Variant {
  words: Array<{ norm: string; prefix: boolean }>;
  confidence: number;
}

export const SYNONYM_CONFIDENCE = 0.9;
export const WORDNET_CONFIDENCE = 0.75;
const MAX_VARIANTS = 40;

/**
 * Splits an alternative into words; a word followed by * matches any ending ("consolidat*").
 * @example parseAlternative('consolidat* power') // [{ norm: 'consolidat', prefix: true }, { norm: 'power', prefix: false }]
 */
export function parseAlternative(text: string): Variant['words'] {
  return tokenize(text).tokens.map((t) => ({ norm: t.norm, prefix: text.charCodeAt(t.end) === 42 }));
}

function stemKey(words: Variant['words']): string {
  return words.map((w) => (w.prefix ? `${w.norm}*` : stem(w.norm))).join(' ');
}

export interface SynonymIndex {
  groups: Array<Array<Variant['words']>>;
  byKey: Map<string, number[]>;
  lengths: number[];
}

/** Indexes synonym groups by each member's stemmed words. */
export function indexSynonyms(groups: readonly (readonly string[])[]): SynonymIndex {
  const index: SynonymIndex = { groups: [], byKey: new Map(), lengths: [] };
  const lengths = new Set<number>();
  groups.forEach((group, g) => {
    const members = group.map(parseAlternative).filter((words) => words.length > 0);
    index.groups.push(members);
    for (const words of members) {
      const key = stemKey(words);
      const list = index.byKey.get(key) ?? [];
      if (!list.includes(g)) list.push(g);
      index.byKey.set(key, list);
      lengths.add(words.length);
    }
  });
  index.lengths = [...lengths].sort((a, b) => b - a);
  return index;
}

function synonymVariants(words: Variant['words'], synonyms: SynonymIndex): Variant[] {
  const out: Variant[] = [];
  for (let start = 0; start < words.length; start++) {
    for (const length of synonyms.lengths) {
      if (start + length > words.length) continue;
      const span = words.slice(start, start + length);
      for (const g of synonyms.byKey.get(stemKey(span)) ?? []) {
        for (const member of synonyms.groups[g]!) {
          const replaced = [...words.slice(0, start), ...member, ...words.slice(start + length)];
          out.push({ words: replaced, confidence: SYNONYM_CONFIDENCE });
        }
      }
    }
  }
  return out;
}

function wordnetVariants(
  words: Variant['words'],
  wordnet: ReadonlyMap<string, readonly string[]>,
): Variant[] {
  const out: Variant[] = [];
  words.forEach((word, i) => {
    for (const synonym of wordnet.get(word.norm) ?? []) {
      const replaced = [...words.slice(0, i), ...parseAlternative(synonym), ...words.slice(i + 1)];
      out.push({ words: replaced, confidence: WORDNET_CONFIDENCE });
    }
  });
  return out;
}

/**
 * Every way of writing one alternative, exact wording first, without duplicates.
 * @example expandAlternative('secret police', synonyms, new Map()) // secret police (1), MVD (0.9), ...
 */
export function expandAlternative(
  text: string,
  synonyms: SynonymIndex,
  wordnet: ReadonlyMap<string, readonly string[]>,
): Variant[] {
  const words = parseAlternative(text);
  if (words.length === 0) return [];
  const candidates = [
    { words, confidence: 1 },
    ...synonymVariants(words, synonyms),
    ...wordnetVariants(words, wordnet),
  ];
  const best = new Map<string, Variant>();
  for (const variant of candidates) {
    const key = variant.words.map((w) => (w.prefix ? `${w.norm}*` : w.norm)).join(' ');
    const known = best.get(key);
    if (!known || known.confidence < variant.confidence) best.set(key, variant);
  }
  return [...best.values()].slice(0, MAX_VARIANTS);
}
