/**
 * compileRubric: everything that can be worked out once per rubric (vocabulary, phrase
 * patterns, synonyms, the prompt's word runs, feedback templates), so marking an answer is a
 * single linear pass.
 */
import { RubricError } from '../errors';
import { semanticIssues } from '../rubric';
import { tokenize } from '../nlp';
import type { Concept, Lexicon, Misconception, Point, PointMatch, Polarity, Rubric } from '../rubric/types';
import { expandAlternative, indexSynonyms, type SynonymIndex } from './expand';
import { addPattern, flattenTrie, type PatternNode, type PhraseTrie } from './patterns';
import { compileTemplates, type CompiledTemplates } from './templates';
import { createVocabulary, type Vocabulary } from './vocabulary';
import { WordMemo } from './word-memo';

export interface ConceptSpec {
  groups: number[];
  /** For each group, true when every alternative is a name ("Beria", "the MVD" is not): see concepts.ts. */
  names: boolean[];
  /** Word distance for the window, or null for "the same sentence". */
  window: number | null;
  polarity: Polarity;
}

/** A point or a misconception, ready to be matched. */
export interface Target {
  id: string;
  label: string;
  concepts: ConceptSpec[];
  atLeast: number;
  stimulus: boolean;
  marks: number;
  group: string | undefined;
  feedback: { met?: string; missed?: string; correction?: string };
}

export interface CompiledRubric {
  readonly id: string;
  readonly rubric: Rubric;
  readonly vocabulary: Vocabulary;
  /** Every alternative of every group as a trie of word ids (see PhraseTrie). */
  readonly patterns: PhraseTrie;
  readonly groupCount: number;
  /** For each group, true when every alternative is a name: a "He" after it may stand for it. */
  readonly nameGroups: readonly boolean[];
  /** The vocabulary id of "not", which the n't of "couldn't" also stands for inside a phrase. */
  readonly notWord: number;
  /** The group matching the question's focus ("power struggle"), or null when the rubric names none. */
  readonly focusGroup: number | null;
  readonly points: readonly Target[];
  readonly misconceptions: readonly Target[];
  /** Runs of PROMPT_RUN prompt words (not the stimulus): an answer copying them earns nothing. */
  readonly promptRuns: PromptRuns;
  /** What the rubric makes of each answer word, remembered between answers (see word-memo.ts). */
  readonly words: WordMemo;
  readonly templates: CompiledTemplates;
}

export interface CompileOptions {
  lexicon?: Lexicon;
  /** WordNet synonyms by word, as the loader looked them up; only rubric.wordnet words are used. */
  wordnet?: Record<string, string[]>;
}

export const PROMPT_RUN = 5;

interface Builder {
  vocabulary: Vocabulary;
  patterns: Map<number, PatternNode>;
  groupCount: number;
  /** For each group, true when every alternative is a name (see namesOnly). */
  nameGroups: boolean[];
  synonyms: SynonymIndex;
  wordnet: Map<string, readonly string[]>;
}

function compileGroup(builder: Builder, alternatives: readonly string[]): number {
  const group = builder.groupCount++;
  for (const alternative of alternatives) {
    for (const variant of expandAlternative(alternative, builder.synonyms, builder.wordnet)) {
      const words = variant.words.map((w) => builder.vocabulary.add(w.norm, w.prefix));
      addPattern(builder.patterns, words, { group, confidence: variant.confidence });
    }
  }
  return group;
}

// Every word of a name starts with a capital: "Beria", "Lavrentiy Beria", "MVD", "Beria's".
const NAME = /^\p{Lu}[\p{L}'’*-]*(?:\s+\p{Lu}[\p{L}'’*-]*)*$/u;

/** True when every alternative of a group is a name: the person or body a statement is about. */
function namesOnly(alternatives: readonly string[]): boolean {
  return alternatives.length > 0 && alternatives.every((a) => NAME.test(a.trim()));
}

function compileConcept(builder: Builder, concept: Concept, fallback: Polarity): ConceptSpec {
  const window = concept.window === undefined || concept.window === 'sentence' ? null : concept.window.words;
  const names = concept.all.map(namesOnly);
  const groups = concept.all.map((alternatives) => compileGroup(builder, alternatives));
  groups.forEach((group, k) => (builder.nameGroups[group] = names[k]!));
  return {
    groups,
    names,
    window,
    polarity: concept.polarity ?? fallback,
  };
}

