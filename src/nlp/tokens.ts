/**
 * Tokens and sentences with UTF-16 offsets into the original text, in one linear pass:
 * token.text is always text.slice(start, end), so evidence quotes the student's own words.
 */
import { normaliseWord } from './normalise';

export interface Token {
  start: number;
  end: number;
  /** Normalised form (lower case, accents folded, possessive dropped). */
  norm: string;
  /** The word carried a negating n't ("didn't"). */
  negated: boolean;
  sentence: number;
  /** Clause number, counted across the whole text; commas, colons and dashes start a new one. */
  clause: number;
}

export interface Sentence {
  /** Offsets of the sentence's first and last token. */
  start: number;
  end: number;
  /** Token index range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

// Letters and digits (with combining marks), joined by apostrophes: Stalin's, didn't, O’Brien.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;
// HTML is text, but the words inside a tag (and inside script and style elements) are markup,
// never creditable content. Block tags (<p>, <br>, <li>, ...) end a sentence as a full stop would.
const TAG = /<(script|style)\b[^<>]{0,200}>[^]{0,5000}?<\/\1\s*>|<\/?([A-Za-z][A-Za-z0-9]*)[^<>]{0,200}>/gi;
const BLOCK_TAGS = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article hr pre'.split(' '),
);

interface TagRange {
  start: number;
  end: number;
  block: boolean;
}

const enum Break {
  None = 0,
  Clause = 1,
  Sentence = 2,
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// ! ? newline, carriage return, bullet, paragraph separator: always the end of a sentence.
const SENTENCE_ENDS = new Set([33, 63, 10, 13, 0x2022, 0x2029]);
// , ; : ( ) em dash, en dash: the end of a clause. A semicolon joins two halves of one thought
// ("Zhukov never tried to rule; he backed Khrushchev"), so it does not end the sentence.
const CLAUSE_ENDS = new Set([44, 59, 58, 40, 41, 0x2014, 0x2013]);

/** Classifies the text between two tokens: a sentence end, a clause end or nothing. */
function classifyGap(text: string, from: number, to: number, prevLength: number): Break {
  let result = Break.None;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      // 1.5 and U.S.S.R. are not sentence ends: a lone full stop before a digit or after an initial.
      if (to - from === 1 && (isDigit(text.charCodeAt(to)) || prevLength === 1)) continue;
      // ... and the stop after the last letter of an initialism (U.S.S.R. was, e.g. Beria).
      if (i === from && prevLength === 1 && text.charCodeAt(from - 2) === 46) continue;
      return Break.Sentence;
    }
    if (SENTENCE_ENDS.has(c)) return Break.Sentence;
    // A hyphen joins words (anti-party); only a spaced one ends a clause.
    if (CLAUSE_ENDS.has(c) || (c === 45 && to - from > 1)) result = Break.Clause;
  }
  return result;
}

function tagRanges(text: string): TagRange[] {
  if (!text.includes('<')) return [];
  const ranges: TagRange[] = [];
  for (const m of text.matchAll(TAG)) {
    const block = m[1] !== undefined || BLOCK_TAGS.has((m[2] ?? '').toLowerCase());
    ranges.push({ start: m.index, end: m.index + m[0].length, block });
  }
  return ranges;
}

/**
 * Splits text into tokens and sentences. Never throws: odd Unicode, NUL bytes and HTML are text.
 * @example tokenize('Beria was arrested. He was shot.').sentences.length // 2
 */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const tags = tagRanges(text);
  let tagIndex = 0;
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  let prevLength = 0;
  let sentenceFirst = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let blockTag = false;
    while (tagIndex < tags.length && tags[tagIndex]!.end <= start) {
      if (tags[tagIndex]!.start >= prevEnd && tags[tagIndex]!.block) blockTag = true;
      tagIndex++;
    }
    const tag = tags[tagIndex];
    if (tag && tag.start <= start) continue;
    if (tokens.length > 0) {
      const gap = blockTag ? Break.Sentence : classifyGap(text, prevEnd, start, prevLength);
      if (gap === Break.Sentence) {
        sentences.push(closeSentence(tokens, sentenceFirst));
        sentenceFirst = tokens.length;
        sentence++;
        clause++;
      } else if (gap === Break.Clause) clause++;
    }
    const { norm, negated } = normaliseWord(m[0]);
    tokens.push({ start, end, norm, negated, sentence, clause });
    prevEnd = end;
    prevLength = end - start;
  }
  if (tokens.length > sentenceFirst) sentences.push(closeSentence(tokens, sentenceFirst));
  return { tokens, sentences };
}

function closeSentence(tokens: Token[], first: number): Sentence {
  return {
    start: tokens[first]!.start,
    end: tokens[tokens.length - 1]!.end,
    firstToken: first,
    endToken: tokens.length,
  };
}
