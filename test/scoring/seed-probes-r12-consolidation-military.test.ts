/**
 * The consolidation and military rubrics on what students write while revising (round 12):
 * everyday names for the posts and events ("the top job in the party", "the party congress in
 * 1956", "yes-men", "out of the gulags"), misspelt names, the usual wrong posts and dates
 * (Khrushchev as Premier after Malenkov, "the boss of the KGB"), and whole answers marked as an
 * examiner would mark them.
 */
import type { Catalog, MarkResult } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog, expectEssay } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const CONSOLIDATION = 'khrushchev-consolidation-1953-1956';
const MIL = 'military-role-succession';

const marked = (rubricId: string, answer: string): MarkResult => mark(catalog.get(rubricId)!, answer);
const metIds = (rubricId: string, answer: string): string[] =>
  marked(rubricId, answer)
    .points.filter((p) => p.met)
    .map((p) => p.id);
const errorIds = (rubricId: string, answer: string): string[] =>
  marked(rubricId, answer).misconceptions.map((m) => m.id);

describe('the consolidation rubric in a student’s own words', () => {
  it.each([
    [
      'Krushchev got the top job in the party in September 1953 so he could decide who got promoted.',
      ['first-secretary', 'loyal-appointments'],
    ],
    [
      'He used the job of First Secretary to fill the Central Committee with yes-men.',
      ['first-secretary', 'loyal-appointments'],
    ],
    ['Krushchev and Malenkov ganged up on Beria and had him arrested.', ['removed-beria', 'alliances']],
    [
      'At the party congress in 1956 Khrushchev said Stalin had been a cruel tyrant, which hurt Molotov and Malenkov because they had worked for Stalin.',
      ['secret-speech'],
    ],
    [
      'Khrushchev let the others fight amongst themselves while he built up his own support.',
      ['played-factions'],
    ],
  ])('credits %j with %j', (answer, ids) => {
    expect(metIds(CONSOLIDATION, answer)).toEqual(ids);
  });

  it.each([
    "Khrushchev was seen as the man who would end Stalin's terror, so the party officials trusted him.",
    'Khrushchev let lots of people out of the gulags, so he looked like a nicer leader than Stalin.',
  ])('credits %j as his image as a reformer, explained', (answer) => {
    const result = marked(CONSOLIDATION, answer);
    expect(result.points.find((p) => p.id === 'reformer-image')).toMatchObject({
      met: true,
      explained: true,
    });
    expect(result.level?.level).toBe(2);
  });

  it.each([
    [
      'Malenkof was made to step down in 1955 after Khrushchev blamed him for the farming failures.',
      'undermined-malenkov',
    ],
    ['Khrushchev did not make the Secret Speech until 1956.', 'secret-speech'],
    ["Khrushchev didn't need to be Premier because he ran the party.", 'first-secretary'],
    ['Khrushchev made sure the people running the regions owed him their jobs.', 'loyal-appointments'],
  ])('still credits %j with %s', (answer, id) => {
    expect(metIds(CONSOLIDATION, answer)).toContain(id);
    expect(errorIds(CONSOLIDATION, answer)).toEqual([]);
  });
});

describe('the consolidation rubric and what only looks like a method', () => {
  it.each([
    ['Molotov and Malenkov ganged up on Khrushchev in 1957 but they lost.', 'alliances'],
    [
      'Millions were sent to the gulags under Stalin, and Khrushchev had helped him with the purges.',
      'reformer-image',
    ],
    ["Khrushchev wasn't a reformer at all, he was just as ruthless as Stalin.", 'reformer-image'],
    ['Khrushchev made a speech about farming in 1955.', 'secret-speech'],
    ['Khrushchev never appointed his friends, he won because people liked him.', 'loyal-appointments'],
  ])('does not credit %j with %s', (answer, id) => {
    expect(metIds(CONSOLIDATION, answer)).not.toContain(id);
  });
});

describe('the consolidation rubric and the wrong man in the wrong post', () => {
  it.each([
    'Khrushchev was made Premier after Malenkov resigned in 1955.',
    'Khrushchev replaced Malenkov as prime minister in 1955.',
  ])('flags %j and names Bulganin', (answer) => {
    const result = marked(CONSOLIDATION, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['khrushchev-premier-early']);
    expect(result.feedback.corrections.join(' ')).toContain('Bulganin');
  });

  it.each([
    'Khrushchev became Premier after Bulganin in 1958.',
    'Bulganin replaced Malenkov as Premier in 1955, and Khrushchev stayed as First Secretary.',
    'Beria was arrested in June 1953 and shot in December 1953.',
  ])('does not flag %j', (answer) => {
    expect(errorIds(CONSOLIDATION, answer)).toEqual([]);
  });

  it.each([
    [CONSOLIDATION, 'Malenkov was the boss of the NKVD.'],
    [MIL, 'Malenkov was the boss of the MVD.'],
  ])('%s flags %j: it was Beria', (rubricId, answer) => {
    expect(errorIds(rubricId, answer)).toEqual(['malenkov-secret-police']);
  });

  it('flags Beria shot in 1954 even after a right date for his arrest', () => {
    expect(errorIds(CONSOLIDATION, 'Beria was arrested in 1953 and shot in 1954.')).toEqual([
      'beria-wrong-year',
    ]);
  });
});

