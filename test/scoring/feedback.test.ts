import { DEFAULT_TEMPLATES, mark } from '../../src/scoring';
import Handlebars from 'handlebars';
import { FAST_DEFAULTS, type TemplateName } from '../../src/scoring/templates';
import { compileTiny } from './tiny-rubric';

const compiled = compileTiny();

describe('feedback', () => {
  it('sums up the level and mark in one line', () => {
    const result = mark(compiled, 'Beria controlled the secret police, so the others feared him.');
    expect(result.feedback.summary).toBe('Level 2, 4 out of 12: Some explanation.');
  });

  it("quotes the student's own words for what earned credit", () => {
    const result = mark(compiled, 'Everyone knew that Beria ran the NKVD.');
    expect(result.feedback.credited).toEqual([
      'You wrote “Everyone knew that Beria ran the NKVD”: that earns credit for “Beria controlled the secret police”.',
    ]);
  });

  it('shortens a long sentence around the evidence', () => {
    const filler = 'and then many other things happened in the country over a number of long years';
    const result = mark(
      compiled,
      `${filler} ${filler} while Beria ran the secret police ${filler} ${filler}.`,
    );
    const [credited] = result.feedback.credited;
    expect(credited).toMatch(/^You wrote “….*Beria ran the secret police.*…”/);
  });

  it("gives the point's hint for what is missing, and says when the answer said the opposite", () => {
    const result = mark(compiled, 'Beria was not arrested.');
    expect(result.feedback.missing).toContain('Who controlled the secret police?');
    expect(result.feedback.missing).toContain(
      'You wrote “Beria was not arrested”, which says the opposite of “Beria was arrested”, so it earns no credit for that point.',
    );
  });

  it('corrects a factual error in the student’s words', () => {
    const result = mark(compiled, 'Beria was arrested in 1955.');
    expect(result.feedback.corrections).toEqual([
      'You wrote “Beria was arrested in 1955”: Beria was arrested in June 1953.',
    ]);
  });

  it.each([
    ['', 'To reach Level 1: make a relevant point. Who controlled the secret police?'],
    [
      'Beria controlled the secret police.',
      'To reach Level 2: explain WHY “Beria controlled the secret police” mattered: add a sentence with “This meant that ...” or “because ...”. Explain a reason.',
    ],
    [
      'Beria controlled the secret police, so they feared him. Stalin left no successor, so they fought.',
      'To reach Level 3: add knowledge of your own beyond the points given in the question. For example: Zhukov and the army backed Khrushchev.',
    ],
  ])('aims the next step at the gate that held %j back', (answer, nextStep) => {
    expect(mark(compiled, answer).feedback.nextStep).toBe(nextStep);
  });

  it('asks for correct spelling when misspelt terms alone hold the answer below the next level', () => {
    const answer =
      'Berija controlled the secret police, so the others feared him. Zhukof backed Khrushchev because Beria was arrested.';
    const result = mark(compiled, answer);
    expect(result.level!.level).toBe(2);
    expect(result.feedback.nextStep).toBe(
      'To reach Level 3: spell the key names and terms correctly (you wrote “Berija”, “Zhukof”): examiners credit precise knowledge, and misspelt terms count for less.',
    );
  });

  it('gives no next step at full marks', () => {
    const full = compileTiny({
      maxMark: 3,
      scheme: { type: 'points', table: [{ min: 1, mark: 3 }] },
    });
    expect(mark(full, 'Beria controlled the secret police.').feedback.nextStep).toBeNull();
  });

  it("uses the rubric's own templates where it gives them", () => {
    const custom = compileTiny({
      templates: { summary: '{{mark}}/{{maxMark}}', missed: 'Think about: {{label}}' },
    });
    const result = mark(custom, 'Beria controlled the secret police.');
    expect(result.feedback.summary).toBe('1/12');
    expect(result.feedback.missing).toContain('Think about: Zhukov and the army backed Khrushchev');
  });

  const SAMPLES: Array<Record<string, unknown>> = [
    {},
    { isLevels: true, level: 2, mark: 5, maxMark: 12, descriptor: 'Some explanation.' },
    { isLevels: true, level: 0, mark: 0, maxMark: 8 },
    { isLevels: false, mark: 1, maxMark: 2, met: 1, total: 5 },
    {
      quote: 'Beria ran the MVD',
      label: 'Beria',
      feedback: 'Good.',
      hint: '',
      target: 'Level 3',
      action: 'Do X.',
      advice: '',
    },
    { quote: 'x', label: 'y', feedback: '', hint: 'Think.', target: '', action: 'Do Y.', advice: 'More.' },
  ];
  it.each(Object.keys(DEFAULT_TEMPLATES) as TemplateName[])(
    'renders the %s default exactly as its Handlebars template does',
    (name) => {
      const handlebars = Handlebars.compile(DEFAULT_TEMPLATES[name], { noEscape: true });
      for (const data of SAMPLES) expect(FAST_DEFAULTS[name](data)).toBe(handlebars(data));
    },
  );
});
