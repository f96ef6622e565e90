/**
 * The power-struggle, Khrushchev's-origins and short Beria questions on answers students write
 * while revising: everyday words, misspellings, negations, wrong years and people, keyword lists
 * and copied questions. A "he" is read as the person the sentence before names, so a point about
 * Beria needs Beria, not any "he" near the secret police; correct facts are not corrected.
 * Whole answers are marked as an examiner would mark them.
 */
import type { Catalog, MarkResult } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog, expectEssay, type Essay } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const POWER = 'ussr-power-struggle-1953';
const ORIGINS = 'khrushchev-origins-style';
const BERIA = 'beria-feared-short';

function result(rubricId: string, answer: string): MarkResult {
  return mark(catalog.get(rubricId)!, answer);
}

function met(rubricId: string, answer: string): string[] {
  return result(rubricId, answer)
    .points.filter((p) => p.met)
    .map((p) => p.id)
    .sort();
}

function errors(rubricId: string, answer: string): string[] {
  return result(rubricId, answer)
    .misconceptions.map((m) => m.id)
    .sort();
}

function expectMarkedAs(rubricId: string, essay: Essay): MarkResult {
  return expectEssay(catalog.get(rubricId)!, essay);
}

describe('the power-struggle question in a student’s own words', () => {
  it.each([
    ['Stalin never said who should take over after him.', ['no-successor']],
    ['Stalin didn’t pick anyone to replace him.', ['no-successor']],
    ['Nobody knew who was going to be in charge after Stalin.', ['no-successor']],
    ['No one could take Stalin’s place.', ['no-successor']],
    ["It wasn't clear who would be the next leader.", ['no-successor']],
    ['It was not clear who would lead the USSR.', ['no-successor']],
    ["Stalin's sucessor was not clear.", ['no-successor']],
    ['Beria was head of the NKVD so the others were scared of him.', ['beria-secret-police']],
    ['Berias secret police made everyone scared.', ['beria-secret-police']],
    ['Beria was not trusted by the other leaders.', ['beria-secret-police']],
    [
      "Berea had control of the secret police so the others were scared he'd take over.",
      ['beria-secret-police'],
    ],
    ['Khrushchev was in charge of the party and Malenkov ran the government.', ['power-bases']],
    ['At first power was shared out between a few leaders like a team.', ['power-bases']],
    ['Power was shared between Malenkov, Beria and Khrushchev at first.', ['power-bases']],
    ['Molotov and Malenkov both thought they could win.', ['rival-contenders']],
    ['Malenkov and Khrushchev were rivals and both wanted to be leader.', ['rival-contenders']],
    ["They couldn't agree about how to run the country.", ['policy-disagreements']],
    ['They did not agree on policies.', ['policy-disagreements']],
    ['The leaders could not agree on what to do about the economy.', ['policy-disagreements']],
    ['On the economy they could not agree.', ['policy-disagreements']],
    [
      'Malenkov wanted more things in the shops for ordinary people but Khrushchev wanted more heavy industry.',
      ['policy-disagreements'],
    ],
    ['Stalin had got rid of all the good leaders in the purges.', ['cult-and-purges']],
    [
      'People worshipped Stalin like a god, so no one could replace him.',
      ['cult-and-purges', 'no-successor'],
    ],
    ['The leader of the USSR had total control, so whoever won would have huge power.', ['high-stakes']],
    ['None of them were willing to share power.', ['high-stakes']],
  ])('credits %j with %j', (answer, points) => {
    expect(met(POWER, answer)).toEqual(points);
  });

  it('credits the reason a student adds to a copied question, explained', () => {
    const answer =
      "There was a power struggle in the USSR after Stalin's death in 1953 because Stalin left no clear successor.";
    const point = result(POWER, answer).points.find((p) => p.id === 'no-successor')!;
    expect(point.met).toBe(true);
    expect(point.explained).toBe(true);
  });
});

describe('the power-struggle question and what only looks like a point', () => {
  it('does not credit leaders who agreed as a disagreement over policy', () => {
    expect(met(POWER, 'The leaders agreed on most policies.')).toEqual([]);
  });

  it('withholds Beria’s police from an answer that denies it', () => {
    const point = result(POWER, 'Beria was not in charge of the secret police.').points.find(
      (p) => p.id === 'beria-secret-police',
    )!;
    expect(point.met).toBe(false);
    expect(point.withheld).not.toEqual([]);
  });
});

