import { allowedEdits, boundedDistance, isMisspelling } from '../../src/nlp';

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