describe('the military rubric in a student’s own words', () => {
  it('credits Stalin keeping the army weak as Party control of the army, explained', () => {
    const answer = 'Stalin kept the army weak so that no general could challenge him.';
    const result = marked(MIL, answer);
    expect(result.points.find((p) => p.id === 'party-control-of-army')).toMatchObject({
      met: true,
      explained: true,
    });
  });

  it('credits Zhukov backing Khrushchev as the army’s support, explained, at level 2', () => {
    const result = marked(MIL, 'Zhukov backed Khrushchev, which meant nobody could touch him.');
    expect(result.points.filter((p) => p.met).map((p) => p.id)).toEqual(['military-support-vital']);
    expect(result.points.find((p) => p.id === 'military-support-vital')!.explained).toBe(true);
    expect(result.level?.level).toBe(2);
  });

  it('gives "The army backed Khrushchev" a simple statement’s mark', () => {
    const result = marked(MIL, 'The army backed Khrushchev.');
    expect(result.level?.level).toBe(1);
    expect(result.mark).toBe(1);
  });

  it.each([
    ['Soldiers grabbed Beria at a meeting in June 1953.', 'beria-arrest'],
    ['A group of generals took Beria into custody during a Presidium meeting.', 'beria-arrest'],
    ["Troops were placed around the Kremlin so Beria's guards couldn't do anything.", 'offset-secret-police'],
    ['Zhukov, who captured Berlin in 1945, was loved by ordinary soldiers.', 'zhukov-prestige'],
    ['The army never tried to rule the country itself.', 'stability-latent-power'],
  ])('still credits %j with %s', (answer, id) => {
    expect(metIds(MIL, answer)).toContain(id);
    expect(errorIds(MIL, answer)).toEqual([]);
  });

  it.each([
    ['Stalin kept the economy weak by spending everything on weapons.', 'party-control-of-army'],
    ['The army did not back Khrushchev at first.', 'military-support-vital'],
    ["The army was not involved in Beria's arrest.", 'beria-arrest'],
    ['Zhukov did not help Khrushchev in 1957.', 'protection-against-stalinists'],
  ])('does not credit %j with %s', (answer, id) => {
    expect(metIds(MIL, answer)).not.toContain(id);
  });

  it('flags Zhukov as "the boss of the KGB"', () => {
    expect(errorIds(MIL, 'Zhukov was the boss of the KGB.')).toEqual(['zhukov-secret-police']);
  });

  it.each([
    'Zhukov was not the boss of the secret police.',
    'Beria was the boss of the secret police, not Zhukov.',
    'Zhukov became Minister of Defence in 1955.',
  ])('does not flag %j', (answer) => {
    expect(errorIds(MIL, answer)).toEqual([]);
  });
});

