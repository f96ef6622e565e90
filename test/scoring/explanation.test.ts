import { mark } from '../../src/scoring';
import { compileTiny } from './tiny-rubric';

const compiled = compileTiny();

function explained(answer: string): string[] {
  return mark(compiled, answer)
    .points.filter((p) => p.explained)
    .map((p) => p.id);
}

describe('causal explanation', () => {
  it.each([
    ['Beria controlled the secret police, so the others feared him.'],
    ['The others feared Beria because he controlled the secret police.'],
    ['Beria controlled the secret police. This meant that the others feared him.'],
    ['Beria controlled the secret police. As a result the others plotted against him.'],
    ['Beria controlled the secret police, which led to fear among the others.'],
  ])('explains the point in %j', (answer) => {
    expect(explained(answer)).toEqual(['beria-police']);
  });

  it.each([
    ['The rivals fought because Stalin left no clear successor.'],
    ['Stalin left no clear successor, so the leaders fought each other.'],
  ])('reads a short plain sentence with a connective as prose that explains: %j', (answer) => {
    expect(explained(answer)).toEqual(['no-successor']);
  });

  it('explains nothing in a question, even one that opens with "because"', () => {
    expect(explained('Was it because Beria controlled the secret police?')).toEqual([]);
  });

  it.each([
    ['no connective', 'Beria controlled the secret police. The others were Malenkov and Molotov.'],
    ['a keyword list', 'Beria, secret police, so, because, fear'],
    [
      'a connective in an unrelated later sentence',
      'Beria controlled the secret police. Molotov was rigid so he lost.',
    ],
    ['a fragment that only opens with a connective', 'Because Beria controlled the secret police.'],
  ])('does not explain the point with %s', (_name, answer) => {
    expect(explained(answer)).toEqual([]);
  });

  it('lets one connective link one pair of points, however many the sentence names', () => {
    const crowded =
      'Beria controlled the secret police and Zhukov backed Khrushchev and Beria was arrested, so the others won.';
    expect(mark(compiled, crowded).signals).toMatchObject({ points: 3, links: 1 });
    const two =
      'Beria controlled the secret police and Zhukov backed Khrushchev, so Beria was arrested because he was feared.';
    expect(mark(compiled, two).signals).toMatchObject({ points: 3, links: 2 });
  });

  it('lets one connective explain one point, however many the sentence names', () => {
    const answer = 'Beria controlled the secret police and Zhukov backed Khrushchev, so Beria was arrested.';
    const result = mark(compiled, answer);
    expect(result.signals.points).toBe(3);
    expect(result.signals.explained).toBe(1);
  });

  it('explains two points when each has its own connective', () => {
    const answer =
      'Beria controlled the secret police, so the others feared him. Zhukov backed Khrushchev because the army distrusted Beria.';
    expect(explained(answer).sort()).toEqual(['beria-police', 'zhukov-army']);
  });
});

describe('links and judgement', () => {
  it('counts a causal sentence that ties two factors together as a link', () => {
    const answer =
      'Because Beria controlled the secret police, Zhukov and the army backed Khrushchev against him.';
    expect(mark(compiled, answer).signals.links).toBe(1);
  });

  it('does not count a factor tied only to the question focus as a link', () => {
    const answer = 'Beria controlled the secret police so there was a power struggle.';
    expect(mark(compiled, answer).signals.links).toBe(0);
  });

  it('counts a judgement made about a point once, however often it is repeated', () => {
    const judgement = 'Overall the most important reason was that Beria controlled the secret police. ';
    expect(mark(compiled, judgement).signals.links).toBe(1);
    expect(mark(compiled, judgement.repeat(4)).signals.links).toBe(1);
  });

  it('gives no judgement for a bare conclusion that names no point', () => {
    expect(mark(compiled, 'In conclusion there were many important reasons for it.').signals.links).toBe(0);
  });
});
