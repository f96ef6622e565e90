import { mark } from '../../src/scoring';
import { compileTiny, metIds, POINTS } from './tiny-rubric';

const compiled = compileTiny();

describe('a pronoun after a sentence naming one person', () => {
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

  it('reads a first name before a name as part of it', () => {
    expect(
      metIds(mark(compiled, 'There was also Lavrenti Beria. He controlled the secret police.')),
    ).toContain('beria-police');
  });

  it('reads the places and wars of the period as no name', () => {
    expect(
      metIds(mark(compiled, 'Beria was feared in the Second World War. He controlled the secret police.')),
    ).toContain('beria-police');
    expect(
      metIds(mark(compiled, 'Beria was feared in Poland and Siberia. He controlled the secret police.')),
    ).toContain('beria-police');
  });

  it('reads an opening adverb or a plural of a known word as no name', () => {
    expect(metIds(mark(compiled, 'Finally Beria was feared. He controlled the secret police.'))).toContain(
      'beria-police',
    );
    expect(metIds(mark(compiled, 'Rivals feared Beria. He controlled the secret police.'))).toContain(
      'beria-police',
    );
  });

  it('guesses nothing when another capitalised name may be the one meant', () => {
    expect(metIds(mark(compiled, 'Bulganin met Beria. He controlled the secret police.'))).not.toContain(
      'beria-police',
    );
    expect(
      metIds(mark(compiled, 'Bulganin, Beria and others met. He controlled the secret police.')),
    ).not.toContain('beria-police');
  });

  it('reads a "he" later in the sentence when no name comes before it there', () => {
    const point = mark(
      compiled,
      'Beria was feared. Everyone knew he controlled the secret police.',
    ).points.find((p) => p.id === 'beria-police')!;
    expect(point.met).toBe(true);
    expect(point.evidence.map((e) => e.text)).toEqual(['he', 'secret police']);
  });

  it('reads "him" anywhere in the next sentence, even after another name', () => {
    expect(metIds(mark(compiled, 'Beria was hated by the others. Zhukov had him arrested.'))).toContain(
      'beria-arrested',
    );
  });

  it('reads a later "he" as the subject of the sentence before, not its object', () => {
    expect(
      metIds(mark(compiled, 'The others were dealing with Beria. Then he controlled the secret police.')),
    ).not.toContain('beria-police');
  });

  it('leaves a later "he" to a name before it in its own sentence', () => {
    expect(
      metIds(mark(compiled, 'Beria was feared. Khrushchev knew he controlled the secret police.')),
    ).not.toContain('beria-police');
  });

  it('reads no pronoun as a name met only as an owner', () => {
    expect(
      metIds(mark(compiled, "Beria's men were feared. Everyone knew he controlled the secret police.")),
    ).not.toContain('beria-police');
  });

  it('reads nothing after a sentence whose own opening pronoun was about someone named earlier', () => {
    expect(
      metIds(mark(compiled, 'He was scared when Beria died. Everyone knew he controlled the secret police.')),
    ).not.toContain('beria-police');
  });

  it('reads only the sentence just before', () => {
    expect(
      metIds(mark(compiled, 'Beria was feared. Stalin had died. He controlled the secret police.')),
    ).not.toContain('beria-police');
  });

  it('quotes the student’s own spelling of the name where the sentence names the person itself', () => {
    const point = mark(
      compiled,
      'Beria was feared. Berija was arrested by the men who hated him.',
    ).points.find((p) => p.id === 'beria-arrested')!;
    expect(point.evidence.map((e) => e.text)).toEqual(['Berija', 'arrested']);
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

describe("a pronoun with no one named before it, on a question about one person (the rubric's subject)", () => {
  const aboutBeria = compileTiny({ subject: 'Beria' });

  it('reads a pronoun in the first sentence as the subject', () => {
    const point = mark(aboutBeria, 'He controlled the secret police.').points.find(
      (p) => p.id === 'beria-police',
    )!;
    expect(point.met).toBe(true);
    expect(point.evidence.map((e) => e.text)).toEqual(['He', 'secret police']);
    expect(metIds(mark(compiled, 'He controlled the secret police.'))).not.toContain('beria-police');
  });

  it('reads a pronoun after a sentence that names no one, or names someone only as an owner, as the subject', () => {
    expect(
      metIds(mark(aboutBeria, 'There was no clear successor. He controlled the secret police.')),
    ).toContain('beria-police');
    expect(metIds(mark(aboutBeria, "Stalin's death left a gap. He controlled the secret police."))).toContain(
      'beria-police',
    );
  });

  it('reads no pronoun as the subject after someone else named in its own sentence', () => {
    expect(metIds(mark(aboutBeria, 'Malenkov was in charge, so people arrested him.'))).not.toContain(
      'beria-arrested',
    );
    expect(metIds(mark(aboutBeria, 'In the end the army arrested him.'))).toContain('beria-arrested');
  });

  it('reads the subject past an owner, or a function word capitalised after a missing full stop', () => {
    expect(metIds(mark(aboutBeria, "After Stalin's death the army arrested him."))).toContain(
      'beria-arrested',
    );
    expect(metIds(mark(aboutBeria, "After Stalin's death he controlled the secret police."))).toContain(
      'beria-police',
    );
    expect(
      metIds(mark(compiled, "Beria was feared. After Stalin's death he controlled the secret police.")),
    ).toContain('beria-police');
    expect(
      metIds(mark(compiled, 'Beria was feared by all This was clear. He controlled the secret police.')),
    ).toContain('beria-police');
  });

  it('carries to the next sentence only a reading a pronoun was given', () => {
    const aboutKhrushchev = compileTiny({
      subject: 'Khrushchev',
      points: [
        ...POINTS,
        {
          id: 'k-reformer',
          label: 'Khrushchev the reformer',
          match: { all: [['Khrushchev'], ['reformer']] },
        },
      ],
    });
    expect(
      metIds(
        mark(aboutKhrushchev, 'Beria ran the MVD and everyone feared him. He was arrested in June 1953.'),
      ),
    ).toContain('beria-arrested');
  });

  it('still reads a pronoun after a sentence naming someone else as that person', () => {
    expect(metIds(mark(aboutBeria, 'Malenkov was weak. He controlled the secret police.'))).not.toContain(
      'beria-police',
    );
  });

  it('never flags a factual error through the subject read into a pronoun', () => {
    const result = mark(aboutBeria, 'He was arrested in 1955.');
    expect(result.misconceptions).toEqual([]);
    expect(metIds(result)).toContain('beria-arrested');
  });
});
