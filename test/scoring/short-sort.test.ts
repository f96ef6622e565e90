import { sortShort } from '../../src/scoring/short-sort';

/** A small deterministic generator, so a failure can be replayed. */
function numbers(seed: number, count: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % 5;
  });
}

describe('sortShort', () => {
  it('orders exactly as Array.prototype.sort, keeping ties in their order, short or long', () => {
    for (let length = 0; length <= 40; length++) {
      const items = numbers(length + 1, length).map((key, index) => ({ key, index }));
      const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
      expect(sortShort([...items], byKey)).toEqual([...items].sort(byKey));
    }
  });

  it('sorts in place and returns the list', () => {
    const list = [3, 1, 2];
    expect(sortShort(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });
});
