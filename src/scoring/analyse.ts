/**
 * The per-answer pass: tokens, negation, copied prompt runs, questions, sentence signals and every place a
 * rubric phrase occurs. Linear in the answer's length; nothing here parses or allocates per
 * rubric word.
 */
import {
  negatedTokens,
  questionStarts,
  sentenceSignals,
  tokenize,
  type SentenceSignals,
  type Token,
  type TokenizedText,
} from '../nlp';
import { PROMPT_RUN, type CompiledRubric } from './compile';
import {
  HIT_STRIDE as HIT_STRIDE_VALUE,
  NO_MATCHES,
  walk,
  type GroupMatch,
  type WalkInput,
} from './patterns';
import { SLOT_STRIDE as SLOT_STRIDE_VALUE } from './word-memo';
import { resolvePronouns } from './pronouns';

export type { GroupMatch } from './patterns';

export interface Analysis {
  text: TokenizedText;
  negated: Uint8Array;
  /** 1 where the token belongs to a run copied from the prompt, or to a question: it earns nothing. */
  masked: Uint8Array;
  signals: SentenceSignals[];
  /** Matches by group id, in text order. */
  groups: GroupMatch[][];
  /** Words that can earn credit (not copied from the prompt). */
  words: number;
}

interface WordLookup {
  /**
   * Two numbers per token: the range [from, to) of its hits in the rubric's word memo's pool (see
   * word-memo.ts); empty where the word stands for no rubric word, or is copied from the prompt.
   */
  ranges: Int32Array;
  /** The pool the ranges index (read after the lookups: it is replaced when it grows). */
  pool: Float64Array;
  /** 1 where the token belongs to a run copied from the prompt. */
  masked: Uint8Array;
}

// Read into module constants once: a transpiled import is a property read per token.
const SLOT_STRIDE = SLOT_STRIDE_VALUE;
const HIT_STRIDE = HIT_STRIDE_VALUE;

// One answer's token ranges, kept for the next answer rather than allocated for each: they are
// read only until findGroups is done, before anything in analyse() could mark another answer.
let scratchRanges = new Int32Array(1024);

function rangesFor(tokens: number): Int32Array {
  if (scratchRanges.length < 2 * tokens) scratchRanges = new Int32Array(2 * tokens + 1024);
  return scratchRanges;
}

/** What the rubric makes of a word it has not seen lately: its hits with their trie roots, its prompt id. */
function describeWord(compiled: CompiledRubric, key: number, norm: string): number {
  const { vocabulary, promptRuns, patterns } = compiled;
  const hits = vocabulary.hits(norm).map((hit) => ({ ...hit, node: patterns.roots.get(hit.word) ?? -1 }));
  return compiled.words.remember(key, norm, hits, promptRuns.ids.get(norm) ?? 0);
}

/**
 * Each token's word as the rubric sees it, in one pass that also masks runs of PROMPT_RUN words
 * copied from the prompt (in `masked`, zeroed, one byte per token): they earn nothing. Words are
 * looked up by the token's numeric key (cheaper than hashing the string again).
 */
function lookUpWords(compiled: CompiledRubric, tokens: readonly Token[], masked: Uint8Array): WordLookup {
  const memo = compiled.words;
  memo.trim();
  const { slots } = memo;
  const ranges = rangesFor(tokens.length);
  const { base, runs } = compiled.promptRuns;
  // The last PROMPT_RUN word ids as the digits of one number, rolled forward a token at a time.
  const window = base ** (PROMPT_RUN - 1);
  let code = 0;
  let inPrompt = 0;
  for (let i = 0; i < tokens.length; i++) {
    const { key, norm } = tokens[i]!;
    let slot = memo.slotOf(key, norm);
    if (slot < 0) slot = describeWord(compiled, key, norm);
    const at = slot * SLOT_STRIDE;
    ranges[2 * i] = slots[at + 1]!;
    ranges[2 * i + 1] = slots[at + 2]!;
    const promptId = slots[at + 3]!;
    if (promptId === 0) {
      inPrompt = 0;
      continue;
    }
    code = inPrompt === 0 ? promptId : (code % window) * base + promptId;
    inPrompt++;
    if (inPrompt >= PROMPT_RUN && runs.has(code)) {
      masked.fill(1, i - PROMPT_RUN + 1, i + 1);
      forget(ranges, i - PROMPT_RUN + 1, i + 1);
    }
  }
  return { ranges, pool: memo.pool, masked };
}

/** Empties the ranges of tokens [from, to): they earn nothing. */
function forget(ranges: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) ranges[2 * i + 1] = ranges[2 * i]!;
}

