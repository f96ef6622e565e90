import { classificationReport, precisionRecall } from '../../src/agreement/classification';
import { confusionMatrix, ordinalAgreement, quadraticWeightedKappa } from '../../src/agreement/ordinal';

const pairs = (teacher: number[], marker: number[]) =>
  teacher.map((t, i) => ({ teacher: t, marker: marker[i]! }));

describe('ordinal agreement', () => {
  it.each([
    // Worked by hand: observed weighted disagreement 1, expected 2 -> 1 - 1/2.
    {
      name: '2x2 table',
      table: [
        [2, 1],
        [0, 1],
      ],
      qwk: 0.5,
    },
    // Weights (i-j)^2/4; observed 0.5, expected 2.0 -> 0.75.
    {
      name: '3x3 table',
      table: [
        [2, 0, 0],
        [1, 1, 0],
        [0, 1, 1],
      ],
      qwk: 0.75,
    },
    {
      name: 'perfect agreement',
      table: [
        [3, 0],
        [0, 2],
      ],
      qwk: 1,
    },
    // Observed equals chance when the marker ignores the answer.
    {
      name: 'chance agreement',
      table: [
        [1, 1],
        [1, 1],
      ],
      qwk: 0,
    },
  ])('computes quadratic weighted kappa on a $name', ({ table, qwk }) => {
    expect(quadraticWeightedKappa(table)).toBe(qwk);
  });

  it('reports kappa as undefined when neither marker varies', () => {
    expect(
      quadraticWeightedKappa([
        [4, 0],
        [0, 0],
      ]),
    ).toBeNull();
    expect(ordinalAgreement([], 3).qwk).toBeNull();
  });

  it('counts exact and adjacent agreement and says whether the marker is harsh or generous', () => {
    const a = ordinalAgreement(pairs([0, 1, 2, 2, 1, 0], [0, 1, 2, 1, 0, 0]), 2);
    expect(a).toMatchObject({ n: 6, exact: 0.667, adjacent: 1, qwk: 0.75, meanSignedDifference: -0.333 });
    expect(a.confusion).toEqual([
      [2, 0, 0],
      [1, 1, 0],
      [0, 1, 1],
    ]);
    expect(ordinalAgreement(pairs([0, 0, 1], [3, 0, 1]), 3)).toMatchObject({
      exact: 0.667,
      adjacent: 0.667,
      meanSignedDifference: 1,
    });
  });

  it('places out-of-range marks in the nearest row rather than dropping them', () => {
    expect(confusionMatrix(pairs([5, -1], [0, 1]), 1)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('classification agreement', () => {
  // gold a a b b c / predicted a b b b a: a P.5 R.5 F.5; b P.667 R1 F.8; c F0.
  const report = classificationReport(['a', 'a', 'b', 'b', 'c'], ['a', 'b', 'b', 'b', 'a'], ['a', 'b', 'c']);

  it('computes accuracy, macro-F1 and F1 weighted by gold support', () => {
    expect(report).toMatchObject({ n: 5, accuracy: 0.6, macroF1: 0.433, weightedF1: 0.52 });
  });

  it('scores a label no one predicted as F1 0 instead of dropping it', () => {
    expect(report.perLabel.find((l) => l.label === 'c')).toEqual({
      label: 'c',
      precision: 0,
      recall: 0,
      f1: 0,
      support: 1,
    });
    expect(report.perLabel.find((l) => l.label === 'b')).toEqual({
      label: 'b',
      precision: 0.667,
      recall: 1,
      f1: 0.8,
      support: 2,
    });
  });

  it.each([
    { tp: 3, fp: 1, fn: 2, expected: { precision: 0.75, recall: 0.6, f1: 0.667 } },
    { tp: 0, fp: 0, fn: 0, expected: { precision: 0, recall: 0, f1: 0 } },
  ])('gives precision and recall without NaN for tp=$tp fp=$fp fn=$fn', ({ tp, fp, fn, expected }) => {
    expect(precisionRecall(tp, fp, fn)).toEqual(expected);
  });

  it('refuses predictions that do not line up with the gold labels', () => {
    expect(() => classificationReport(['a'], [], ['a'])).toThrow(/as many predictions/);
  });
});
