/**
 * Misspellings: a bounded Damerau-Levenshtein (optimal string alignment) distance, with the
 * number of edits allowed scaled to the word's length.
 */

/**
 * Edits allowed for a word of this length: short words must be exact, because one edit turns
 * most of them into another real word (war/was, arms/army).
 * @example allowedEdits('malenkov') // 1
 */
export function allowedEdits(word: string): number {
  if (word.length <= 4) return 0;
  if (word.length <= 8) return 1;
  return 2;
}

// Three rows of the distance table, reused by every call (marking is synchronous, so no two calls
// ever share them): a word never seen before is compared with dozens of rubric words, and fresh
// arrays for each comparison were most of the garbage such an answer made.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The edit distance between a and b, or max + 1 as soon as it must exceed max.
 * @example boundedDistance('krushchev', 'khrushchev', 2) // 1
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prevPrev, prev, row] = rows;
  prevPrev.fill(0, 0, n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[n]!, max + 1);
}

/**
 * The letters a-z a word uses (up to `end`), one bit each. Each edit brings in or takes out at
 * most one letter, so two words whose sets differ by more than `max` letters either way are more
 * than `max` edits apart: most words are ruled out by that before any distance is computed.
 * @example letterMask('abba') // 0b11
 */
export function letterMask(word: string, end = word.length): number {
  let mask = 0;
  for (let i = 0; i < end && i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

/**
 * How many letters of mask `a` are not in mask `b`: at least that many edits turn b into a.
 * @example lettersNotIn(letterMask('berija'), letterMask('beria')) // 1
 */
export function lettersNotIn(a: number, b: number): number {
  let n = a & ~b;
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * True when `written` is a plausible misspelling of the rubric word `target`: same first
 * letter, and within the edits allowed for the target's length.
 * @example isMisspelling('berija', 'beria') // true
 */
export function isMisspelling(written: string, target: string): boolean {
  const max = allowedEdits(target);
  if (max === 0 || written.length <= 3 || written[0] !== target[0]) return false;
  return boundedDistance(written, target, max) <= max;
}
