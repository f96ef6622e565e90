/**
 * The public-opinion, Party-first and cult-of-personality rubrics on answers students write while
 * revising: everyday words and misspellings are credited, comparisons are read the right way
 * round, words that only look like a point are not credited, and wrong dates and people are
 * corrected. Whole answers are marked as an examiner would mark them.
 */
import type { Catalog, MarkResult } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog, expectEssay, type Essay } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const POB = 'public-opinion-beria';
const PARTY = 'khrushchev-party-first';
const CULT = 'cult-of-personality-obstacle';

function met(rubricId: string, answer: string): string[] {
  return mark(catalog.get(rubricId)!, answer)
    .points.filter((p) => p.met)
    .map((p) => p.id)
    .sort();
}

function errors(rubricId: string, answer: string): string[] {
  return mark(catalog.get(rubricId)!, answer).misconceptions.map((m) => m.id);
}

function expectMarkedAs(rubricId: string, essay: Essay): MarkResult {
  return expectEssay(catalog.get(rubricId)!, essay);
}

describe('the public-opinion rubric in a student’s own words', () => {
  it.each([
    ["Ordinary people couldn't choose their leaders in the Soviet Union.", ['no-formal-voice']],
    ["Nobody could vote Beria out because the USSR wasn't a democracy.", ['no-formal-voice']],
    ['People were fed up of being spied on by the NKVD.', ['longing-for-relief']],
    ['After Stalin died people just wanted the arrests and the camps to stop.', ['longing-for-relief']],
    ['Everyone was terrified of Beria because he ran the Gulags.', ['beria-feared-blamed']],
    ['Berea was not trusted by anyone.', ['beria-feared-blamed']],
    [
      'Khrushchev used the fact that everyone hated Beria to get rid of him.',
      ['beria-feared-blamed', 'rivals-exploited-mood'],
    ],
    [
      'Everyone hated Beria and the other leaders used it to turn the Party against him.',
      ['beria-feared-blamed', 'rivals-exploited-mood'],
    ],
    ['Beria was accused of being a traitor and shot in December 1953.', ['ending-terror-story']],
    [
      'The leaders said arresting Beria meant the terror was over.',
      ['ending-terror-story', 'rivals-exploited-mood'],
    ],
    ['When Beria was shot, no one protested.', ['no-sympathy']],
    ['Hardly anyone cried when Beria was executed.', ['no-sympathy']],
    ['No one shed a tear when Beria was shot.', ['no-sympathy']],
    ['Arresting Beria earned Khrushchev respect from ordinary people.', ['legitimised-khrushchev']],
    ['Public opinion was not the main reason Beria fell; the plot was.', ['judges-importance']],
    [
      "Public opinion didn't really matter much because the USSR was a dictatorship.",
      ['judges-importance', 'no-formal-voice'],
    ],
  ])('credits %j with %j', (answer, points) => {
    expect(met(POB, answer)).toEqual(points);
  });

  it('credits a list of keywords with its points but keeps it at level 1', () => {
    const result = mark(catalog.get(POB)!, 'Beria - feared, NKVD, arrested 1953, shot, no protests');
    expect(result.points.filter((p) => p.met).map((p) => p.id)).toEqual([
      'beria-feared-blamed',
      'no-sympathy',
    ]);
    expect(result.level?.level).toBe(1);
  });

  it('credits the reason a student adds to a copied question', () => {
    expect(met(POB, 'Public opinion affected the fate of Beria because people hated him.')).toEqual([
      'beria-feared-blamed',
    ]);
  });
});

describe('the public-opinion rubric and answers that deny the point', () => {
  it.each(['People were not afraid of Beria.', "Beria wasn't blamed for the purges, Stalin was."])(
    'credits nothing for %j',
    (answer) => {
      expect(met(POB, answer)).toEqual([]);
    },
  );
});

describe('the public-opinion rubric and wrong facts', () => {
  it.each([
    ['Beria was shot in 1955 after a trial.', 'beria-wrong-year'],
    ['The people voted to get rid of Beria.', 'beria-voted-out'],
    ['Malenkov was in charge of the NKVD, so people hated him.', 'malenkov-secret-police'],
  ])('corrects %j (%s)', (answer, id) => {
    expect(errors(POB, answer)).toEqual([id]);
  });
});

