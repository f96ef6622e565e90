import { readMarked } from '../../src/agreement/marked-file';
import { formatTestReport } from '../../src/agreement/test-report-text';
import { testRubric, type Marker } from '../../src/agreement/test-rubric';
import { ValidationError } from '../../src/errors';
import type { Rubric } from '../../src/rubric/types';

const rubric = {
  schemaVersion: 1,
  id: 'beria',
  title: 'Beria',
  topic: 'USSR',
  prompt: 'Why was Beria removed?',
  commandWord: 'Explain why',
  maxMark: 2,
  modelAnswers: ['Beria was arrested because the others feared the secret police.'],
  points: [
    { id: 'arrest', label: 'Beria was arrested', match: { all: [['arrested']] } },
    { id: 'fear', label: 'The others feared his secret police', match: { all: [['feared']] } },
    { id: 'army', label: 'The army backed the arrest', match: { all: [['army']] } },
  ],
  scheme: { type: 'points' },
} as Rubric;

/** A plain word-finding marker: one mark per point whose word appears, not negated by "not". */
const marker: Marker = (answer) => {
  const points = rubric.points.map((p) => {
    const word = (p.match as { all: string[][] }).all[0]![0]!;
    const start = answer.indexOf(word);
    const negated = start >= 0 && answer.slice(Math.max(0, start - 4), start).includes('not');
    const met = start >= 0 && !negated;
    return {
      id: p.id,
      label: p.label,
      met,
      confidence: 1,
      evidence: met ? [{ start, end: start + word.length, text: word }] : [],
      withheld: negated ? [{ start, end: start + word.length, text: word }] : [],
      explained: false,
      stimulus: false,
      marks: met ? 1 : 0,
    };
  });
  const mark = Math.min(2, points.filter((p) => p.met).length);
  return {
    rubricId: rubric.id,
    mark,
    maxMark: 2,
    level: null,
    points,
    misconceptions: [],
    signals: { points: 0, explained: 0, beyondStimulus: 0, links: 0, words: 0 },
    feedback: { summary: '', credited: [], missing: [], corrections: [], nextStep: null },
  };
};

const csv = [
  'ref,answer,mark,points',
  's1,Beria was arrested. The others feared him.,2,arrest;fear',
  's2,Beria was not arrested at first; he feared nothing.,0,',
  's3,He was taken away by soldiers of the army.,1,arrest',
  's4,Khrushchev feared him.,1,fear',
].join('\n');

describe('test-rubric', () => {
  const report = testRubric({
    rubric,
    answers: readMarked(csv, { format: 'csv', maxMark: 2 }),
    mark: marker,
  });

  it('measures agreement with the teacher marks', () => {
    // marker 2, 1, 1, 1 against teacher 2, 0, 1, 1
    expect(report.agreement).toMatchObject({ n: 4, exact: 0.75, adjacent: 1, meanSignedDifference: 0.25 });
    expect(report.agreement!.confusion).toEqual([
      [0, 1, 0],
      [0, 2, 0],
      [0, 0, 1],
    ]);
  });

  it('lists the answer the marker accepted wrongly with the words that decided it', () => {
    const wholeMark = report.acceptedWrongly.filter((d) => d.point === null);
    expect(wholeMark).toEqual([
      expect.objectContaining({
        ref: 's2',
        line: 3,
        teacherMark: 0,
        markerMark: 1,
        evidence: [{ point: 'fear', text: 'feared', start: 36, end: 42 }],
      }),
    ]);
    const byPoint = report.acceptedWrongly.filter((d) => d.point !== null).map((d) => [d.ref, d.point!.id]);
    expect(byPoint).toEqual([
      ['s3', 'army'],
      ['s2', 'fear'],
    ]);
  });

  it('lists the points the marker rejected wrongly', () => {
    expect(report.rejectedWrongly.map((d) => [d.ref, d.point?.id ?? null])).toEqual([['s3', 'arrest']]);
    expect(report.rejectedWrongly[0]!.reason).toBe('no wording of "Beria was arrested" was found');
  });

  it('shows the words the marker read as negated when it rejected a point', () => {
    const answers = readMarked(
      '{"answer":"Beria was not arrested at once; he was shot.","mark":1,"points":["arrest"]}',
      { format: 'jsonl' },
    );
    const [rejected] = testRubric({ rubric, answers, mark: marker }).rejectedWrongly.filter(
      (d) => d.point !== null,
    );
    expect(rejected).toMatchObject({
      point: { id: 'arrest' },
      reason: 'found "Beria was arrested" but read it as negated',
      evidence: [{ point: 'arrest', text: 'arrested', start: 14, end: 22 }],
    });
  });

  it('gives per-point precision and recall against the credited points', () => {
    expect(report.points).toEqual([
      {
        id: 'arrest',
        label: 'Beria was arrested',
        precision: 1,
        recall: 0.5,
        acceptedWrongly: 0,
        rejectedWrongly: 1,
      },
      {
        id: 'fear',
        label: 'The others feared his secret police',
        precision: 0.667,
        recall: 1,
        acceptedWrongly: 1,
        rejectedWrongly: 0,
      },
      {
        id: 'army',
        label: 'The army backed the arrest',
        precision: 0,
        recall: 0,
        acceptedWrongly: 1,
        rejectedWrongly: 0,
      },
    ]);
  });

  it('prints both lists under plain names in the text report', () => {
    const text = formatTestReport(report);
    expect(text).toContain('Accepted wrongly: the marker gave credit the teacher did not (3)');
    expect(text).toContain('Rejected wrongly: the marker withheld credit the teacher gave (1)');
    expect(text).toMatch(
      /line 3 \[s2\] \(marker 1, teacher 0\) marker gave 1 \(teacher 0\): found fear\n\s+answer: "Beria was not arrested/,
    );
    expect(text).toContain('QWK 0.667');
  });

  it('without teacher marks still reports the mark distribution and the points never met', () => {
    const unmarked = testRubric({
      rubric,
      answers: readMarked('answer\nBeria was arrested.\nNothing here.\n', { format: 'csv' }),
      mark: marker,
    });
    expect(unmarked).toMatchObject({
      agreement: null,
      points: null,
      distribution: [1, 1, 0],
      acceptedWrongly: [],
      rejectedWrongly: [],
    });
    expect(unmarked.neverMet.map((p) => p.id)).toEqual(['fear', 'army']);
    expect(formatTestReport(unmarked)).toContain(
      'Points never met: fear (The others feared his secret police); army',
    );
  });

  it('refuses a file that credits a point the rubric does not have', () => {
    const bad = readMarked('answer,mark,points\nx,1,arest\n', { format: 'csv' });
    expect(() => testRubric({ rubric, answers: bad, mark: marker })).toThrow(ValidationError);
    expect(() => testRubric({ rubric, answers: bad, mark: marker })).toThrow(
      /line 2: point "arest" is not in rubric beria \(its points are: arrest, fear, army\)/,
    );
  });
});
