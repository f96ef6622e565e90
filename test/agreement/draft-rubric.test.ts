import { draftRubric } from '../../src/agreement/draft-rubric';
import { draftRubricChecked } from '../../src/agreement/draft-checked';
import { validateRubric } from '../../src/rubric';
import { compileRubric, mark } from '../../src/scoring';

const cases = [
  {
    name: 'one science reference answer',
    question:
      'You used several methods to separate and identify the substances in mock rocks. How did you separate the salt from the water?',
    answers: ['The water was evaporated, leaving the salt.'],
  },
  {
    name: 'several reference answers, some negated',
    question: 'Explain why you got a voltage reading of 0 for terminal 1 and terminal 2.',
    answers: [
      'Terminals 1 and 2 are connected',
      'Terminals 1 and 2 are not separated by the gap',
      'There is no gap between them',
      'Terminals 1 and 2 are in the same electrical state',
    ],
  },
  {
    name: 'a history model answer with names and dates',
    question: 'Explain why Khrushchev was able to become leader of the USSR by 1956.',
    answers: [
      'As First Secretary Khrushchev appointed loyal supporters to Party posts. Zhukov and the army backed the arrest of Beria in 1953, so his most feared rival was removed. The Secret Speech in 1956 made him look like a reformer.',
    ],
    maxMark: 6,
  },
];

describe('draft-rubric', () => {
  it.each(cases)(
    'drafts a valid rubric whose model answers earn full marks: $name',
    ({ question, answers, maxMark }) => {
      const draft = draftRubricChecked({ question, answers, ...(maxMark ? { maxMark } : {}) });
      expect(draft.warnings).toEqual([]);
      expect(validateRubric(draft.rubric)).toMatchObject({ ok: true });
      const compiled = compileRubric(draft.rubric, {});
      for (const answer of answers) expect(mark(compiled, answer).mark).toBe(draft.rubric.maxMark);
      if (maxMark) expect(draft.rubric.maxMark).toBe(maxMark);
    },
  );

  it('makes key concepts into points with stems as alternatives, leaving out words the question gives', () => {
    const r = draftRubric({ question: cases[0]!.question, answers: cases[0]!.answers });
    expect(r.points.map((p) => p.id)).toEqual(['evaporate', 'leave']);
    expect(r.points[0]!.match).toEqual({ all: [['evaporated', 'evaporate', 'evapor*']] });
    expect(r.scheme).toEqual({
      type: 'points',
      table: [
        { min: 2, mark: 2 },
        { min: 1, mark: 1 },
      ],
    });
    expect(r.points[0]!.feedback?.missed).toContain('The water was evaporated, leaving the salt.');
  });

  it('keeps what a model answer denies as a negated point, and its opposite as a misconception', () => {
    const r = draftRubric({ question: cases[1]!.question, answers: cases[1]!.answers });
    const gap = r.points.find((p) => p.id === 'no-gap')!;
    expect(gap).toMatchObject({ label: 'Says "no gap"', match: { all: [['gap']], polarity: 'negated' } });
    expect(r.misconceptions?.find((m) => m.id === 'contradicts-no-gap')?.match).toEqual({
      all: [['gap']],
      polarity: 'affirmed',
    });
    const compiled = compileRubric(r, {});
    const contradicting = mark(compiled, 'there is a gap between terminal one and two');
    expect(contradicting.misconceptions.map((m) => m.id)).toContain('contradicts-no-gap');
    expect(contradicting.points.find((p) => p.id === 'no-gap')!.met).toBe(false);
  });

  it('merges words of one lexicon group into one concept and lists the group as alternatives', () => {
    const lexicon = { schemaVersion: 1 as const, synonyms: [['arrested', 'detained', 'seized']] };
    const r = draftRubric({
      question: 'What happened to Beria?',
      answers: ['Beria was arrested.', 'Beria was detained by the army.'],
      lexicon,
    });
    const arrest = r.points.find((p) => p.id === 'arrest')!;
    expect(arrest.match).toMatchObject({ all: [expect.arrayContaining(['arrested', 'detained', 'seized'])] });
    expect(r.points.filter((p) => /arrest|detain/.test(p.id))).toHaveLength(1);
  });

  it.each([
    ['not in the same path', 'A and C are not in the same path', 'no-same'],
    ['no longer in a closed path', 'Bulb C was no longer in a closed path', 'no-closed'],
  ])('keeps the word a negator reaches past function words as a negated point: "%s"', (_, answer, id) => {
    const r = draftRubric({ question: 'Explain your reasoning.', answers: [answer] });
    expect(r.points.find((p) => p.id === id)?.match).toMatchObject({ polarity: 'negated' });
  });

  it('refuses to draft from no model answer', () => {
    expect(() => draftRubric({ question: 'Why?', answers: ['  '] })).toThrow(/at least one model answer/);
  });
});
