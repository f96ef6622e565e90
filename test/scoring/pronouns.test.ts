import { mark } from '../../src/scoring';
import { compileTiny, metIds } from './tiny-rubric';

const compiled = compileTiny();

describe('a sentence that opens with "He" after a sentence naming one person', () => {
  it('reads "He" as that person, so the point is found and explained in the second sentence', () => {
    const result = mark(
      compiled,
      'Another reason was Beria. He controlled the secret police, so the others feared him.',
    );
    const point = result.points.find((p) => p.id === 'beria-police')!;
    expect(point).toMatchObject({ met: true, explained: true });
    expect(point.evidence.map((e) => e.text)).toEqual(['He', 'secret police']);
    expect(result.level?.level).toBe(2);
  });

  it('reads a sentence-opening "His" the same way', () => {
    const point = mark(
      compiled,
      'Beria was feared. His secret police could arrest anyone, so the others were scared of him.',
    ).points.find((p) => p.id === 'beria-police')!;
    expect(point).toMatchObject({ met: true, explained: true });
  });

  it('keeps reading "He" as the same person while each sentence opens with it and names no one else', () => {
    const chain = mark(compiled, 'Beria was feared. He was cruel. He controlled the secret police.');
    expect(metIds(chain)).toContain('beria-police');
    const broken = mark(compiled, 'Beria was feared. He hated Malenkov. He controlled the secret police.');
    expect(metIds(broken)).not.toContain('beria-police');
  });

  it('guesses nothing when the sentence before names two people', () => {
    expect(metIds(mark(compiled, 'Zhukov arrested Beria. He controlled the secret police.'))).not.toContain(
      'beria-police',
    );
  });

  it('guesses nothing when another capitalised name may be the one meant', () => {
    expect(metIds(mark(compiled, 'Bulganin met Beria. He controlled the secret police.'))).not.toContain(
      'beria-police',
    );
  });

  it('reads only a "He" that opens its sentence, and only the sentence just before', () => {
    expect(
      metIds(mark(compiled, 'Beria was feared. Everyone knew he controlled the secret police.')),
    ).not.toContain('beria-police');
    expect(
      metIds(mark(compiled, 'Beria was feared. Stalin had died. He controlled the secret police.')),
    ).not.toContain('beria-police');
  });

  it('never reports a factual error through a pronoun read as a name', () => {
    const result = mark(compiled, 'Beria ran the NKVD. He was arrested in 1955.');
    expect(result.misconceptions).toEqual([]);
    expect(metIds(result)).toContain('beria-arrested');
  });

  it('still reports the error when the student names him', () => {
    const result = mark(compiled, 'Beria ran the NKVD. Beria was arrested in 1955.');
    expect(result.misconceptions.map((m) => m.id)).toEqual(['beria-1955']);
  });
});
