import fc from 'fast-check';
import { allowedEdits, boundedDistance, isMisspelling, letterMask, lettersNotIn } from '../../src/nlp';

describe('misspellings', () => {
  it.each([
    ['krushchev', 'khrushchev'],
    ['kruschev', 'khrushchev'],
    ['berija', 'beria'],
    ['malenkof', 'malenkov'],
    ['molotof', 'molotov'],
    ['sucessor', 'successor'],
    ['propoganda', 'propaganda'],
  ])('accepts %j for %j', (written, target) => {
    expect(isMisspelling(written, target)).toBe(true);
  });

  it.each([
    ['was', 'war', 'words of four letters or fewer must be exact'],
    ['arms', 'army', 'words of four letters or fewer must be exact'],
    ['kremlin', 'malenkov', 'a different word'],
    ['vberia', 'beria', 'the first letter differs'],
    ['khrushchevism', 'khrushchev', 'three letters more is not a slip'],
    ['malnkf', 'malenkov', 'two edits are too many for an eight-letter word'],
  ])('rejects %j for %j: %s', (written, target) => {
    expect(isMisspelling(written, target)).toBe(false);
  });

  it.each([
    ['army', 0],
    ['beria', 1],
    ['malenkov', 1],
    ['khrushchev', 2],
  ])('allows %j %i edits', (word, edits) => {
    expect(allowedEdits(word)).toBe(edits);
  });

  it('counts a swap of two letters as one edit and stops early past the bound', () => {
    expect(boundedDistance('bieria', 'beiria', 1)).toBe(1);
    expect(boundedDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('ruling out misspellings by the letters used', () => {
  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
  const word = fc.string({ unit: letter, minLength: 1, maxLength: 12 });
  // One edit of the kinds the distance counts: insert, delete, substitute, swap neighbours.
  const edit = fc.record({ kind: fc.integer({ min: 0, max: 3 }), at: fc.nat(), letter });
  function apply(w: string, e: { kind: number; at: number; letter: string }): string {
    const i = w.length === 0 ? 0 : e.at % (w.length + (e.kind === 0 ? 1 : 0));
    if (e.kind === 0) return w.slice(0, i) + e.letter + w.slice(i);
    if (w.length === 0) return w;
    if (e.kind === 1) return w.slice(0, i) + w.slice(i + 1);
    if (e.kind === 2) return w.slice(0, i) + e.letter + w.slice(i + 1);
    return i + 1 < w.length ? w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2) : w;
  }

  it('never rules out a word made from another by up to two edits (a bound, not a guess)', () => {
    fc.assert(
      fc.property(word, fc.array(edit, { maxLength: 2 }), (a, edits) => {
        const b = edits.reduce(apply, a);
        // Any k edits, even overlapping ones, bring in or take out at most k letters; the distance
        // the matcher computes is never below the fewest edits between two words, so the filter
        // never rules out a word it would have accepted.
        const max = edits.length;
        expect(lettersNotIn(letterMask(a), letterMask(b))).toBeLessThanOrEqual(max);
        expect(lettersNotIn(letterMask(b), letterMask(a))).toBeLessThanOrEqual(max);
      }),
      { numRuns: 5000 },
    );
  });

  it('counts the letters one word has and the other lacks', () => {
    expect(lettersNotIn(letterMask('berija'), letterMask('beria'))).toBe(1);
    expect(lettersNotIn(letterMask('beria'), letterMask('berija'))).toBe(0);
    expect(lettersNotIn(letterMask('xyz'), letterMask('beria'))).toBe(3);
    expect(letterMask('khrushchev', 3)).toBe(letterMask('khr'));
  });
});
