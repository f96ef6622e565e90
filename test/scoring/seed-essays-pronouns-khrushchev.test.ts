/**
 * Whole answers on the three Khrushchev rubrics written as 15-16-year-olds write them: a person named
 * once and then "he", "his" and "him", sentences that name two people, answers that move between
 * Khrushchev, Malenkov, Beria, Zhukov and Stalin, and answers that open with "He" (read as the
 * question's subject). Each case is one examiner's judgement: the level, the marks that can be
 * defended, the points met and not met, and the corrections shown. The "not met" points are where a
 * pronoun that means one person must not earn credit about another.
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

describe('pronouns in whole answers on the consolidation rubric (12 marks)', () => {
  const RUBRIC = 'khrushchev-consolidation-1953-1956';

  it('gives an answer that opens with "He" and follows Beria and Malenkov by pronoun the top of level 4', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'He was clever because he did not try to grab all the power straight away. In September 1953 Khrushchev became First Secretary of the Party, so he could appoint his own supporters to jobs all over the USSR. This meant that lots of officials owed him their careers. The biggest danger was Beria. He ran the secret police and everyone was scared of him, so Khrushchev teamed up with Malenkov and Molotov and had him arrested in June 1953. He was shot in December. Zhukov helped with the arrest, and after that the army backed Khrushchev, which meant nobody could use force against him. Next was Malenkov. He was Premier but he wanted more consumer goods, so Khrushchev attacked his policies and said heavy industry mattered more. He had to resign in 1955 because he had hardly any support in the Party. Finally in 1956 he gave the Secret Speech attacking Stalin, which damaged the Stalinists. I think the Party was the most important reason because it gave him the people who voted for him.',
      level: 4,
      marks: [11, 12],
      met: [
        'first-secretary',
        'loyal-appointments',
        'removed-beria',
        'alliances',
        'military-support',
        'undermined-malenkov',
        'secret-speech',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('reads "he was arrested" as Beria after a sentence naming only him, in an answer that switches between Malenkov, Khrushchev and Beria', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'After Stalin died Malenkov looked like the new leader. He was Premier and he had been close to Stalin. Khrushchev was only First Secretary, but he used this job to put his friends into important positions in the Party, so by 1955 the Central Committee was full of people who owed him. Beria was the most feared man because he controlled the MVD. The others were scared he would take over, so he was arrested in 1953 and shot. Then Malenkov lost his job as Premier in 1955 because he had no friends in the Party. By 1956 Khrushchev was the strongest leader and nobody could really challenge him, although Molotov and Malenkov still tried later on. Khrushchev was good at waiting for the right moment.',
      level: 3,
      marks: [8, 9],
      met: ['removed-beria', 'first-secretary', 'loyal-appointments', 'undermined-malenkov'],
      notMet: [],
      errors: [],
    });
  });

  it('does not credit Khrushchev\'s reformer image for Malenkov\'s promises made as "he"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Khrushchev was not the favourite in 1953. When Stalin died everybody expected Malenkov to take over because he had given the main speech at the last Party Congress. Malenkov was Premier and he looked like the next Stalin. He wanted to be a reformer and he promised more consumer goods and less terror, so he was popular with ordinary people who were tired of queuing for food. Beria was also a big threat. He had been in charge of the camps and the spies for years and he knew everybody's secrets. He was arrested in June 1953 and shot, which meant Khrushchev had one less rival. Molotov was also still around and he was respected by the old Stalinists. Khrushchev just waited and watched while the others argued.",
      level: 2,
      marks: [4, 5],
      met: ['removed-beria'],
      notMet: ['reformer-image'],
      errors: [],
    });
  });

  it('keeps a list of events told through "he" at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died in March 1953. Nobody knew who would be the next leader. There were four main people, Malenkov, Beria, Molotov and Khrushchev. Beria was the head of the secret police. He was very powerful. He had lots of men with guns. He was arrested in June 1953 at a meeting. He was shot in December 1953. Malenkov was the Premier. He was in charge of the government. In 1955 he stopped being Premier. Khrushchev was First Secretary. In 1956 he made a speech about Stalin. In 1957 some people tried to get rid of him but it did not work. After that he was the leader until 1964. He lived in a flat in Moscow and had a dacha too.',
      level: 1,
      marks: [1, 2],
      met: ['removed-beria'],
      notMet: [],
      errors: [],
    });
  });

  it('credits the army\'s support when Zhukov is named once and then "He and some other officers arrested Beria"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev needed force on his side to beat Beria, who had the secret police and thousands of armed guards. Marshal Zhukov was a war hero who had captured Berlin in 1945. He and some other officers arrested Beria at a meeting in June 1953, so the secret police could not protect him. Beria was shot in December. Later Khrushchev kept Zhukov on his side, which meant the army would back him against his rivals. He also used his job as First Secretary to give jobs to his supporters, so the Party was loyal to him as well. Having the Party and the army together made him very hard to beat. Zhukov was popular with ordinary soldiers because of the war.',
      level: 3,
      marks: [8, 9],
      met: ['removed-beria', 'military-support', 'first-secretary', 'loyal-appointments'],
      notMet: [],
      errors: [],
    });
  });

  it('reads "He made himself look like a reformer" opening the answer as Khrushchev', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "He made himself look like a reformer who would end the terror. He let thousands of prisoners out of the gulags, so people thought he was kinder than Stalin. Lots of Party officials had been scared for years that they would be arrested in the night, so they liked this. As First Secretary he controlled the Party machine, which meant he could decide who got promoted. In February 1956 he made the Secret Speech at the 20th Party Congress and denounced Stalin's crimes. This weakened Molotov and Malenkov because they had worked with Stalin for years and signed the death lists. The speech was risky, but it made him look like the honest one. He also went round farms and factories talking to workers.",
      level: 3,
      marks: [7, 9],
      met: ['reformer-image', 'secret-speech', 'first-secretary'],
      notMet: [],
      errors: [],
    });
  });

  it('credits Malenkov\'s fall when he is named once and then "He lost the argument", and Zhukov\'s support as "He was a war hero"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Malenkov looked like the winner in 1953. He was Premier and he had been Stalin's favourite for years. He wanted more consumer goods and cheaper food for ordinary people, so Khrushchev attacked his policy and said that heavy industry and defence mattered more. Malenkov had hardly any friends in the Party. He lost the argument and had to resign as Premier in February 1955, which left Khrushchev much stronger. Bulganin took over as Premier, but he was weak and he usually did what Khrushchev wanted. Khrushchev also made sure that Marshal Zhukov was on his side. He was a war hero and the soldiers respected him, so with him behind Khrushchev nobody could use the army against him.",
      level: 3,
      marks: [7, 8],
      met: ['undermined-malenkov', 'military-support'],
      notMet: [],
      errors: [],
    });
  });
});

describe('pronouns in whole answers on the Party-first rubric (8 marks)', () => {
  const RUBRIC = 'khrushchev-party-first';

  it('credits Malenkov\'s weakness when "He had few friends in the Party" follows a sentence naming only him', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'He knew from watching Stalin that the Party was where the real power lay. Stalin had been General Secretary and he used that job to put his own men everywhere, so Khrushchev copied him. In September 1953 he became First Secretary. This meant he could appoint loyal supporters to the Central Committee, and they would vote for him when it mattered. The government ministries only carried out what the Party decided, so Malenkov being Premier was less important than it looked. He had few friends in the Party, which is why he was forced to resign in 1955. The most important reason was that the Party controlled appointments, because whoever decided who got the jobs had the most support. He became the clear leader of the USSR after 1957.',
      level: 3,
      marks: [7, 8],
      met: [
        'party-real-power',
        'stalin-precedent',
        'first-secretary-post',
        'appoint-loyalists',
        'sideline-malenkov',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('credits the First Secretary post to the "He" of an answer that sets Malenkov\'s government against Khrushchev\'s Party', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Malenkov became Premier when Stalin died, so most people thought he was in charge. He had been Stalin's right-hand man for years and he gave the speech at Stalin's funeral. But he had chosen the government and Khrushchev chose the Party. He became First Secretary and spent his time making friends with Party bosses in the regions, going round the country and visiting farms. The Party was more powerful than the government because it decided everything. The ministers had big offices in Moscow, but they just did what the Party told them. In the end he beat Malenkov, and in 1958 he became Premier as well. He stayed in power until 1964.",
      level: 3,
      marks: [6, 8],
      met: ['party-real-power', 'first-secretary-post', 'sideline-malenkov'],
      notMet: [],
      errors: [],
    });
  });

  it('keeps an answer that opens "He became First Secretary" and then only tells events at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'He became First Secretary in 1953. He was in charge of the Party. Malenkov was Premier and Beria was in charge of the police. Beria was arrested in June 1953 and shot later that year. Malenkov stopped being Premier in 1955 and Bulganin took over. Khrushchev gave the Secret Speech in 1956 at the 20th Party Congress. In 1957 Molotov, Malenkov and Kaganovich tried to get rid of him. This was called the Anti-Party Group. They failed and they were sent away to unimportant jobs. One of them was sent to run a power station. In 1958 Khrushchev became Premier too. He stayed in charge until 1964. He was then removed by Brezhnev.',
      level: 1,
      marks: [1, 2],
      met: ['first-secretary-post'],
      notMet: [],
      errors: [],
    });
  });

  it('credits Stalin\'s precedent when "He became General Secretary" follows "Stalin had shown the way"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Stalin had shown the way. He became General Secretary in 1922 and used the job to beat Trotsky, so Khrushchev knew the Party was the key to power. Trotsky was much cleverer and more famous, and he had led the Red Army, but he still lost. Stalin's example was very important because it showed that whoever ran the Party ran the country. Khrushchev had worked under Stalin for years, in Moscow and in Ukraine, so he had watched how it was done. He did not want to make the same mistake as the people who underestimated Stalin in the 1920s. He was a careful man and he was patient, and he waited for his chance before he made his move against the others.",
      level: 2,
      marks: [4, 5],
      met: ['stalin-precedent', 'party-real-power'],
      notMet: [],
      errors: [],
    });
  });

  it('credits Malenkov relying on the government when "He relied on the government ministries" follows "Malenkov was the Premier"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev was First Secretary of the Party. Malenkov was the Premier. He relied on the government ministries for his power, so when the Party turned against him he was forced out in 1955. The ministries were big and they ran the factories and the economy, but they could not protect him. Malenkov was also blamed for the food shortages and for being too soft on the West. After he went, Bulganin became Premier, but everyone knew that Khrushchev was the one who was really in charge. Malenkov was a clever man and a good speaker, but he was not a good politician. He did not visit the regions and he did not make friends with the local Party secretaries, so when it came to a vote he had nobody on his side.',
      level: 2,
      marks: [4, 5],
      met: ['sideline-malenkov', 'first-secretary-post'],
      notMet: [],
      errors: [],
    });
  });

  it('credits appointments and expelling critics written as "he" after Khrushchev is named once', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev became First Secretary in September 1953. He used the job to appoint his supporters as Party secretaries in the regions, so the Central Committee was packed with people who owed him their jobs. The Party had branches in every factory and collective farm, which meant he knew what was going on everywhere. He could also expel critics from the Party, so he could deal with opposition more easily than Malenkov could with the ministries. Above all, the Party gave him votes, and that is why it was his priority. Malenkov only had the ministries, and he could not do the same. In 1955 he had to resign as Premier.',
      level: 3,
      marks: [7, 8],
      met: ['first-secretary-post', 'appoint-loyalists', 'manage-dissent', 'party-everywhere'],
      notMet: [],
      errors: [],
    });
  });
});

describe('pronouns in whole answers on the origins and style rubric (8 marks)', () => {
  const RUBRIC = 'khrushchev-origins-style';

  it('gives an answer that opens "He was born in 1894 in a poor village" the top of level 3', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'He was born in 1894 in a poor village near the Ukrainian border and worked as a miner when he was young. This meant that he talked like ordinary workers and used crude jokes and peasant sayings, so people found him easy to relate to. Molotov and Malenkov were very different. They were educated and cold, and Beria was terrifying. Compared with them Khrushchev seemed like a harmless clown, so his rivals underestimated him. But as First Secretary he had spent years making friends with regional Party officials, which meant that in 1957 they backed him against the Anti-Party Group. I think his background mattered most because it made the others underestimate him. He stayed in power until 1964.',
      level: 3,
      marks: [7, 8],
      met: [
        'peasant-origins',
        'earthy-language',
        'man-of-the-people',
        'contrast-elite-rivals',
        'underestimated-and-won',
        'party-network',
      ],
      notMet: [],
      errors: [],
    });
  });

  it('credits the contrast with Beria when "everybody feared him" follows "Beria was the opposite"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev came from a peasant family, so he was not frightening to the other leaders or to ordinary officials. He had not been to university and he did not pretend to be clever. Beria was the opposite. He ran the secret police and everybody feared him, because he had files on all of them and he had sent thousands of people to the camps. This meant the others trusted Khrushchev more than Beria and were happy to work with him when they arrested Beria in 1953. After that Khrushchev was one of the most important leaders. Beria himself was shot in December 1953. He never had a chance to show what he would have done as leader.',
      level: 2,
      marks: [4, 5],
      met: ['peasant-origins', 'contrast-elite-rivals'],
      notMet: [],
      errors: [],
    });
  });

  it('credits the contrast with Molotov when "He was cold and aloof" follows "Molotov was different"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Khrushchev told jokes and swore a lot, so ordinary Party members felt he was like them. He did not act like a big boss and he would talk to anyone. Molotov was different. He was cold and aloof and had been Stalin's foreign minister for years. He had even signed the pact with Hitler in 1939. People respected him but they did not like him very much. Malenkov was clever but he was a bureaucrat who spent his time in offices in Moscow. He wore smart suits and he liked to give long speeches about theory. Khrushchev was nothing like that and he enjoyed being with ordinary people on farms and in factories.",
      level: 2,
      marks: [4, 5],
      met: ['earthy-language', 'contrast-elite-rivals'],
      notMet: [],
      errors: [],
    });
  });

  it('keeps a life story that opens with "He" and explains nothing at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "He was born in a village in 1894. His parents were peasants. He worked in the mines when he was a teenager. Later he joined the Communist Party in 1918 and fought in the Civil War. In the 1930s he worked in Moscow and he helped to build the Moscow metro. Then he was the boss of Ukraine. During the war he was a political officer at Stalingrad. After the war he went back to Moscow. When Stalin died in 1953 he was one of the top leaders. He was a tough man. He had survived Stalin's purges when lots of his friends were shot. He was also short and quite fat.",
      level: 1,
      marks: [1, 2],
      met: ['peasant-origins'],
      notMet: [],
      errors: [],
    });
  });

  it('does not give Stalin\'s "He used to make Khrushchev dance" to Khrushchev, and credits his being laughed at and underestimated', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin trusted Khrushchev because he seemed simple and loyal. He used to make Khrushchev dance at his dinners, and everybody laughed at him. This meant that people thought Khrushchev was a clown and not a threat. He came from a peasant family near the border of Ukraine and had worked as a metal fitter, so he never seemed like a clever politician. Molotov and Malenkov looked down on him. They thought they could control him, but he was cleverer than he looked. In 1957 the Central Committee backed him against the Anti-Party Group, so he won and they lost their jobs.',
      level: 2,
      marks: [4, 5],
      met: ['peasant-origins', 'underestimated-and-won'],
      notMet: [],
      errors: [],
    });
  });

  it('credits the reformer persona written as "he" after Khrushchev is named once', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Khrushchev grew up poor in a village. He had seen how hard life was for peasants, so he wanted to reform farming and make things better for them. This made him look like a real communist who cared about people, unlike Stalin. He started the Virgin Lands scheme in 1954 to grow more wheat in Kazakhstan, and he wanted people to have more to eat. Stalin had left the farms in a terrible state and the peasants were very poor. He also talked about getting rid of the worst parts of Stalin's rule. Later on he was famous for banging his shoe at the United Nations, but that was in 1960.",
      level: 2,
      marks: [4, 5],
      met: ['reformer-persona', 'peasant-origins'],
      notMet: [],
      errors: [],
    });
  });
});
