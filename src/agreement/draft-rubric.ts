/**
 * Drafts a rubric from a question and one or more model answers, with no hand-written points:
 * each key concept (names, numbers, content words; grouped by stem and the shared lexicon)
 * becomes a point with its alternatives, a contradiction of it becomes a misconception, and a
 * point-marked scheme asks for as many points as the sparest model answer makes, so every model
 * answer earns full marks. The result is valid rubric JSON for a teacher to edit.
 */
import type { Alternative, Lexicon, Point, Rubric } from '../rubric/types';
import { draftContradictions } from './draft-contradictions';
import { findMentions, stemOf, type ConceptKind, type Mention } from './draft-concepts';

export interface DraftOptions {
  question: string;
  answers: readonly string[];
  /** Default: one mark per point the sparest model answer makes (1..10). */
  maxMark?: number;
  id?: string;
  title?: string;
  topic?: string;
  /** Shared synonym groups: words in one group are one concept, and its other words are alternatives. */
  lexicon?: Lexicon;
  /** Extra synonyms per dictionary form (e.g. from WordNet), added as alternatives. */
  synonyms?: Record<string, readonly string[]>;
  /** Most points to keep (default 6); the concepts most model answers share come first. */
  maxPoints?: number;
  /** Add a misconception for each point: the answer says the opposite (default true). */
  contradictions?: boolean;
  /**
   * Pairs of words or short phrases that say the opposite of each other, e.g. ['connected', 'gap']:
   * a point made with one is also contradicted by saying the other. A pair whose word the question
   * uses is left out: restating the question contradicts nothing.
   */
  opposites?: ReadonlyArray<readonly [string, string]>;
}

/** One concept across the model answers. */
export interface DraftConcept {
  key: string;
  kind: ConceptKind;
  negated: boolean;
  mentions: Mention[];
  /** Which model answers make it. */
  answers: Set<number>;
}

const KIND_RANK: Record<ConceptKind, number> = { name: 0, number: 1, noun: 2, verb: 3, adjective: 4 };

function lexiconKeys(lexicon: Lexicon | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of lexicon?.synonyms ?? []) {
    const words = group.filter((w) => !w.endsWith('*')).map((w) => w.toLowerCase());
    const head = stemOf(words[0] ?? '');
    for (const w of words) if (!map.has(stemOf(w))) map.set(stemOf(w), head);
  }
  return map;
}

/**
 * Groups the model answers' mentions into concepts. Concepts whose key is in the question are
 * dropped (restating the question earns nothing) unless that would leave a model answer bare.
 */
export function draftConcepts(
  options: Pick<DraftOptions, 'question' | 'answers' | 'lexicon'>,
): DraftConcept[] {
  const merge = lexiconKeys(options.lexicon);
  const inQuestion = new Set(findMentions(options.question).map((m) => merge.get(m.key) ?? m.key));
  const concepts = new Map<string, DraftConcept>();
  options.answers.forEach((answer, a) => {
    const mentions = findMentions(answer).map((m) => ({ ...m, key: merge.get(m.key) ?? m.key }));
    const own = mentions.filter((m) => !inQuestion.has(m.key));
    for (const m of own.length > 0 ? own : mentions) {
      const id = `${m.negated ? 'not ' : ''}${m.key}`;
      const c = concepts.get(id) ?? {
        key: m.key,
        kind: m.kind,
        negated: m.negated,
        mentions: [],
        answers: new Set<number>(),
      };
      c.mentions.push(m);
      c.answers.add(a);
      concepts.set(id, c);
    }
  });
  // "not separated by the gap" negates the sentence, not the gap: where a word is negated in some
  // model answers, its plain mentions inside negated sentences are not a point of their own.
  for (const [id, c] of concepts) {
    const negatedTwin = concepts.get(`not ${c.key}`);
    if (c.negated || !negatedTwin) continue;
    const negatedSentences = new Set(
      [...concepts.values()].flatMap((x) => (x.negated ? x.mentions.map((m) => m.sentence) : [])),
    );
    if (c.mentions.every((m) => negatedSentences.has(m.sentence))) concepts.delete(id);
  }
  return [...concepts.values()].sort(
    (x, y) =>
      y.answers.size - x.answers.size ||
      KIND_RANK[x.kind] - KIND_RANK[y.kind] ||
      Math.min(...x.answers) - Math.min(...y.answers) ||
      x.mentions[0]!.index - y.mentions[0]!.index,
  );
}

function slug(text: string, fallback: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(s) ? s : fallback;
}

function alternatives(c: DraftConcept, options: DraftOptions): Alternative[] {
  const out = new Set<string>();
  for (const m of c.mentions) {
    out.add(m.surface);
    if (c.kind === 'name' && m.surface.includes(' ')) out.add(m.surface.split(' ').pop()!);
    if (c.kind === 'number' || c.kind === 'name') continue;
    out.add(m.root);
    // A stem prefix catches other endings (evaporate, evaporation); too short a stem catches anything.
    if (m.key.length >= 4 && !m.key.includes(' ')) out.add(`${m.key}*`);
    for (const s of options.synonyms?.[m.root] ?? []) out.add(s.toLowerCase());
  }
  for (const group of options.lexicon?.synonyms ?? []) {
    if (group.some((w) => [...out].includes(w.toLowerCase())))
      for (const w of group) out.add(w.toLowerCase());
  }
  return [...out].filter((w) => /[\p{L}\p{N}]/u.test(w) && w.length <= 120);
}

