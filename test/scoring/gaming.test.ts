import { mark } from '../../src/scoring';
import { compileTiny } from './tiny-rubric';

const compiled = compileTiny();

const HONEST =
  'Stalin left no clear successor, so the leaders competed for power. ' +
  'Beria controlled the secret police, which meant the others feared him. ' +
  'Because of this, Zhukov and the army backed Khrushchev and Beria was arrested in June 1953.';

describe('anti-gaming', () => {
  const honest = mark(compiled, HONEST);

  it('gives the honest prose answer a level 3 or better to compare against', () => {
    expect(honest.level!.level).toBeGreaterThanOrEqual(3);
  });

  it('gives a keyword list the points but never explanation or links, so a lower mark', () => {
    const list = mark(
      compiled,
      'no successor, Beria, secret police, Zhukov, army, backed, Beria arrested, because, so',
    );
    expect(list.signals.explained).toBe(0);
    expect(list.signals.links).toBe(0);
    expect(list.mark).toBeLessThan(honest.mark);
    expect(list.level!.level).toBe(1);
  });

  it('gives nothing for the question copied back', () => {
    const copied = mark(
      compiled,
      'Explain why there was a power struggle in the USSR after the death of Stalin in 1953.',
    );
    expect(copied.mark).toBe(0);
    expect(copied.signals.words).toBe(0);
  });

  it('gives the question copied back before an answer no more than the answer alone', () => {
    const prompt = compiled.rubric.prompt;
    expect(mark(compiled, `${prompt} ${HONEST}`).mark).toBe(honest.mark);
  });

  it('gives an answer pasted five times exactly what it earns once', () => {
    const pasted = mark(compiled, Array.from({ length: 5 }, () => HONEST).join('\n\n'));
    expect(pasted.mark).toBe(honest.mark);
    expect(pasted.signals).toEqual({ ...honest.signals, words: pasted.signals.words });
  });

  it('counts a point once however often it is repeated', () => {
    const repeated = mark(compiled, 'Beria controlled the secret police. '.repeat(20));
    expect(repeated.signals.points).toBe(1);
    expect(repeated.mark).toBe(mark(compiled, 'Beria controlled the secret police.').mark);
  });
});
