/**
 * The closed word lists the language layer reads (negation cues, clause words, connectives,
 * judgement phrases, function words, common verbs), and one bit set per word saying which lists
 * it starts or belongs to. Tokens carry the bits, worked out once per distinct spelling, so the
 * per-answer passes test a bit instead of looking a word up in several sets.
 */

function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

export type PhraseIndex = Map<string, string[][]>;

function phraseIndex(phrases: string): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const phrase of phrases.split('|')) {
    const parts = phrase.trim().split(' ');
    const list = index.get(parts[0]!) ?? [];
    list.push(parts);
    index.set(parts[0]!, list);
  }
  return index;
}

export const CUES = words(
  'no not never without lack lacked lacking lacks absence absent unable impossible none nobody nothing hardly cannot nowhere',
);
// "neither Malenkov nor Molotov had a power base": the pair negates once, it does not cancel.
export const PAIRED_CUES = words('neither nor');
// Cues that negate only when followed by "to": "failed to name", not "the plot failed".
// "didn't hesitate to have him arrested" affirms the arrest; "forgot to name an heir" and "was
// unwilling to name an heir" deny the naming.
export const CUES_BEFORE_TO = words(
  'fail failed fails failing refuse refused refuses refusing hesitate hesitated hesitates hesitating ' +
    'forget forgot forgets forgetting neglect neglected neglects neglecting unwilling reluctant',
);
// Verbs that deny what follows "from": "stopped Beria from seizing power" denies the seizing,
// "nobody could stop Khrushchev from arresting Beria" affirms the arrest.
export const CUES_BEFORE_FROM = words(
  'stop stops stopped stopping prevent prevents prevented preventing keep keeps kept keeping',
);
// Words whose own sense is negative, or which take what follows as given: a negation of them stops
// there and leaves what follows standing. "never lost control of the Party" says he kept control;
// "nobody doubted that Beria controlled the police" and "it is not surprising that they feared
// Beria" affirm the control and the fear. Verbs that deny what follows "to" are not listed: "never
// forgot to name an heir" is theirs.
const NEGATIVE_PREDICATE_WORDS = words(
  'lose loses lost losing doubt doubts doubted doubting deny denies denied denying dispute disputes ' +
    'disputed disputing surprise surprised surprising',
);
// "Malenkov could not match Khrushchev's support in the Party", "nobody could replace Stalin's
// godlike image": verbs that take their object for granted, so a negation denies the verb and not
// the object (the support and the image are still there). Verbs that deny what follows "to"
// ("forget", "fail") are not listed: their "to" is a scope of its own. "live" takes its object for
// granted only in "live up to" (see negation.ts).
const OBJECT_GIVEN_WORDS = words(
  'match matches matched matching equal equals equalled equaled equalling equaling rival rivals ' +
    'rivalled rivaled rivalling rivaling replace replaces replaced replacing replicate replicated ' +
    'copy copies copied copying imitate imitated imitating emulate emulated emulating overcome ' +
    'overcame overcoming escape escapes escaped escaping surpass surpassed outdo outdid outshine ' +
    'outshone fill filled filling ignore ignores ignored ignoring',
);
// "No leader could win without the army": the words that say what anyone could do.
const MODAL_WORDS = words('could can would might may able');
// "If Stalin had named an heir, there would have been no power struggle": the words of a
// counterfactual conditional, both of whose halves are contrary to fact.
const CONDITIONAL_WORDS = words('if had would could might');
const IRREGULAR_PARTICIPLES = words(
  'been done gone taken given chosen known shown seen made won lost held left kept led had got ' +
    'gotten become come begun fallen sent spent built brought thought told found stood understood ' +
    'run put set let cut hit fought bought caught taught sold said paid laid heard meant felt dealt ' +
    'written driven risen spoken broken stolen forgotten hidden beaten eaten ridden shaken torn ' +
    'sworn drawn grown thrown overthrown withdrawn undertaken overtaken forgiven lived died',
);
// "not only", "no doubt": the words after these confirm rather than deny.
export const NOT_NEGATING_NEXT = new Map<string, Set<string>>([
  ['not', words('only just merely simply least surprisingly')],
  ['no', words('doubt wonder')],
  ['without', words('doubt question')],
]);
/**
 * Words that begin a new clause and so end a negation's scope. "Nobody could rule unless the
 * generals backed him": the condition after "unless" is not denied.
 */