function toPoint(
  c: DraftConcept,
  id: string,
  options: DraftOptions,
): { point: Point; alternatives: Alternative[] } {
  const m = c.mentions[0]!;
  const shown = shownText(c);
  const alts = alternatives(c, options);
  const concept = { all: [alts] };
  const point: Point = {
    id,
    label: c.negated ? `Says "${shown}"` : `Mentions ${shown}`,
    match: c.negated ? { ...concept, polarity: 'negated' } : concept,
    feedback: {
      met: `You made the point the model answer makes with "${shown}".`,
      missed: `A model answer makes a point with "${shown}": "${m.sentence.slice(0, 160)}".`,
    },
  };
  return { point, alternatives: alts };
}

function shownText(c: DraftConcept): string {
  const m = c.mentions[0]!;
  return c.negated ? (m.negation ?? `not ${m.surface}`) : m.surface;
}

/**
 * The opposites whose words the question does not use ("Why is there a gap?" makes "gap" no
 * contradiction), and the question's word keys: an answer that copies the question's words earns
 * nothing by them, so they cannot tell an opposite apart.
 */
function usableOpposites(options: DraftOptions): {
  opposites: Array<readonly [string, string]>;
  questionKeys: Set<string>;
} {
  if (!options.opposites || options.opposites.length === 0 || options.contradictions === false)
    return { opposites: [], questionKeys: new Set() };
  const questionKeys = new Set(findMentions(options.question).map((m) => m.key));
  const used = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/\s+/)
      .some((w) => questionKeys.has(stemOf(w)));
  return { opposites: options.opposites.filter(([a, b]) => !used(a) && !used(b)), questionKeys };
}

const COMMAND =
  /^(explain (why|how)|explain|describe|how (did|does|do|can|would|is|are)|why|what|which|when|where|who|compare|evaluate|suggest|give|name|state|identify)\b/i;

/**
 * Drafts the rubric. Pure and synchronous: WordNet synonyms, if wanted, are looked up by the
 * caller and passed in `synonyms`. `requiredPoints` lets the caller lower the bar after checking
 * the draft with the marker (see draftRubricChecked).
 * @example draftRubric({ question: 'How did you separate the salt?', answers: ['The water evaporated.'] }).points
 */
export function draftRubric(options: DraftOptions, requiredPoints?: number): Rubric {
  const answers = options.answers.map((a) => a.trim()).filter((a) => a.length > 0);
  if (answers.length === 0) throw new RangeError('expected at least one model answer with words in it');
  const all = draftConcepts({ ...options, answers });
  const kept = all.slice(0, Math.max(1, options.maxPoints ?? 6));
  const used = new Set<string>();
  const built = kept.map((c) => {
    let id = slug(`${c.negated ? 'no-' : ''}${c.mentions[0]!.root}`, 'point');
    for (let n = 2; used.has(id); n++) id = `${slug(c.mentions[0]!.root, 'point')}-${n}`;
    used.add(id);
    return { concept: c, ...toPoint(c, id, options) };
  });
  const sentences = new Map<string, Mention[]>();
  const { opposites, questionKeys } = usableOpposites(options);
  const misconceptions = (options.contradictions === false ? [] : built).flatMap((b) =>
    draftContradictions(
      b.concept,
      b.point.id,
      shownText(b.concept),
      { concepts: all, alternatives: b.alternatives, opposites, questionKeys },
      sentences,
    ),
  );
  // Each model answer must be able to reach full marks: ask for what the sparest one makes.
  const perAnswer = answers.map((_, a) => kept.filter((c) => c.answers.has(a)).length).filter((n) => n > 0);
  const sparest = Math.max(1, requiredPoints ?? Math.min(...perAnswer));
  const maxMark = Math.min(100, Math.max(1, options.maxMark ?? Math.min(10, sparest)));
  const table = new Map<number, number>();
  for (let mark = 1; mark <= maxMark; mark++)
    table.set(Math.max(1, Math.ceil((mark * sparest) / maxMark)), mark);
  const question = options.question.trim();
  const title = options.title ?? (question.length > 80 ? `${question.slice(0, 79)}…` : question);
  return {
    schemaVersion: 1,
    id: options.id ?? slug(question.split(/\s+/).slice(0, 8).join(' '), 'drafted-question'),
    title,
    topic: options.topic ?? 'Drafted from model answers',
    prompt: question,
    commandWord: (COMMAND.exec(question)?.[0] ?? question.split(/\s+/)[0] ?? 'Answer').replace(/^\w/, (ch) =>
      ch.toUpperCase(),
    ),
    maxMark,
    modelAnswers: answers,
    points: built.map((b) => b.point),
    ...(misconceptions.length === 0 ? {} : { misconceptions }),
    scheme: {
      type: 'points',
      table: [...table.entries()].map(([min, mark]) => ({ min, mark })).sort((a, b) => b.min - a.min),
    },
  };
}
