import { countWords, groupByTopic, markRange, promptBlocks, questionView } from '../../src/http/pages/models';
import type { Rubric } from '../../src/rubric/types';

function rubric(overrides: Partial<Rubric>): Rubric {
  return {
    schemaVersion: 1,
    id: 'q1',
    title: 'Question one',
    topic: 'Topic A',
    prompt: 'Explain why there was a power struggle.',
    commandWord: 'Explain why',
    maxMark: 12,
    modelAnswers: ['...'],
    points: [],
    scheme: { type: 'levels', levels: [{ level: 1, marks: [1, 3], descriptor: 'Simple statements.' }] },
    ...overrides,
  };
}

describe('promptBlocks', () => {
  it.each<[string, string, ReturnType<typeof promptBlocks>]>([
    ['keeps a one-line prompt as one paragraph', 'Explain why.', [{ text: 'Explain why.' }]],
    [
      'splits paragraphs on blank lines and turns "- " lines into a list',
      'Explain why.\n\nYou may use:\n- no successor\n- the secret police\n\nUse your own knowledge.',
      [
        { text: 'Explain why.' },
        { text: 'You may use:' },
        { items: ['no successor', 'the secret police'] },
        { text: 'Use your own knowledge.' },
      ],
    ],
    [
      'joins wrapped lines of one paragraph',
      'Explain why\nthere was a struggle.',
      [{ text: 'Explain why there was a struggle.' }],
    ],
    ['reads Windows line ends', 'One.\r\n\r\n- a\r\n- b', [{ text: 'One.' }, { items: ['a', 'b'] }]],
  ])('%s', (_name, prompt, expected) => {
    expect(promptBlocks(prompt)).toEqual(expected);
  });
});

describe('questionView', () => {
  it('does not repeat stimulus points the prompt already lists', () => {
    const view = questionView(
      rubric({
        prompt: 'Explain why.\n\nYou may use:\n- No successor\n\nUse information of your own.',
        stimulus: ['no successor'],
      }),
    );
    expect(view.stimulus).toEqual([]);
    expect(view.ownKnowledge).toBe(false);
  });

  it('lists stimulus points under a prompt that leaves them out, asking for own knowledge', () => {
    const view = questionView(rubric({ stimulus: ['no successor'] }));
    expect(view.stimulus).toEqual(['no successor']);
    expect(view.ownKnowledge).toBe(true);
  });

  it('shows the levels from the top down with their mark ranges', () => {
    const view = questionView(
      rubric({
        scheme: {
          type: 'levels',
          levels: [
            { level: 1, marks: [1, 3], descriptor: 'Simple.' },
            { level: 2, marks: [4, 6], descriptor: 'Some explanation.' },
          ],
        },
      }),
    );
    expect(view.levels).toEqual([
      { level: 2, marks: '4–6 marks', descriptor: 'Some explanation.' },
      { level: 1, marks: '1–3 marks', descriptor: 'Simple.' },
    ]);
  });
});

describe('groupByTopic', () => {
  it('groups questions by topic in the order topics first appear', () => {
    const groups = groupByTopic([
      rubric({ id: 'a', topic: 'History' }),
      rubric({ id: 'b', topic: 'Science' }),
      rubric({ id: 'c', topic: 'History' }),
    ]);
    expect(groups.map((g) => [g.topic, g.questions.map((q) => q.id)])).toEqual([
      ['History', ['a', 'c']],
      ['Science', ['b']],
    ]);
    expect(new Set(groups.map((g) => g.headingId)).size).toBe(2);
  });
});

describe('countWords and markRange', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ["Stalin's heir wasn't named", 4],
    ['Beria — shot, 1953!', 3],
    ['Хрущёв и Берия', 3],
    // A soft hyphen or zero-width space pasted inside a word leaves one word, as the engine reads it.
    ['Beria was ar\u00adrested by Zhu\u200bkov', 5],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it.each<[[number, number], string]>([
    [[0, 0], '0 marks'],
    [[1, 1], '1 mark'],
    [[4, 6], '4–6 marks'],
  ])('writes %j as %s', (range, text) => {
    expect(markRange(range)).toBe(text);
  });
});
