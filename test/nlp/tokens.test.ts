import fc from 'fast-check';
import { tokenize } from '../../src/nlp';

function words(text: string): string[] {
  return tokenize(text).tokens.map((t) => text.slice(t.start, t.end));
}

function sentences(text: string): string[] {
  return tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('tokenize', () => {
  it('keeps offsets that slice back to each word for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const { tokens, sentences: spans } = tokenize(text);
        for (const t of tokens) {
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toMatch(/^[\p{L}\p{N}]/u);
        }
        for (const s of spans) expect(s.end).toBeGreaterThanOrEqual(s.start);
      }),
      { numRuns: 500 },
    );
  });

  it('finds exactly the words a Unicode word pattern finds in text without tags', () => {
    // An invisible character (soft hyphen, zero-width space, ...) belongs to a word when a word character follows it.
    const inv = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]';
    const pattern = new RegExp(
      `[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|${inv}(?=[\\p{L}\\p{N}\\p{M}]))*(?:['’](?:[\\p{L}\\p{M}]|${inv}(?=[\\p{L}\\p{M}]))+)*`,
      'gu',
    );
    const alphabet = fc.constantFrom(..."aZ9 .,'’-éü\u0301Жж😀\ud800\n\u00ad\u200b".split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (chars, extra) => {
          const text = (chars.join('') + extra).replace(/</g, ' ');
          expect(words(text)).toEqual(text.match(pattern) ?? []);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['Khrushchëv’s rivals', ['khrushchev', 'rivals']],
    ["Stalin's death", ['stalin', 'death']],
    ['BERIA Was ARRESTED', ['beria', 'was', 'arrested']],
    ['anti-party group', ['anti', 'party', 'group']],
    ['in 1953, not 1956', ['in', '1953', 'not', '1956']],
    ['Молотов и Берия', ['молотов', 'и', 'берия']],
    ['Stalin’s ﬁrst heir, copied from a PDF', ['stalin', 'first', 'heir', 'copied', 'from', 'a', 'pdf']],
    ['Ｂｅｒｉａ was shot', ['beria', 'was', 'shot']],
  ])('normalises %j to %j', (text, expected) => {
    expect(tokenize(text).tokens.map((t) => t.norm)).toEqual(expected);
  });

  it.each([
    ['soft hyphen', 'ar\u00adrested Khru\u00adshchev'],
    ['zero-width space', 'ar\u200brested Khru\u200bshchev'],
    ['zero-width joiner and word joiner', 'ar\u200drested Khru\u2060shchev'],
  ])('keeps a word whole across a %s pasted inside it, quoting it as written', (_name, text) => {
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['arrested', 'khrushchev']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(text.split(' '));
  });

  it.each([
    ["didn't", 'did'],
    ['didnt', 'did'],
    ['couldn’t', 'could'],
    ["can't", 'can'],
    ["won't", 'will'],
    ['wasnt', 'was'],
  ])('reads %j as a negated %j', (text, norm) => {
    const [token] = tokenize(text).tokens;
    expect(token).toMatchObject({ norm, negated: true });
  });

  it.each([
    ['Beria was arrested. He was shot in December!', ['Beria was arrested', 'He was shot in December']],
    ['Was it the army? Yes', ['Was it the army', 'Yes']],
    ['- the army\n- the party', ['the army', 'the party']],
    ['It cost 1.5 million roubles.', ['It cost 1.5 million roubles']],
    ['The U.S.S.R. was vast.', ['The U.S.S.R. was vast']],
    ['Zhukov never ruled; he backed Khrushchev.', ['Zhukov never ruled; he backed Khrushchev']],
  ])('splits %j into sentences %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('treats HTML as text but gives no words from tags or scripts, and ends sentences at block tags', () => {
    const text = "<p>Beria was <b>feared</b></p><script>alert('x')</script><p>He was shot</p>";
    expect(words(text)).toEqual(['Beria', 'was', 'feared', 'He', 'was', 'shot']);
    expect(sentences(text)).toEqual(['Beria was <b>feared', 'He was shot']);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['NUL bytes', '\u0000Beria\u0000'],
    ['emoji', 'Beria 🤔🔥 was feared'],
    ['a lone surrogate', 'Beria \ud800 feared \udfff'],
    ['an unclosed tag', '<p Beria was feared'],
  ])('never throws on %s', (_name, text) => {
    expect(() => tokenize(text)).not.toThrow();
  });
});
