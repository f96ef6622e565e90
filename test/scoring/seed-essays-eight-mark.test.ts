/**
 * The five 8-mark levels-of-response rubrics on whole answers, written as students write them and
 * marked as an examiner would: the level, a mark within it that can be defended, the points met
 * and not met, the corrections shown and the gist of the next step.
 */
import type { Catalog, MarkResult } from '../../src/scoring';
import { bundledCatalog, expectEssay, type Essay } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

function expectMarkedAs(rubricId: string, essay: Essay): MarkResult {
  return expectEssay(catalog.get(rubricId)!, essay);
}

describe('the military rubric on whole answers', () => {
  const RUBRIC = 'military-role-succession';

  it('credits Stalin keeping the generals "on a short leash" when the next sentence names them only as "he"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin never let the army get too strong. He kept the generals on a short leash and had loads of them shot, so they could not turn against him. Once he was dead though, the army suddenly mattered a lot, because anyone who wanted to be in charge needed the soldiers on their side. Beria had his own police with guns, so the others were terrified of him. The generals helped the others grab Beria at a meeting and lock him up, which meant his police could not do anything to rescue him. Without the army Khrushchev probably would have lost. But I think the army never really ran the country itself. It helped decide who won and then went back to obeying the Party.',
      level: 3,
      marks: [6, 8],
      met: ['party-control-of-army', 'military-support-vital', 'beria-arrest'],
      notMet: [],
      errors: [],
    });
  });

  it('does not mistake "the Anti-Party Group and in 1958 he became Premier" for a wrong date', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Zhukov protected Khrushchev from the hardliners. The army helped him beat the Anti-Party Group and in 1958 he became Premier as well, so by then nobody could challenge him.',
      level: 2,
      marks: [3, 5],
      met: ['protection-against-stalinists'],
      notMet: [],
      errors: [],
      next: 'Level 3',
    });
  });

  it('keeps a story of events without a reason at level 1 and asks why each event mattered', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died in March 1953. After that there was a struggle between Beria, Malenkov, Molotov and Khrushchev. In June 1953 Beria was arrested at a meeting of the Presidium by Marshal Zhukov and some other officers. He was tried in secret and shot in December 1953. Then Malenkov resigned as Premier in 1955. In 1957 the Anti-Party Group tried to get rid of Khrushchev but Zhukov flew Central Committee members to Moscow in army planes. Khrushchev stayed in power. Later in 1957 Khrushchev sacked Zhukov.',
      level: 1,
      marks: [1, 2],
      met: ['beria-arrest'],
      notMet: [],
      errors: [],
      next: 'explain WHY',
    });
  });

  it("gives a full answer with a judgement on the army's indirect power the top of level 3", () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Under Stalin the army was kept under the control of the Party and he purged lots of officers in 1937, so the generals had no real power of their own. But when Stalin died in 1953 this changed, because whoever wanted to lead needed the army on their side. The main threat was Beria, who controlled the MVD and its armed troops. In June 1953 Marshal Zhukov and other officers arrested Beria at a Presidium meeting and army units were moved into Moscow, which meant Beria's secret police could not fight back. Zhukov was a war hero who had captured Berlin, so his support made Khrushchev look strong and respectable. The army helped Khrushchev again in 1957, when Zhukov flew Central Committee members to Moscow so they could defeat the Anti-Party Group. Overall the army was decisive at key moments, but its power was indirect: it never tried to rule itself, and Khrushchev sacked Zhukov in 1957, which shows the Party was still in charge.",
      level: 3,
      marks: [7, 8],
      met: [
        'party-control-of-army',
        'zhukov-prestige',
        'protection-against-stalinists',
        'stability-latent-power',
      ],
      notMet: [],
      errors: [],
    });
  });

  // With 1953 the answer earns 7; one wrong date costs a mark, not its explanation or its level.
  it("corrects Beria's arrest dated to 1955 and keeps the answer at the foot of level 3", () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Zhukov was the most famous general of the war, so when he backed Khrushchev lots of people trusted Khrushchev more. The army arrested Beria in 1955, which meant Khrushchev had got rid of his most dangerous rival.',
      level: 3,
      marks: [6, 6],
      met: ['zhukov-prestige', 'beria-arrest'],
      notMet: [],
      errors: ['beria-wrong-year'],
    });
  });
});

