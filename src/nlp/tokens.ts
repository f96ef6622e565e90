/**
 * Tokens and sentences with UTF-16 offsets into the original text, in one linear pass:
 * token.text is always text.slice(start, end), so evidence quotes the student's own words.
 */
import { normaliseWord, type NormalisedWord } from './normalise';
import { CLAUSE_WORD as CLAUSE_WORD_BIT, wordClasses } from './word-classes';

// Read into a module constant once: a transpiled import is a getter, too slow per token.
const CLAUSE_WORD = CLAUSE_WORD_BIT;

export interface Token {
  start: number;
  end: number;
  /** Normalised form (lower case, accents folded, possessive dropped). */
  norm: string;
  /** The word carried a negating n't ("didn't"). */
  negated: boolean;
  /** Word-class bits (see word-classes.ts): negation cue, connective, function word, ... */
  flags: number;
  /** A 30-bit hash of `norm`, for cheap comparisons of whole sentences. */
  key: number;
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

// A word is letters and digits (with combining marks), joined by apostrophes: Stalin's, didn't,
// O’Brien. The scanner below does by hand what /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{M}]+)*/u
// does, several times faster on the ASCII that most answers are made of.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER_DIGIT_OR_MARK = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
// HTML is text, but the words inside a tag (and inside script and style elements) are markup,
// never creditable content. Block tags (<p>, <br>, <li>, ...) end a sentence as a full stop would.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)[^<>]{0,200}>/g;
const SKIPPED_ELEMENTS = new Set(['script', 'style']);
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

// The same two sets for ASCII as a table, read once per character of a gap.
const ASCII_ENDS = new Uint8Array(128);
for (const c of CLAUSE_ENDS) if (c < 128) ASCII_ENDS[c] = Break.Clause;
for (const c of SENTENCE_ENDS) if (c < 128) ASCII_ENDS[c] = Break.Sentence;

/** Classifies the text between two tokens: a sentence end, a clause end or nothing. */
function classifyGap(text: string, from: number, to: number, prevLength: number): Break {
  let result = Break.None;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue; // the usual gap: a plain space ends nothing
    if (c === 46 /* . */) {
      // 1.5 and U.S.S.R. are not sentence ends: a lone full stop before a digit or after an initial.
      if (to - from === 1 && (isDigit(text.charCodeAt(to)) || prevLength === 1)) continue;
      // ... and the stop after the last letter of an initialism (U.S.S.R. was, e.g. Beria).
      if (i === from && prevLength === 1 && from >= 2 && text.charCodeAt(from - 2) === 46) continue;
      return Break.Sentence;
    }
    const ends =
      c < 128
        ? ASCII_ENDS[c]!
        : SENTENCE_ENDS.has(c)
          ? Break.Sentence
          : CLAUSE_ENDS.has(c)
            ? Break.Clause
            : 0;
    if (ends === Break.Sentence) return Break.Sentence;
    // A hyphen joins words (anti-party); only a spaced one ends a clause.
    if (ends === Break.Clause || (c === 45 && to - from > 1)) result = Break.Clause;
  }
  return result;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Length in UTF-16 units of the code point at i when it matches `test`, else 0. */
function unicodeAt(text: string, i: number, test: RegExp): number {
  const cp = text.codePointAt(i)!;
  if (!test.test(String.fromCodePoint(cp))) return 0;
  return cp > 0xffff ? 2 : 1;
}

function wordStartAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) ? 1 : 0;
  return unicodeAt(text, i, LETTER_OR_DIGIT);
}

/**
 * Soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte order mark: invisible
 * characters that pasted text carries inside words ("ar\u00ADrested"); between two word characters
 * they belong to the word, and normalisation drops them.
 */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The end of the run of word characters from i (letters, digits, marks; letters and marks only when `lettersOnly`). */
function runEnd(text: string, i: number, lettersOnly: boolean): number {
  const test = lettersOnly ? LETTER_OR_MARK : LETTER_DIGIT_OR_MARK;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!lettersOnly && c >= 48 && c <= 57)) i++;
      else return i;
    } else {
      // An invisible character joins the word only when a word character follows it.
      const skip = isInvisible(c) && i + 1 < text.length ? 1 : 0;
      const step = unicodeAt(text, i + skip, test);
      if (step === 0) return i;
      i += skip + step;
    }
  }
  return i;
}

