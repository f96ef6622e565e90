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
 * True when token t of a sentence may name someone: a capitalised word that is no common noun of
 * the period. A sentence's first word is capitalised anyway, so there it must also be no ordinary
 * English word ("Zhukov arrested Beria", not "Another reason was Beria").
 */
function mayBePerson(answer: string, token: Token, opensSentence: boolean): boolean {
  if (!isCapitalised(answer, token) || NOT_PEOPLE.has(token.norm)) return false;
  return !opensSentence || KNOWN_PEOPLE.has(token.norm) || !isKnownWord(token.norm);
}

/** The one person sentence s names, with the matches of each name group that found them, or null. */
function onePerson(
  answer: string,
  text: TokenizedText,
  s: number,
  named: ReadonlyArray<{ group: number; match: GroupMatch }>,
): { text: string; groups: Array<{ group: number; match: GroupMatch }> } | null {
  let person: string | undefined;
  const groups: Array<{ group: number; match: GroupMatch }> = [];
  const inName = new Set<number>();
  for (const entry of named) {
    const { first, last } = entry.match;
    let name = '';
    for (let t = first; t <= last; t++) name += `${text.tokens[t]!.norm} `;
    if (person !== undefined && person !== name) return null;
    person = name;
    groups.push(entry);
    for (let t = first; t <= last; t++) inName.add(t);
  }
  if (person === undefined) return null;
  const { firstToken, endToken } = text.sentences[s]!;
  for (let t = firstToken; t < endToken; t++) {
    if (!inName.has(t) && mayBePerson(answer, text.tokens[t]!, t === firstToken)) return null;
  }
  return { text: person, groups };
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
  let named: Array<{ group: number; match: GroupMatch }> | undefined;
  for (let s = 1; s < sentences.length; s++) {
    const pronoun = sentences[s]!.firstToken;
    if (!SUBJECT_PRONOUNS.has(tokens[pronoun]!.norm) || masked[pronoun]) continue;
    // The name matches of each sentence, gathered once when the first pronoun needs them.
    named ??= nameMatches(groups, nameGroups);
    const person = onePerson(
      answer,
      text,
      s - 1,
      named.filter((n) => n.match.sentence === s - 1),
    );
    if (!person) continue;
    const done = new Set<number>();
    for (const { group, match } of person.groups) {
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
function nameMatches(
  groups: readonly GroupMatch[][],
  nameGroups: readonly boolean[],
): Array<{ group: number; match: GroupMatch }> {
  const out: Array<{ group: number; match: GroupMatch }> = [];
  for (let g = 0; g < groups.length; g++) {
    if (!nameGroups[g]) continue;
    for (const match of groups[g]!) if (!match.inferred) out.push({ group: g, match });
  }
  return out;
}
