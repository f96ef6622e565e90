import { draftRubric } from '../../src/agreement/draft-rubric';
import { compileRubric, mark } from '../../src/scoring';

/** The misconceptions a drafted rubric finds in an answer: what the student is told they contradicted. */
function contradictionsIn(question: string, references: string[], answer: string): string[] {
  const compiled = compileRubric(draftRubric({ question, answers: references }), {});
  return mark(compiled, answer).misconceptions.map((m) => m.id);
}

const terminal1 = {
  question: 'Explain why you got a voltage reading of 1.5 for terminal 1 and the positive terminal.',
  references: [
    'Terminal 1 and the positive terminal are separated by the gap',
    'Terminal 1 and the positive terminal are not connected',
    'terminal 1 is connected to the negative battery terminal',
    'terminal 1 is not separated from the negative battery terminal',
  ],
};

const terminal4 = {
  question: 'Explain why you got a voltage reading of 0 for terminal 4 and the positive terminal.',
  references: [
    'Terminal 4 and the positive terminal are connected',
    'There is no gap between terminal 4 and the positive terminal',
  ],
};

const paths = {
  question: 'Explain your reasoning.',
  references: ['A and C are in different paths with the battery', 'A and C are not in the same path'],
};

describe('drafted contradictions', () => {
  it.each([
    [
      'there is a gap',
      terminal4,
      'there is a gap between terminal 4 and the positive terminal',
      'contradicts-no-gap',
    ],
    [
      'they are not connected',
      terminal4,
      'terminal 4 and the positive terminal are not connected',
      'contradicts-connect',
    ],
    [
      'there is no gap',
      terminal1,
      'there is no gap between terminal 1 and the positive terminal',
      'contradicts-gap',
    ],
    [
      'it is connected to the positive terminal',
      terminal1,
      'terminal 1 is connected to the positive terminal',
      'contradicts-no-connect',
    ],
    ['they are in the same path', paths, 'A and C are in the same path', 'contradicts-no-same'],
  ])('catches an answer that says "%s" when a model answer says the opposite', (_, q, answer, id) => {
    expect(contradictionsIn(q.question, q.references, answer)).toContain(id);
  });

  it.each([
    [
      'a model answer in other words',
      terminal1,
      'the positive battery terminal is separated by a gap from terminal 1',
    ],
    [
      'a negation reaching a later word',
      terminal1,
      'terminal 1 is not connected to the positive battery terminal',
    ],
    [
      'what another model answer affirms',
      terminal1,
      'terminal 1 is connected to the negative terminal and separated from the positive terminal by a gap',
    ],
    ['the same claim in other words', paths, 'A and C are in different paths'],
    ["a model answer's own negation", paths, 'C is not in the same path as A'],
  ])('does not call %s a contradiction', (_, q, answer) => {
    expect(contradictionsIn(q.question, q.references, answer)).toEqual([]);
  });

  it('drafts no contradiction from a word the model answers state both ways with nothing to tell them apart', () => {
    const r = draftRubric({
      question: 'Why does bulb A light?',
      answers: ['Bulb A is connected', 'Bulb A is not connected to the broken bulb'],
    });
    const connect = r.points.find((p) => p.id === 'connect');
    expect(connect).toBeDefined();
    expect(r.misconceptions?.map((m) => m.id) ?? []).not.toContain('contradicts-connect');
    expect(r.misconceptions?.map((m) => m.id)).toContain('contradicts-no-connect');
  });
});