describe('the Party-first rubric in a student’s own words', () => {
  it.each([
    ['The Party was the boss of everything in the USSR, not the government.', ['party-real-power']],
    ['Being in charge of the Party was more useful than being Prime Minister.', ['party-real-power']],
    ['Khrushchev knew the Party was more powerful than the ministries.', ['party-real-power']],
    ['The ministries just followed what the Party said.', ['party-real-power']],
    [
      'Khrushchev made control of the Communist Party his priority because the Party had the real power.',
      ['party-real-power'],
    ],
    ['As party leader he could give his friends top jobs.', ['appoint-loyalists', 'first-secretary-post']],
    ['Kruschev put his own men into the Central Committee.', ['appoint-loyalists']],
    [
      'Local party secretaries in the regions owed their jobs to Khrushchev.',
      ['appoint-loyalists', 'party-everywhere'],
    ],
    ['Stalin became powerful by being General Secretary, so Khrushchev copied him.', ['stalin-precedent']],
    ['Stalin had used the Party to get to the top, so Khrushchev did too.', ['stalin-precedent']],
    ['Malenkov only had the government and no support in the Party, so he lost.', ['sideline-malenkov']],
    ['Malenkov was forced to resign as Premier in 1955.', ['sideline-malenkov']],
    ['The Party had members in every factory and village.', ['party-everywhere']],
    [
      'Being Party boss let him get rid of people who criticised him.',
      ['first-secretary-post', 'manage-dissent'],
    ],
    ['The Party decided who got which job.', ['party-made-policy']],
    ['Khrushchev became First Secretary in 1953.', ['first-secretary-post']],
  ])('credits %j with %j', (answer, points) => {
    expect(met(PARTY, answer)).toEqual(points);
  });
});

describe('the Party-first rubric and comparisons the wrong way round', () => {
  it.each([
    'The government was more powerful than the Party.',
    'Malenkov was Premier, which was more important than being head of the Party.',
    'The Party had less power than the government.',
  ])('does not credit %j as the Party being the real centre of power', (answer) => {
    expect(met(PARTY, answer)).not.toContain('party-real-power');
  });

  it('does not read Khrushchev using the Party as Stalin’s precedent because Stalin is named', () => {
    expect(met(PARTY, 'Khrushchev used the Party to beat Malenkov after Stalin died.')).not.toContain(
      'stalin-precedent',
    );
  });
});

describe('the Party-first rubric and wrong facts', () => {
  it.each([
    ['Khrushchev became Prime Minister in 1953.', 'khrushchev-premier-early'],
    ['Khrushchev was made First Secretary in 1958.', 'first-secretary-late'],
    ['Khrushchev took over as leader straight away when Stalin died.', 'khrushchev-leader-1953'],
  ])('corrects %j (%s)', (answer, id) => {
    expect(errors(PARTY, answer)).toEqual([id]);
  });

  it('does not correct "Khrushchev became First Secretary in 1953"', () => {
    expect(errors(PARTY, 'Khrushchev became First Secretary in 1953.')).toEqual([]);
  });
});

describe('the cult rubric in a student’s own words', () => {
  it.each([
    ['People thought Stalin was a genius who could do no wrong.', ['one-leader-idea', 'propaganda-image']],
    ['Everyone was taught that Stalin was basically a god.', ['propaganda-image']],
    ['There were pictures of Stalin everywhere and songs about him.', ['propaganda-image']],
    ['There were paintings of Stalin in every school.', ['propaganda-image']],
    ['Stalin took the credit for everything good that happened in the USSR.', ['propaganda-image']],
    [
      "No one was allowed to criticise Stalin, so after he died the leaders didn't know how to work as a team.",
      ['no-collective-rule'],
    ],
    [
      'It was hard for the leaders to share power because they had only ever had one boss.',
      ['no-collective-rule', 'one-leader-idea'],
    ],
    [
      'If Khrushchev said Stalin was a murderer, people would ask why the Party had let him do it.',
      ['legitimacy-risk'],
    ],
    [
      'The new leaders had all worked for Stalin, so attacking him made them look guilty too.',
      ['legitimacy-risk'],
    ],
    ["Molotov didn't want to criticise Stalin.", ['leaders-hesitated']],
    ['Malenkov was scared of changing anything Stalin had done.', ['leaders-hesitated']],
    ["Khrushchev's secret speach in 1956 attacked the cult.", ['secret-speech']],
    ['The Secret Speech led to an uprising in Hungary in 1956.', ['dangerous-opposition', 'secret-speech']],
    ['The Stalinists tried to remove Khrushchev in 1957 because of the speech.', ['dangerous-opposition']],
  ])('credits %j with %j', (answer, points) => {
    expect(met(CULT, answer)).toEqual(points);
  });
});