export const CLAUSE_WORDS = words(
  'but because so which although while and though however whereas yet therefore since meaning unless when whenever',
);

// "Khrushchev was not popular with the Stalinists after the Secret Speech": a phrase of time
// takes its event for granted, so a negation's scope ends before it (a scope that opens with one,
// "nobody after him could", reads on).
const TIME_WORDS = words('after before during');

// Common misspellings of "because" are listed: a misspelt connective still explains.
export const CAUSAL = phraseIndex(
  'because|becuase|becasue|beacuse|becouse|becaus|cos|cuz|so|therefore|therefor|consequently|thus|hence|' +
    'as a result|result in|resulted|resulting in|results in|meant|means|mean that|led to|lead to|leads to|' +
    'leading to|caused|causes|causing|due to|owing to|thanks to|in order to|so as to|enabled|enable|enables|' +
    'enabling|allowed|allow|allows|allowing|ensured|ensure|ensures|ensuring|which made|this made|that made|' +
    'it made|made it|made him|made them|making it|which forced|this forced|that forced|forced him|' +
    'forced them|which kept|this kept|which protected|this protected|which weakened|this weakened|' +
    'which strengthened|this strengthened|which stopped|this stopped|which prevented|this prevented|' +
    'which undermined|this undermined|which removed|this removed|which damaged|this damaged|' +
    'which saved|this saved|which helped|this helped|which turned|this turned|which could make|' +
    'which won|this won|which earned|this earned|which cost|this cost|which lost|this lost|' +
    'which would make|which might make|which could lead to|which would lead to|which could cause|' +
    'which would cause|which could damage|which would damage|which could weaken|which would weaken|' +
    'which destroyed|this destroyed|as a consequence|gave him|giving him|contributed to|explains|so that|' +
    'this is why|which is why|that is why|for this reason|in turn|let him|letting him|helped him|' +
    'since the|since he|since they|since there|since it|since his|as he|as she|as they|as it|as there',
);
export const JUDGEMENT = phraseIndex(
  'most important|main reason|main factor|main cause|key reason|key factor|above all|more significant|' +
    'most significant|more important|less important|overall|in conclusion|to conclude|crucial|decisive|' +
    'ultimately|primary reason|most of all|biggest reason|biggest factor|chiefly|mattered most|matters most|' +
    'mattered more|more than anything|the real reason|i think|in my opinion|on balance',
);
export const BACK_REFERENCE = phraseIndex(
  'this|that|it|these|those|as a result|therefore|consequently|thus|hence|so|because of this|due to this|' +
    'which|for this reason|in turn',
);
const FUNCTION_WORDS = new Set(
  (
    'the a an of to in on at by for with from as that this these those it its he his him she her they them ' +
    'their was were is are be been being had has have did do does who which and but could ' +
    'would should might will can after before then there than also when while however into over under ' +
    'because so if or nor no not each every all some any'
  ).split(' '),
);
// Verbs that show a sentence says something: auxiliaries and the common ones past and present.
const VERBS = new Set(
  (
    'was were is are be been being had has have did do does could would should might will can ' +
    'led made became gave took meant wanted feared tried won lost used needed got kept saw held left ' +
    'lead make become give take mean want fear try win lose use need get keep see hold leave'
  ).split(' '),
);
const USE_WORDS = words('used use uses using');
const NOT_RESULTS = words('having being during nothing something anything everything');

