import { compileRubric, mark } from '../../src/scoring';
import { compileTiny, metIds, tinyRubric } from './tiny-rubric';

const compiled = compileTiny();

function point(answer: string, id: string) {
  return mark(compiled, answer).points.find((p) => p.id === id)!;
}

describe('matching points', () => {
  it.each([
    ['Beria controlled the secret police.', 'beria-police'],
    ['The secret police were run by Beria.', 'beria-police'],
    ['Beria ran the NKVD.', 'beria-police'],
    ['Zhukov backed Khrushchev.', 'zhukov-army'],
    ['The army supported Khrushchev against him.', 'zhukov-army'],
    ['BERIA   was    ARRESTED in June.', 'beria-arrested'],
  ])('finds the point in %j', (answer, id) => {
    expect(metIds(mark(compiled, answer))).toContain(id);
  });

  it.each([
    ['Beria was not arrested.', 'beria-arrested'],
    ["Beria wasn't arrested in 1953.", 'beria-arrested'],
    ['Zhukov never backed Khrushchev.', 'zhukov-army'],
  ])('withholds the point when the answer negates it: %j', (answer, id) => {
    const result = point(answer, id);
    expect(result).toMatchObject({ met: false, evidence: [] });
    expect(result.withheld!.length).toBeGreaterThan(0);
  });

  it.each([
    ['Beria was not arrested.', 'beria-arrested', 'not arrested'],
    ["Beria wasn't arrested in 1953.", 'beria-arrested', "wasn't arrested"],
    ['Zhukov never backed Khrushchev.', 'zhukov-army', 'never backed'],
  ])('quotes a withheld point from its negation in %j', (answer, id, quoted) => {
    expect(point(answer, id).withheld!.map((e) => e.text)).toContain(quoted);
  });

  it.each([
    ['Stalin did not name an heir.', 'not name'],
    ["Stalin didn't name an heir.", "didn't name"],
    ['Stalin never chose a successor, so everyone fought.', 'never chose'],
  ])('quotes a point that expects a negation with its cue: %j', (answer, quoted) => {
    const evidence = point(answer, 'no-successor').evidence.map((e) => e.text);
    expect(evidence.some((text) => text.startsWith(quoted))).toBe(true);
  });

  it.each([
    'Stalin left no clear successor.',
    'Stalin did not name an heir.',
    'There was a lack of a successor.',
    'Stalin never chose a successor, so everyone fought.',
    'Stalin didnt leave a sucessor.',
  ])('meets a point that expects a negation: %j', (answer) => {
    expect(point(answer, 'no-successor').met).toBe(true);
  });

  it.each(['Malenkov was the successor.', 'Stalin named an heir.'])(
    'withholds a point that expects a negation when the answer affirms it: %j',
    (answer) => {
      expect(point(answer, 'no-successor').met).toBe(false);
    },
  );

  it.each([
    'Beria could not stop the army.',
    "Beria couldn't stop the army.",
    'Beria couldnt stop the army.',
  ])('lets an alternative carry its own negation: %j', (answer) => {
    const own = compileRubric(
      tinyRubric({ points: [{ id: 'p', label: 'p', match: { all: [['Beria'], ['could not stop']] } }] }),
    );
    expect(metIds(mark(own, answer))).toEqual(['p']);
  });

  it('affirms what two cues cancel ("could not have won without the army\'s help")', () => {
    expect(point("Khrushchev could not have won without Zhukov's help.", 'zhukov-army').met).toBe(true);
  });

  it('quotes a counterfactual from its cue, so the quote does not read as the opposite', () => {
    const evidence = point("Khrushchev could not have won without Zhukov's help.", 'zhukov-army').evidence;
    expect(evidence.map((e) => e.text)).toEqual(["without Zhukov's help"]);
  });

  it.each([
    "Khrushchev didn't hesitate to have Beria arrested.",
    'Without the army Khrushchev could never have had Beria arrested.',
  ])('credits a point affirmed through a double negative: %j', (answer) => {
    expect(point(answer, 'beria-arrested')).toMatchObject({ met: true, withheld: [] });
  });

  it.each([
    ['Khrushchev never lost control of the Party.', 'party-control'],
    ['Nobody doubted that Beria controlled the secret police.', 'beria-police'],
    ['It is not surprising that the others feared Beria.', 'feared-beria'],
  ])('credits a point whose loss, doubt or surprise the answer denies: %j', (answer, id) => {
    const own = compileTiny({
      points: [
        ...tinyRubric().points,
        { id: 'party-control', label: 'p', match: { all: [['Khrushchev'], ['control*'], ['Party']] } },
        { id: 'feared-beria', label: 'f', match: { all: [['feared'], ['Beria']] } },
      ],
    });
    expect(mark(own, answer).points.find((p) => p.id === id)).toMatchObject({ met: true, withheld: [] });
  });

  it.each([
    "No leader could win without the army's support.",
    "It was not possible to win without the army's support.",
  ])('credits a point a general denial of winning "without" affirms: %j', (answer) => {
    const own = compileTiny({
      points: [{ id: 'army-vital', label: 'a', match: { all: [['army'], ['support*'], ['win']] } }],
    });
    expect(mark(own, answer).points[0]).toMatchObject({ met: true, withheld: [] });
  });

  it.each([
    'Was Beria arrested?',
    'Did Beria control the secret police? Did Stalin leave an heir?',
    'Could it be that Beria was arrested?!',
  ])('credits nothing asked as a question: %j', (answer) => {
    expect(metIds(mark(compiled, answer))).toEqual([]);
  });

  it.each([
    'Beria controlled the secret police; who could stop him?',
    'Beria controlled the secret police (the MVD?) and everyone feared him.',
  ])('credits a statement followed by a question set apart by a semicolon or bracket: %j', (answer) => {
    expect(metIds(mark(compiled, answer))).toContain('beria-police');
  });

  it('credits nothing in a question whose parts are joined by a comma', () => {
    expect(metIds(mark(compiled, 'Did Beria control the secret police, and was he arrested?'))).toEqual([]);
  });

  it('credits the statement that answers a question the student asks first', () => {
    const answer = 'Why was Beria feared? Beria controlled the secret police.';
    expect(metIds(mark(compiled, answer))).toEqual(['beria-police']);
    // The evidence is quoted from the statement, never from the question.
    expect(point(answer, 'beria-police').evidence).toEqual([
      { start: 22, end: 27, text: 'Beria' },
      { start: 43, end: 56, text: 'secret police' },
    ]);
  });

  it('says an answer contradicts a point that expects a negation only when it denies something', () => {
    // "Stalin named an heir" affirms what the no-successor point denies: not met, but the student
    // has negated nothing, so it is not quoted back as saying the opposite.
    expect(point('Stalin named an heir.', 'no-successor')).toMatchObject({ met: false, withheld: [] });
    expect(point('Beria was not arrested.', 'beria-arrested').withheld!.map((e) => e.text)).toContain(
      'not arrested',
    );
  });

  it('requires every group of a concept in the same sentence by default', () => {
    expect(point('Beria was feared. The secret police were everywhere.', 'beria-police').met).toBe(false);
  });

  it('finds the groups within N words when the rubric gives a word window', () => {
    const windowed = compileRubric(
      tinyRubric({
        points: [
          { id: 'near', label: 'near', match: { all: [['Beria'], ['police']], window: { words: 3 } } },
        ],
      }),
    );
    expect(metIds(mark(windowed, 'Beria. Police.'))).toEqual(['near']);
    expect(metIds(mark(windowed, 'Beria was a man who had many enemies and the police'))).toEqual([]);
  });

  it('meets a k-of-n point only when k of its concepts are met', () => {
    const kOfN = compileRubric(
      tinyRubric({
        points: [
          {
            id: 'two-of-three',
            label: 'Two of three',
            match: {
              atLeast: 2,
              of: [{ all: [['Beria']] }, { all: [['Malenkov']] }, { all: [['Molotov']] }],
            },
          },
        ],
      }),
    );
    expect(metIds(mark(kOfN, 'Beria was feared.'))).toEqual([]);
    expect(metIds(mark(kOfN, 'Beria and Molotov were rivals.'))).toEqual(['two-of-three']);
  });

  it('matches a phrase with up to two words between its words, in order', () => {
    const phrase = compileRubric(
      tinyRubric({ points: [{ id: 'p', label: 'p', match: { all: [['took control']] } }] }),
    );
    expect(metIds(mark(phrase, 'He took full control.'))).toEqual(['p']);
    expect(metIds(mark(phrase, 'He took over all of the control.'))).toEqual([]);
    expect(metIds(mark(phrase, 'Control was what he took.'))).toEqual([]);
  });

  it.each([
    ['could say', "People couldn't say what they thought because they feared the police."],
    ['Malenkov was removed', 'Malenkov was not removed because he stayed in the Presidium.'],
    ['Zhukov backed Khrushchev', 'Zhukov never really backed Khrushchev.'],
  ])(
    'withholds the phrase %j from an answer whose negation falls between its words: %j',
    (phrase, answer) => {
      const one = compileRubric(
        tinyRubric({ points: [{ id: 'p', label: 'p', match: { all: [[phrase]] } }] }),
      );
      const result = mark(one, answer);
      expect(metIds(result)).toEqual([]);
      // ... and says the answer denies it, so the feedback can quote the denial.
      expect(result.points[0]!.withheld ?? []).not.toEqual([]);
    },
  );

  it('reads a cleft as denying only its focus: the rest is taken for granted', () => {
    const one = compileRubric(
      tinyRubric({
        points: [
          { id: 'speech', label: 'speech', match: { all: [['Khrushchev'], ['secret speech']] } },
          { id: 'hated', label: 'hated', match: { all: [['Beria'], ['hated']] } },
        ],
      }),
    );
    expect(metIds(mark(one, "It wasn't Malenkov who gave the Secret Speech, it was Khrushchev."))).toEqual([
      'speech',
    ]);
    expect(metIds(mark(one, 'It was not Beria who was hated, it was Stalin.'))).toEqual([]);
  });

  it('still credits a phrase whose negation a counterfactual cancels, and one that carries its own "not"', () => {
    const one = compileRubric(
      tinyRubric({
        points: [
          { id: 'beat', label: 'beat', match: { all: [['Khrushchev beaten Beria']] } },
          { id: 'own-not', label: 'own-not', match: { all: [['did not name']] } },
        ],
      }),
    );
    expect(metIds(mark(one, "Khrushchev couldn't have beaten Beria without the army."))).toEqual(['beat']);
    expect(metIds(mark(one, "Stalin didn't name a successor."))).toEqual(['own-not']);
  });

  it.each([
    ['a prefix', 'consolidat*', 'He consolidated his hold.'],
    ['an irregular past tense', 'lead', 'Khrushchev led the Party.'],
    ['a regular inflection', 'arrest', 'Beria was arrested.'],
    ['a plural', 'rival', 'His rivals feared him.'],
    ['the -ing form of an irregular past', 'got rid', 'He gained power by getting rid of Beria.'],
    ['the -s form of an irregular past', 'took control', 'In this story he takes control.'],
    ['accents and curly quotes', "Stalin's heir", 'Stalin’s heir was unclear.'],
  ])('accepts %s', (_name, alternative, answer) => {
    const one = compileRubric(
      tinyRubric({ points: [{ id: 'p', label: 'p', match: { all: [[alternative]] } }] }),
    );
    expect(metIds(mark(one, answer))).toEqual(['p']);
  });

  it.each([
    ['Krushchev', 0.8],
    ['Kruschev', 0.9],
    ['Khruschov', 0.8],
  ])('accepts the misspelt name %j with lower confidence', (name, confidence) => {
    const names = compileTiny({
      points: [{ id: 'k', label: 'Khrushchev', match: { all: [['Khrushchev'], ['First Secretary']] } }],
    });
    const result = mark(names, `${name} became First Secretary.`).points[0]!;
    expect(result).toMatchObject({ met: true, confidence });
  });

  it.each([
    ['Berija ran the secret police.', 'beria-police'],
    ['Malenkof was Premier.', 'malenkov'],
    ['He was arested.', 'arrest'],
  ])('accepts a misspelling of a rubric word: %j', (answer, id) => {
    const spelt = compileRubric(
      tinyRubric({
        points: [
          ...tinyRubric().points,
          { id: 'malenkov', label: 'Malenkov', match: { all: [['Malenkov']] } },
          { id: 'arrest', label: 'arrest', match: { all: [['arrest*']] } },
        ],
      }),
    );
    expect(metIds(mark(spelt, answer))).toContain(id);
  });

  it.each([
    ['a real word one letter away', 'state', 'The stage was set.'],
    ['a short word', 'army', 'He had arms.'],
    ['a function word', 'there', 'They were there.'],
  ])('does not treat %s as a misspelling', (_name, alternative, answer) => {
    const one = compileRubric(
      tinyRubric({ points: [{ id: 'p', label: 'p', match: { all: [[alternative]] } }] }),
    );
    expect(metIds(mark(one, answer))).toEqual(alternative === 'there' ? ['p'] : []);
  });

  it('uses the shared lexicon and the rubric synonyms', () => {
    const synonyms = compileRubric(
      tinyRubric({
        points: [{ id: 'p', label: 'p', match: { all: [['Beria'], ['secret police']] } }],
        synonyms: [['secret police', 'political police']],
      }),
      { lexicon: { schemaVersion: 1, synonyms: [['secret police', 'MVD']] } },
    );
    expect(mark(synonyms, 'Beria ran the MVD.').points[0]).toMatchObject({ met: true, confidence: 0.9 });
    expect(mark(synonyms, 'Beria ran the political police.').points[0]!.met).toBe(true);
    expect(mark(synonyms, 'Beria ran the police.').points[0]!.met).toBe(false);
  });

  it('uses WordNet synonyms for the words the rubric names, with lower confidence', () => {
    const rubric = tinyRubric({
      points: [{ id: 'p', label: 'p', match: { all: [['fear']] } }],
      wordnet: ['fear'],
    });
    const withWordnet = compileRubric(rubric, { wordnet: { fear: ['dread', 'fright'] } });
    expect(mark(withWordnet, 'There was dread everywhere.').points[0]).toMatchObject({
      met: true,
      confidence: 0.75,
    });
    expect(mark(compileRubric(rubric), 'There was dread everywhere.').points[0]!.met).toBe(false);
  });

  it('never uses a WordNet synonym the rubric excludes', () => {
    const rubric = tinyRubric({
      points: [{ id: 'p', label: 'p', match: { all: [['humble']] } }],
      wordnet: ['humble'],
      wordnetExclude: ['small'],
    });
    const compiled = compileRubric(rubric, { wordnet: { humble: ['modest', 'small'] } });
    expect(mark(compiled, 'He was modest.').points[0]!.met).toBe(true);
    expect(mark(compiled, 'He led a small group.').points[0]!.met).toBe(false);
  });

  it('reports a misconception with its evidence, and a single wrong date still lets the rest explain', () => {
    const answer = 'Beria was arrested in 1955 because the others feared him.';
    const result = mark(compiled, answer);
    expect(result.misconceptions).toEqual([
      expect.objectContaining({ id: 'beria-1955', feedback: 'Beria was arrested in June 1953.' }),
    ]);
    const evidence = result.misconceptions[0]!.evidence;
    expect(evidence.map((e) => e.text)).toEqual(['Beria', 'arrested', '1955']);
    expect(result.points.find((p) => p.id === 'beria-arrested')).toMatchObject({
      met: true,
      explained: true,
    });
  });

  it('lets no words of a factual error explain a point once the answer makes more than one', () => {
    const withTwoErrors = compileTiny({
      misconceptions: [
        ...tinyRubric().misconceptions!,
        {
          id: 'zhukov-police',
          label: 'Zhukov ran the secret police',
          match: { all: [['Zhukov'], ['secret police']] },
          feedback: 'Beria ran the secret police; Zhukov commanded the army.',
        },
      ],
    });
    const result = mark(
      withTwoErrors,
      'Zhukov ran the secret police. Beria was arrested in 1955 because the others feared him.',
    );
    expect(result.misconceptions.map((m) => m.id).sort()).toEqual(['beria-1955', 'zhukov-police']);
    expect(result.points.find((p) => p.id === 'beria-arrested')).toMatchObject({
      met: true,
      explained: false,
    });
  });

  it('lets no words of a wrong fact that is no date explain a point', () => {
    const wrongPerson = compileTiny({
      misconceptions: [
        {
          id: 'malenkov-arrested',
          label: 'Malenkov arrested Beria',
          match: { all: [['Malenkov arrested Beria']] },
          feedback: 'The army arrested Beria at Khrushchev’s instigation.',
        },
      ],
    });
    const result = mark(wrongPerson, 'Malenkov arrested Beria because the others feared him.');
    expect(result.misconceptions.map((m) => m.id)).toEqual(['malenkov-arrested']);
    expect(result.points.find((p) => p.id === 'beria-arrested')).toMatchObject({
      met: true,
      explained: false,
    });
  });
});
