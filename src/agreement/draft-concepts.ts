/**
 * Finds the key concepts of model answers for a draft rubric: content words (nouns, verbs,
 * adjectives), names (runs of proper nouns) and numbers, each with its dictionary form, its
 * stem and whether the answer negates it ("no gap", "aren't connected"). compromise tags the
 * words: slow (about 100 texts a second), which is fine here, at drafting time only.
 */
import nlp from 'compromise';
/* eslint-disable @typescript-eslint/no-require-imports */
const porter = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(word: string): string };
const stopwords = require('natural/lib/natural/util/stopwords') as { words: string[] };
/* eslint-enable @typescript-eslint/no-require-imports */

export type ConceptKind = 'name' | 'number' | 'noun' | 'verb' | 'adjective';

/** One occurrence of a concept in one model answer. */
export interface Mention {
  kind: ConceptKind;
  /** Lower-case words as written ("connected", "secret speech"). */
  surface: string;
  /** Dictionary form ("connect"); equals surface for names and numbers. */
  root: string;
  /** Grouping key: Porter stem of the root (names and numbers: the surface). */
  key: string;
  negated: boolean;
  /** The words from the negator to the concept ("no gap"), when negated. */
  negation: string | null;
  /** The sentence it came from, for labels and hints. */
  sentence: string;
  /** Position in the answer, for a stable order. */
  index: number;
}

interface Term {
  text: string;
  normal: string;
  root?: string;
  tags: string[];
}

// "same" is a stop word for search engines but a claim here: "in the same path" is what
// "not in the same path" denies, and what "in different paths" contradicts.
const KEEP = new Set(['same']);
const STOP = new Set([
  ...stopwords.words.filter((w) => !KEEP.has(w)),
  'get',
  'got',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'thing',
  'things',
]);
// compromise does not always tag these as negative ("no longer in a closed path").
const NEGATORS = new Set(['no', 'not', 'never', 'none', 'nothing', 'without']);
const SKIP_TAGS = ['Pronoun', 'Copula', 'Auxiliary', 'Modal', 'Determiner', 'Preposition', 'Conjunction'];

/** Porter stem, the grouping key for ordinary words. */
export function stemOf(word: string): string {
  return word
    .split(' ')
    .map((w) => porter.stem(w))
    .join(' ');
}

function kindOf(tags: readonly string[]): ConceptKind | null {
  if (SKIP_TAGS.some((t) => tags.includes(t))) return null;
  if (tags.includes('ProperNoun') || tags.includes('Person') || tags.includes('Place')) return 'name';
  if (tags.includes('Value')) return 'number';
  if (tags.includes('Noun')) return 'noun';
  if (tags.includes('Verb')) return 'verb';
  if (tags.includes('Adjective')) return 'adjective';
  return null;
}

const clean = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]+/gu, '')
    .trim();

function isContent(kind: ConceptKind, word: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(word)) return false;
  return kind === 'number' || (word.length >= 2 && !STOP.has(word));
}

/** The words from the negator to the concept, for labels ("no gap", "aren't connected"). */
function negationText(terms: readonly Term[], negatorAt: number, end: number): string {
  // Contractions come out as "aren't" plus an empty negator: start from the word that carries it.
  const from = negatorAt > 0 && terms[negatorAt]!.text === '' ? negatorAt - 1 : negatorAt;
  return terms
    .slice(from, end + 1)
    .map((x) => x.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words between two positions that are not function words (articles, prepositions, auxiliaries). */
function wordsBetween(terms: readonly Term[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    const t = terms[k]!;
    if (t.text !== '' && !SKIP_TAGS.some((tag) => t.tags.includes(tag))) n += 1;
  }
  return n;
}

function sentenceMentions(terms: Term[], sentence: string, base: number): Mention[] {
  const out: Mention[] = [];
  let negatorAt = -1;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.tags.includes('Negative') || NEGATORS.has(t.normal)) negatorAt = i;
    const kind = kindOf(t.tags);
    const word = clean(t.normal);
    if (!kind || !isContent(kind, word)) continue;
    let surface = word;
    let j = i;
    // A run of proper nouns is one name ("secret speech", "marshal zhukov").
    while (kind === 'name' && j + 1 < terms.length && kindOf(terms[j + 1]!.tags) === 'name') {
      j += 1;
      surface = `${surface} ${clean(terms[j]!.normal)}`.trim();
    }
    // A negator governs the next content word, past function words and at most one other word
    // ("not separated", "no gap", "not in the same path", "no longer in a closed path").
    const negated = negatorAt >= 0 && i - negatorAt <= 5 && wordsBetween(terms, negatorAt, i) <= 1;
    const negation = negated ? negationText(terms, negatorAt, j) : null;
    const root = kind === 'name' || kind === 'number' ? surface : clean(t.root ?? t.normal) || word;
    out.push({
      kind,
      surface,
      root,
      key: kind === 'name' || kind === 'number' ? surface : stemOf(root),
      negated,
      negation,
      sentence,
      index: base + i,
    });
    if (negated) negatorAt = -1;
    i = j;
  }
  return out;
}

/**
 * The concept mentions of one text, in order.
 * @example findMentions('There is no gap.')[0] // { kind: 'noun', root: 'gap', negated: true, negation: 'no gap', ... }
 */
export function findMentions(text: string): Mention[] {
  const doc = nlp(text);
  doc.compute('root');
  // 'root' is a real option once compute('root') has run; compromise's types do not list it.
  const sentences = doc.json({ terms: { normal: true, root: true } as { normal: boolean } }) as Array<{
    text: string;
    terms: Term[];
  }>;
  const out: Mention[] = [];
  let base = 0;
  for (const s of sentences) {
    out.push(...sentenceMentions(s.terms, s.text.trim(), base));
    base += s.terms.length;
  }
  return out;
}
