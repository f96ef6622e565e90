/**
 * The two 12-mark questions on the power struggle after Stalin and on how Khrushchev consolidated
 * his position, marked on whole answers written as students write them: the level and a mark an
 * examiner could defend, the points credited and refused, the corrections, and the gist of the
 * next step a student is shown.
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

/** What the feedback tells a student they contradicted. */
function contradicted(result: MarkResult): string[] {
  return result.points.filter((p) => (p.withheld ?? []).length > 0).map((p) => p.id);
}

describe('the power-struggle question on whole answers', () => {
  const RUBRIC = 'ussr-power-struggle-1953';

  it('keeps a few loose facts at level 1 and asks for a reason explained', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died in 1953. Beria was the head of the secret police. Malenkov became Premier and Khrushchev was in charge of the party. There was a big power struggle between them.',
      level: 1,
      marks: [1, 2],
      met: ['beria-secret-police', 'power-bases'],
      next: 'explain WHY',
    });
  });

  it('keeps a one-sentence "Because" fragment listing the rivals at level 1, commas or not', () => {
    for (const answer of [
      'Because Beria, Malenkov and Khrushchev all wanted to be the leader.',
      'Because Beria and Khrushchev all wanted to be the leader.',
    ]) {
      expectMarkedAs(RUBRIC, {
        answer,
        level: 1,
        marks: [1, 1],
        met: ['rival-contenders'],
        next: 'explain WHY',
      });
    }
  });

  it('credits Beria\'s police when he is named first and the next sentence says "He was in charge of the secret police"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'There was a power struggle after Stalin died because he never named anyone to take over from him. This meant nobody knew who the next leader would be, so it was left open and there was a fight over it. Another reason is Beria. He was in charge of the secret police and lots of people were scared of him.',
      level: 2,
      marks: [4, 5],
      met: ['no-successor', 'beria-secret-police'],
      next: 'Level 3',
    });
  });

  it('credits the others being "frightened" of Beria, named a sentence before the NKVD', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died in 1953 and there was no obvious leader to take over, so the top men started to fight for power. Beria was the scariest one. He was in charge of the NKVD and the others were frightened of what he would do with it.',
      level: 2,
      marks: [4, 5],
      met: ['no-successor', 'beria-secret-police'],
      next: 'own',
    });
  });

  it('keeps a story of events with no reasons at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died in March 1953. After he died Malenkov became Premier and Khrushchev became First Secretary of the Communist Party. Beria was the head of the MVD. In June 1953 Beria was arrested at a meeting of the Presidium with help from Marshal Zhukov and he was shot in December 1953. Then in 1955 Malenkov resigned as Premier and Bulganin took his job. In 1956 Khrushchev gave the Secret Speech at the 20th Party Congress where he attacked Stalin. In 1957 Molotov, Malenkov and Kaganovich tried to get rid of Khrushchev but they failed and were called the Anti-Party Group. By 1958 Khrushchev was the leader of the USSR.',
      level: 1,
      marks: [1, 3],
      met: ['power-bases', 'beria-secret-police'],
      next: 'explain WHY',
    });
  });

  it('puts three explained reasons with own knowledge of the posts at level 3, crediting all four points', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'One reason there was a power struggle was that Stalin left no clear successor. He never named an heir so when he died in 1953 nobody knew who should take over, and several leaders like Malenkov, Beria and Khrushchev thought they could win.\n\nAnother reason was Beria. He controlled the secret police and had files on the other leaders, which meant they were scared he would seize power like Stalin had done.\n\nAlso power was shared out in a collective leadership. Malenkov was Premier and Khrushchev was First Secretary of the Party, so each of them had their own power base and neither could just take over.',
      level: 3,
      marks: [7, 9],
      met: ['no-successor', 'beria-secret-police', 'power-bases', 'rival-contenders'],
      next: 'Level 4',
    });
  });

  it('gives level 4 to linked reasons with a judgement and does not say the student denied the rivalry', () => {
    const result = expectMarkedAs(RUBRIC, {
      answer:
        "The main reason for the power struggle was that Stalin left no clear successor. He had never picked an heir and there was no system for choosing a new leader, so when he died in March 1953 there was a power vacuum. This meant that Beria, Malenkov, Molotov and Khrushchev all thought they had a chance of winning.\n\nStalin's cult of personality made this worse. He had been shown as an infallible genius and he had purged anyone who might be a rival in the 1930s, so nobody had the authority to step straight into his place.\n\nAt first there was a collective leadership. Malenkov was Premier and Khrushchev was First Secretary, so they each had a different power base. Beria was the most feared because he ran the MVD and had files on everyone, which meant the others worried he would use the secret police to make himself a dictator. As a result they joined together and had him arrested in June 1953.\n\nThe leaders also disagreed about policy. Malenkov wanted more consumer goods while Molotov was a hardline Stalinist, so the struggle was about the future of the USSR too. Because the leader had total control over the whole country, nobody wanted to compromise.\n\nOverall the lack of a successor mattered most, because it is what turned the fear of Beria and the different policies into an open fight.",
      level: 4,
      marks: [11, 12],
      met: [
        'no-successor',
        'beria-secret-police',
        'rival-contenders',
        'power-bases',
        'cult-and-purges',
        'high-stakes',
        'policy-disagreements',
      ],
    });
    expect(contradicted(result)).toEqual([]);
  });

  it('reaches level 4 in everyday words ("had a shot at it", "had dirt on all of them", "nobody was going to back down")', () => {
    const result = expectMarkedAs(RUBRIC, {
      answer:
        'Stalin never said who he wanted to be the next boss, so when he died nobody knew who was in charge and loads of the top men thought they had a shot at it. Because Stalin had done everything himself for years, the others had never been trained to run the country, and he had had anyone good killed in case they turned on him, so there was no obvious person to take over.\n\nBeria scared everyone because he ran the secret police and had dirt on all of them, so they thought he might just grab power and start the killings again. That is why they teamed up and got rid of him.\n\nPower was split between a few men, with Malenkov running the government and Khrushchev running the Party, so they were all watching each other. Whoever won would control the whole country, so nobody was going to back down. They also had different ideas about what to do next, like Malenkov wanting more stuff in the shops.\n\nI think the biggest reason was that nobody knew who was next, because without that none of the other things would have mattered as much.',
      level: 4,
      marks: [10, 12],
      met: [
        'no-successor',
        'beria-secret-police',
        'rival-contenders',
        'power-bases',
        'cult-and-purges',
        'high-stakes',
        'policy-disagreements',
      ],
    });
    expect(contradicted(result)).toEqual([]);
    expect(result.feedback.missing.join(' ')).not.toContain('opposite');
  });

  it("lowers a level 3 answer that puts Stalin's death in 1952 and corrects the date", () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'When Stalin died in 1952 there was a power struggle because he had not chosen a successor, so no one knew who was meant to be in charge next. Beria was the head of the secret police and had information on all the other leaders, which made them afraid he would take over and carry on the terror. The leaders also disagreed about the economy. Malenkov wanted to make more consumer goods for ordinary people but Khrushchev wanted heavy industry, so they argued about which way the country should go.',
      level: 3,
      marks: [7, 7],
      met: ['no-successor', 'beria-secret-police', 'policy-disagreements'],
      errors: ['stalin-death-wrong-year'],
      next: 'Level 4',
    });
  });

  it('keeps a long list of accurate facts with no explanation at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died on the 5th of March 1953. He had ruled the USSR since the 1920s. He had a huge cult of personality with statues and portraits everywhere and he was called the Father of Nations. In the 1930s there were the purges and millions of people were sent to the gulag. The main leaders after Stalin were Beria, Malenkov, Molotov and Khrushchev. Beria was head of the MVD, the secret police. He had files on all the leaders. Malenkov became Premier, which is Chairman of the Council of Ministers. Khrushchev became First Secretary of the Communist Party in September 1953. Molotov was the Foreign Minister and had been for a long time. Malenkov wanted more consumer goods like clothes and radios. Khrushchev had been First Secretary in Ukraine before and came from a peasant family. Beria released some prisoners from the gulag in 1953. Beria was arrested in June 1953 at a Presidium meeting. Marshal Zhukov was there with soldiers. Beria was shot in December 1953. Malenkov resigned in 1955. Bulganin became Premier. The Secret Speech was in February 1956. The Anti-Party Group tried to remove Khrushchev in 1957. Khrushchev became Premier as well in 1958.',
      level: 1,
      marks: [2, 3],
      met: ['beria-secret-police', 'power-bases', 'cult-and-purges', 'policy-disagreements'],
      next: 'explain WHY',
    });
  });

  it('marks a misspelt answer on what it knows, at level 3', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin did not leave a sucessor so when he died there was a power vaccum at the top. Because of this Krushchev, Malenkof and Berria all thought they could become the leader. Berria was the most dangerus because he controlled the NKVD and had files on evryone, so the others were scared of him. Malenkof was made Premier and Krushchev was in charge of the party which meant power was split and they had to compete.',
      level: 3,
      marks: [7, 9],
      met: ['no-successor', 'beria-secret-police', 'power-bases', 'rival-contenders'],
      next: 'Level 4',
    });
  });

  it('gives three explained reasons and a judgement the upper half of level 3, Beria named a sentence before his police', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'The most important reason for the power struggle was that Stalin left no clear successor, because it meant there were no rules about who would take over in 1953. Beria was a big part of it too. He controlled the secret police, so the others feared he would use it to become a new dictator. The USSR was a dictatorship where the leader held unlimited power, so the winner would get everything and nobody wanted to share.',
      level: 3,
      marks: [8, 9],
      met: ['no-successor', 'beria-secret-police', 'high-stakes'],
      next: 'another relevant point',
    });
  });

  it('corrects Molotov as head of the secret police and credits nothing for it', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'There was a power struggle because Stalin left no clear successor, so the top leaders all fought to take his place. Molotov was the head of the secret police and everyone was frightened of him.',
      level: 2,
      marks: [4, 4],
      met: ['no-successor'],
      notMet: ['beria-secret-police'],
      errors: ['secret-police-wrong-leader'],
      next: 'Level 3',
    });
  });
});