describe('the cult rubric and words that only look like a point', () => {
  it('does not read the Secret Speech painting a picture of Stalin as propaganda for him', () => {
    expect(met(CULT, 'The Secret Speech painted a picture of Stalin as a murderer.')).toEqual([
      'secret-speech',
    ]);
  });

  it('credits nothing for "Stalin was not a god"', () => {
    expect(met(CULT, 'Stalin was not a god, he was just a man.')).toEqual([]);
  });
});

describe('the cult rubric and wrong facts', () => {
  it.each([
    ['Khrushchev gave the Secret Speech in 1956 and it was on the radio.', 'secret-speech-public'],
    ['Malenkov made the secret speech in 1956.', 'secret-speech-wrong-speaker'],
    ['Stalin died in 1952, and the new leaders had to deal with his cult.', 'stalin-death-wrong-year'],
  ])('corrects %j (%s)', (answer, id) => {
    expect(errors(CULT, answer)).toEqual([id]);
  });

  it('does not correct "did not make the Secret Speech until 1956"', () => {
    expect(errors(CULT, 'Khrushchev did not make the Secret Speech until 1956.')).toEqual([]);
  });
});

describe('whole answers on public opinion and Beria', () => {
  it('reaches level 3 when the rivals "used it", with the names misspelt', () => {
    expectMarkedAs(POB, {
      answer:
        'After Stalin died in 1953 people in the USSR were still really scared of the secret police. Berija was the head of the NKVD and he had sent loads of people to the gulags, so most people hated him. Khrushchev and Malenkof knew this and they used it to arrest him in June 1953. They said he was a British spy. When he was shot in december nobody protested because everyone was glad he was gone. Most people were just relieved that the terror was finally over and they hoped things would get better. So public opinion helped them get rid of Beria, even though ordinary people did not decide it.',
      level: 3,
      marks: [6, 7],
      met: [
        'longing-for-relief',
        'beria-feared-blamed',
        'rivals-exploited-mood',
        'ending-terror-story',
        'no-sympathy',
      ],
      errors: [],
    });
  });

  it('corrects a workers’ revolution in 1955 and keeps the answer at the foot of level 1', () => {
    expectMarkedAs(POB, {
      answer:
        "Beria was the leader after Stalin died in 1953 and the people didn't like him. Beria came from Georgia like Stalin and he was in charge of making the atom bomb. He also wanted to let people out of the camps. Beria was very clever and he had been a friend of Stalin for years. There was a revolution and the workers overthrew Beria in 1955 and he was executed. Public opinion was very important because the people got rid of him. After that Malenkov and Khrushchev ruled the country together until Khrushchev won in the end and became the leader of the USSR for a long time.",
      level: 1,
      marks: [1, 1],
      met: ['beria-feared-blamed'],
      notMet: ['rivals-exploited-mood', 'no-sympathy'],
      errors: ['public-revolution-beria', 'beria-wrong-year'],
      next: 'Level 2',
    });
  });

  it('gives a full answer with a judgement against the plot the top of level 3', () => {
    expectMarkedAs(POB, {
      answer:
        "The Soviet Union was a one-party state, so ordinary people couldn't vote anyone out, but what people felt still mattered. By 1953 people were tired of the knock on the door at night and wanted the terror to end. Beria had run the NKVD for years, so he was the face of the purges and the camps. Khrushchev and the others played on this hatred: they arrested him and told people he was a traitor and a British spy, which let them claim the terror was over. Because no one felt sorry for him, there were no protests when he was shot in December 1953, and this made the new leaders look like they were on the side of the people. However, I think public opinion was not the main reason he fell; the plot in the Presidium and the army's help mattered more.",
      level: 3,
      marks: [7, 8],
      met: [
        'no-formal-voice',
        'longing-for-relief',
        'beria-feared-blamed',
        'rivals-exploited-mood',
        'ending-terror-story',
        'no-sympathy',
        'judges-importance',
      ],
      errors: [],
    });
  });
});