describe('the power-struggle question and a “he” that is not Beria', () => {
  it.each([
    'Beria was the scariest of them. He had files on everyone.',
    'Beria was feared. Everyone knew he was in charge of the MVD.',
    'Beria had the MVD behind him. He could arrest any of them.',
    'Beria was hated by Malenkov. He had the files on everyone.',
  ])('reads the “he” of %j as Beria and credits his police', (answer) => {
    expect(met(POWER, answer)).toEqual(['beria-secret-police']);
  });

  it('does not give Beria the police a later sentence gives Malenkov', () => {
    expect(
      met(POWER, 'Beria was arrested. Then Malenkov was in charge and he controlled the police.'),
    ).not.toContain('beria-secret-police');
  });

  it('credits nothing about Beria for Malenkov running the NKVD, and corrects it', () => {
    const answer = 'Malenkov ran the NKVD, so people hated him.';
    expect(met(POWER, answer)).toEqual([]);
    expect(errors(POWER, answer)).toEqual(['malenkov-secret-police']);
  });
});

describe('the power-struggle question and dates', () => {
  it.each([
    ['Stalin died in 1952 and there was no clear leader.', 'stalin-death-wrong-year'],
    ['Beria was arrested in 1956.', 'beria-wrong-year'],
    ['Khrushchev took over straight away when Stalin died.', 'khrushchev-leader-1953'],
    ['Khrushchev became Premier in 1955.', 'khrushchev-premier-early'],
  ])('corrects %j (%s)', (answer, id) => {
    expect(errors(POWER, answer)).toEqual([id]);
  });

  it.each([
    'Khrushchev became leader of the Party in September 1953.',
    'Khrushchev became the leader of the Communist Party in 1953.',
    'Malenkov seemed strongest at first because he became Premier in 1953.',
    'In 1957 he beat the Anti-Party Group, and in 1958 he became Premier too.',
    'The army helped him beat the Anti-Party Group and in 1958 he became Premier as well.',
  ])('does not correct the true %j', (answer) => {
    expect(errors(POWER, answer)).toEqual([]);
  });
});