describe('whole consolidation answers as an examiner marks them', () => {
  it('puts three explained methods with accurate detail at level 3', () => {
    expectEssay(catalog.get(CONSOLIDATION)!, {
      answer:
        'When Stalin died in 1953 Khrushchev was not the obvious winner, Malenkov was. The first thing Khrushchev did was deal with Beria, who was the most dangerous man because he ran the MVD. Khrushchev persuaded Malenkov and the others to turn against Beria and he was arrested at a meeting in June 1953 and shot later that year. This meant the man everyone was scared of was gone.\n\nIn September 1953 Khrushchev became First Secretary. This was important because it let him choose who got jobs in the party all over the country, so lots of local party bosses owed their jobs to him and supported him.\n\nKhrushchev also attacked Malenkov for wanting more consumer goods instead of heavy industry. Malenkov did not have much support in the party so in 1955 he had to resign as Premier.',
      level: 3,
      marks: [7, 9],
      met: ['removed-beria', 'first-secretary', 'loyal-appointments', 'undermined-malenkov'],
    });
  });

  it('puts a wide, explained answer with a judgement at level 4', () => {
    expectEssay(catalog.get(CONSOLIDATION)!, {
      answer:
        "Khrushchev consolidated his position in several ways, but the most important was his control of the Communist Party. First he worked with Malenkov and Molotov against Beria, who controlled the secret police, and with the help of Marshal Zhukov and the army Beria was arrested in 1953. This removed the most dangerous rival. As First Secretary from September 1953 Khrushchev could appoint his supporters to posts in the regions, so the Central Committee was full of men who owed him their careers. He then criticised Malenkov's policy of consumer goods, which weakened Malenkov, and because he had few friends in the Party he was forced to resign in 1955. Finally he made the Secret Speech in 1956, which damaged Molotov and the other Stalinists because they had been close to Stalin. Overall the Party was the key, because it gave him the votes he needed against every rival.",
      level: 4,
      marks: [11, 12],
      met: [
        'removed-beria',
        'first-secretary',
        'loyal-appointments',
        'alliances',
        'undermined-malenkov',
        'military-support',
        'secret-speech',
      ],
      next: null,
    });
  });

  it('puts everyday words for three explained methods at level 3', () => {
    expectEssay(catalog.get(CONSOLIDATION)!, {
      answer:
        'Khrushchev got the other leaders together to have the police chief Beria locked up, because they were all terrified of him and his files. That got rid of his most dangerous rival. Then as head of the party he handed out the best jobs to people he trusted, so by 1956 most of the Central Committee were on his side. He also let thousands of prisoners out of the camps, which made him look like a reformer who would be kinder than Stalin, so people who were sick of the terror backed him.',
      level: 3,
      marks: [7, 9],
      met: ['removed-beria', 'first-secretary', 'loyal-appointments', 'reformer-image'],
    });
  });

  it('keeps a misspelt answer with one explained point and a wrong post at level 2, corrected', () => {
    expectEssay(catalog.get(CONSOLIDATION)!, {
      answer:
        'Krushchev got rid of Berija because he was a threat to every one, he had the police and could of arrested them all. Then Malenkof lost power and Krushchev became Premier in 1955. Krushchev was good at making people like him.',
      level: 2,
      marks: [4, 5],
      met: ['removed-beria', 'undermined-malenkov'],
      errors: ['khrushchev-premier-early'],
    });
  });

  it('keeps a run of bare statements at level 1', () => {
    expectEssay(catalog.get(CONSOLIDATION)!, {
      answer:
        'Khrushchev did lots of things to consolidate his position. Beria was arrested. Khrushchev was First Secretary. Malenkov was Premier. There was the Secret Speech in 1956. Zhukov was a general.',
      level: 1,
      marks: [1, 3],
      met: ['removed-beria', 'first-secretary', 'secret-speech'],
    });
  });
});

describe('whole military answers as an examiner marks them', () => {
  it('gives an organised answer with a judgement the top level', () => {
    expectEssay(catalog.get(MIL)!, {
      answer:
        'Before 1953 Stalin kept the army under the control of the Party and even purged its officers, so it had never been a power base. After his death this changed, because Beria had his own MVD troops and the other leaders needed the army to match them. Zhukov was the most famous general of the war, so his support gave Khrushchev credibility. In June 1953 Zhukov and other officers arrested Beria at a Presidium meeting while troops surrounded the Kremlin, which meant the MVD could not rescue him. In 1957 Zhukov backed Khrushchev again against the Anti-Party Group by flying Central Committee members to Moscow. Overall the army was decisive at the key moments, but it never ruled itself, and Khrushchev sacked Zhukov later in 1957.',
      level: 3,
      marks: [7, 8],
      met: [
        'party-control-of-army',
        'military-support-vital',
        'zhukov-prestige',
        'beria-arrest',
        'offset-secret-police',
        'protection-against-stalinists',
      ],
    });
  });

  it('credits negations and a counterfactual that affirm the army’s role at level 3', () => {
    expectEssay(catalog.get(MIL)!, {
      answer:
        'The army never tried to take over the country itself, but it still decided who came out on top. Nobody could beat Beria without soldiers, because his secret police had thousands of armed men. So when the plotters moved against him in 1953 it was generals who grabbed him, and tanks were sent into Moscow, which meant the MVD could not fight back. Without the army Khrushchev would never have won, so I think the army was the most important factor even though it stayed in the background.',
      level: 3,
      marks: [7, 8],
      met: ['military-support-vital', 'beria-arrest', 'offset-secret-police', 'stability-latent-power'],
    });
  });

  it('keeps a misspelt answer with one explained point and a wrong year at level 2, corrected', () => {
    expectEssay(catalog.get(MIL)!, {
      answer:
        'The army was very important. Marshall Zukov was a war hero because he beat the Germans at Berlin, so everybody respected him. The army arrested Beria in 1954 at a meeting in the Kremlin.',
      level: 2,
      marks: [3, 4],
      met: ['zhukov-prestige', 'beria-arrest'],
      errors: ['beria-wrong-year'],
    });
  });

  it('keeps bare statements with the army taking power at level 1, corrected', () => {
    expectEssay(catalog.get(MIL)!, {
      answer: 'The army took power after Stalin died. Zhukov arrested Beria. Then Khrushchev was leader.',
      level: 1,
      marks: [1, 1],
      met: ['beria-arrest'],
      errors: ['zhukov-took-power'],
    });
  });
});