describe('whole answers on why Khrushchev put the Party first', () => {
  it('reaches the top of level 3 with the comparison, Stalin’s route, jobs for friends and Malenkov’s weakness', () => {
    expectMarkedAs(PARTY, {
      answer:
        "Khrushchev wanted to control the Party because in the USSR the Party was more powerful than the government. Stalin had used the Party to get to the top in the 1920s, so Khrushchev did the same. As First Secretary from September 1953 he could give his friends top jobs in the regions, so they would support him. Malenkov was Prime Minister but that was only a government job, so he didn't have many supporters in the Party and had to resign in 1955. He also knew that the Central Committee would choose the leader in the end, so controlling the Party was the best way to win.",
      level: 3,
      marks: [7, 8],
      met: [
        'party-real-power',
        'stalin-precedent',
        'appoint-loyalists',
        'sideline-malenkov',
        'first-secretary-post',
      ],
      errors: [],
    });
  });

  it('corrects Premier in 1953 and First Secretary in 1956 and leaves a story of his career at level 1', () => {
    expectMarkedAs(PARTY, {
      answer:
        'Khrushchev became Prime Minister in 1953 straight after Stalin died. He wanted the Party as well because he wanted all the power for himself. He became First Secretary in 1956 and then he was the boss. Malenkov and Beria were also there but Beria got shot. Khrushchev was a peasant from Ukraine and he liked corn a lot, and later he sent tanks into Hungary. He was leader until 1964 when he was removed by Brezhnev and the other leaders because they did not like his reforms. He also made a famous speech about Stalin in 1956 and lots of people were shocked by it.',
      level: 1,
      marks: [1, 1],
      met: ['first-secretary-post'],
      errors: ['khrushchev-premier-early', 'first-secretary-late'],
      next: 'Level 2',
    });
  });

  it('reaches level 3 with the Party in every factory and the sacking of critics, in everyday words', () => {
    expectMarkedAs(PARTY, {
      answer:
        "The ministers in the government didn't really have much power, they just did what the Party told them. The Party had people in every factory, farm and army unit, so whoever was in charge of it was in charge of everything. Kruschev used this to sack people who disagreed with him and put in his own men. The ministries could not do this. It was a very clever plan by Khrushchev. This is why he made the Party his priority, and by 1957 the Central Committee was full of his supporters who saved him when the others tried to get rid of him.",
      level: 3,
      marks: [6, 7],
      met: ['party-real-power', 'party-everywhere', 'manage-dissent', 'appoint-loyalists'],
      errors: [],
    });
  });
});

describe('whole answers on the cult of personality', () => {
  it('reaches level 3 with the image, the risk to the system, the speech and the backlash', () => {
    expectMarkedAs(CULT, {
      answer:
        "Stalin's cult made people think he was a genius who was never wrong, with pictures of Stalin everywhere. This was a problem because the new leaders were just ordinary men and nobody could live up to him. Also, if they attacked Stalin, people would ask why they had helped him, so it could make the whole Communist system look bad. Khrushchev still did it in the Secret Speech in 1956, but hardliners like Molotov were furious and tried to get rid of him in 1957 with the Anti-Party Group. I think the biggest problem was that criticising Stalin meant criticising the Party itself.",
      level: 3,
      marks: [7, 8],
      met: [
        'one-leader-idea',
        'propaganda-image',
        'legitimacy-risk',
        'secret-speech',
        'dangerous-opposition',
      ],
      errors: [],
    });
  });

  it('corrects three wrong facts about Stalin’s death and the speech and keeps the answer at level 1', () => {
    expectMarkedAs(CULT, {
      answer:
        'Stalin died in 1952 and the leaders after him had problems because of the cult. Malenkov made the secret speech which was on TV and people were angry because they loved Stalin. Stalin had been the leader for a long time and he won the war against Hitler, so everyone thought he was great. There were statues of him in every town. Stalin also had a big moustache and he smoked a pipe. Lots of people cried at his funeral in Moscow. After he died nobody knew what to do and there was a power struggle between the leaders, which Khrushchev won in the end.',
      level: 1,
      marks: [1, 1],
      met: ['secret-speech', 'propaganda-image'],
      errors: ['stalin-death-wrong-year', 'secret-speech-wrong-speaker', 'secret-speech-public'],
      next: 'Level 2',
    });
  });
});
