/**
 * Irregular word forms and the list of known English words, both read from compromise's model
 * once, when the first rubric is compiled. The Porter stem already joins arrest/arrested/arrests;
 * these tables add what no stemmer can (lead/led, win/won, take/took/taken, man/men).
 * compromise is far too slow to run per answer (about 100 answers/s), so it never does.
 */
import { stem } from '../nlp';

interface ExceptionModel {
  ex?: Record<string, string>;
}
interface CompromiseModel {
  one: { lexicon: Record<string, unknown> };
  two: { models: Record<string, ExceptionModel>; irregularPlurals: Record<string, string> };
}

let irregular: { forms: Map<string, string[]>; bases: Map<string, string[]> } | undefined;
let knownWords: Set<string> | undefined;

function model(): CompromiseModel {
  // Loaded on first compile only: requiring compromise takes about 0.3 s.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('compromise') as { model(): CompromiseModel }).model();
}

function link(groups: Map<string, Set<string>>, a: string, b: string): void {
  if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b) || stem(a) === stem(b)) return;
  const group = groups.get(a) ?? groups.get(b) ?? new Set<string>();
  group.add(a).add(b);
  groups.set(a, group);
  groups.set(b, group);
}

// Irregular verbs that compromise conjugates by its suffix rules, so they are missing from the
// exception tables read below ("Stalin had chosen Khrushchev" must meet a rubric's "chose").
const MORE_IRREGULAR_VERBS = (
  'choose chose chosen|shoot shot|speak spoke spoken|begin began begun|drive drove driven|' +
  'write wrote written|steal stole stolen|freeze froze frozen|forbid forbade forbidden|' +
  'swear swore sworn|wear wore worn|throw threw thrown|overthrow overthrew overthrown|' +
  'grow grew grown|know knew known|draw drew drawn|withdraw withdrew withdrawn|eat ate eaten|' +
  'fall fell fallen|forget forgot forgotten|forgive forgave forgiven|rise rose risen|' +
  'arise arose arisen|shake shook shaken|sing sang sung|sink sank sunk|strike struck stricken|' +
  'swim swam swum|wake woke woken|keep kept|build built|think thought|stand stood|' +
  'understand understood|become became|undertake undertook undertaken|uphold upheld|' +
  'oversee oversaw overseen|foresee foresaw foreseen|mislead misled'
)
  .split('|')
  .map((forms) => forms.split(' '));

function buildIrregular(): { forms: Map<string, string[]>; bases: Map<string, string[]> } {
  const { models, irregularPlurals } = model().two;
  const groups = new Map<string, Set<string>>();
  const verbs: Array<[string, string]> = [];
  for (const name of ['toPast', 'toParticiple']) {
    for (const [base, form] of Object.entries(models[name]?.ex ?? {})) verbs.push([base, form]);
  }
  for (const [base, ...forms] of MORE_IRREGULAR_VERBS) for (const form of forms) verbs.push([base!, form]);
  for (const [base, form] of verbs) link(groups, base, form);
  for (const [singular, plural] of Object.entries(irregularPlurals)) link(groups, singular, plural);
  const forms = new Map<string, string[]>();
  for (const [word, group] of groups) forms.set(word, [...group].filter((w) => w !== word).sort());
  const bases = new Map<string, string[]>();
  for (const [base, form] of verbs) {
    if (!groups.has(form) || form === base) continue;
    const list = bases.get(form) ?? [];
    if (!list.includes(base)) list.push(base);
    bases.set(form, list);
  }
  return { forms, bases };
}

/**
 * Irregular forms of a lower-case word, in either direction.
 * @example irregularForms('lead') // ['led']; irregularForms('took') // ['take', 'taken']
 */
export function irregularForms(word: string): readonly string[] {
  irregular ??= buildIrregular();
  return irregular.forms.get(word) ?? [];
}

/**
 * The base forms of an irregular past tense or participle, whose other inflections a rubric's
 * past form should also meet ("got rid" is met by "getting rid", "took control" by "taking control").
 * @example irregularBases('took') // ['take']; irregularBases('take') // []
 */
export function irregularBases(word: string): readonly string[] {
  irregular ??= buildIrregular();
  return irregular.bases.get(word) ?? [];
}

/**
 * True when compromise's lexicon knows the word: a real English word is never treated as a
 * misspelling of a rubric word (stage is not state, parts is not party).
 */
export function isKnownWord(word: string): boolean {
  if (!knownWords) {
    knownWords = new Set();
    for (const key of Object.keys(model().one.lexicon)) if (/^[a-z]+$/.test(key)) knownWords.add(key);
  }
  return knownWords.has(word);
}
