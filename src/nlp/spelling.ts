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

/**
 * The edit distance between a and b, or max + 1 as soon as it must exceed max.
 * @example boundedDistance('krushchev', 'khrushchev', 2) // 1
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = new Array<number>(n + 1);
  let row = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
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
 * True when `written` is a plausible misspelling of the rubric word `target`: same first
 * letter, and within the edits allowed for the target's length.
 * @example isMisspelling('berija', 'beria') // true
 */
export function isMisspelling(written: string, target: string): boolean {
  const max = allowedEdits(target);
  if (max === 0 || written.length <= 3 || written[0] !== target[0]) return false;
  return boundedDistance(written, target, max) <= max;
}
