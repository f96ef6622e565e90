import fc from 'fast-check';
import { mark, type MarkResult } from '../../src/scoring';
import { compileTiny } from './tiny-rubric';

const compiled = compileTiny();
const points = compileTiny({
  maxMark: 3,
  scheme: {
    type: 'points',
    table: [
      { min: 2, mark: 3 },
      { min: 1, mark: 1 },
    ],
  },
});

const ANSWER =
  'Stalin left no clear successor, so the leaders competed. Beria controlled the secret police, which meant ' +
  'the others feared him. Zhukov and the army backed Khrushchev, so Beria was arrested in June 1953.';

function expectWellFormed(answer: string, result: MarkResult): void {
  expect(Number.isInteger(result.mark)).toBe(true);
  expect(result.mark).toBeGreaterThanOrEqual(0);
  expect(result.mark).toBeLessThanOrEqual(result.maxMark);
  for (const p of result.points) {
    expect(p.confidence).toBeGreaterThanOrEqual(0);
    expect(p.confidence).toBeLessThanOrEqual(1);
    expect(Math.round(p.confidence * 100) / 100).toBe(p.confidence);
    if (!p.met) expect(p.evidence).toEqual([]);
    const evidence = [...p.evidence, ...(p.withheld ?? [])];
    for (const e of evidence) expect(answer.slice(e.start, e.end)).toBe(e.text);
    const starts = p.evidence.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  }
  for (const m of result.misconceptions)
    for (const e of m.evidence) expect(answer.slice(e.start, e.end)).toBe(e.text);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  expect(JSON.stringify(result)).not.toMatch(/NaN|null,"maxMark"|undefined/);
}

describe('marking invariants', () => {
  it('keeps the mark in range, evidence slicing back and the result JSON-clean for any text', () => {
    const words = fc.constantFrom(
      ...'Beria secret police Zhukov army backed Khrushchev arrested successor no not never because so This meant , . ; \n <b> </p> 1955'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 60 }), (parts) => {
        const answer = parts.join(' ');
        expectWellFormed(answer, mark(compiled, answer));
        expectWellFormed(answer, mark(points, answer));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result every time for the same answer', () => {
    expect(mark(compiled, ANSWER)).toEqual(mark(compiled, ANSWER));
  });

  it.each([
    ['upper case', ANSWER.toUpperCase()],
    ['lower case', ANSWER.toLowerCase()],
    ['extra spaces and tabs', ANSWER.replace(/ /g, '  \t ')],
    ['line breaks between sentences', ANSWER.replace(/\. /g, '.\n\n')],
    ['curly apostrophes', ANSWER.replace(/'/g, '’')],
  ])('does not change the mark for %s', (_name, variant) => {
    const base = mark(compiled, ANSWER);
    const changed = mark(compiled, variant);
    expect(changed.mark).toBe(base.mark);
    expect(changed.points.map((p) => p.met)).toEqual(base.points.map((p) => p.met));
  });
});

describe('bad input', () => {
  it.each([
    ['an empty answer', ''],
    ['whitespace', '   \n\t  '],
    ['emoji only', '🤔🔥💀'],
    ['Cyrillic', 'Берия контролировал тайную полицию, поэтому его боялись.'],
    ['HTML and a script', '<script>alert("Beria secret police")</script><img src=x onerror=alert(1)>'],
    ['NUL bytes', '\u0000\u0000\u0000'],
    ['lone surrogates', '\ud800\udc00\ud800 \udfff'],
    ['punctuation only', '!!!???...;;;,,,'],
  ])('gives %s a mark of 0 with a result, never a crash', (_name, answer) => {
    const result = mark(compiled, answer);
    expectWellFormed(answer, result);
    expect(result.mark).toBe(0);
    expect(result.level!.level).toBe(0);
    expect(result.feedback.nextStep).toEqual(expect.any(String));
  });

  it('still credits the words of an answer wrapped in HTML', () => {
    const answer = '<p>Beria controlled the <b>secret police</b>, so the others feared him.</p>';
    const result = mark(compiled, answer);
    expectWellFormed(answer, result);
    expect(result.points.find((p) => p.id === 'beria-police')!.met).toBe(true);
  });

  it('marks a 50,000-character answer without trouble', () => {
    const answer = `${ANSWER} `.repeat(200).slice(0, 50_000);
    const result = mark(compiled, answer);
    expectWellFormed(answer, result);
    expect(result.mark).toBe(mark(compiled, ANSWER).mark);
  });

  it('marks an answer that is one 50,000-letter word without vowels as nothing worthy of credit', () => {
    const answer = 'q'.repeat(50_000);
    const result = mark(compiled, answer);
    expectWellFormed(answer, result);
    expect(result.mark).toBe(0);
  });

  it('treats a non-string from a JavaScript caller as an empty answer', () => {
    expect(mark(compiled, undefined as unknown as string).mark).toBe(0);
  });
});
