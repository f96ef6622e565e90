import type { LevelsScheme, Rubric } from '../../src/rubric';
import { compileRubric, mark } from '../../src/scoring';
import { placeInLevels } from '../../src/scoring/scheme';
import { compileTiny, LEVELS, tinyRubric } from './tiny-rubric';

const compiled = compileTiny();

describe('levels of response', () => {
  it.each([
    ['nothing creditable', 'I do not know.', 0, 0],
    ['one point, not explained', 'Beria controlled the secret police.', 1, 1],
    ['one point explained', 'Beria controlled the secret police, so the others feared him.', 2, 4],
    [
      'two explained, one beyond the stimulus',
      'Beria controlled the secret police, so the others feared him. Zhukov backed Khrushchev because the army hated Beria.',
      3,
      7,
    ],
  ])('puts %s at level %i, mark %i', (_name, answer, level, markValue) => {
    const result = mark(compiled, answer);
    expect(result.level!.level).toBe(level);
    expect(result.mark).toBe(markValue);
  });

  it('lets one misspelt point meet a gate of one, but counts two misspelt points as less than two', () => {
    expect(mark(compiled, 'Berija controlled the secret police, so they feared him.').level!.level).toBe(2);
    const twoMisspelt = mark(
      compiled,
      'Berija controlled the secret police, so they feared him. Zhukof backed Khrushchev because the army hated Beria.',
    );
    expect(twoMisspelt.signals.explained).toBe(1.89);
    expect(twoMisspelt.level!.level).toBe(2);
    const spelt = mark(
      compiled,
      'Beria controlled the secret police, so they feared him. Zhukov backed Khrushchev because the army hated Beria.',
    );
    expect(spelt.level!.level).toBe(3);
  });

  it('keeps an answer made only of stimulus points below level 3', () => {
    const answer =
      'Beria controlled the secret police, so they feared him. Stalin left no successor, so they fought.';
    const result = mark(compiled, answer);
    expect(result.signals.explained).toBe(2);
    expect(result.level!.level).toBe(2);
  });

  it('places the mark higher within a level as the answer moves toward the next one', () => {
    const one = mark(compiled, 'Beria controlled the secret police.');
    const more = mark(
      compiled,
      'Beria controlled the secret police. Zhukov backed Khrushchev. Beria was arrested in June.',
    );
    expect(one.level!.level).toBe(1);
    expect(more.level!.level).toBe(1);
    expect(more.mark).toBeGreaterThan(one.mark);
    expect(more.mark).toBeLessThanOrEqual(3);
  });

  it('lets wide, accurate knowledge reach the top of level 1 without explaining (a 1-2 mark level)', () => {
    const scheme: LevelsScheme = {
      type: 'levels',
      levels: [
        { level: 1, marks: [1, 2], descriptor: 'Simple statements.', requires: { points: 1 } },
        { level: 2, marks: [3, 5], descriptor: 'Explanation.', requires: { points: 1, explained: 1 } },
      ],
    };
    const counts = { points: 4, explained: 0, beyondStimulus: 4, links: 0 };
    expect(placeInLevels(scheme, counts, 0)).toMatchObject({ level: { level: 1 }, mark: 2 });
    expect(placeInLevels(scheme, { ...counts, points: 1, beyondStimulus: 1 }, 0).mark).toBe(1);
  });

  it('lowers the mark within the level for a factual error, never below the level', () => {
    const right = mark(
      compiled,
      'Beria was arrested and Zhukov backed Khrushchev. Beria controlled the secret police.',
    );
    const wrong = mark(
      compiled,
      'Beria was arrested in 1955 and Zhukov backed Khrushchev. Beria controlled the secret police.',
    );
    expect(wrong.level!.level).toBe(right.level!.level);
    expect(wrong.mark).toBeLessThan(right.mark);
    expect(wrong.mark).toBeGreaterThanOrEqual(wrong.level!.marks[0]);
  });

  it('awards the best-fit level even when a lower level asks for something the answer lacks', () => {
    const odd = compileRubric(
      tinyRubric({
        scheme: {
          type: 'levels',
          levels: [
            { level: 1, marks: [1, 6], descriptor: 'one', requires: { points: 1, links: 1 } },
            { level: 2, marks: [7, 12], descriptor: 'two', requires: { points: 2 } },
          ],
        },
      }),
    );
    expect(mark(odd, 'Beria controlled the secret police. Zhukov backed Khrushchev.').level!.level).toBe(2);
  });

  it('counts a point by its calibrated weight toward the gates', () => {
    const rubric: Rubric = tinyRubric({
      calibration: {
        weights: { 'beria-police': 0.5 },
        fittedOn: { answers: 10, fittedAt: '2026-01-01', method: 'test' },
      },
    });
    const result = mark(compileRubric(rubric), 'Beria controlled the secret police.');
    expect(result.signals.points).toBe(0.5);
    expect(result.mark).toBe(0);
  });

  it("moves the mark within its level by a calibration's shift, never out of the level", () => {
    const answer = 'Beria controlled the secret police, so the others feared him.';
    const shifted = (withinLevelShift: number) =>
      mark(
        compileRubric(
          tinyRubric({
            calibration: {
              withinLevelShift,
              fittedOn: { answers: 10, fittedAt: '2026-01-01', method: 'test' },
            },
          }),
        ),
        answer,
      );
    expect(mark(compiled, answer)).toMatchObject({ mark: 4, level: { level: 2 } });
    expect(shifted(0.5)).toMatchObject({ mark: 5, level: { level: 2 } });
    expect(shifted(1)).toMatchObject({ mark: 6, level: { level: 2 } });
    expect(shifted(-1)).toMatchObject({ mark: 4, level: { level: 2 } });
    expect(shifted(1).feedback.summary).toMatch(/^Level 2, 6 out of 12/);
  });

  it('never gives a mark to an answer in no level, whatever the shift', () => {
    const rubric = tinyRubric({
      calibration: { withinLevelShift: 1, fittedOn: { answers: 10, fittedAt: '2026-01-01', method: 'test' } },
    });
    expect(mark(compileRubric(rubric), 'I do not know.')).toMatchObject({ mark: 0, level: { level: 0 } });
  });

  it('moves the mark by the fitted calibration map when the rubric has one', () => {
    const rubric = tinyRubric({
      calibration: {
        markMap: [0, 5, 5, 5, 5, 5, 6, 8, 9, 10, 11, 12, 12],
        fittedOn: { answers: 10, fittedAt: '2026-01-01', method: 'test' },
      },
    });
    const result = mark(compileRubric(rubric), 'Beria controlled the secret police.');
    expect(result.mark).toBe(5);
    expect(result.level!.level).toBe(2);
  });
});

