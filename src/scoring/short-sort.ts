/**
 * Sorting the short lists marking sorts for every answer: a point's occurrences, its evidence
 * spans, the sentences that could explain it. Array.prototype.sort has a set-up cost on each call
 * that outweighs sorting a handful of items; an insertion sort has none. Both are stable, so for
 * the same comparison they give exactly the same order.
 */

/** Longer lists go to Array.prototype.sort, so a long answer never meets a quadratic sort. */
const SHORT = 24;

/**
 * Sorts `items` in place, stably, and returns it.
 * @example sortShort([3, 1, 2], (a, b) => a - b) // [1, 2, 3]
 */
export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i;
    for (; j > 0 && compare(items[j - 1]!, item) > 0; j--) items[j] = items[j - 1]!;
    items[j] = item;
  }
  return items;
}