describe('the public-opinion rubric on whole answers', () => {
  const RUBRIC = 'public-opinion-beria';

  it('credits Khrushchev "using this" when "this" is the fear named in the sentence before', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'beria was really unpopular because he was in charge of the secret police and everyone was scared of him. khrushchev used this to get the other leaders to agree to get rid of him',
      level: 2,
      marks: [3, 5],
      met: ['beria-feared-blamed', 'rivals-exploited-mood'],
      notMet: [],
      errors: [],
      next: 'Level 3',
    });
  });

  it('credits the rivals getting rid of him "and looking like the good guys" as using the public mood', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Nobody could vote in the USSR, but what people felt still counted. Everyone was sick of being scared all the time and of people being taken away in the night, and they wanted it to stop. Beria was the man in charge of all that, so everyone hated him. The other leaders knew this, so they could get rid of him and look like the good guys for doing it. Because he was so hated, nobody cared when he was shot and nobody kicked off about it. I think what people thought was not the main reason, but it made it much easier for his rivals to get away with it.',
      level: 3,
      marks: [6, 8],
      met: [
        'no-formal-voice',
        'longing-for-relief',
        'rivals-exploited-mood',
        'no-sympathy',
        'judges-importance',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('corrects "Beria was popular because he ..." and gives nothing for an answer built on it', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Beria was popular because he let prisoners out of the Gulag after Stalin died. But the other leaders were jealous so they had him arrested and shot.',
      level: 0,
      marks: [0, 1],
      met: [],
      notMet: [],
      errors: ['beria-popular'],
    });
  });

  it('reaches level 3 when the rivals could "get rid of him and be seen as heroes" links his reputation to his fall', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'By 1953 people were worn out by years of arrests and informers, and they hoped things would get easier. Beria was the face of all that, as he had run the NKVD during the purges. This meant that his rivals could get rid of him and be seen as heroes for it. Because nobody liked him, there were no protests when he was shot, and Khrushchev got the credit for ending the fear.',
      level: 3,
      marks: [6, 8],
      met: ['beria-feared-blamed', 'rivals-exploited-mood', 'no-sympathy'],
      notMet: [],
      errors: [],
    });
  });

  it('gives nothing for an answer that only repeats the question', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Public opinion affected the fate of Beria after Stalin's death. Public opinion was important for Beria's fate. That is how public opinion affected what happened to Beria after Stalin died.",
      level: 0,
      marks: [0, 0],
      met: [],
      notMet: [],
      errors: [],
      next: 'Level 1',
    });
  });
});

describe('the cult-of-personality rubric on whole answers', () => {
  const RUBRIC = 'cult-of-personality-obstacle';

  it('reads "Molotov didn\'t want to criticise Stalin" as hesitation, not as the cult forbidding debate', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'it was hard for the new leaders because if they said stalin was wrong people would stop trusting the communist party. molotov didnt want to criticise stalin because he had been his loyal follower for years',
      level: 2,
      marks: [4, 5],
      met: ['legitimacy-risk', 'leaders-hesitated'],
      notMet: ['no-collective-rule'],
      errors: [],
      next: 'Level 3',
    });
  });

  it('credits "it made people question the Party" as the risk to legitimacy, not as a lack of debate', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev tried to deal with the cult in his Secret Speech in February 1956, where he said Stalin had killed loyal communists. This was very dangerous because it made people question the Party, and it led to protests in Georgia and the uprising in Hungary. Hardliners like Molotov had not wanted any of this, so in 1957 they tried to remove him. The biggest obstacle was that any attack on Stalin was also an attack on the system the leaders themselves ran.',
      level: 3,
      marks: [6, 8],
      met: ['legitimacy-risk', 'leaders-hesitated', 'secret-speech'],
      notMet: ['no-collective-rule'],
      errors: [],
    });
  });

  it('credits "nobody dared to say anything against him" and "scared to say anything bad about him"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Under Stalin nobody dared to say anything against him. So after he died the leaders were scared to say anything bad about him, because they had all helped him and they would look guilty too.',
      level: 2,
      marks: [3, 5],
      met: ['no-collective-rule', 'legitimacy-risk'],
      notMet: [],
      errors: [],
    });
  });

  it('keeps a description of the cult without a reason at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin had a cult of personality. There were statues and pictures of him everywhere and he was called the Father of Nations.',
      level: 1,
      marks: [1, 2],
      met: ['propaganda-image'],
      notMet: [],
      errors: [],
      next: 'explain WHY',
    });
  });

  it('corrects the Secret Speech dated to 1953 without taking the level away', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'If the new leaders criticised Stalin it would make the Communist Party look bad, because the Party had said he was a genius for years. Khrushchev did criticise him in the Secret Speech in 1953.',
      level: 2,
      marks: [3, 5],
      met: ['legitimacy-risk', 'secret-speech'],
      notMet: [],
      errors: ['secret-speech-wrong-year'],
    });
  });
});

