/**
 * Whole answers that refer to Beria, Khrushchev, Malenkov, Zhukov and Stalin mostly as "he", "his" and
 * "him", on the public-opinion, military, cult, power-struggle and Beria-feared rubrics, marked as an
 * examiner would. The engine reads a pronoun as the one person the sentence before names, or as the
 * question's subject; each case checks that an answer written this way earns what its named version
 * would, and no credit about someone the pronoun does not mean.
 */
import type { Catalog, MarkResult } from '../../src/scoring';
import { bundledCatalog, expectEssay, metPoints, type Essay } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const POB = 'public-opinion-beria';
const MILITARY = 'military-role-succession';
const CULT = 'cult-of-personality-obstacle';
const STRUGGLE = 'ussr-power-struggle-1953';
const FEARED = 'beria-feared-short';

function expectMarkedAs(rubricId: string, essay: Essay): MarkResult {
  return expectEssay(catalog.get(rubricId)!, essay);
}

const met = (rubricId: string, answer: string): string[] => metPoints(catalog, rubricId, answer);

describe('the public-opinion rubric (subject Beria) on answers written with pronouns', () => {
  it('gives an answer that opens with "He" for Beria and judges public opinion against the plot the top of level 3', () => {
    expectMarkedAs(POB, {
      answer:
        'He was the most hated man in the USSR because he had run the secret police for Stalin and everyone linked him with the purges and the Gulag. Ordinary people were sick of the terror and wanted it to end after Stalin died. Khrushchev and Malenkov used this hatred to justify arresting him in June 1953. They said he was a British spy and a traitor, so the arrest looked like the end of the terror. Nobody protested when he was shot in December 1953 because people were glad to see the back of him. I think public opinion was not the main reason he fell, because the plot by his rivals and the army mattered more, but it made his removal easy.',
      level: 3,
      marks: [7, 8],
      met: [
        'beria-feared-blamed',
        'longing-for-relief',
        'rivals-exploited-mood',
        'ending-terror-story',
        'no-sympathy',
        'judges-importance',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('keeps three short statements about "him" at level 1', () => {
    expectMarkedAs(POB, {
      answer:
        'He was head of the secret police and people hated him. He was arrested in 1953 and then shot. Nobody was sad about it.',
      level: 1,
      marks: [1, 2],
      met: ['beria-feared-blamed', 'no-sympathy'],
      notMet: [],
      errors: [],
    });
  });

  it('reads an opening "He" as Beria and explains the blame once: level 2', () => {
    expectMarkedAs(POB, {
      answer:
        'He had been in charge of the NKVD for years, so ordinary people blamed him for the purges and the camps. When he was arrested in June 1953 nobody protested and most people were glad. Khrushchev said he was a traitor and a British spy.',
      level: 2,
      marks: [3, 5],
      met: ['beria-feared-blamed', 'no-sympathy', 'ending-terror-story'],
      notMet: [],
      errors: [],
    });
  });

  it('reads "he" after "Beria was different." as Beria, not Malenkov from the sentence before that', () => {
    expectMarkedAs(POB, {
      answer:
        "Malenkov and Khrushchev both wanted to get rid of Beria. Malenkov was Premier, but he was weak. Beria was different. Everyone knew he had run Stalin's terror, so he was the most hated man in the country. The rivals used this hatred to justify his arrest, because they could say they were ending the terror. This meant the arrest was popular, so it made Khrushchev look good.",
      level: 3,
      marks: [6, 8],
      met: [
        'beria-feared-blamed',
        'rivals-exploited-mood',
        'ending-terror-story',
        'no-sympathy',
        'legitimised-khrushchev',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('credits Khrushchev exploiting the mood when the next sentence calls him "He", as it does when named', () => {
    const named =
      'Beria was hated. Khrushchev saw this. Khrushchev exploited the public mood by blaming Beria for the terror.';
    const pronoun =
      'Beria was hated. Khrushchev saw this. He exploited the public mood by blaming Beria for the terror.';
    expect(met(POB, named)).toContain('rivals-exploited-mood');
    expect(met(POB, pronoun)).toContain('rivals-exploited-mood');
  });

  it('does not credit Beria exploiting the mood as his rivals doing it', () => {
    expect(met(POB, 'Beria was clever. He exploited the public mood to make himself popular.')).not.toContain(
      'rivals-exploited-mood',
    );
  });
});

describe('the military rubric (no subject) on answers written with pronouns', () => {
  // An examiner also credits the 1957 rescue, "In 1957 he flew ...": the engine reads no "he" after a
  // sentence naming Zhukov and Khrushchev, so the point is left out here (the mark is the same).
  it('gives a wide answer moving between Stalin, Beria, Khrushchev and Zhukov the top of level 3', () => {
    expectMarkedAs(MILITARY, {
      answer:
        "Stalin had always kept the army under the Party's control. He purged the Red Army in the 1930s and sent Zhukov away after the war, so the generals had no power base of their own. When he died in 1953 the army suddenly became important because whoever had the generals on his side could win. Beria had the MVD, which had its own troops. Khrushchev needed the army to stop him, and Zhukov arrested him at a meeting in June 1953. This meant the secret police could not save him. Zhukov was a war hero who took Berlin, so he gave Khrushchev credibility. In 1957 he flew Central Committee members to Moscow to defeat the Anti-Party Group. Overall the army decided the struggle but it never took power itself, because Khrushchev sacked Zhukov later that year.",
      level: 3,
      marks: [7, 8],
      met: [
        'party-control-of-army',
        'military-support-vital',
        'beria-arrest',
        'offset-secret-police',
        'zhukov-prestige',
        'stability-latent-power',
      ],
      notMet: [],
      errors: [],
    });
  });

  // "Later he helped Khrushchev" is Zhukov too, but a sentence opening with a pronoun that names Beria
  // ends the reading, so the 1957 point is left out here.
  it('reads "He arrested Beria" after "Zhukov was a famous general" as Zhukov\'s arrest: level 1', () => {
    expectMarkedAs(MILITARY, {
      answer:
        'Zhukov was a famous general. He arrested Beria in 1953. Later he helped Khrushchev against the Anti-Party Group.',
      level: 1,
      marks: [1, 2],
      met: ['zhukov-prestige', 'beria-arrest'],
      notMet: [],
      errors: [],
    });
  });

  it('credits the army arresting "him" for Beria named the sentence before, explained: level 2', () => {
    expectMarkedAs(MILITARY, {
      answer:
        "After Stalin died the leaders needed the army's support to win. Beria was the most dangerous because he ran the secret police. Zhukov and the army arrested him, so he could not use his police against the others.",
      level: 2,
      marks: [3, 5],
      met: ['military-support-vital', 'beria-arrest', 'offset-secret-police'],
      notMet: [],
      errors: [],
    });
  });

  it('reads "He purged the generals" as Stalin and "him" as Beria: level 3', () => {
    expectMarkedAs(MILITARY, {
      answer:
        "Under Stalin the army was kept weak. He purged the generals in 1937 so they could never threaten him. After he died the army was the only force that could stand up to Beria's secret police. Beria was feared by everyone. The generals arrested him in June 1953, which meant the MVD was leaderless and could not fight back. Zhukov was a war hero so his support gave Khrushchev credibility. The army was the main reason Khrushchev won, because it protected him from the Anti-Party Group in 1957.",
      level: 3,
      marks: [6, 8],
      met: [
        'party-control-of-army',
        'offset-secret-police',
        'beria-arrest',
        'zhukov-prestige',
        'protection-against-stalinists',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('credits Zhukov backing Khrushchev in 1957 when the answer calls Zhukov "He": level 2', () => {
    expectMarkedAs(MILITARY, {
      answer:
        'Zhukov was a war hero and the soldiers respected him. He backed Khrushchev in 1957 when Molotov and Malenkov tried to remove him, so he stayed in power.',
      level: 2,
      marks: [3, 4],
      met: ['zhukov-prestige', 'protection-against-stalinists'],
      notMet: [],
      errors: [],
    });
  });

  it('credits the arrest and the protection to "He" as to Zhukov named', () => {
    for (const who of ['Zhukov', 'He']) {
      const answer = `Zhukov was a war hero. ${who} arrested Beria in June 1953. Zhukov was loyal. ${who} protected Khrushchev from the Anti-Party Group.`;
      expect(met(MILITARY, answer)).toEqual(
        expect.arrayContaining(['beria-arrest', 'protection-against-stalinists']),
      );
    }
  });

  it('does not credit Khrushchev protecting himself from the hardliners as the army doing it', () => {
    expect(
      met(MILITARY, 'Khrushchev was clever. He protected himself from the hardliners in the Party.'),
    ).not.toContain('protection-against-stalinists');
  });
});

describe('the cult rubric (subject Stalin) on answers written with pronouns', () => {
  it('reads an opening "He" as Stalin and "He said he had killed" as Khrushchev: the top of level 3', () => {
    expectMarkedAs(CULT, {
      answer:
        "He was worshipped like a god in the USSR. There were statues and posters of him everywhere and the propaganda said he was never wrong. This was a problem for the leaders after him because people expected one strong leader like him, and none of them could live up to his image. Malenkov and Molotov were Stalinists so they were afraid to change anything. Khrushchev attacked him in the Secret Speech in 1956. He said he had killed innocent people, but this damaged the Party's authority because they had all worked for him, so people asked why they had not stopped him. It also led to the uprising in Hungary in 1956, which shows how dangerous criticising him was. Overall the cult was the biggest obstacle because the leaders were caught between keeping it and getting rid of it.",
      level: 3,
      marks: [7, 8],
      met: [
        'propaganda-image',
        'one-leader-idea',
        'leaders-hesitated',
        'secret-speech',
        'legitimacy-risk',
        'dangerous-opposition',
        'continuity-dilemma',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('keeps a list about "him" and the Secret Speech at level 1', () => {
    expectMarkedAs(CULT, {
      answer:
        'He had a cult of personality. There were statues of him everywhere. Khrushchev gave the Secret Speech in 1956.',
      level: 1,
      marks: [1, 2],
      met: ['propaganda-image', 'secret-speech'],
      notMet: [],
      errors: [],
    });
  });

  it('reads an opening "him" as Stalin and "He exposed his crimes" as Khrushchev: level 3', () => {
    expectMarkedAs(CULT, {
      answer:
        'Nobody had been allowed to criticise him for thirty years. He was called the Father of Nations and people believed he was infallible, so the new leaders were expected to be just as great. This was impossible. Khrushchev made the Secret Speech in 1956. He exposed his crimes, which weakened the authority of the whole Party because they had all helped him. The hardliners were furious and tried to remove him in 1957, so the cult was the most important obstacle because it split the leaders.',
      level: 3,
      marks: [6, 8],
      met: [
        'no-collective-rule',
        'propaganda-image',
        'one-leader-idea',
        'secret-speech',
        'legitimacy-risk',
        'dangerous-opposition',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('credits no worship to Khrushchev called "He" and the cult to Stalin named again: level 2', () => {
    expectMarkedAs(CULT, {
      answer:
        'Khrushchev was not worshipped like Stalin. He was just an ordinary man. Stalin on the other hand was seen as a god. His picture was everywhere, so any leader after him looked small.',
      level: 2,
      marks: [3, 5],
      met: ['propaganda-image'],
      notMet: [],
      errors: [],
    });
  });

  it('does not read "He was never seen as a hero" after Malenkov as the cult of Stalin', () => {
    expect(met(CULT, 'Malenkov took over as Premier. He was never seen as a hero.')).toEqual([]);
  });
});

describe('the power-struggle rubric (no subject) on answers written with pronouns', () => {
  it('gives a full answer that calls Stalin and Beria "he" after naming each once level 4', () => {
    expectMarkedAs(STRUGGLE, {
      answer:
        'Stalin did not name a successor before he died in March 1953, so nobody knew who would take over and this left a power vacuum. He had also purged anyone who might have been a rival, so the men left were yes-men who had never been trained to lead. Beria was the most feared. He controlled the secret police and had files on all of them, so the others were terrified that he would use them to seize power. Malenkov became Premier and ran the government, while Khrushchev became First Secretary in September 1953 and controlled the Party. This meant that power was split and each had his own power base, so they competed to become the sole leader. They also disagreed about policy. Malenkov wanted more consumer goods but hardliners like Molotov wanted heavy industry, so the struggle was also about which way the USSR should go. The most important reason was that there was no successor, because without a clear leader all the other factors came into play.',
      level: 4,
      marks: [11, 12],
      met: [
        'no-successor',
        'cult-and-purges',
        'beria-secret-police',
        'power-bases',
        'rival-contenders',
        'policy-disagreements',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('keeps an answer that opens "He never chose an heir" at level 1', () => {
    expectMarkedAs(STRUGGLE, {
      answer: 'He never chose an heir. Beria had the secret police. Malenkov was Premier.',
      level: 1,
      marks: [1, 3],
      met: ['no-successor', 'beria-secret-police', 'power-bases'],
      notMet: [],
      errors: [],
    });
  });

  it('does not read "The others feared him" after Khrushchev as the fear of Beria: level 3', () => {
    expectMarkedAs(STRUGGLE, {
      answer:
        'Khrushchev was very ambitious and wanted to be the next leader. The others feared him because he was clever and ran the Party machine, so he could put his own men in key jobs. Stalin had left no heir, so there was nobody to stop the rivals fighting. Malenkov was Premier, so he had the government behind him.',
      level: 3,
      marks: [7, 9],
      met: ['rival-contenders', 'power-bases', 'no-successor'],
      notMet: ['beria-secret-police'],
      errors: [],
    });
  });

  it('reads "He had run the NKVD" as Beria and "He was Premier" as Malenkov: level 3', () => {
    expectMarkedAs(STRUGGLE, {
      answer:
        "Beria was hated and feared. He had run the NKVD for years, so he knew everyone's secrets and the others thought he would use them to take over. Malenkov was his ally at first. He was Premier and wanted to spend more on consumer goods, but Molotov and the hardliners disagreed with him, so there were arguments about policy as well as about who should lead. Stalin had not named a successor, so all of them had a chance.",
      level: 3,
      marks: [7, 9],
      met: ['beria-secret-police', 'power-bases', 'policy-disagreements', 'no-successor'],
      notMet: [],
      errors: [],
    });
  });

  it('credits Stalin\'s purges through "He ruled alone" and the split power bases: level 3', () => {
    expectMarkedAs(STRUGGLE, {
      answer:
        "Stalin's purges had wiped out anyone who could replace him. He ruled alone and made all the decisions, so when he died no one was ready to lead. Khrushchev was head of the Party and Malenkov was head of the government, so power was divided between them. Each of them wanted to be leader, so they fought for power.",
      level: 3,
      marks: [7, 9],
      met: ['cult-and-purges', 'power-bases', 'rival-contenders'],
      notMet: [],
      errors: [],
    });
  });

  it('does not read "He was feared" after Malenkov named as Beria being feared', () => {
    expect(met(STRUGGLE, 'Malenkov became Premier. He was feared by the others.')).not.toContain(
      'beria-secret-police',
    );
  });
});

describe('the Beria-feared 2-mark item (subject Beria) on answers written with pronouns', () => {
  it('gives two reasons about "He" both marks', () => {
    expectMarkedAs(FEARED, {
      answer:
        'He ran the MVD so he could have anyone arrested. He also had files on all the other leaders and could blackmail them.',
      level: 0,
      marks: [2, 2],
      met: ['controlled-secret-police', 'files-blackmail'],
      notMet: [],
      errors: [],
    });
  });

  it('gives the police and the threat of a new Stalin both marks when the rivals are named and Beria is "he"', () => {
    expectMarkedAs(FEARED, {
      answer:
        'Malenkov and Khrushchev knew he had been responsible for the purges. They were scared that he might use the police to make himself the next Stalin.',
      level: 0,
      marks: [2, 2],
      met: ['controlled-secret-police', 'could-seize-power'],
      notMet: [],
      errors: [],
    });
  });
});
