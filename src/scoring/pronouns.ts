/**
 * "Beria was feared. He controlled the secret police." A pronoun in the sentence after one that
 * names exactly one person stands for that person: a "He", "She" or "His" that opens the sentence,
 * a later "he" or "his" with no possible name before it in its sentence ("Everyone knew he ran
 * the NKVD"), and any "him" ("Nobody dared to stand up to him"). The pronoun then stands for
 * that name in every group of names the name matched, so the point is found in the student's
 * second sentence and explained by it. When the sentence before names two people, or any
 * capitalised word that may be another ("Zhukov arrested Beria. He was shot."), nothing is
 * guessed; nor is a "he" or "his" after a name in its own sentence ("Khrushchev used his
 * position" is Khrushchev's). Such matches are marked `inferred`: they earn credit, never a
 * factual error.
 */
import {
  ADVERB as ADVERB_BIT,
  FUNCTION as FUNCTION_BIT,
  keyOf,
  VERB as VERB_BIT,
  type Token,
  type TokenizedText,
} from '../nlp';
import { isKnownWord } from './inflections';
import { NO_MATCHES, type GroupMatch } from './patterns';

// Read into module constants once: a transpiled import is a getter, too slow per token.
const ADVERB = ADVERB_BIT;
const FUNCTION = FUNCTION_BIT;
const VERB = VERB_BIT;

// The pronouns that open a sentence about its subject ("Her" is left out: it is as often an object).
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'his']);
// A subject pronoun later in a sentence is read only when no name comes before it there, "him" always:
// it never stands for the subject of its own clause ("Khrushchev arrested him").
const LATER_PRONOUNS = new Set(['he', 'his', 'him']);
const NO_PRONOUNS: readonly number[] = [];
// Their keys, so the words of an answer are ruled out by integer comparisons (see pronounsIn).
const [HE, SHE, HIS, HIM] = ['he', 'she', 'his', 'him'].map(keyOf) as [number, number, number, number];