export const FUNCTION = 1;
export const VERB = 2;
export const CUE = 4;
export const PAIRED_CUE = 8;
export const CUE_BEFORE_TO = 16;
export const CLAUSE_WORD = 32;
export const STARTS_CAUSAL = 64;
export const STARTS_JUDGEMENT = 128;
export const STARTS_BACK_REFERENCE = 256;
export const USE = 512;
/** A participle that can open a clause of result ("..., appealing to"). */
export const GERUND = 1024;
export const ADVERB = 2048;
/** "by", which opens a means ("by building alliances"). */
export const BY = 4096;
export const CUE_BEFORE_FROM = 8192;
/** "if", "had" and "would/could/might": the words a counterfactual conditional is built from. */
export const CONDITIONAL = 16384;
/** A past participle: a regular one ends in -ed, the irregular ones are listed. */
export const PARTICIPLE = 32768;
/** A word of losing, doubting or surprise, whose negation affirms what follows it. */
export const NEGATIVE_PREDICATE = 65536;
/** could, can, would, might, may, able. */
export const MODAL = 131072;
/** A verb that takes its object for granted: a negation denies it and stops ("could not match | his support"). */
export const OBJECT_GIVEN = 262144;
/** after, before, during: a phrase of time, whose event a negation before it does not deny. */
export const TIME = 524288;
/** Any word that can open a negation's scope ("not", "neither", "failed to", "stopped ... from"). */
export const ANY_CUE = CUE | PAIRED_CUE | CUE_BEFORE_TO | CUE_BEFORE_FROM;

// The words each bit is set for by list (the bits set by spelling are in wordClasses).
const LISTS: ReadonlyArray<readonly [{ has(word: string): boolean }, number]> = [
  [FUNCTION_WORDS, FUNCTION],
  [VERBS, VERB],
  [CUES, CUE],
  [PAIRED_CUES, PAIRED_CUE],
  [CUES_BEFORE_TO, CUE_BEFORE_TO],
  [CUES_BEFORE_FROM, CUE_BEFORE_FROM],
  [CLAUSE_WORDS, CLAUSE_WORD],
  [CAUSAL, STARTS_CAUSAL],
  [JUDGEMENT, STARTS_JUDGEMENT],
  [BACK_REFERENCE, STARTS_BACK_REFERENCE],
  [USE_WORDS, USE],
  [new Set(['by']), BY],
  [CONDITIONAL_WORDS, CONDITIONAL],
  [IRREGULAR_PARTICIPLES, PARTICIPLE],
  [NEGATIVE_PREDICATE_WORDS, NEGATIVE_PREDICATE],
  [MODAL_WORDS, MODAL],
  [OBJECT_GIVEN_WORDS, OBJECT_GIVEN],
  [TIME_WORDS, TIME],
];

/**
 * The word-class bits of a normalised word.
 * @example (wordClasses('because') & STARTS_CAUSAL) !== 0 // true
 */
export function wordClasses(norm: string): number {
  let flags = 0;
  for (const [list, bit] of LISTS) if (list.has(norm)) flags |= bit;
  if (norm.length > 4 && (norm.endsWith('ed') || norm.endsWith('ing'))) flags |= VERB;
  if (norm.length > 4 && norm.endsWith('ing') && !NOT_RESULTS.has(norm)) flags |= GERUND;
  if (norm.length > 3 && norm.endsWith('ed')) flags |= PARTICIPLE;
  if (norm.endsWith('ly')) flags |= ADVERB;
  return flags;
}

const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

/**
 * True for a year ("1955") or a month ("december"): what "not ... until" may wait for, and the
 * detail a wrong date gets wrong.
 * @example isDateWord('1955') // true
 */
export function isDateWord(word: string): boolean {
  if (MONTHS.has(word)) return true;
  if (word.length !== 4) return false;
  for (let c = 0; c < 4; c++) {
    const code = word.charCodeAt(c);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