describe('the consolidation question on whole answers', () => {
  const RUBRIC = 'khrushchev-consolidation-1953-1956';

  it('keeps three bare facts at level 1', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev was First Secretary of the Communist Party. Beria was arrested in 1953 and shot. Zhukov was a famous general from the war.',
      level: 1,
      marks: [1, 2],
      met: ['first-secretary', 'removed-beria'],
      next: 'explain WHY',
    });
  });

  it('keeps a story of events at level 1 and does not read "there was a collective leadership" as his alliances', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Stalin died in March 1953. At first there was a collective leadership with Malenkov as Premier. In June 1953 Beria was arrested at a Presidium meeting. Marshal Zhukov and some soldiers were there. Beria was put on trial in secret and shot in December 1953. In September 1953 Khrushchev became First Secretary of the Communist Party. In 1955 Malenkov resigned as Premier and Bulganin became Premier instead. In February 1956 Khrushchev made the Secret Speech at the 20th Party Congress. In it he attacked Stalin and the cult of personality. In 1957 the Anti-Party Group tried to get rid of Khrushchev but he survived.',
      level: 1,
      marks: [1, 3],
      met: ['removed-beria', 'first-secretary', 'undermined-malenkov', 'secret-speech', 'military-support'],
      notMet: ['alliances'],
      next: 'explain WHY',
    });
  });

  it('keeps a long list of facts with no explanation at level 1, without counting the collective leadership as his doing', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Khrushchev was born in 1894 in a village near the border of Russia and Ukraine. His family were peasants and he worked as a metal fitter. He joined the Communist Party in 1918. He was First Secretary in Ukraine. Stalin died on 5 March 1953. Malenkov was Premier. Beria was head of the MVD and Molotov was Foreign Minister. There was a collective leadership. In June 1953 Beria was arrested. Zhukov and the army helped. Beria was shot in December 1953. Khrushchev became First Secretary of the CPSU in September 1953. Khrushchev was in favour of heavy industry. Malenkov wanted consumer goods. The Virgin Lands scheme started in 1954. In 1955 Malenkov resigned and Bulganin became Premier. Khrushchev and Bulganin visited Yugoslavia in 1955. The 20th Party Congress was in February 1956. Khrushchev made the Secret Speech. It was about Stalin's crimes and the purges. There was a rising in Hungary in 1956. The Anti-Party Group was in 1957. Khrushchev became Premier in 1958.",
      level: 1,
      marks: [2, 3],
      met: ['removed-beria', 'first-secretary', 'undermined-malenkov', 'military-support', 'secret-speech'],
      notMet: ['alliances'],
      next: 'explain WHY',
    });
  });

  it('does not count Zhukov sacked in 1957 as the army backing Khrushchev, so two stimulus points stay at level 2', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev got rid of Beria in 1953 because Beria controlled the secret police and could have taken over. He was also First Secretary, so he controlled the Party. He was a clever politician and later, in 1957, he even sacked Zhukov because he thought Zhukov was becoming too powerful.',
      level: 2,
      marks: [5, 6],
      met: ['removed-beria', 'first-secretary'],
      notMet: ['military-support'],
      next: 'own',
    });
  });

  it('keeps two stimulus methods written late at night at level 2 and asks for knowledge of his own', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'khrushchev got rid of beria in 1953 so the most dangerous leader was gone. he was first secretary of the party so he had loads of control over it and people had to do what he said',
      level: 2,
      marks: [5, 6],
      met: ['removed-beria', 'first-secretary'],
      next: 'own',
    });
  });

  it('does not read the Secret Speech "gave him support" as giving jobs to supporters', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Khrushchev was First Secretary, so he controlled the Party machine and could run things his way. In February 1956 he gave the Secret Speech at the 20th Party Congress attacking Stalin's crimes, and this gave him support from people who wanted change, so Stalinists like Molotov were left looking out of date.",
      level: 3,
      marks: [7, 7],
      met: ['first-secretary', 'secret-speech'],
      notMet: ['loyal-appointments'],
      next: 'Level 4',
    });
  });

  it('puts three explained methods with dates at level 3', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Firstly Khrushchev got rid of Beria. Beria controlled the secret police so he was the biggest threat, and by helping to arrest him in June 1953 Khrushchev removed his most dangerous rival.\n\nSecondly Khrushchev became First Secretary of the Party in September 1953. This meant he could appoint his own supporters to important jobs in the Party, so more and more officials were loyal to him.\n\nThirdly he undermined Malenkov. He criticised Malenkov's plans for more consumer goods and said heavy industry was more important, which forced Malenkov to resign as Premier in 1955.",
      level: 3,
      marks: [8, 9],
      met: ['removed-beria', 'first-secretary', 'loyal-appointments', 'undermined-malenkov'],
      next: 'another relevant point',
    });
  });

  it('credits methods in everyday words ("choose who got jobs", "different from Stalin", "got the other leaders to fight each other") at level 3', () => {
    const result = expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev was clever about how he got to the top. As head of the party he could choose who got jobs, so lots of officials were on his side and backed him. He also made people think he was different from Stalin and would stop the terror, so Party members trusted him more than the old Stalinists. And he got the other leaders to fight each other, so they never teamed up against him.',
      level: 3,
      marks: [7, 8],
      met: ['first-secretary', 'loyal-appointments', 'reformer-image', 'played-factions'],
      next: 'Level 4',
    });
    // The rivals never combining against him is not Khrushchev failing to make allies.
    expect(contradicted(result)).toEqual([]);
  });

  it('lowers a level 3 answer that makes him First Secretary in 1955 and corrects the year', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Khrushchev became First Secretary in 1955, which meant he was in charge of the Communist Party and could put his supporters into important jobs. He also helped to arrest Beria in 1953, so his most dangerous rival was gone. Then he turned on Malenkov and criticised his consumer goods policy, so Malenkov had to resign as Premier.',
      level: 3,
      marks: [7, 8],
      met: ['removed-beria', 'first-secretary', 'loyal-appointments', 'undermined-malenkov'],
      errors: ['first-secretary-wrong-year'],
      next: 'Level 4',
    });
  });

  it('marks a misspelt answer at level 3 and names the words to spell', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        'Krushchev got rid of Berria in 1953 because Berria was head of the secrit police and was a threat to him. He got Marshall Zukov and the army to help arrest him so Berria couldnt fight back. Krushchev was First Secetary of the party which meant he could give jobs to his suporters. He also forced Malenkof to resign in 1955 so he was not a rival anymore.',
      level: 3,
      marks: [7, 9],
      met: ['removed-beria', 'first-secretary', 'military-support', 'undermined-malenkov'],
      next: 'spell',
    });
  });

  it('gives level 4 to linked methods with a judgement, crediting "this made him look like a reformer"', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "Khrushchev consolidated his position step by step. First he dealt with Beria, who was the most feared man in the leadership because he controlled the MVD. Khrushchev formed an alliance with Malenkov and Molotov and got the support of Marshal Zhukov and the army, so Beria could not use the secret police to fight back when he was arrested in June 1953.\n\nThe most important method was his job as First Secretary of the Communist Party. This allowed him to appoint loyal supporters to key posts across the USSR, which meant the Central Committee was full of people who owed him their careers. This link between the Party job and his supporters is what made all his other moves work.\n\nHe then used this Party support to undermine Malenkov. He attacked Malenkov's focus on consumer goods as a betrayal of heavy industry, and as a result Malenkov was forced to resign as Premier in 1955.\n\nFinally, in 1956 he gave the Secret Speech at the 20th Party Congress, attacking Stalin's crimes. This made him look like a reformer and weakened hardliners like Molotov who had been close to Stalin.\n\nOverall his position as First Secretary mattered most, because without the Party machine he could not have beaten Malenkov or survived later.",
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
        'reformer-image',
      ],
    });
  });

  it('reaches level 4 in everyday words ("teamed up", "gave jobs to his mates", "made Malenkov look bad")', () => {
    expectMarkedAs(RUBRIC, {
      answer:
        "First Khrushchev teamed up with the other leaders to get rid of Beria, because everyone was scared of him and his secret police. The generals were on Khrushchev's side, so Beria couldn't fight back and he was locked up and then shot.\n\nThe biggest thing was that Khrushchev ran the Party. This meant he could give jobs to his mates all over the country, so loads of people owed him and would back him in any vote.\n\nHe also made Malenkov look bad by slagging off his plans for more stuff in the shops, so Malenkov had to quit as prime minister in 1955.\n\nOn top of that he let prisoners out of the camps, so people saw him as kinder than Stalin and wanted him to stay.\n\nOverall running the Party mattered most because it gave him the people he needed to beat everyone else.",
      level: 4,
      marks: [10, 12],
      met: [
        'removed-beria',
        'first-secretary',
        'loyal-appointments',
        'alliances',
        'undermined-malenkov',
        'military-support',
        'reformer-image',
      ],
    });
  });
});