describe('point marking', () => {
  function pointsRubric(scheme: Rubric['scheme'], groups: Record<string, string> = {}): Rubric {
    const rubric = tinyRubric({ maxMark: 3, scheme });
    rubric.points = rubric.points.map((p) => (groups[p.id] ? { ...p, group: groups[p.id] } : p));
    return rubric;
  }
  const ALL =
    'Beria controlled the secret police. Stalin left no successor. Zhukov backed Khrushchev. Beria was arrested.';

  it.each([
    ['', 0],
    ['Beria controlled the secret police.', 1],
    ['Beria controlled the secret police. Zhukov backed Khrushchev.', 2],
    [ALL, 3],
  ])('sums the marks of the points met, capped at the maximum: %j -> %i', (answer, expected) => {
    const result = mark(compileRubric(pointsRubric({ type: 'points' })), answer);
    expect(result.mark).toBe(expected);
    expect(result.level).toBeNull();
  });

  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 3],
  ])('reads the mark for %i points from the table', (count, expected) => {
    const table = {
      type: 'points' as const,
      table: [
        { min: 4, mark: 3 },
        { min: 3, mark: 2 },
        { min: 1, mark: 1 },
      ],
    };
    const sentences = ALL.split('. ').slice(0, count).join('. ');
    expect(mark(compileRubric(pointsRubric(table)), sentences).mark).toBe(expected);
  });

  it('caps each group of points at its own cap', () => {
    const rubric = pointsRubric(
      {
        type: 'points',
        groups: [
          { id: 'beria', cap: 1 },
          { id: 'others', cap: 2 },
        ],
      },
      {
        'beria-police': 'beria',
        'beria-arrested': 'beria',
        'no-successor': 'others',
        'zhukov-army': 'others',
      },
    );
    const result = mark(compileRubric(rubric), 'Beria controlled the secret police. Beria was arrested.');
    expect(result.mark).toBe(1);
    expect(result.points.filter((p) => p.met).map((p) => p.marks)).toEqual([1, 1]);
  });

  it('gives no mark for a key element stated inside a factual error', () => {
    const result = mark(compileRubric(pointsRubric({ type: 'points' })), 'Beria was arrested in 1955.');
    expect(result.misconceptions.map((m) => m.id)).toEqual(['beria-1955']);
    expect(result.mark).toBe(0);
  });

  it('still credits the true part of a single wrong date on a levels question, and its explanation', () => {
    const result = mark(compiled, 'Beria was arrested in 1955 because the army turned on him.');
    expect(result.points.find((p) => p.id === 'beria-arrested')).toMatchObject({
      met: true,
      explained: true,
    });
    expect(result.misconceptions.map((m) => m.id)).toEqual(['beria-1955']);
    expect(result.level!.level).toBe(2);
  });

  it('keeps the levels untouched', () => {
    expect(LEVELS).toHaveLength(4);
  });
});