function findGroups(
  compiled: CompiledRubric,
  tokens: readonly Token[],
  { ranges, pool }: WordLookup,
  negated: Uint8Array,
): GroupMatch[][] {
  const groups: GroupMatch[][] = new Array(compiled.groupCount);
  // Most groups match nothing in an answer: they share one empty list until they do.
  groups.fill(NO_MATCHES);
  const input: WalkInput = {
    trie: compiled.patterns,
    tokens,
    ranges,
    pool,
    notWord: compiled.notWord,
    groups,
    scope: negated,
    first: 0,
    negated: false,
    notAt: -1,
  };
  for (let first = 0; first < tokens.length; first++) {
    const to = ranges[2 * first + 1]!;
    let h = ranges[2 * first]!;
    if (h === to) continue;
    input.first = first;
    input.negated = negated[first] === 1;
    for (; h < to; h += HIT_STRIDE) {
      const node = pool[h + 2]!;
      if (node >= 0) walk(node, first, pool[h + 1]!, input);
    }
  }
  return groups;
}

/** A sentence said again word for word explains and judges nothing new: pasting earns nothing. */
function repeatsSilenced(
  text: TokenizedText,
  masked: Uint8Array,
  signals: SentenceSignals[],
): SentenceSignals[] {
  const seen = new Set<number>();
  return text.sentences.map((s, i) => {
    const signal = signals[i]!;
    // Only sentences that explain or judge can gain anything by being repeated.
    if (signal.connectives === 0 && !signal.judgement) return signal;
    // The sentence's words hashed in order, with its length: a collision would only silence a sentence.
    let hash = 0x811c9dc5;
    let words = 0;
    for (let t = s.firstToken; t < s.endToken; t++) {
      if (masked[t]) continue;
      hash = Math.imul(hash ^ text.tokens[t]!.key, 0x01000193);
      words++;
    }
    const key = (hash + Math.imul(words, 0x9e3779b1)) | 0;
    if (!seen.has(key)) {
      seen.add(key);
      return signal;
    }
    return { ...signal, connectives: 0, judgement: false };
  });
}

/** Questions assert nothing: their words are masked like a copied prompt, so they earn nothing. */
function maskQuestions(answer: string, text: TokenizedText, words: WordLookup): void {
  const starts = questionStarts(answer, text);
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!;
    if (from < 0) continue;
    const { endToken } = text.sentences[s]!;
    words.masked.fill(1, from, endToken);
    forget(words.ranges, from, endToken);
  }
}

// V8 keeps a typed array of up to this many bytes inside its heap; a longer one gets an allocation
// of its own outside it, which costs more than filling the array.
const IN_HEAP_BYTES = 64;

/** Two zeroed arrays of n bytes, sharing one buffer when they are too long to be kept in the heap. */
function byteArrays(n: number): [Uint8Array, Uint8Array] {
  if (n <= IN_HEAP_BYTES) return [new Uint8Array(n), new Uint8Array(n)];
  const bytes = new ArrayBuffer(2 * n);
  return [new Uint8Array(bytes, 0, n), new Uint8Array(bytes, n, n)];
}

// The rubric's subject as name groups, worked out once per compiled rubric (see subjectGroups).
const SUBJECTS = new WeakMap<CompiledRubric, readonly number[]>();

/**
 * The groups of names the rubric's `subject` ("Khrushchev") meets, which a pronoun with no one
 * named before it stands for; none when the rubric names no subject.
 */
export function subjectGroups(compiled: CompiledRubric): readonly number[] {
  const known = SUBJECTS.get(compiled);
  if (known !== undefined) return known;
  // Set first: analysing the subject's own words reads no pronoun, but must not come back here.
  SUBJECTS.set(compiled, []);
  const subject = compiled.rubric.subject;
  const found: number[] = [];
  if (subject !== undefined) {
    analyse(compiled, subject).groups.forEach((list, g) => {
      if (compiled.nameGroups[g] && list.length > 0) found.push(g);
    });
  }
  SUBJECTS.set(compiled, found);
  return found;
}

/**
 * Analyses one answer against a compiled rubric.
 * @example analyse(compiled, 'Beria was not arrested.').groups
 */
export function analyse(compiled: CompiledRubric, answer: string): Analysis {
  const text = tokenize(answer);
  const [negatedBytes, maskedBytes] = byteArrays(text.tokens.length);
  const negated = negatedTokens(text.tokens, negatedBytes);
  const words = lookUpWords(compiled, text.tokens, maskedBytes);
  maskQuestions(answer, text, words);
  const { masked } = words;
  const signals = repeatsSilenced(
    text,
    masked,
    text.sentences.map((s) => sentenceSignals(text.tokens, s, masked)),
  );
  let count = 0;
  for (let i = 0; i < masked.length; i++) if (!masked[i]) count++;
  const groups = findGroups(compiled, text.tokens, words, negated);
  resolvePronouns(answer, text, groups, compiled.nameGroups, subjectGroups(compiled), negated, masked);
  return { text, negated, masked, signals, groups, words: count };
}