// Capitalised words that name no person, so they leave the one name in a sentence unambiguous.
const NOT_PEOPLE = new Set(
  (
    'i party communist communists soviet soviets ussr union russia russian russians presidium politburo ' +
    'central committee secret speech congress red army kremlin moscow mvd nkvd mgb kgb gulag gulags premier ' +
    'first secretary general marshal council ministers anti group virgin lands stalinist stalinists ' +
    'stalinism great terror leader west western america american americans ukraine ukrainian georgia ' +
    'georgian cold war world ii second patriotic hungary hungarian poland polish germany german ' +
    'germans nazi nazis britain british china chinese yugoslavia berlin stalingrad leningrad kiev ' +
    'siberia kazakhstan europe european east eastern january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

// People an English word list knows as words, so a capital at the start of a sentence says nothing.
const KNOWN_PEOPLE = new Set(
  'stalin lenin hitler churchill roosevelt truman eisenhower kennedy mao tito'.split(' '),
);

/** "Stalin's", "Stalin’s", "Khrushchevs'": the word is written as an owner. */
function isPossessive(answer: string, token: Token): boolean {
  const last = answer.charCodeAt(token.end - 1);
  const before = answer.charCodeAt(token.end - 2);
  return (
    ((last === 115 || last === 83) && (before === 39 || before === 0x2019)) || last === 39 || last === 0x2019
  );
}

function isCapitalised(answer: string, token: Token): boolean {
  const c = answer.charCodeAt(token.start);
  return c >= 65 && c <= 90;
}

/**
 * True when the token may name someone: a capitalised word that is no common noun of
 * the period, nor a function word or an adverb ("Finally") capitalised after a missing full stop
 * ("... underestimated This meant he ..."). A sentence's first word is capitalised anyway, so there it must also be no
 * ordinary English word ("Zhukov arrested Beria", not "Another reason was Beria").
 */
function mayBePerson(answer: string, token: Token, opensSentence: boolean): boolean {
  const { norm } = token;
  if (!isCapitalised(answer, token) || NOT_PEOPLE.has(norm) || token.flags & (FUNCTION | ADVERB))
    return false;
  if (!opensSentence || KNOWN_PEOPLE.has(norm)) return true;
  // The word list holds base forms: "Rivals" is the plural of a known word.
  return !isKnownWord(norm) && !(norm.endsWith('s') && isKnownWord(norm.slice(0, -1)));
}

type NameMatch = { group: number; match: GroupMatch };

/** onePerson's answer for a sentence that names no one at all: the question's subject may be meant. */
const NOBODY: readonly NameMatch[] = [];

/**
 * The name-group matches of the one person sentence s names, NOBODY when it names no one and may
 * be about no one, or null when a pronoun after it cannot be read. A sentence that opened with a
 * pronoun read as someone (`carried`) and names no one else is still about them ("Beria was
 * feared. He ran the NKVD. He had files on everyone.").
 */
function onePerson(
  answer: string,
  text: TokenizedText,
  s: number,
  named: readonly NameMatch[],
  carried: readonly NameMatch[] | null,
): readonly NameMatch[] | null {
  const { tokens } = text;
  const first = named[0]?.match;
  let notOnlyOwner = false;
  for (const { match } of named) {
    if (!sameWords(tokens, first!, match)) return null;
    if (!isPossessive(answer, tokens[match.last]!)) notOnlyOwner = true;
  }
  const person = first !== undefined;
  // "Stalin's own dominance had shown ... As First Secretary he could ...": a name met only as the
  // owner of something is not what the sentence is about, so it counts as naming no one.
  const owner = person && !notOnlyOwner;
  // A sentence about someone through its pronoun that names another names two people.
  if (person && !owner && carried !== null) return null;
  // Any other word that may name someone (not as an owner) makes the pronoun ambiguous; a first
  // name just before a name is part of it ("Lavrenti Beria", "Nikita Khrushchev").
  const { firstToken, endToken } = text.sentences[s]!;
  for (let t = firstToken; t < endToken; t++) {
    const token = tokens[t]!;
    if (inNames(named, t) || isPossessive(answer, token)) continue;
    if (inNames(named, t + 1) && tokens[t + 1]!.start === token.end + 1) continue;
    if (mayBePerson(answer, token, t === firstToken)) return null;
  }
  if (person && !owner) return named;
  return carried ?? NOBODY;
}

/** True when the two matches are the same words ("Beria" twice), so the same person. */
function sameWords(tokens: readonly Token[], a: GroupMatch, b: GroupMatch): boolean {
  if (a.last - a.first !== b.last - b.first) return false;
  for (let k = 0; k <= a.last - a.first; k++)
    if (tokens[a.first + k]!.norm !== tokens[b.first + k]!.norm) return false;
  return true;
}

/** True when token t lies inside one of the name matches. */
function inNames(named: readonly NameMatch[], t: number): boolean {
  for (const { match } of named) if (t >= match.first && t <= match.last) return true;
  return false;
}

/** The question's subject as the matches a pronoun takes over: each of its name groups, fully confident. */
function subjectMatches(subject: readonly number[]): readonly NameMatch[] | null {
  if (subject.length === 0) return null;
  return subject.map((group) => ({
    group,
    match: { first: -1, last: -1, confidence: 1, sentence: -1, negated: false, inferred: true },
  }));
}

/**
 * True when some match of the person comes before the first verb of its sentence ("Beria was
 * feared"), or the person is the question's subject.
 */
function asSubject(text: TokenizedText, person: readonly NameMatch[]): boolean {
  const { tokens, sentences } = text;
  return person.some(({ match }) => {
    if (match.sentence < 0) return true;
    for (let t = sentences[match.sentence]!.firstToken; t < match.first; t++)
      if (tokens[t]!.flags & VERB) return false;
    return true;
  });
}

function opensWithPronoun(text: TokenizedText, s: number): boolean {
  return SUBJECT_PRONOUNS.has(text.tokens[text.sentences[s]!.firstToken]!.norm);
}

/**
 * True when a word before the pronoun in its sentence may name someone, the words copied from the
 * question ("Public opinion affected the fate of Beria because people hated him") and owners
 * ("After Stalin's death he ...") aside.
 */
function nameBefore(
  answer: string,
  text: TokenizedText,
  s: number,
  pronoun: number,
  masked: Uint8Array,
): boolean {
  const first = text.sentences[s]!.firstToken;
  for (let t = first; t < pronoun; t++) {
    const token = text.tokens[t]!;
    // An ordinary English word is read as opening a sentence whose full stop is missing
    // ("... underestimated Rivals underestimated him"), not as a name.
    if (masked[t] === 0 && mayBePerson(answer, token, true) && !isPossessive(answer, token)) return true;
  }
  return false;
}

/** True when the list holds a match of the student's own words in sentence s. */
function namedIn(list: readonly GroupMatch[], s: number): boolean {
  for (const m of list) if (m.sentence === s && !m.inferred) return true;
  return false;
}

/** Inserts the match into a list kept in order of first token. */
function insertInOrder(list: GroupMatch[], match: GroupMatch): void {
  let at = list.length;
  while (at > 0 && list[at - 1]!.first > match.first) at--;
  list.splice(at, 0, match);
}

/**
 * The tokens of sentence s that may stand for the one person the sentence before names (see the
 * top of this file), in text order; none when the sentence has no such pronoun.
 */
function pronounsIn(answer: string, text: TokenizedText, s: number, masked: Uint8Array): readonly number[] {
  const { tokens } = text;
  const { firstToken, endToken } = text.sentences[s]!;
  let out: number[] | undefined;
  for (let t = firstToken; t < endToken; t++) {
    const token = tokens[t]!;
    // Most words are ruled out by their key alone; the name check runs only before a later he/his.
    const key = token.key;
    if ((key !== HE && key !== HIS && key !== HIM && key !== SHE) || masked[t] !== 0) continue;
    const opens = t === firstToken;
    if (!(opens ? SUBJECT_PRONOUNS : LATER_PRONOUNS).has(token.norm)) continue;
    if (!opens && token.norm !== 'him' && nameBefore(answer, text, s, t, masked)) continue;
    (out ??= []).push(t);
  }
  return out ?? NO_PRONOUNS;
}

/**
 * Adds, for each pronoun read as the one person the sentence before names (see pronounsIn), a
 * match of that person's name groups at the pronoun. `nameGroups[g]` is true for groups of names only.
 * @example resolvePronouns(answer, text, groups, nameGroups, subjectGroups, negated, masked)
 */
export function resolvePronouns(
  answer: string,
  text: TokenizedText,
  groups: GroupMatch[][],
  nameGroups: readonly boolean[],
  subject: readonly number[],
  negated: Uint8Array,
  masked: Uint8Array,
): void {
  const { sentences } = text;
  const question = subjectMatches(subject);
  let named: NameMatch[] | undefined;
  // The person the sentence before was read as being about, through a pronoun.
  let carried: readonly NameMatch[] | null = null;
  for (let s = 0; s < sentences.length; s++) {
    const pronouns = pronounsIn(answer, text, s, masked);
    if (pronouns.length === 0) {
      carried = null;
      continue;
    }
    let person: readonly NameMatch[] | null;
    // The answer's first sentence can only mean the question's subject ("He was born a peasant").
    if (s === 0) person = question;
    // A sentence before that opens with a pronoun not read as anyone is about someone named
    // further back: "He wanted the Party because he was leader when Stalin died. As First
    // Secretary he could ..." is not about Stalin.
    else if (carried === null && opensWithPronoun(text, s - 1)) person = null;
    else {
      // Every name match, gathered once when the first pronoun needs them.
      named ??= nameMatches(text.tokens, groups, nameGroups);
      const found = onePerson(
        answer,
        text,
        s - 1,
        named.filter((n) => n.match.sentence === s - 1),
        carried,
      );
      person = found === NOBODY ? question : found;
    }
    // The reading carries to the next sentence only when a pronoun here was read as the person:
    // "Beria ran the MVD and everyone feared him. He was arrested" is about Beria, not about the
    // question's subject the unread "him" was first offered.
    carried = null;
    if (!person) continue;
    for (const pronoun of pronouns) {
      // The question's subject is meant only where the pronoun's own sentence names no one before
      // it: in "Malenkov ran the government, so people hated him" the "him" is Malenkov.
      if (person === question && nameBefore(answer, text, s, pronoun, masked)) continue;
      // A "he" or "his" later in its sentence stands for the subject of the sentence before, not
      // its object: "The first step was dealing with Beria. First, though, he removed ..." is not Beria.
      if (
        pronoun !== sentences[s]!.firstToken &&
        text.tokens[pronoun]!.norm !== 'him' &&
        !asSubject(text, person)
      )
        continue;
      carried = person;
      const done = new Set<number>();
      for (const { group, match } of person) {
        // A sentence that names the person itself ("Malenkof lost his job because Krushchev turned
        // people against him") is quoted in the student's own spelling of the name.
        if (done.has(group) || namedIn(groups[group]!, s)) continue;
        done.add(group);
        // A group the answer never matched still shares the empty list: give it its own.
        if (groups[group] === NO_MATCHES) groups[group] = [];
        insertInOrder(groups[group]!, {
          first: pronoun,
          last: pronoun,
          confidence: match.confidence,
          sentence: s,
          negated: negated[pronoun] === 1,
          inferred: true,
        });
      }
    }
  }
}

/** True when some word of the match may name a person: "the Party" and "the MVD" are no "he". */
function namesPerson(tokens: readonly Token[], match: GroupMatch): boolean {
  for (let t = match.first; t <= match.last; t++) if (!NOT_PEOPLE.has(tokens[t]!.norm)) return true;
  return false;
}

/** Every match of a group of names that may be a person's, with its group. */
function nameMatches(
  tokens: readonly Token[],
  groups: readonly GroupMatch[][],
  nameGroups: readonly boolean[],
): NameMatch[] {
  const out: NameMatch[] = [];
  for (let g = 0; g < groups.length; g++) {
    if (!nameGroups[g]) continue;
    for (const match of groups[g]!)
      if (!match.inferred && namesPerson(tokens, match)) out.push({ group: g, match });
  }
  return out;
}
