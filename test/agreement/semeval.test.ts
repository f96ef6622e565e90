import { parseSemevalQuestion, twoWay } from '../../src/agreement/semeval';

const xml = `<?xml version="1.0"?>
<question id="EM_45b" module="EM">
  <questionText>How did you separate the salt from the water?</questionText>
  <referenceAnswers>
    <referenceAnswer id="r1" category="BEST">The water was evaporated, leaving the salt.</referenceAnswer>
  </referenceAnswers>
  <studentAnswers>
    <studentAnswer id="s1" accuracy="correct">The water evaporated &amp; left salt.</studentAnswer>
    <studentAnswer id="s2" accuracy="contradictory">0</studentAnswer>
  </studentAnswers>
</question>`;

describe('SemEval-2013 question files', () => {
  it('reads the question, reference answers and labelled student answers', () => {
    expect(parseSemevalQuestion(xml)).toEqual({
      id: 'EM_45b',
      module: 'EM',
      text: 'How did you separate the salt from the water?',
      references: [{ id: 'r1', category: 'BEST', text: 'The water was evaporated, leaving the salt.' }],
      answers: [
        { id: 's1', label: 'correct', text: 'The water evaporated & left salt.' },
        { id: 's2', label: 'contradictory', text: '0' },
      ],
    });
  });

  it.each([
    {
      name: 'an unknown label',
      doc: xml.replace('"contradictory"', '"partial"'),
      message: /student answer 2: expected accuracy/,
    },
    {
      name: 'no reference answer',
      doc: xml.replace(/<referenceAnswer .*<\/referenceAnswer>/, ''),
      message: /at least one <referenceAnswer>/,
    },
    { name: 'another document', doc: '<answers/>', message: /expected a <question> element/ },
  ])('refuses a file with $name, naming the file', ({ doc, message }) => {
    expect(() => parseSemevalQuestion(doc, 'q.xml')).toThrow(message);
    expect(() => parseSemevalQuestion(doc, 'q.xml')).toThrow(/^q\.xml: /);
  });

  it('folds contradictory into incorrect for the 2-way task', () => {
    expect(['correct', 'contradictory', 'incorrect'].map((l) => twoWay(l as never))).toEqual([
      'correct',
      'incorrect',
      'incorrect',
    ]);
  });
});