/** The end of the word starting at `start`: word characters, and letters joined by an apostrophe. */
function wordEnd(text: string, start: number, first: number): number {
  let i = runEnd(text, start + first, false);
  for (;;) {
    if (i + 1 >= text.length) return i;
    const c = text.charCodeAt(i);
    if (c !== 39 && c !== 0x2019) return i;
    const after = runEnd(text, i + 1, true);
    if (after === i + 1) return i;
    i = after;
  }
}

const END_TAGS: Record<string, RegExp> = {
  script: /<\/script[^<>]{0,200}>/gi,
  style: /<\/style[^<>]{0,200}>/gi,
};

/** Where the element opened at `from` closes (after its end tag), or -1; one forward search. */
function closingEnd(text: string, name: string, from: number): number {
  const end = END_TAGS[name]!;
  end.lastIndex = from;
  const m = end.exec(text);
  return m ? m.index + m[0].length : -1;
}

function tagRanges(text: string): TagRange[] {
  if (!text.includes('<')) return [];
  const ranges: TagRange[] = [];
  // An element with no end tag is searched for once: later ones cannot find one either.
  const unclosed = new Set<string>();
  const tag = new RegExp(TAG.source, 'g');
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    const name = m[2]!.toLowerCase();
    let end = m.index + m[0].length;
    if (m[1] === '' && SKIPPED_ELEMENTS.has(name) && !unclosed.has(name)) {
      const closed = closingEnd(text, name, end);
      if (closed < 0) unclosed.add(name);
      else end = closed;
      tag.lastIndex = end;
    }
    ranges.push({ start: m.index, end, block: BLOCK_TAGS.has(name) || SKIPPED_ELEMENTS.has(name) });
  }
  return ranges;
}

// Answers repeat the same few hundred words: normalise each spelling once, in a small open-
// addressing table keyed by the characters in place, so a known word costs no new string. The table
// only remembers a pure function's answers, so clearing it when crowded changes no result.
interface Word extends NormalisedWord {
  raw: string;
  hash: number;
  flags: number;
  key: number;
}
const TABLE_SIZE = 1 << 15;
const PROBES = 8;
let table: Array<Word | undefined> = new Array(TABLE_SIZE);

// Hashes are cut to 30 bits so V8 holds them as small integers: a full 32-bit one would be a heap
// number, allocated afresh for every token's key and every word scanned.
const HASH_MASK = 0x3fffffff;

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & HASH_MASK;
}

/**
 * The key a token of this normalised word carries (Token.key), to test for a few known words
 * with integer comparisons.
 * @example tokenize('He').tokens[0].key === keyOf('he') // true
 */
export function keyOf(norm: string): number {
  return hashOf(norm, 0, norm.length);
}

function newWord(text: string, start: number, end: number, hash: number): Word {
  const raw = text.slice(start, end);
  const { norm, negated } = normaliseWord(raw);
  return { raw, hash, norm, negated, flags: wordClasses(norm), key: hashOf(norm, 0, norm.length) };
}