describe('the Party-first rubric on whole answers', () => {
  const RUBRIC = 'khrushchev-party-first';

  it('does not correct a narrative that dates the Anti-Party Group to 1957 and the premiership to 1958', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died in March 1953 and Malenkov became Premier. Beria was arrested in June 1953. In September 1953 Khrushchev became First Secretary of the Party. In 1954 he started the Virgin Lands scheme. In 1955 Malenkov resigned as Premier and Bulganin took over. In 1956 Khrushchev gave the Secret Speech. In 1957 he defeated the Anti-Party Group and in 1958 he became Premier as well.',
      level: 1,
      marks: [1, 2],
      met: ['first-secretary-post'],
      notMet: [],
      errors: [],
      next: 'explain WHY',
    });
  });

  it('credits jobs for people who "stuck by him" and Malenkov having "hardly any friends in the Party"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "In the USSR the people who really called the shots were in the Party, not the government. Khrushchev was the boss of the Party, so he got to decide who got the good jobs all over the country, and the people he gave jobs to stuck by him when it came to a vote. The Party also had people in every factory and farm, so he had eyes everywhere. Malenkov ran the government, but that didn't count for as much, because he had hardly any friends in the Party. That is why Khrushchev was able to push him aside, and I think this was the main reason he focused on the Party.",
      level: 3,
      marks: [6, 8],
      met: ['party-real-power', 'appoint-loyalists', 'party-everywhere', 'sideline-malenkov'],
      notMet: [],
      errors: [],
    });
  });

  it('corrects the First Secretary post dated to 1955', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev became First Secretary in 1955. This meant he could choose who got jobs in the Party, so he put his own supporters in.',
      level: 2,
      marks: [3, 4],
      met: ['first-secretary-post', 'appoint-loyalists'],
      notMet: [],
      errors: ['first-secretary-late'],
    });
  });

  it('keeps a list of dates and posts without a reason at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'The Communist Party of the Soviet Union had about 7 million members in 1953. It was run by the Presidium and the Central Committee. Stalin was General Secretary from 1922. Khrushchev had been First Secretary in Ukraine and in Moscow. He became First Secretary of the whole Party in September 1953. Malenkov was Chairman of the Council of Ministers. Bulganin became Premier in 1955. In 1957 the Central Committee voted for Khrushchev against the Anti-Party Group. In 1958 Khrushchev became Premier too.',
      level: 1,
      marks: [1, 2],
      met: ['first-secretary-post', 'stalin-precedent'],
      notMet: [],
      errors: [],
      next: 'explain WHY',
    });
  });
});

describe('the origins-and-style rubric on whole answers', () => {
  const RUBRIC = 'khrushchev-origins-style';

  it("keeps one chain from peasant childhood to plain talk to workers' trust at level 2", () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev grew up as the son of peasants and worked in the mines in Ukraine. Because of this he talked in a rough, simple way and told crude jokes, which made ordinary workers feel he was one of them.',
      level: 2,
      marks: [4, 5],
      met: ['peasant-origins', 'earthy-language'],
      notMet: [],
      errors: [],
      next: 'Level 3',
    });
  });

  it('gives nothing for a rich, university-educated Khrushchev and corrects it', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev came from a rich family and went to university, so he was clever and good at politics.',
      level: 0,
      marks: [0, 0],
      met: [],
      notMet: [],
      errors: ['khrushchev-aristocrat'],
    });
  });

  it('gives a full answer with the 1957 pay-off the top of level 3', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev was the son of peasants from a village near Ukraine and worked as a miner, so he knew how ordinary people lived. This meant he presented himself as a practical man of the people rather than a distant boss. He spoke in plain language and used earthy jokes, which made regional Party officials and workers trust him. Because he had spent years as a Party boss in Ukraine, he built a network of mid-level officials who felt ignored by posh, stiff leaders like Molotov or by the frightening Beria. His ordinary image also let him look like a real reformer, unlike the secretive Stalinist elite. His rivals thought he was a clown and underestimated him, but this was his biggest advantage, because in 1957 the Central Committee members he had won over voted for him against the Anti-Party Group. Overall his background shaped his style and that style won him the support he needed.',
      level: 3,
      marks: [7, 8],
      met: ['peasant-origins', 'earthy-language', 'party-network', 'underestimated-and-won'],
      notMet: [],
      errors: [],
    });
  });

  it('keeps his life story without its effect on his style at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev was born in 1894 in Kalinovka, a village near the border with Ukraine. His father was a poor peasant and a miner. He went to school for only a few years and then worked in factories and mines. He joined the Communist Party in 1918 and fought in the Civil War. In the 1930s he became Party boss in Moscow and then First Secretary in Ukraine. After Stalin died in 1953 he became First Secretary of the Party and in 1956 he gave the Secret Speech.',
      level: 1,
      marks: [1, 2],
      met: ['peasant-origins'],
      notMet: [],
      errors: [],
      next: 'explain WHY',
    });
  });
});
