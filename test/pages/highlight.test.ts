import { segmentAnswer, type Highlight } from '../../src/http/pages/highlight';
import { joinEvidence } from '../../src/scoring';

const point = (start: number, end: number, ref: string): Highlight => ({ start, end, ref, kind: 'point' });

describe('segmentAnswer', () => {
  const answer = 'Beria ran the secret police. Malenkov was Premier.';

  it.each<[string, Highlight[], Array<[string, string[]]>]>([
    ['leaves an answer without evidence as one plain segment', [], [[answer, []]]],
    [
      'highlights one range and keeps the text either side',
      [point(0, 27, '1')],
      [
        ['Beria ran the secret police', ['1']],
        ['. Malenkov was Premier.', []],
      ],
    ],
    [
      'merges overlapping ranges into one highlight carrying both references',
      [point(0, 9, '2'), point(6, 27, '1')],
      [
        ['Beria ran the secret police', ['1', '2']],
        ['. Malenkov was Premier.', []],
      ],
    ],
    [
      'keeps touching ranges apart so each keeps its own number',
      [point(0, 5, '1'), point(5, 9, '2')],
      [
        ['Beria', ['1']],
        [' ran', ['2']],
        [' the secret police. Malenkov was Premier.', []],
      ],
    ],
    [
      'orders references numerically, points before corrections',
      [point(29, 37, '10'), point(29, 37, '2'), { start: 29, end: 49, ref: 'C1', kind: 'misconception' }],
      [
        ['Beria ran the secret police. ', []],
        ['Malenkov was Premier', ['2', '10', 'C1']],
        ['.', []],
      ],
    ],
    [
      'clamps ranges that run past the answer and drops empty ones',
      [point(42, 500, '1'), point(3, 3, '2'), point(9, 4, '3')],
      [
        ['Beria ran the secret police. Malenkov was ', []],
        ['Premier.', ['1']],
      ],
    ],
  ])('%s', (_name, highlights, expected) => {
    const segments = segmentAnswer(answer, highlights);
    expect(segments.map((s) => [s.text, s.refs])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(answer);
  });

  it('flags a highlight that holds a misconception', () => {
    const segments = segmentAnswer(answer, [{ start: 29, end: 37, ref: 'C1', kind: 'misconception' }]);
    expect(segments.filter((s) => s.misconception).map((s) => s.text)).toEqual(['Malenkov']);
  });

  it('keeps markup in the answer as plain text in the segments', () => {
    const html = '<script>alert(1)</script> Beria <img src=x onerror=alert(2)>';
    const segments = segmentAnswer(html, [point(0, 40, '1')]);
    expect(segments.map((s) => s.text).join('')).toBe(html);
    expect(segments[0]!.text).toBe(html.slice(0, 40));
  });

  it('returns no segments for an empty answer', () => {
    expect(segmentAnswer('', [point(0, 3, '1')])).toEqual([]);
  });
});

describe('joinEvidence', () => {
  const answer =
    'Beria ran the secret police; he was feared. Malenkov was Premier.\nKhrushchev led the Party.';
  const at = (text: string) => ({ start: answer.indexOf(text), end: answer.indexOf(text) + text.length });

  it.each<[string, Array<{ start: number; end: number }>, string[]]>([
    [
      'joins pieces of one sentence into one span',
      [at('Beria'), at('secret police')],
      ['Beria ran the secret police'],
    ],
    [
      'keeps pieces in different sentences apart',
      [at('Malenkov'), at('Khrushchev')],
      ['Malenkov', 'Khrushchev'],
    ],
    ['does not join across a semicolon', [at('police'), at('feared')], ['police', 'feared']],
    ['sorts pieces given out of order', [at('Premier'), at('Malenkov')], ['Malenkov was Premier']],
    ['keeps one piece as it is', [at('Party')], ['Party']],
    ['returns nothing for no evidence', [], []],
  ])('%s', (_name, evidence, expected) => {
    const spans = joinEvidence(answer, evidence);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(answer.slice(s.start, s.end)).toBe(s.text);
  });
});
