/**
 * Drafts, for each point, the misconception of saying its opposite. A point the model answers
 * state negated ("not connected") is contradicted by affirming it ("terminal 1 is connected"); a
 * point they affirm ("separated by a gap") by denying it close to its word ("there is no gap").
 * Where the model answers themselves state the word both ways ("not connected to the positive
 * terminal", "connected to the negative terminal"), the word alone says nothing: the opposite
 * counts only next to a word of the sentence it contradicts that the other sentences lack
 * ("positive"), and when there is no such word no misconception is drafted.
 */
import type { Alternative, Concept, Misconception, PointMatch } from '../rubric/types';
import { findMentions, type Mention } from './draft-concepts';
import type { DraftConcept } from './draft-rubric';

/** Words that deny the word within DENIAL_REACH of them ("no gap", "not separated", "isn't connected"). */
const DENIALS: Alternative[] = [
  'no',
  'not',
  'never',
  'none',
  'nothing',
  'without',
  'is not',
  'are not',
  'was not',
  'were not',
  'does not',
  'do not',
  'did not',
  'has not',
  'have not',
  'had not',
  'can not',
];
/** How far (in words) a denial reaches: "no gap", "not a gap", "not in the path". */
const DENIAL_REACH = 2;
/** How far a distinguishing word may be from the word it qualifies ("connected to the positive terminal"). */
const CONTEXT_REACH = 5;

export interface ContradictionOptions {
  /** Every concept of the model answers, before any is dropped for the points limit. */
  concepts: readonly DraftConcept[];
  /** The alternatives of the point's word. */
  alternatives: Alternative[];
}

/** Content-word mentions per sentence, found once per draft. */
type SentenceWords = Map<string, Mention[]>;

function mentionsOf(sentence: string, cache: SentenceWords): Mention[] {
  let found = cache.get(sentence);
  if (!found) {
    found = findMentions(sentence);
    cache.set(sentence, found);
  }
  return found;
}

/**
 * Whether each sentence states the key denied: the word itself is negated ("no gap") or follows a
 * negation in its sentence ("not separated from the terminal by a gap").
 */
function sentencesStating(
  key: string,
  sentences: readonly string[],
  cache: SentenceWords,
): { affirmed: string[]; denied: string[] } {
  const out = { affirmed: [] as string[], denied: [] as string[] };
  for (const sentence of sentences) {
    let negation = false;
    for (const m of mentionsOf(sentence, cache)) {
      negation ||= m.negated;
      if (m.key === key) {
        (negation ? out.denied : out.affirmed).push(sentence);
        break;
      }
    }
  }
  return out;
}

/**
 * Words of the sentences stating the concept that no sentence stating its opposite has, as
 * alternatives; [] when it is never stated both ways, null when it is but nothing tells them apart.
 */
function distinguishingWords(
  c: DraftConcept,
  concepts: readonly DraftConcept[],
  cache: SentenceWords,
): Alternative[] | null {
  const sentences = [...new Set(concepts.flatMap((x) => x.mentions.map((m) => m.sentence)))];
  const stating = sentencesStating(c.key, sentences, cache);
  const [mine, theirs] = c.negated ? [stating.denied, stating.affirmed] : [stating.affirmed, stating.denied];
  if (theirs.length === 0) return [];
  const excluded = new Set(theirs.flatMap((x) => mentionsOf(x, cache)).map((m) => m.key));
  const words = mine
    .flatMap((x) => mentionsOf(x, cache))
    .filter((m) => m.key !== c.key && !excluded.has(m.key));
  // A qualifier tells two statements apart ("connected to the positive terminal" vs "to the
  // negative battery terminal"); a noun only one of them happens to name ("battery") does not.
  const qualifiers = words.filter((m) => m.kind === 'adjective' || m.kind === 'number');
  const out = new Set<string>();
  for (const m of qualifiers.length > 0 ? qualifiers : words) {
    out.add(m.surface);
    if (m.kind !== 'name' && m.kind !== 'number') {
      out.add(m.root);
      if (m.key.length >= 4 && !m.key.includes(' ')) out.add(`${m.key}*`);
    }
  }
  return out.size > 0 ? [...out] : null;
}

/**
 * The match of the misconception that contradicts the concept, or null when the model answers
 * state it both ways with nothing to tell the two apart.
 * @example contradictionMatch(gapConcept, { concepts, alternatives: ['gap'] })
 * // { all: [['gap'], ['no', 'not', ...]], window: { words: 3 }, polarity: 'negated' }
 */
export function contradictionMatch(
  c: DraftConcept,
  options: ContradictionOptions,
  cache: SentenceWords = new Map(),
): PointMatch | null {
  // "Not 4" denies nothing a student would say: numbers are contradicted by other numbers.
  if (c.kind === 'number' && !c.negated) return null;
  const context = distinguishingWords(c, options.concepts, cache);
  if (context === null) return null;
  const word = options.alternatives;
  if (c.negated) {
    // Said without the negation: "connected" where the model answer says "not connected".
    if (context.length === 0) return { all: [word], polarity: 'affirmed' };
    return { all: [word, context], window: { words: CONTEXT_REACH }, polarity: 'affirmed' };
  }
  // Denied right next to the word ("no gap", "not separated"), not anywhere in a negation's scope.
  const denied: Concept = { all: [word, DENIALS], window: { words: DENIAL_REACH }, polarity: 'negated' };
  if (context.length === 0) return denied;
  return {
    atLeast: 2,
    of: [denied, { all: [word, context], window: { words: CONTEXT_REACH }, polarity: 'negated' }],
  };
}

/** The misconception for a drafted point, or null (see contradictionMatch). */
export function draftContradiction(
  c: DraftConcept,
  id: string,
  shown: string,
  options: ContradictionOptions,
  cache: SentenceWords,
): Misconception | null {
  const match = contradictionMatch(c, options, cache);
  if (!match) return null;
  const m = c.mentions[0]!;
  return {
    id: `contradicts-${id}`.slice(0, 80),
    label: c.negated ? `Says the opposite of "${shown}"` : `Denies ${shown}`,
    match,
    feedback: `The model answer says the opposite: "${m.sentence.slice(0, 160)}".`,
  };
}