function compileMatch(
  builder: Builder,
  match: PointMatch,
  polarity: Polarity,
): Pick<Target, 'concepts' | 'atLeast'> {
  if ('atLeast' in match) {
    return { concepts: match.of.map((c) => compileConcept(builder, c, polarity)), atLeast: match.atLeast };
  }
  return { concepts: [compileConcept(builder, match, polarity)], atLeast: 1 };
}

function compilePoint(builder: Builder, point: Point): Target {
  return {
    id: point.id,
    label: point.label,
    ...compileMatch(builder, point.match, point.polarity ?? 'affirmed'),
    stimulus: point.stimulus === true,
    marks: point.marks ?? 1,
    group: point.group,
    feedback: { ...point.feedback },
  };
}

function compileMisconception(builder: Builder, m: Misconception): Target {
  return {
    id: m.id,
    label: m.label,
    ...compileMatch(builder, m.match, 'affirmed'),
    stimulus: false,
    marks: 0,
    group: undefined,
    feedback: { correction: m.feedback },
  };
}

function runsOf(text: string): string[][] {
  const norms = tokenize(text).tokens.map((t) => t.norm);
  const runs: string[][] = [];
  for (let i = 0; i + PROMPT_RUN <= norms.length; i++) runs.push(norms.slice(i, i + PROMPT_RUN));
  return runs;
}

/** The prompt's words as small numbers, and its runs of PROMPT_RUN words as one number each. */
export interface PromptRuns {
  ids: ReadonlyMap<string, number>;
  /** The id base: a run is the number with the run's word ids as digits. */
  base: number;
  runs: ReadonlySet<number>;
}

function runCode(words: readonly string[], ids: ReadonlyMap<string, number>, base: number): number {
  return words.reduce((code, word) => code * base + ids.get(word)!, 0);
}

/**
 * The prompt's word runs, less those of the stimulus points a student is invited to use. Runs
 * are numbers so the per-answer check builds no strings; the prompt's 2,000-character limit keeps
 * base^5 well inside the safe integers.
 */
function promptRuns(rubric: Rubric): PromptRuns {
  const runs = runsOf(rubric.prompt);
  const stimulus = new Set((rubric.stimulus ?? []).flatMap(runsOf).map((run) => run.join(' ')));
  const kept = runs.filter((run) => !stimulus.has(run.join(' ')));
  const ids = new Map<string, number>();
  for (const word of kept.flat()) if (!ids.has(word)) ids.set(word, ids.size + 1);
  const base = ids.size + 1;
  return { ids, base, runs: new Set(kept.map((run) => runCode(run, ids, base))) };
}

function wordnetTable(
  rubric: Rubric,
  table: Record<string, string[]> | undefined,
): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  const excluded = new Set(rubric.wordnetExclude ?? []);
  for (const word of rubric.wordnet ?? []) {
    const synonyms = (table?.[word] ?? []).filter((synonym) => !excluded.has(synonym));
    if (synonyms.length > 0) map.set(word, synonyms);
  }
  return map;
}

/**
 * Compiles a validated rubric. Throws RubricError only when handed a rubric that fails the
 * semantic checks (callers validate with validateRubric first).
 * @example const compiled = compileRubric(rubric, { lexicon }); mark(compiled, 'Beria controlled the MVD.')
 */
export function compileRubric(rubric: Rubric, options: CompileOptions = {}): CompiledRubric {
  const issues = semanticIssues(rubric);
  if (issues.length > 0) throw new RubricError(`rubric '${rubric.id}' is not valid`, issues);
  const builder: Builder = {
    vocabulary: createVocabulary(),
    patterns: new Map(),
    groupCount: 0,
    nameGroups: [],
    synonyms: indexSynonyms([...(options.lexicon?.synonyms ?? []), ...(rubric.synonyms ?? [])]),
    wordnet: wordnetTable(rubric, options.wordnet),
  };
  const points = rubric.points.map((p) => compilePoint(builder, p));
  const misconceptions = (rubric.misconceptions ?? []).map((m) => compileMisconception(builder, m));
  const focusGroup = rubric.focus && rubric.focus.length > 0 ? compileGroup(builder, rubric.focus) : null;
  const runs = promptRuns(rubric);
  return Object.freeze({
    id: rubric.id,
    rubric,
    vocabulary: builder.vocabulary,
    patterns: flattenTrie(builder.patterns),
    groupCount: builder.groupCount,
    nameGroups: Array.from({ length: builder.groupCount }, (_, g) => builder.nameGroups[g] === true),
    notWord: builder.vocabulary.add('not', false),
    focusGroup,
    points,
    misconceptions,
    promptRuns: runs,
    words: new WordMemo(),
    templates: compileTemplates(rubric.templates),
  });
}
