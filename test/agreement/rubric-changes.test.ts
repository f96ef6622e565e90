import { compareRubrics, formatRubricChanges, type MarkedAnswer } from '../../src/agreement';
import { validateRubric } from '../../src/rubric';
import type { Rubric } from '../../src/rubric/types';
import { compileRubric, mark } from '../../src/scoring';
import { testRubric as beriaRubric } from '../cli/helpers';

function rubricOf(value: unknown): Rubric {
  const checked = validateRubric(value);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.rubric;
}

function markerFor(rubric: Rubric) {
  const compiled = compileRubric(rubric);
  return (answer: string) => mark(compiled, answer);
}

function answers(rows: Array<[string, string, number | null]>): MarkedAnswer[] {
  return rows.map(([ref, answer, teacherMark], i) => ({
    ref,
    answer,
    mark: teacherMark,
    points: null,
    line: i + 2,
  }));
}

const before = rubricOf(beriaRubric);
// The edit: "head of government" now counts for Malenkov's post, the NKVD no longer counts for
// the secret police, and a new point on Beria's reforms.
const after = rubricOf({
  ...beriaRubric,
  points: [
    { ...beriaRubric.points[0], match: { all: [['secret police', 'MVD']] } },
    beriaRubric.points[1],
    {
      ...beriaRubric.points[2],
      match: { all: [['Malenkov'], ['premier', 'prime minister', 'head of government']] },
    },
    { id: 'reforms', label: 'Beria proposed reforms', match: { all: [['Beria'], ['reform', 'reforms']] } },
  ],
});

const marked = answers([
  ['nkvd', 'Beria ran the NKVD.', 1],
  ['head', 'Malenkov was head of government.', 1],
  ['both', 'Beria controlled the MVD. Beria was arrested.', 4],
  ['reform', 'Beria wanted reform in East Germany.', null],
  ['none', 'Stalin died.', 0],
]);

describe('what an edit to a rubric changes', () => {
  const changes = compareRubrics({
    before,
    after,
    answers: marked,
    markBefore: markerFor(before),
    markAfter: markerFor(after),
  });
  const point = (id: string) => changes.points.find((p) => p.id === id);

  it('lists the answers a point no longer matches, with the words it matched before', () => {
    expect(point('secret-police')).toMatchObject({
      status: 'both',
      newlyMet: [],
      noLongerMet: [{ ref: 'nkvd', line: 2, evidence: ['NKVD'] }],
    });
  });

  it('lists the answers a point newly matches, with the words it matches now', () => {
    expect(point('malenkov')?.newlyMet).toEqual([
      {
        ref: 'head',
        line: 3,
        answer: 'Malenkov was head of government.',
        evidence: ['Malenkov', 'head of government'],
      },
    ]);
  });

  it('names a point the edit adds and leaves out points whose matches do not change', () => {
    expect(point('reforms')).toMatchObject({ status: 'added', newlyMet: [{ ref: 'reform' }] });
    expect(point('arrest')).toBeUndefined();
  });

  it('lists the marks that move and agreement with the teacher under both rubrics', () => {
    expect(changes.marks.map((m) => [m.ref, m.before, m.after, m.teacher])).toEqual(
      expect.arrayContaining([
        ['nkvd', 1, 0, 1],
        ['head', 0, 1, 1],
      ]),
    );
    expect(changes.marks.find((m) => m.ref === 'both')).toBeUndefined();
    expect(changes.agreement?.before.n).toBe(4);
    expect(changes.agreement?.before.exact).toBe(changes.agreement?.after.exact);
  });

  it('prints the changes for the teacher, point by point', () => {
    const text = formatRubricChanges(changes, { against: 'beria-old.json' });
    expect(text).toContain('Changes from beria-old.json (rubric test-beria)');
    expect(text).toMatch(
      /point secret-police: "Beria controlled the secret police"\n {4}no longer met \(1\)\n {6}line 2 \[nkvd\]: "NKVD"/,
    );
    expect(text).toContain('point reforms (added by the edit): "Beria proposed reforms"');
    expect(text).toContain('line 3 [head]: 0 -> 1 (teacher 1)');
  });

  it('says so when an edit changes nothing', () => {
    const same = compareRubrics({
      before,
      after: before,
      answers: marked,
      markBefore: markerFor(before),
      markAfter: markerFor(before),
    });
    expect(same.points).toEqual([]);
    expect(same.marks).toEqual([]);
    expect(formatRubricChanges(same, { against: 'test-beria' })).toContain(
      'Changes from rubric test-beria\n  marks: 0 of 5 answers change (0 up, 0 down)',
    );
  });
});
