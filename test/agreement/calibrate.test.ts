import { calibrate, fitCalibration, type CalibrationExample } from '../../src/agreement/calibrate';
import { assignFolds, crossValidate } from '../../src/agreement/cross-validate';
import { fitMarkTable } from '../../src/agreement/isotonic';
import { ordinalAgreement } from '../../src/agreement/ordinal';
import type { Rubric } from '../../src/rubric/types';
import { calibratedMark, evidenceScore, markForScore } from '../../src/scoring/calibration';
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

describe('applying a calibration', () => {
  const points: P[] = [
    { id: 'a' },
    { id: 'b', confidence: 0.6 },
    { id: 'c', explained: true },
    { id: 'x' },
    { id: 'd', met: false },
  ];

  it('weighs met points, drops those below the threshold and ignores ids the rubric lacks', () => {
    const r = result(points, 0).points;
    expect(
      evidenceScore(
        r,
        { threshold: 0.7, weights: { a: 0.5 }, explainedBonus: 1 },
        new Set(['a', 'b', 'c', 'd']),
      ),
    ).toBe(2.5);
  });

  it.each([
    { score: 0, mark: 0 },
    { score: 0.4, mark: 0 },
    { score: 0.5, mark: 1 },
    { score: 9, mark: 4 },
  ])('reads score $score off the table as mark $mark', ({ score, mark }) => {
    expect(
      markForScore(
        score,
        [
          { min: 0.5, mark: 1 },
          { min: 2, mark: 6 },
        ],
        4,
      ),
    ).toBe(mark);
  });

  it('gives no marks for an answer in which no point counts, whatever the table says', () => {
    expect(markForScore(0, [{ min: -1, mark: 3 }], 4)).toBe(0);
  });

  it('leaves the engine mark alone when the rubric has no fitted table', () => {
    expect(calibratedMark(rubric, result(points, 2))).toBeNull();
    const calibrated = {
      ...rubric,
      calibration: { marks: [{ min: 1, mark: 3 }], fittedOn: { answers: 0, fittedAt: '', method: '' } },
    };
    expect(calibratedMark(calibrated, result(points, 2))).toEqual({ mark: 3, level: null });
  });
});

describe('fitting the score-to-mark table', () => {
  it('never gives a lower mark to a higher score', () => {
    const table = fitMarkTable(
      [
        { score: 1, mark: 3 },
        { score: 2, mark: 1 },
        { score: 3, mark: 4 },
      ],
      4,
    );
    expect(table).toEqual([
      { min: 0.5, mark: 2 },
      { min: 2.5, mark: 4 },
    ]);
  });

  it('never starts a row at a score of 0, even when the teacher credited answers with nothing found', () => {
    const table = fitMarkTable(
      [
        { score: 0, mark: 4 },
        { score: 1, mark: 2 },
      ],
      4,
    );
    expect(table).toEqual([{ min: 0.5, mark: 2 }]);
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
});

describe('calibrate', () => {
  // Teacher: point a is worth nothing, b and c one mark each, explained c two; the raw marker counts points.
  const rand = lcg(7);
  const examples: CalibrationExample[] = Array.from({ length: 30 }, () => {
    const pts: P[] = [
      { id: 'a', met: rand() < 0.5 },
      { id: 'b', met: rand() < 0.5 },
      { id: 'c', met: rand() < 0.6, explained: rand() < 0.5 },
    ];
    const met = pts.filter((p) => p.met);
    const teacher = Math.min(
      4,
      met.reduce((s, p) => s + (p.id === 'a' ? 0 : p.id === 'b' ? 1 : p.explained ? 2 : 1), 0) +
        (rand() < 0.25 ? 1 : 0),
    );
    return { result: result(pts, Math.min(4, met.length)), teacher };
  });
  const report = calibrate({ rubric, examples, fittedAt: '2024-01-01T00:00:00.000Z', source: 'marks.csv' });

  it('reports agreement after calibration from held-out folds, not from the answers it fitted', () => {
    const folds = assignFolds(
      examples.map((e) => e.teacher),
      report.folds,
    );
    const outOfFold = examples.map((e, i) => {
      const model = fitCalibration(
        rubric,
        examples.filter((_, j) => folds[j] !== folds[i]),
      );
      return {
        teacher: e.teacher,
        marker: markForScore(evidenceScore(e.result.points, model), model.marks, 4),
      };
    });
    const all = fitCalibration(rubric, examples);
    const inSample = examples.map((e) => ({
      teacher: e.teacher,
      marker: markForScore(evidenceScore(e.result.points, all), all.marks, 4),
    }));
    expect(report.after.exact).toBe(ordinalAgreement(outOfFold, 4).exact);
    // The figure a leaky fit would report is different (higher) on this data.
    expect(ordinalAgreement(inSample, 4).exact).toBeGreaterThan(report.after.exact!);
  });

  it('improves agreement on a teacher who weighs points differently from the raw count', () => {
    expect(report.after.qwk!).toBeGreaterThan(report.before.qwk!);
    expect(report.after.exact!).toBeGreaterThan(report.before.exact!);
  });

  it('learns that the teacher gives nothing for point a and stores only rubric points', () => {
    expect(report.calibration.weights).toEqual({ a: 0 });
    expect(report.calibration.fittedOn).toEqual({
      answers: 30,
      fittedAt: '2024-01-01T00:00:00.000Z',
      method: expect.stringContaining('5-fold'),
      teacherMarks: [0, 1, 2, 3, 4].map((m) => examples.filter((e) => e.teacher === m).length),
      source: 'marks.csv',
    });
  });

  it('refuses to calibrate from too few marked answers', () => {
    expect(() => calibrate({ rubric, examples: examples.slice(0, 9), fittedAt: '' })).toThrow(
      /at least 10 answers .* found 9/,
    );
  });
});
