/**
 * Drafts, for each point, the misconception of saying its opposite. A point the model answers
 * state negated ("not connected") is contradicted by affirming it ("terminal 1 is connected"); a
 * point they affirm ("separated by a gap") by denying it close to its word ("there is no gap").
 * Where the model answers themselves state the word both ways ("not connected to the positive
 * terminal", "connected to the negative terminal"), the word alone says nothing: the opposite
 * counts only next to a word of the sentence it contradicts that the other sentences lack
 * ("positive"), and when there is no such word no misconception is drafted.
 * Given pairs of opposites (connected / gap), a point is also contradicted by affirming its word's
 * opposite ("there is a gap" against "connected") or denying it ("no gap" against "not
 * connected"), under the same rules: a reference sentence that affirms the opposite states the
 * point's word denied.
 */
import type { Alternative, Concept, Misconception, PointMatch } from '../rubric/types';
import { findMentions, stemOf, type Mention } from './draft-concepts';
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
/** An opposite often names both ends after it: "a gap between terminal 1 and the negative terminal". */
const OPPOSITE_REACH = 8;

export interface ContradictionOptions {
  /** Every concept of the model answers, before any is dropped for the points limit. */
  concepts: readonly DraftConcept[];
  /** The alternatives of the point's word. */
  alternatives: Alternative[];
  /** Pairs of words or short phrases that say the opposite of each other ("connected", "gap"). */
  opposites?: ReadonlyArray<readonly [string, string]>;
  /** Keys of the question's words: not used to place an opposite, since copied words earn nothing. */
  questionKeys?: ReadonlySet<string>;
}

/** The opposites of a concept's word, as written in the pairs. */
export function oppositesOf(
  c: Pick<DraftConcept, 'key' | 'kind'>,
  opposites: ReadonlyArray<readonly [string, string]> = [],
): string[] {
  if (c.kind === 'name' || c.kind === 'number') return [];
  const out = new Set<string>();
  for (const [x, y] of opposites) {
    const [a, b] = [x.trim().toLowerCase(), y.trim().toLowerCase()];
    if (a === '' || b === '') continue;
    if (stemOf(a) === c.key && stemOf(b) !== c.key) out.add(b);
    if (stemOf(b) === c.key && stemOf(a) !== c.key) out.add(a);
  }
  return [...out];
}

/** Alternatives for opposite words: each word, and a stem prefix for other endings ("separation"). */
function oppositeAlternatives(words: readonly string[]): Alternative[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    const stem = stemOf(w);
    if (stem.length >= 4 && !w.includes(' ')) out.add(`${stem}*`);
  }
  return [...out];
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
  options: ContradictionOptions,
  opposites: readonly string[],
  cache: SentenceWords,
): Alternative[] | null {
  const sentences = [...new Set(options.concepts.flatMap((x) => x.mentions.map((m) => m.sentence)))];
  const stating = sentencesStating(c.key, sentences, cache);
  // Affirming an opposite ("separated by a gap") states the word denied ("not connected").
  for (const o of opposites) {
    const other = sentencesStating(stemOf(o), sentences, cache);
    stating.affirmed.push(...other.denied);
    stating.denied.push(...other.affirmed);
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  const [mine, theirs] = c.negated
    ? [unique(stating.denied), unique(stating.affirmed)]
    : [unique(stating.affirmed), unique(stating.denied)];
  // An opposite word is anchored to the point's other words even when no sentence states it:
  // "gap" alone is often said of something else ("a gap in the closed path").
  if (theirs.length === 0 && opposites.length === 0) return [];
  const excluded = new Set(theirs.flatMap((x) => mentionsOf(x, cache)).map((m) => m.key));
  for (const o of opposites) excluded.add(stemOf(o));
  // Unstated both ways, an opposite is placed by the point's other words; when those are all the
  // question's, the opposite alone says it ("there is a gap" against "4 and the positive are connected").
  if (theirs.length === 0) for (const k of options.questionKeys ?? []) excluded.add(k);
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
  if (out.size > 0) return [...out];
  return theirs.length === 0 ? [] : null;
}

/** What says the opposite of `word` stated with this polarity, next to the context words if any. */
function opposing(
  word: Alternative[],
  negated: boolean,
  context: Alternative[],
  reach = CONTEXT_REACH,
): PointMatch {
  if (negated) {
    // Said without the negation: "connected" where the model answer says "not connected".
    if (context.length === 0) return { all: [word], polarity: 'affirmed' };
    return { all: [word, context], window: { words: reach }, polarity: 'affirmed' };
  }
  // Denied right next to the word ("no gap", "not separated"), not anywhere in a negation's scope.
  const denied: Concept = { all: [word, DENIALS], window: { words: DENIAL_REACH }, polarity: 'negated' };
  if (context.length === 0) return denied;
  return {
    atLeast: 2,
    of: [denied, { all: [word, context], window: { words: reach }, polarity: 'negated' }],
  };
}

/**
 * The matches that contradict the concept: saying its word with the other polarity and, given
 * opposites, saying an opposite with the same polarity ("gap" against "connected"); each is null
 * when the model answers state it both ways with nothing to tell the two apart.
 * @example contradictionMatches(gapConcept, { concepts, alternatives: ['gap'] }).word
 * // { all: [['gap'], ['no', 'not', ...]], window: { words: 2 }, polarity: 'negated' }
 */
export function contradictionMatches(
  c: DraftConcept,
  options: ContradictionOptions,
  cache: SentenceWords = new Map(),
): { word: PointMatch | null; opposite: PointMatch | null } {
  // "Not 4" denies nothing a student would say: numbers are contradicted by other numbers.
  if (c.kind === 'number' && !c.negated) return { word: null, opposite: null };
  const context = distinguishingWords(c, options, [], cache);
  const opposites = oppositesOf(c, options.opposites);
  // The opposite needs telling apart from every sentence that states it, or denies the word.
  const wider = opposites.length > 0 ? distinguishingWords(c, options, opposites, cache) : null;
  return {
    word: context === null ? null : opposing(options.alternatives, c.negated, context),
    opposite:
      wider === null ? null : opposing(oppositeAlternatives(opposites), !c.negated, wider, OPPOSITE_REACH),
  };
}

/** The misconceptions for a drafted point (see contradictionMatches): its opposite, then its opposite words. */
export function draftContradictions(
  c: DraftConcept,
  id: string,
  shown: string,
  options: ContradictionOptions,
  cache: SentenceWords,
): Misconception[] {
  const feedback = `The model answer says the opposite: "${c.mentions[0]!.sentence.slice(0, 160)}".`;
  const { word, opposite } = contradictionMatches(c, options, cache);
  const out: Misconception[] = [];
  if (word) {
    const label = c.negated ? `Says the opposite of "${shown}"` : `Denies ${shown}`;
    out.push({ id: `contradicts-${id}`.slice(0, 80), label, match: word, feedback });
  }
  if (opposite) {
    const words = oppositesOf(c, options.opposites).join('" or "');
    out.push({
      id: `contradicts-${id}-by-opposite`.slice(0, 80),
      label: `${c.negated ? 'Denies' : 'Says'} "${words}", the opposite of "${shown}"`,
      match: opposite,
      feedback,
    });
  }
  return out;
}
