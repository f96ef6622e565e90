import { calibrate, fitCalibration, type CalibrationExample } from '../../src/agreement/calibrate';
import { assignFolds, crossValidate, repeatedCrossValidate } from '../../src/agreement/cross-validate';
import { fitMarkMap, type ShiftSettings } from '../../src/agreement/mark-shift';
import { ordinalAgreement } from '../../src/agreement/ordinal';
import type { Rubric } from '../../src/rubric/types';
import { applyMarkMap, calibratedMark } from '../../src/scoring/calibration';
import type { MarkResult, PointResult } from '../../src/scoring/types';

const rubric = {
  schemaVersion: 1,
  id: 'demo',
  title: 'Demo',
  topic: 'Demo',
  prompt: 'Explain why.',
  commandWord: 'Explain why',
  maxMark: 4,
  modelAnswers: ['a b c'],
  points: ['a', 'b', 'c'].map((id) => ({ id, label: `point ${id}`, match: { all: [[id]] } })),
  scheme: {
    type: 'points',
    table: [
      { min: 3, mark: 4 },
      { min: 2, mark: 2 },
      { min: 1, mark: 1 },
    ],
  },
} as Rubric;

type P = Partial<PointResult> & { id: string };
function result(points: P[], mark: number): MarkResult {
  const full = points.map((p) => ({
    label: p.id,
    met: true,
    confidence: 1,
    evidence: [],
    explained: false,
    stimulus: false,
    marks: 0,
    ...p,
  }));
  return {
    rubricId: 'demo',
    mark,
    maxMark: 4,
    level: null,
    points: full,
    misconceptions: [],
    signals: { points: 0, explained: 0, beyondStimulus: 0, links: 0, words: 0 },
    feedback: { summary: '', credited: [], missing: [], corrections: [], nextStep: null },
  };
}

/** A small deterministic generator, so the data is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const levelsRubric = {
  ...rubric,
  maxMark: 6,
  scheme: {
    type: 'levels',
    levels: [
      { level: 1, marks: [1, 2], descriptor: 'one', requires: { points: 1 } },
      { level: 2, marks: [3, 4], descriptor: 'two', requires: { points: 2 } },
      { level: 3, marks: [5, 6], descriptor: 'three', requires: { points: 3 } },
    ],
  },
} as Rubric;

/** `n` answers the engine gave `engine` and the teacher `teacher`. */
function many(n: number, engine: number, teacher: number) {
  return Array.from({ length: n }, () => ({ engine, teacher }));
}

describe('applying a calibration', () => {
  it.each([
    { mark: 0, expected: 0 },
    { mark: 1, expected: 2 },
    { mark: 2, expected: 4 },
    { mark: 3, expected: 3 },
  ])('moves engine mark $mark to $expected, clamped to the scale', ({ mark, expected }) => {
    expect(applyMarkMap([3, 2, 9], mark, 4)).toBe(expected);
  });

  it('leaves the engine mark alone when the rubric has no fitted map', () => {
    expect(calibratedMark(rubric, result([{ id: 'a' }], 2))).toBeNull();
    const calibrated = {
      ...levelsRubric,
      calibration: { markMap: [0, 1, 2, 3, 5, 5, 6], fittedOn: { answers: 0, fittedAt: '', method: '' } },
    };
    expect(calibratedMark(calibrated, result([{ id: 'a' }], 4))).toEqual({
      mark: 5,
      level: { level: 3, marks: [5, 6], descriptor: 'three' },
    });
  });
});

describe('fitting the shift', () => {
  const byMark: ShiftSettings = { depth: 'mark', withinLevel: false, strength: 4 };

  it('moves a mark only when enough answers agree: one answer moves it little', () => {
    expect(fitMarkMap(levelsRubric, many(1, 4, 5), byMark)[4]).toBe(4);
    expect(fitMarkMap(levelsRubric, many(8, 4, 5), byMark)[4]).toBe(5);
  });

  it('keeps 0 for an answer with nothing found, whatever the teacher gave', () => {
    expect(fitMarkMap(levelsRubric, many(20, 0, 3), byMark)[0]).toBe(0);
  });

  it('never gives a lower mark to a higher engine mark, and stays on the scale', () => {
    const map = fitMarkMap(levelsRubric, [...many(10, 2, 5), ...many(10, 3, 1), ...many(10, 6, 9)], byMark);
    map.slice(1).forEach((m, i) => expect(m).toBeGreaterThanOrEqual(map[i]!));
    expect(Math.max(...map)).toBeLessThanOrEqual(6);
  });

  it('keeps each mark inside its level when asked to', () => {
    const levelOf = (m: number) => Math.ceil(m / 2);
    const pairs = [...many(10, 2, 4), ...many(10, 5, 3)];
    const within = fitMarkMap(levelsRubric, pairs, { ...byMark, withinLevel: true });
    within.forEach((m, engine) => expect(levelOf(m)).toBe(levelOf(engine)));
    const across = fitMarkMap(levelsRubric, pairs, byMark);
    expect(levelOf(across[2]!)).toBe(2);
  });

  it('draws a level with few answers toward the shift of the whole scale', () => {
    // Every level is marked one lower by the teacher; level 1 has a single answer of its own.
    const pairs = [...many(1, 2, 1), ...many(10, 4, 3), ...many(10, 6, 5)];
    const map = fitMarkMap(levelsRubric, pairs, { depth: 'level', withinLevel: true, strength: 2 });
    expect(map).toEqual([0, 1, 1, 3, 3, 5, 5]);
  });
});

