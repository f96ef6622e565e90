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
import { PROMPT_RUN, WORD_SLOTS, type CompiledRubric, type WordInfo } from './compile';
import { walk, type WalkInput } from './patterns';
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

const WORD_MASK = WORD_SLOTS - 1;

/**
 * The rubric's view of each token, looked up by the token's numeric key (cheaper than hashing the
 * string again) and checked against the word itself, so a hash collision costs a lookup, never a
 * wrong answer. The memo only remembers a pure function, so overwriting a slot changes no result.
 */
function wordInfo(compiled: CompiledRubric, tokens: readonly Token[]): WordInfo[] {
  const { words, vocabulary, promptRuns, patterns } = compiled;
  const info: WordInfo[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const slot = token.key & WORD_MASK;
    let known = words[slot];
    if (known === undefined || known.norm !== token.norm) {
      const hits = vocabulary.hits(token.norm);
      known = {
        norm: token.norm,
        hits,
        promptId: promptRuns.ids.get(token.norm) ?? 0,
        roots: hits.map((hit) => patterns.get(hit.word)),
      };
      words[slot] = known;
    }
    info[i] = known;
  }
  return info;
}

function copiedRuns(compiled: CompiledRubric, info: readonly WordInfo[]): Uint8Array {
  const masked = new Uint8Array(info.length);
  const { base, runs } = compiled.promptRuns;
  if (runs.size === 0) return masked;
  // The last PROMPT_RUN word ids as the digits of one number, rolled forward a token at a time.
  const window = base ** (PROMPT_RUN - 1);
  let code = 0;
  let inPrompt = 0;
  for (let i = 0; i < info.length; i++) {
    const id = info[i]!.promptId;
    if (id === 0) {
      inPrompt = 0;
      code = 0;
      continue;
    }
    inPrompt++;
    code = (code % window) * base + id;
    if (inPrompt >= PROMPT_RUN && runs.has(code)) masked.fill(1, i - PROMPT_RUN + 1, i + 1);
  }
  return masked;
}

function addMatch(list: GroupMatch[], match: GroupMatch): void {
  // Matches arrive in order of their first token, so a duplicate can only be among the last few.
  for (let k = list.length - 1; k >= 0 && list[k]!.first === match.first; k--) {
    const same = list[k]!;
    if (same.last !== match.last) continue;
    if (same.confidence < match.confidence) same.confidence = match.confidence;
    return;
  }
  list.push(match);
}

function findGroups(
  compiled: CompiledRubric,
  text: TokenizedText,
  info: readonly WordInfo[],
  negated: Uint8Array,
  masked: Uint8Array,
): GroupMatch[][] {
  const { tokens } = text;
  const hits: Array<readonly Hit[] | undefined> = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (masked[i]) continue;
    const found = info[i]!.hits;
    if (found.length > 0) hits[i] = found;
  }
  const groups: GroupMatch[][] = new Array(compiled.groupCount);
  for (let g = 0; g < groups.length; g++) groups[g] = [];
  let first = 0;
  const input: WalkInput = {
    tokens,
    hits,
    notWord: compiled.notWord,
    // A phrase is negated when its first word is: "no clear successor" carries its own cue.
    emit: (last, end, confidence) =>
      addMatch(groups[end.group]!, {
        first,
        last,
        confidence,
        sentence: tokens[first]!.sentence,
        negated: negated[first] === 1,
      }),
  };
  for (first = 0; first < tokens.length; first++) {
    const tokenHits = hits[first];
    if (tokenHits === undefined) continue;
    const roots = info[first]!.roots;
    for (let h = 0; h < tokenHits.length; h++) {
      const node = roots[h];
      if (node !== undefined) walk(node, first, tokenHits[h]!.confidence, input);
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
    const key = (hash >>> 0) * 4096 + (words % 4096);
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
  const info = wordInfo(compiled, text.tokens);
  const masked = copiedRuns(compiled, info);
  const signals = repeatsSilenced(
    text,
    masked,
    text.sentences.map((s) => sentenceSignals(text.tokens, s, masked)),
  );
  let words = 0;
  for (let i = 0; i < masked.length; i++) if (!masked[i]) words++;
  return { text, negated, masked, signals, groups: findGroups(compiled, text, info, negated, masked), words };
}
