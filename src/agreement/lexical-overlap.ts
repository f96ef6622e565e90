/**
 * The lexical-overlap baseline used beside the rubric marker in evaluations: how many content
 * words (Porter stems, stop words removed) a student answer shares with the closest reference
 * answer. Kept independent of the marking engine on purpose, so it stays a fixed yardstick.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
// Module paths, never the package index (slow to load, and it prints from dotenv).
const porter = require('natural/lib/natural/stemmers/porter_stemmer') as { stem(word: string): string };
const stopwords = require('natural/lib/natural/util/stopwords') as { words: string[] };
/* eslint-enable @typescript-eslint/no-require-imports */
import { round } from './ordinal';

const STOP = new Set(stopwords.words);
const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = porter.stem(word);
    // Bounded: a long evaluation must not grow the cache without limit.
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * The set of content-word stems in a text.
 * @example contentStems('The water was evaporated') // Set { 'water', 'evapor' }
 */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!STOP.has(w)) out.add(stem(w));
  }
  return out;
}

/** Overlap of an answer with one reference: precision, recall and F1 over content stems. */
export function overlap(
  answer: ReadonlySet<string>,
  reference: ReadonlySet<string>,
): { precision: number; recall: number; f1: number } {
  let shared = 0;
  for (const s of answer) if (reference.has(s)) shared += 1;
  const precision = answer.size === 0 ? 0 : shared / answer.size;
  const recall = reference.size === 0 ? 0 : shared / reference.size;
  const f1 = shared === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The baseline's score for one answer: F1 overlap with the best-matching reference answer (0..1).
 * @example bestOverlap('the water evaporated', ['The water was evaporated, leaving the salt.']) // 0.8
 */
export function bestOverlap(answer: string, references: readonly string[]): number {
  const a = contentStems(answer);
  let best = 0;
  for (const r of references) best = Math.max(best, overlap(a, contentStems(r)).f1);
  return round(best, 4);
}