describe('cross-validation', () => {
  it('never fits a model on the answers it then predicts', () => {
    const items = Array.from({ length: 23 }, (_, i) => ({ id: i, teacher: i % 4 }));
    const seen: Array<Set<number>> = [];
    const { predictions, folds } = crossValidate(items, {
      k: 5,
      target: (x) => x.teacher,
      fit: (train) => {
        seen.push(new Set(train.map((x) => x.id)));
        return seen.length - 1;
      },
      predict: (model, item) => (seen[model]!.has(item.id) ? -1 : model),
    });
    expect(seen).toHaveLength(5);
    expect(predictions).not.toContain(-1);
    // Each answer is predicted by the model of its own fold, and that model saw all the others.
    predictions.forEach((model, i) => expect(model).toBe(folds[i]));
    seen.forEach((train, f) => expect(train.size).toBe(folds.filter((x) => x !== f).length));
  });

  it('spreads the marks across folds', () => {
    expect(assignFolds([0, 0, 0, 1, 1, 1], 3)).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it.each([1, 2, 7])('keeps every mark spread across folds in the partition seeded %i', (seed) => {
    const targets = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3];
    const folds = assignFolds(targets, 3, seed);
    expect(assignFolds(targets, 3, seed)).toEqual(folds);
    for (const mark of [0, 1, 2]) {
      const used = targets.flatMap((t, i) => (t === mark ? [folds[i]] : []));
      expect(new Set(used).size).toBe(3);
    }
  });

  it('gives a different partition for each seed, each still never fitting on what it predicts', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: i, teacher: i % 4 }));
    const runs = repeatedCrossValidate(items, {
      k: 5,
      repeats: 4,
      target: (x) => x.teacher,
      fit: (train) => new Set(train.map((x) => x.id)),
      predict: (seen, item) => (seen.has(item.id) ? 1 : 0),
    });
    expect(runs).toHaveLength(4);
    runs.forEach((run) => expect(run.predictions).toEqual(new Array(20).fill(0)));
    expect(new Set(runs.map((r) => r.folds.join(''))).size).toBe(4);
  });
});

describe('calibrate', () => {
  // The engine counts points (one mark each); this teacher is a mark harsher on the two top marks.
  const rand = lcg(11);
  const examples: CalibrationExample[] = Array.from({ length: 30 }, (_, i) => {
    const engine = i % 5;
    const pts: P[] = ['a', 'b', 'c', 'd'].map((id, j) => ({ id, met: j < engine }));
    const noise = engine > 0 && rand() < 0.4 ? (rand() < 0.5 ? -1 : 1) : 0;
    const teacher = Math.min(4, Math.max(0, engine - (engine >= 3 ? 1 : 0) + noise));
    return { result: result(pts, engine), teacher };
  });
  const report = calibrate({ rubric, examples, fittedAt: '2024-01-01T00:00:00.000Z', source: 'marks.csv' });

  it('reports agreement after calibration from held-out folds, averaged over seeded partitions', () => {
    expect(report.repeats).toBe(10);
    const perPartition = Array.from({ length: report.repeats }, (_, r) => {
      const folds = assignFolds(
        examples.map((e) => e.teacher),
        report.folds,
        r + 1,
      );
      const outOfFold = examples.map((e, i) => {
        const model = fitCalibration(
          rubric,
          examples.filter((_, j) => folds[j] !== folds[i]),
        );
        return applyMarkMap(model.markMap, e.result.mark, 4);
      });
      expect(report.outOfFold[r]).toEqual(outOfFold);
      return ordinalAgreement(
        examples.map((e, i) => ({ teacher: e.teacher, marker: outOfFold[i]! })),
        4,
      ).exact;
    });
    const mean = perPartition.reduce((a, b) => a + b, 0) / perPartition.length;
    expect(report.after.exact).toBeCloseTo(mean, 3);
    expect(report.after.exactMin).toBe(Math.min(...perPartition));
    expect(report.after.exactMax).toBe(Math.max(...perPartition));
    // The figure a leaky fit would report is different (higher) on this data.
    const all = fitCalibration(rubric, examples);
    const inSample = examples.map((e) => ({
      teacher: e.teacher,
      marker: applyMarkMap(all.markMap, e.result.mark, 4),
    }));
    expect(ordinalAgreement(inSample, 4).exact).toBeGreaterThan(report.after.exact!);
  });

  it('improves held-out agreement on a teacher whose scale differs from the engine', () => {
    expect(report.after.qwk!).toBeGreaterThan(report.before.qwk!);
    expect(report.after.exact!).toBeGreaterThan(report.before.exact!);
  });

  it('learns that the teacher gives one mark less at the top and stores what it was fitted on', () => {
    expect(report.calibration.markMap).toEqual([0, 1, 2, 2, 3]);
    expect(report.calibration.fittedOn).toEqual({
      answers: 30,
      fittedAt: '2024-01-01T00:00:00.000Z',
      method: expect.stringContaining('5-fold'),
      teacherMarks: [0, 1, 2, 3, 4].map((m) => examples.filter((e) => e.teacher === m).length),
      source: 'marks.csv',
    });
  });

  it('leaves the marks alone when the teacher agrees with the engine', () => {
    const same = examples.map((e) => ({ ...e, teacher: e.result.mark }));
    const fitted = calibrate({ rubric, examples: same, fittedAt: '' });
    expect(fitted.calibration.markMap).toEqual([0, 1, 2, 3, 4]);
    expect(fitted.after).toEqual({ ...fitted.before, exactMin: 1, exactMax: 1 });
  });

  it('refuses to calibrate from too few marked answers', () => {
    expect(() => calibrate({ rubric, examples: examples.slice(0, 9), fittedAt: '' })).toThrow(
      /at least 10 answers .* found 9/,
    );
  });
});