describe('the power-struggle question on whole answers', () => {
  it('puts three explained reasons with a judgement, in everyday words and misspelt names, in level 3', () => {
    expectMarkedAs(POWER, {
      answer:
        'When Stalin died in 1953 nobody knew who was going to be in charge because Stalin never picked anyone to take over. This meant all the top people like Malenkov, Berija and Kruschev thought they had a chance of winning. Berija was really scary as he was boss of the NKVD and he had files on everybody, so the others were terrified he would use them. I think the main reason was that Stalin didn’t choose anyone, because if he had there would not have been a fight.',
      level: 3,
      marks: [7, 8],
      met: ['no-successor', 'rival-contenders', 'beria-secret-police'],
    });
  });

  it('keeps a story of the years after 1953 at level 1 and corrects no true date', () => {
    expectMarkedAs(POWER, {
      answer:
        'Stalin died in 1953. Malenkov became Premier. Beria was arrested in June 1953 and shot in December. Khrushchev became First Secretary in September 1953. In 1956 he gave the Secret Speech. In 1957 he beat the Anti-Party Group and in 1958 he became Premier too.',
      level: 1,
      marks: [1, 3],
      met: ['power-bases'],
    });
  });

  it('gives a wide, linked and judged answer the top level', () => {
    expectMarkedAs(POWER, {
      answer:
        "The main reason for the power struggle was that Stalin had not named an heir, and the USSR had no rules for choosing a new leader, so when he died in March 1953 there was a power vacuum. This meant that several men thought they could win: Beria, Malenkov, Molotov and Khrushchev. At first they ruled as a collective leadership, with Malenkov as Premier and Khrushchev as First Secretary of the Party, so each had his own power base and they ended up competing. Beria was the most feared because he controlled the MVD and had files on the others, which is why they ganged up on him and had him arrested in June 1953. Another reason was that the leader had almost unlimited power in a one-party state, so nobody was willing to share it. The leaders also disagreed about policy: Malenkov wanted more consumer goods while Molotov was a hardline Stalinist. Finally, Stalin's purges had got rid of anyone who might have challenged him, so no one had enough authority to take his place. Overall the lack of a successor mattered most because it turned the other factors into an open fight.",
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
  });

  it('corrects every wrong fact of a short answer and keeps it at the bottom of level 2', () => {
    expectMarkedAs(POWER, {
      answer:
        "There was a power struggle because Stalin didn't leave a sucessor. Malenkov was head of the secret police so everyone was scared of him. Krushchev took over straight away when Stalin died in 1953 but the others did not accept it. Beria was arrested in 1955.",
      level: 2,
      marks: [4, 4],
      met: ['no-successor'],
      notMet: ['beria-secret-police'],
      errors: ['khrushchev-leader-1953', 'malenkov-secret-police', 'beria-wrong-year'],
    });
  });

  it('credits a list of keywords with its points but keeps it at level 1', () => {
    expectMarkedAs(POWER, {
      answer:
        'no successor, Beria NKVD, collective leadership, Malenkov premier, Khrushchev first secretary, cult of personality, purges',
      level: 1,
      marks: [1, 3],
      met: ['no-successor', 'beria-secret-police', 'power-bases', 'cult-and-purges'],
    });
  });

  it('puts an answer that says “it wasn’t clear who”, “shared” and “couldn’t agree” in level 3 with no error', () => {
    expectMarkedAs(POWER, {
      answer:
        "After Stalin died it wasn't clear who would be the next leader, so the top men started fighting over it. Power was shared between Malenkov, Beria and Khrushchev at first, but this made things worse because each one wanted it all for himself. They also couldn't agree about how to run the country, as Malenkov wanted more consumer goods and the hardliners wanted to keep things as they were under Stalin. Malenkov was not in charge of the police, Beria was, and this made the others afraid of him.",
      level: 3,
      marks: [7, 9],
      met: ['no-successor', 'power-bases', 'policy-disagreements', 'beria-secret-police'],
    });
  });
});

describe('the origins question in a student’s own words', () => {
  it.each([
    ['Khrushchev grew up on a farm in Ukraine.', ['peasant-origins']],
    ['His family were poor farm workers near the Ukranian border.', ['peasant-origins']],
    ['Kruschev worked as a miner when he was young.', ['peasant-origins']],
    ["Khrushchev didn't come from a rich family.", ['peasant-origins']],
    ['Khrushchev was not posh like the others.', ['contrast-elite-rivals']],
    ['He spoke like an ordinary worker and told rude jokes.', ['earthy-language', 'man-of-the-people']],
    ['He was born in Kalinovka and he spoke like a peasant.', ['earthy-language', 'peasant-origins']],
    ['Ordinary people felt he was one of them.', ['man-of-the-people']],
    ['Local party bosses liked him because he was like them.', ['grassroots-appeal', 'man-of-the-people']],
    ['He made sure his own men got jobs as regional party secretaries, so they owed him.', ['party-network']],
    ['He put his friends into top jobs in the Party.', ['party-network']],
    [
      'Molotov was stiff and cold, while Khrushchev was friendly.',
      ['contrast-elite-rivals', 'man-of-the-people'],
    ],
    [
      'Beria was terrifying but Khrushchev seemed harmless.',
      ['contrast-elite-rivals', 'underestimated-and-won'],
    ],
    [
      "Khrushchev grew up poor. He presented himself as a reformer who would end Stalin's terror.",
      ['peasant-origins', 'reformer-persona'],
    ],
    ['The others thought Khrushchev was a clown and no threat.', ['underestimated-and-won']],
    ['Nobody took Khrushchev seriously.', ['underestimated-and-won']],
    [
      'Krushchev came from a poor peasent family so he understood how normal people felt.',
      ['man-of-the-people', 'peasant-origins'],
    ],
  ])('credits %j with %j', (answer, points) => {
    expect(met(ORIGINS, answer)).toEqual(points);
  });

  it('credits a rival’s reforms to no one when no sentence about Khrushchev says he was one', () => {
    expect(
      met(ORIGINS, 'Malenkov was a reformer. He wanted to make life easier for ordinary people.'),
    ).toEqual([]);
  });
});

describe('the origins question and wrong facts', () => {
  it.each([
    ['Khrushchev was born in Georgia.', 'khrushchev-georgian'],
    ['Khrushchev came from a wealthy family.', 'khrushchev-aristocrat'],
    ['He was a clever man. He became leader straight away in 1953.', 'khrushchev-leader-1953'],
  ])('corrects %j (%s)', (answer, id) => {
    expect(errors(ORIGINS, answer)).toEqual([id]);
  });

  it('does not correct "Khrushchev became leader of the Party in September 1953"', () => {
    expect(errors(ORIGINS, 'Khrushchev became leader of the Party in September 1953.')).toEqual([]);
  });
});

describe('the origins question on whole answers', () => {
  it('keeps a description of his childhood with one explained effect in level 2', () => {
    expectMarkedAs(ORIGINS, {
      answer:
        'Khrushchev was born in 1894 in a small village called Kalinovka near the border with Ukraine. His family were poor peasants and he worked as a shepherd boy and later as a metal worker in the mines of the Donbas. He did not get much schooling. He was short and fat and he liked to tell jokes and use rude words. Later he joined the Communist Party and worked his way up under Stalin. Because he grew up poor he knew how ordinary workers lived, so he seemed like one of them.',
      level: 2,
      marks: [3, 5],
      met: ['peasant-origins', 'earthy-language', 'man-of-the-people'],
    });
  });

  it('puts a linked, judged answer with misspelt names at the top of level 3', () => {
    expectMarkedAs(ORIGINS, {
      answer:
        'Krushchev came from a poor peasent family in Ukraine, and this shaped his whole style. Because he had worked in the mines he spoke like an ordinary worker, with crude jokes and peasant sayings, which made him seem down to earth. This meant local Party officials in the regions trusted him more than Molotov, who was cold and snobbish, or Beria, who terrified everyone. As First Secretary he used this to build a network of loyal supporters among regional party secretaries, many of whom owed him their jobs. His rivals underestimated him as a simple peasant clown, which was a big mistake, because in 1957 the Central Committee backed him against the Anti-Party Group. The most important effect of his background was this network, because it won him the key vote.',
      level: 3,
      marks: [7, 8],
      met: [
        'peasant-origins',
        'earthy-language',
        'man-of-the-people',
        'grassroots-appeal',
        'contrast-elite-rivals',
        'party-network',
        'underestimated-and-won',
      ],
    });
  });

  it('gives nothing for an answer where every fact is wrong, and corrects each', () => {
    expectMarkedAs(ORIGINS, {
      answer:
        'Khrushchev was Georgian like Stalin and his family were rich landowners. He was a clever man who went to university. He became leader straight away in 1953 and he gave the Secret Speech in 1955.',
      level: 0,
      marks: [0, 0],
      met: [],
      errors: [
        'khrushchev-georgian',
        'khrushchev-aristocrat',
        'khrushchev-leader-1953',
        'secret-speech-wrong-year',
      ],
    });
  });
});

describe('the short Beria question in a student’s own words', () => {
  it.each([
    ['He was the boss of the NKVD.', ['controlled-secret-police'], 1],
    ['He had dirt on everyone.', ['files-blackmail'], 1],
    ["He knew everyone's secrets and could use them against them.", ['files-blackmail'], 1],
    ['Beria had dossiers on all of them.', ['files-blackmail'], 1],
    ['They thought he wanted to become the next Stalin.', ['could-seize-power'], 1],
    ['He might have tried a coup.', ['could-seize-power'], 1],
    ['He organised the purges and sent millions to the Gulag.', ['terror-reputation'], 1],
    ['Beria was resposible for lots of killings under Stalin.', ['terror-reputation'], 1],
    ['He ordered the deaths of thousands in the Great Terror.', ['terror-reputation'], 1],
    ['He let loads of prisoners out of the Gulag to make himself popular.', ['popular-reforms'], 1],
    [
      'The secret police worked for him so he could arrest anyone he wanted.',
      ['controlled-secret-police'],
      1,
    ],
    [
      'He could use his police to make himself dictator.',
      ['controlled-secret-police', 'could-seize-power'],
      2,
    ],
    ['beria - NKVD, files, purges', ['controlled-secret-police', 'files-blackmail', 'terror-reputation'], 2],
  ])('credits %j with %j (%i marks)', (answer, points, marks) => {
    expect(met(BERIA, answer)).toEqual(points);
    expect(result(BERIA, answer).mark).toBe(marks);
  });

  it.each([
    'Beria was feared because he was Georgian like Stalin.',
    'Malenkov ran the NKVD, so people hated him.',
    "Beria wasn't in charge of the army.",
  ])('gives %j no marks', (answer) => {
    expect(result(BERIA, answer).mark).toBe(0);
  });

  it('corrects Malenkov as head of the NKVD, and Beria given the army, but not a denial of it', () => {
    expect(errors(BERIA, 'Malenkov ran the NKVD, so people hated him.')).toEqual(['malenkov-secret-police']);
    expect(errors(BERIA, 'He had the army on his side.')).toEqual(['beria-ran-army']);
    expect(errors(BERIA, "Beria wasn't in charge of the army.")).toEqual([]);
  });

  it('gives a paragraph with four reasons the full two marks', () => {
    const answer =
      "Beria's rivals feared him because he had been Stalin's chief of the NKVD for years and had organised lots of the terror, sending people to the gulags. After Stalin died he was head of the MVD so he had thousands of armed men who would do what he said. He also had files on everyone so he could blackmail them. Malenkov and Khrushchev were afraid that he would use all this to make himself the new Stalin. In the end they had him arrested in June 1953.";
    expect(met(BERIA, answer)).toEqual([
      'controlled-secret-police',
      'could-seize-power',
      'files-blackmail',
      'terror-reputation',
    ]);
    expect(result(BERIA, answer).mark).toBe(2);
    expect(errors(BERIA, answer)).toEqual([]);
  });
});
