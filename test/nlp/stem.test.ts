import fc from 'fast-check';
import { STEM_HEAD_MIN_LENGTH, stem, stemHead } from '../../src/nlp';

describe('stems', () => {
  it.each([
    ['arrested', 'arrest'],
    ['buying', 'bui'],
    ['generals', 'general'],
    ['1953', '1953'],
  ])('stems %j to %j', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('gives a long word and its stem the same head, so a lookup can skip stemming words no stem starts like', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''), 'y', 'e', 'i');
    fc.assert(
      fc.property(
        fc.array(letters, { minLength: STEM_HEAD_MIN_LENGTH, maxLength: 14 }),
        fc.constantFrom('', 'ing', 'ed', 'ies', 'ying', 'eed', 'ement', 'ational', 's'),
        (chars, suffix) => {
          const word = chars.join('') + suffix;
          expect(stemHead(stem(word))).toBe(stemHead(word));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each(['buying', 'eyeing', 'keyed', 'being', 'using', 'saying'])(
    'keeps the head of %j, whose stem is short or changes a "y"',
    (word) => {
      expect(stemHead(stem(word))).toBe(stemHead(word));
    },
  );
});
