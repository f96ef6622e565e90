/**
 * The per-answer pass: tokens, negation, copied prompt runs, sentence signals and every place a
 * rubric phrase occurs. Linear in the answer's length; nothing here parses or allocates per
 * rubric word.
 */
import {
  negatedTokens,
  sentenceSignals,
  tokenize,
  type SentenceSignals,
  type Token,
  type TokenizedText,
} from '../nlp';
import { PROMPT_RUN, type CompiledRubric, type Pattern } from './compile';
import type { Hit } from './vocabulary';

/** One place where one group's alternative occurs. Token indexes are inclusive. */
export interface GroupMatch {
  first: number;
  last: number;
  confidence: number;
  sentence: number;
  negated: boolean;
}

export interface Analysis {
  text: TokenizedText;
  negated: Uint8Array;
  /** 1 where the token belongs to a run copied from the prompt: it earns nothing. */
  masked: Uint8Array;
  signals: SentenceSignals[];
  /** Matches by group id, in text order. */
  groups: GroupMatch[][];
  /** Words that can earn credit (not copied from the prompt). */
  words: number;
}

// Words allowed between the words of a phrase: "arrested and shot" still matches "arrested shot".
const MAX_GAP = 2;

function copiedRuns(compiled: CompiledRubric, tokens: readonly Token[]): Uint8Array {
  const masked = new Uint8Array(tokens.length);
  if (compiled.promptRuns.size === 0) return masked;
  let inPrompt = 0;
  for (let i = 0; i < tokens.length; i++) {
    inPrompt = compiled.promptWords.has(tokens[i]!.norm) ? inPrompt + 1 : 0;
    if (inPrompt < PROMPT_RUN) continue;
    const start = i - PROMPT_RUN + 1;
    let run = tokens[start]!.norm;
    for (let k = start + 1; k <= i; k++) run += ` ${tokens[k]!.norm}`;
    if (compiled.promptRuns.has(run)) masked.fill(1, start, i + 1);
  }
  return masked;
}

function hasWord(hits: readonly Hit[] | undefined, word: number): number {
  if (!hits) return 0;
  for (const hit of hits) if (hit.word === word) return hit.confidence;
  return 0;
}

/**
 * Extends a pattern from its first word at token i; returns the last token or -1. The word
 * "not" in a pattern is also met by the n't of the token before it ("couldn't stop").
 */
function extend(
  pattern: Pattern,
  i: number,
  tokens: readonly Token[],
  hits: Array<readonly Hit[] | undefined>,
  notWord: number,
): [number, number] {
  let pos = i;
  let confidence = 1;
  const sentence = tokens[i]!.sentence;
  for (let k = 1; k < pattern.words.length; k++) {
    if (pattern.words[k] === notWord && tokens[pos]!.negated) continue;
    let found = -1;
    for (let p = pos + 1; p <= pos + 1 + MAX_GAP && p < tokens.length; p++) {
      if (tokens[p]!.sentence !== sentence) break;
      const c = hasWord(hits[p], pattern.words[k]!);
      if (c > 0) {
        found = p;
        confidence = Math.min(confidence, c);
        break;
      }
    }
    if (found < 0) return [-1, 0];
    pos = found;
  }
  return [pos, confidence];
}

function addMatch(list: GroupMatch[], match: GroupMatch): void {
  const same = list.find((m) => m.first === match.first && m.last === match.last);
  if (!same) list.push(match);
  else if (same.confidence < match.confidence) same.confidence = match.confidence;
}

function findGroups(
  compiled: CompiledRubric,
  text: TokenizedText,
  negated: Uint8Array,
  masked: Uint8Array,
): GroupMatch[][] {
  const { tokens } = text;
  const hits: Array<readonly Hit[] | undefined> = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) if (!masked[i]) hits[i] = compiled.vocabulary.hits(tokens[i]!.norm);
  const groups: GroupMatch[][] = Array.from({ length: compiled.groupCount }, () => []);
  for (let i = 0; i < tokens.length; i++) {
    const tokenHits = hits[i];
    if (!tokenHits || tokenHits.length === 0) continue;
    for (const hit of tokenHits) {
      for (const pattern of compiled.patternsByFirst.get(hit.word) ?? []) {
        const [last, rest] =
          pattern.words.length === 1 ? [i, 1] : extend(pattern, i, tokens, hits, compiled.notWord);
        if (last < 0) continue;
        const confidence = Math.min(hit.confidence, rest, pattern.confidence);
        // A phrase is negated when its first word is: "no clear successor" carries its own cue.
        addMatch(groups[pattern.group]!, {
          first: i,
          last,
          confidence,
          sentence: tokens[i]!.sentence,
          negated: negated[i] === 1,
        });
      }
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
  const seen = new Set<string>();
  return text.sentences.map((s, i) => {
    let key = '';
    for (let t = s.firstToken; t < s.endToken; t++) if (!masked[t]) key += `${text.tokens[t]!.norm} `;
    const signal = signals[i]!;
    if (!seen.has(key)) {
      seen.add(key);
      return signal;
    }
    return { ...signal, connectives: 0, judgement: false };
  });
}

/**
 * Analyses one answer against a compiled rubric.
 * @example analyse(compiled, 'Beria was not arrested.').groups
 */
export function analyse(compiled: CompiledRubric, answer: string): Analysis {
  const text = tokenize(answer);
  const negated = negatedTokens(text.tokens);
  const masked = copiedRuns(compiled, text.tokens);
  const signals = repeatsSilenced(
    text,
    masked,
    text.sentences.map((s) => sentenceSignals(text.tokens, s, masked)),
  );
  let words = 0;
  for (let i = 0; i < masked.length; i++) if (!masked[i]) words++;
  return { text, negated, masked, signals, groups: findGroups(compiled, text, negated, masked), words };
}
