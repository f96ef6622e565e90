import { draftRubric, type DraftOptions } from '../../src/agreement/draft-rubric';
import { compileRubric, mark } from '../../src/scoring';

type Opposites = NonNullable<DraftOptions['opposites']>;

/** The misconceptions a drafted rubric finds in an answer: what the student is told they contradicted. */
function contradictionsIn(
  q: { question: string; references: string[] },
  answer: string,
  opposites?: Opposites,
): string[] {
  const rubric = draftRubric({
    question: q.question,
    answers: q.references,
    ...(opposites ? { opposites } : {}),
  });
  return mark(compileRubric(rubric, {}), answer).misconceptions.map((m) => m.id);
}

const OPPOSITES: Opposites = [
  ['connected', 'gap'],
  ['connected', 'separated'],
];

// The questions are short: an answer's words copied from a run of the question earn nothing.
const connected = {
  question: 'Why was the voltage 0?',
  references: ['Terminal 4 and the positive terminal are connected'],
};

const notConnected = {
  question: 'Why was the voltage 1.5?',
  references: ['Terminal 1 and the positive terminal are not connected'],
};

const bothWays = {
  question: notConnected.question,
  references: [
    'Terminal 1 and the positive terminal are not connected',
    'terminal 1 is connected to the negative battery terminal',
  ],
};

describe('drafted contradictions with opposites', () => {
  it("drafts a contradiction that catches 'there is a gap' when the model answer says 'connected' and gap is the opposite of connected", () => {
    const answer = 'there is a gap between terminal 4 and the positive terminal';
    expect(contradictionsIn(connected, answer, OPPOSITES)).toEqual(['contradicts-connect-by-opposite']);
    expect(contradictionsIn(connected, answer)).toEqual([]);
  });

  it.each([
    ['there is no gap between terminal 1 and the positive terminal'],
    ['terminal 1 is not separated from the positive terminal'],
  ])("catches an answer that denies the opposite of 'not connected': %s", (answer) => {
    expect(contradictionsIn(notConnected, answer, OPPOSITES)).toEqual(['contradicts-no-connect-by-opposite']);
  });

  it.each([
    [
      'saying the same with the opposite denied',
      connected,
      'there is no gap between terminal 4 and the positive terminal',
    ],
    [
      'saying the same with the opposite word',
      notConnected,
      'there is a gap between terminal 1 and the positive terminal',
    ],
    ['a gap said of something else', connected, 'there is a gap in the switch'],
    [
      'the opposite beside what the model answers deny',
      bothWays,
      'terminal 1 is separated from the positive terminal by a gap',
    ],
  ])('does not call %s a contradiction', (_, q, answer) => {
    expect(contradictionsIn(q, answer, OPPOSITES)).toEqual([]);
  });

  it('counts the opposite beside what a model answer affirms when the model answers state the word both ways', () => {
    expect(
      contradictionsIn(bothWays, 'there is a gap between terminal 1 and the negative terminal', OPPOSITES),
    ).toContain('contradicts-connect-by-opposite');
  });

  it('reads a pair either way round and in any case', () => {
    const answer = 'there is a gap between terminal 4 and the positive terminal';
    expect(contradictionsIn(connected, answer, [['GAP', 'Connected']])).toEqual([
      'contradicts-connect-by-opposite',
    ]);
  });

  it('leaves out a pair whose word the question uses: restating the question contradicts nothing', () => {
    const rubric = draftRubric({
      question: 'Why is there no gap between terminal 4 and the positive terminal?',
      answers: connected.references,
      opposites: [['connected', 'gap']],
    });
    expect(rubric.misconceptions?.map((m) => m.id) ?? []).not.toContain('contradicts-connect-by-opposite');
  });

  it('labels the misconception with the opposite words so a teacher can see where it came from', () => {
    const rubric = draftRubric({ ...connected, answers: connected.references, opposites: OPPOSITES });
    const m = rubric.misconceptions?.find((x) => x.id === 'contradicts-connect-by-opposite');
    expect(m?.label).toBe('Says "gap" or "separated", the opposite of "connected"');
  });
});
