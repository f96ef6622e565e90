/**
 * "Beria was feared. He controlled the secret police." A sentence that opens with "He", "She" or
 * "His" is about the one person the sentence before it names, when it names exactly one: the pronoun
 * then stands for that name in every group of names the name matched, so the point is found in
 * the student's second sentence and explained by it. When the sentence before names two people,
 * or any capitalised word that may be another ("Zhukov arrested Beria. He was shot."), nothing is
 * guessed. Such matches are marked `inferred`: they earn credit, never a factual error.
 */
import type { Token, TokenizedText } from '../nlp';
import { isKnownWord } from './inflections';
import type { GroupMatch } from './patterns';

// The pronouns that open a sentence about its subject ("Her" is left out: it is as often an object).
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'his']);

// Capitalised words that name no person, so they leave the one name in a sentence unambiguous.
const NOT_PEOPLE = new Set(
  (
    'i party communist communists soviet soviets ussr union russia russian russians presidium politburo ' +
    'central committee secret speech congress red army kremlin moscow mvd nkvd mgb kgb gulag gulags premier ' +
    'first secretary general marshal council ministers anti group virgin lands stalinist stalinists ' +
    'stalinism great terror leader west western america american americans ukraine ukrainian georgia ' +
    'georgian cold war world ii hungary hungarian january february march april may june july august ' +
    'september october november december'
  ).split(' '),
);

// People an English word list knows as words, so a capital at the start of a sentence says nothing.
const KNOWN_PEOPLE = new Set(
  'stalin lenin hitler churchill roosevelt truman eisenhower kennedy mao tito'.split(' '),
);

function isCapitalised(answer: string, token: Token): boolean {
  const c = answer.charCodeAt(token.start);
  return c >= 65 && c <= 90;
}

/**
 * True when the token may name someone: a capitalised word that is no common noun of
 * the period. A sentence's first word is capitalised anyway, so there it must also be no ordinary
 * English word ("Zhukov arrested Beria", not "Another reason was Beria").
 */
function mayBePerson(answer: string, token: Token, opensSentence: boolean): boolean {
  if (!isCapitalised(answer, token) || NOT_PEOPLE.has(token.norm)) return false;
  return !opensSentence || KNOWN_PEOPLE.has(token.norm) || !isKnownWord(token.norm);
}

type NameMatch = { group: number; match: GroupMatch };

/**
 * The name-group matches of the one person sentence s names, or null. A sentence that opened with
 * a pronoun read as someone (`carried`) and names no one else is still about them ("Beria was
 * feared. He ran the NKVD. He had files on everyone.").
 */
function onePerson(
  answer: string,
  text: TokenizedText,
  s: number,
  named: readonly NameMatch[],
  carried: readonly NameMatch[] | null,
): readonly NameMatch[] | null {
  let person: string | undefined;
  const inName = new Set<number>();
  for (const { match } of named) {
    let name = '';
    for (let t = match.first; t <= match.last; t++) {
      name += `${text.tokens[t]!.norm} `;
      inName.add(t);
    }
    if (person !== undefined && person !== name) return null;
    person = name;
  }
  // A sentence about someone through its pronoun that names another names two people.
  if ((person === undefined) === (carried === null)) return null;
  // Any other word that may name someone makes the pronoun ambiguous.
  const { firstToken, endToken } = text.sentences[s]!;
  for (let t = firstToken; t < endToken; t++) {
    if (!inName.has(t) && mayBePerson(answer, text.tokens[t]!, t === firstToken)) return null;
  }
  return person === undefined ? carried : named;
}

/** Inserts the match into a list kept in order of first token. */
function insertInOrder(list: GroupMatch[], match: GroupMatch): void {
  let at = list.length;
  while (at > 0 && list[at - 1]!.first > match.first) at--;
  list.splice(at, 0, match);
}

/**
 * Adds, for each sentence opening with "He", "She" or "His" after a sentence naming one person, a match
 * of that person's name groups at the pronoun. `nameGroups[g]` is true for groups of names only.
 * @example resolvePronouns(answer, text, groups, nameGroups, negated, masked)
 */
export function resolvePronouns(
  answer: string,
  text: TokenizedText,
  groups: GroupMatch[][],
  nameGroups: readonly boolean[],
  negated: Uint8Array,
  masked: Uint8Array,
): void {
  const { tokens, sentences } = text;
  let named: NameMatch[] | undefined;
  // The person the sentence before was read as being about, through its opening pronoun.
  let carried: readonly NameMatch[] | null = null;
  for (let s = 1; s < sentences.length; s++) {
    const pronoun = sentences[s]!.firstToken;
    if (!SUBJECT_PRONOUNS.has(tokens[pronoun]!.norm) || masked[pronoun]) {
      carried = null;
      continue;
    }
    // Every name match, gathered once when the first pronoun needs them.
    named ??= nameMatches(groups, nameGroups);
    const person = onePerson(
      answer,
      text,
      s - 1,
      named.filter((n) => n.match.sentence === s - 1),
      carried,
    );
    carried = person;
    if (!person) continue;
    const done = new Set<number>();
    for (const { group, match } of person) {
      if (done.has(group)) continue;
      done.add(group);
      // The group matched the name, so it has a list of its own (not the shared empty one).
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

/** Every match of a group of names, with its group. */
function nameMatches(groups: readonly GroupMatch[][], nameGroups: readonly boolean[]): NameMatch[] {
  const out: NameMatch[] = [];
  for (let g = 0; g < groups.length; g++) {
    if (!nameGroups[g]) continue;
    for (const match of groups[g]!) if (!match.inferred) out.push({ group: g, match });
  }
  return out;
}