/** True when text[start, end) spells `raw`; a plain loop, several times cheaper here than startsWith. */
function sameChars(raw: string, text: string, start: number, end: number): boolean {
  if (raw.length !== end - start) return false;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function lookupWord(text: string, start: number, end: number, hash: number): Word {
  for (
    let probe = 0, slot = hash & (TABLE_SIZE - 1);
    probe < PROBES;
    probe++, slot = (slot + 1) & (TABLE_SIZE - 1)
  ) {
    const word = table[slot];
    if (word === undefined) return (table[slot] = newWord(text, start, end, hash));
    if (word.hash === hash && sameChars(word.raw, text, start, end)) return word;
  }
  table = new Array(TABLE_SIZE);
  return (table[hash & (TABLE_SIZE - 1)] = newWord(text, start, end, hash));
}

// The hash of the last word asciiWordEnd scanned (a second return value, without an allocation).
let scannedHash = 0;

/**
 * The end of a plain ASCII word from `start` (letters and digits, then anything but an apostrophe
 * or a non-ASCII character), with its hash taken in the same pass; -1 when the word needs the
 * general scanner. Most answers are made only of such words.
 */
function asciiWordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  let h = 0x811c9dc5;
  let c = text.charCodeAt(i);
  do {
    h = Math.imul(h ^ c, 0x01000193);
    // Past the end reads as a space: charCodeAt out of range would return NaN, and V8 recompiles
    // the whole tokenizer slower once it has seen that.
    c = ++i < length ? text.charCodeAt(i) : 32;
  } while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
  if (c >= 128 || c === 39) return -1;
  scannedHash = h & HASH_MASK;
  return i;
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
  for (let start = 0; start < text.length;) {
    const c = text.charCodeAt(start);
    let end = c < 128 && isAsciiAlnum(c) ? asciiWordEnd(text, start) : -1;
    let hash = scannedHash;
    if (end < 0) {
      const first = wordStartAt(text, start);
      if (first === 0) {
        start++;
        continue;
      }
      end = wordEnd(text, start, first);
      hash = hashOf(text, start, end);
    }
    const next = end;
    let blockTag = false;
    while (tagIndex < tags.length && tags[tagIndex]!.end <= start) {
      if (tags[tagIndex]!.start >= prevEnd && tags[tagIndex]!.block) blockTag = true;
      tagIndex++;
    }
    const tag = tags[tagIndex];
    if (tag && tag.start <= start) {
      start = next;
      continue;
    }
    if (tokens.length > 0) {
      // A single space, the usual gap, ends nothing.
      const gap = blockTag
        ? Break.Sentence
        : start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32
          ? Break.None
          : classifyGap(text, prevEnd, start, prevLength);
      if (gap === Break.Sentence) {
        sentences.push(closeSentence(tokens, sentenceFirst));
        sentenceFirst = tokens.length;
        sentence++;
        clause++;
      } else if (gap === Break.Clause) clause++;
    }
    const { norm, negated, flags, key } = lookupWord(text, start, end, hash);
    tokens.push({ start, end, norm, negated, flags, key, sentence, clause });
    prevEnd = end;
    prevLength = end - start;
    start = next;
  }
  if (tokens.length > sentenceFirst) sentences.push(closeSentence(tokens, sentenceFirst));
  markAdjectives(tokens);
  return { tokens, sentences };
}

const GENERAL_KEY = hashOf('general', 0, 7);
// The nouns "general" describes rather than names an army officer: "General Secretary", "the
// general public", "the general mood".
const DESCRIBED_BY_GENERAL = new Set(
  'secretary secretaries public population election elections strike feeling mood climate opinion atmosphere'.split(
    ' ',
  ),
);

/**
 * "General Secretary" and "the general public" are no army generals: a "general" before one of
 * those nouns is read as "general-secretary", "general-public", so it never stands for the army
 * ("Stalin was General Secretary" is not about the generals). A rubric's own "General Secretary"
 * is read the same way, so it still matches.
 */
function markAdjectives(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.key !== GENERAL_KEY || token.norm !== 'general') continue;
    const next = tokens[i + 1]!;
    if (next.clause !== token.clause || !DESCRIBED_BY_GENERAL.has(next.norm)) continue;
    const norm = `general-${next.norm}`;
    tokens[i] = { ...token, norm, key: hashOf(norm, 0, norm.length) };
  }
}

function closeSentence(tokens: Token[], first: number): Sentence {
  return {
    start: tokens[first]!.start,
    end: tokens[tokens.length - 1]!.end,
    firstToken: first,
    endToken: tokens.length,
  };
}

/**
 * True when token i opens a clause: it starts the text or a sentence, follows a comma, colon or
 * dash, or follows a word that begins a clause ("and", "because", ...).
 * @example opensClause(tokenize('Beria fell, as he had no allies').tokens, 3) // true
 */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before === undefined || before.clause !== tokens[i]!.clause || (before.flags & CLAUSE_WORD) !== 0;
}
