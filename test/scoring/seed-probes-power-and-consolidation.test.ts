/**
 * The two practice questions (why was there a power struggle, how did Khrushchev consolidate his
 * position) on answers students write while revising: points made in everyday words are credited,
 * words that only look like a point (a "rival" Stalin killed, reforms that were Malenkov's) are
 * not, and the usual slips of date and post are flagged with the right fact.
 */
import type { Catalog, MarkResult } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const POWER = 'ussr-power-struggle-1953';
const CONSOLIDATION = 'khrushchev-consolidation-1953-1956';

function marked(rubricId: string, answer: string): MarkResult {
  return mark(catalog.get(rubricId)!, answer);
}

function metIds(result: MarkResult): string[] {
  return result.points.filter((p) => p.met).map((p) => p.id);
}

describe('the power-struggle rubric in a student’s own words', () => {
  it.each([
    [
      "Stalin didn't leave a will saying who would be next, so nobody knew who was in charge.",
      'no-successor',
    ],
    [
      'Nobody knew who would be the next boss after Stalin died, so they fought each other for it.',
      'no-successor',
    ],
    [
      "Beria was never popular with the other leaders because he had run Stalin's terror.",
      'beria-secret-police',
    ],
    [
      'At first they had a joint leadership with power split between a few men, so no one was really in charge.',
      'power-bases',
    ],
    [
      'Whoever became leader would control the whole country, so none of them wanted to back down.',
      'high-stakes',
    ],
    ['Being leader meant you had the power of a dictator, so it was worth fighting for.', 'high-stakes'],
    [
      "They couldn't agree on how the country should be run, because some wanted reforms and others wanted to carry on like Stalin.",
      'policy-disagreements',
    ],
  ])('credits %j with %s, explained', (answer, point) => {
    const result = marked(POWER, answer);
    expect(result.points.find((p) => p.id === point)).toMatchObject({ met: true, explained: true });
    expect(result.level?.level).toBe(2);
  });

  it.each([
    [
      'Stalin never said who should take over after him, so all the top men started fighting.',
      'no-successor',
    ],
    [
      'Everyone was scared of Berija because he ran the NKVD and had dirt on all of them.',
      'beria-secret-police',
    ],
  ])('still credits %j with %s alone', (answer, point) => {
    expect(metIds(marked(POWER, answer))).toEqual([point]);
  });

  it('does not read "Stalin didn’t know who to trust" as leaving no successor', () => {
    const result = marked(POWER, "Stalin didn't know who to trust, so he purged his rivals.");
    expect(metIds(result)).toContain('cult-and-purges');
    expect(metIds(result)).not.toContain('no-successor');
  });
});

describe('the power-struggle rubric and what only looks like rivalry', () => {
  it.each([
    'The leaders wanted to end the terror and make life better for ordinary people.',
    'Malenkov wanted more consumer goods.',
  ])('does not credit %j as men competing to replace Stalin', (answer) => {
    expect(metIds(marked(POWER, answer))).not.toContain('rival-contenders');
  });

  it('credits the rivals Stalin killed as his purges, not as men competing after him', () => {
    const result = marked(POWER, 'Stalin had killed anyone who might be a rival.');
    expect(metIds(result)).toEqual(['cult-and-purges']);
  });

  it.each([
    'Khrushchev got rid of his rivals one by one, so he won the power struggle.',
    'Beria was executed because the others saw him as a threat.',
  ])('does not credit %j as Stalin’s purges', (answer) => {
    expect(metIds(marked(POWER, answer))).not.toContain('cult-and-purges');
  });
});

describe('the consolidation rubric in a student’s own words', () => {
  it.each([
    ['Khrushchev kicked Beria out of power in 1953, because he was too dangerous.', 'removed-beria'],
    [
      'Khrushchev kicked Malenkov out as prime minister in 1955, so his main rival was gone.',
      'undermined-malenkov',
    ],
    [
      'Khrushchev got rid of Malenkov in 1955, which meant he was the strongest leader left.',
      'undermined-malenkov',
    ],
    ["The generals were on Khrushchev's side, so Beria's police could do nothing.", 'military-support'],
    [
      "Khrushchev relied on the army, because only soldiers could stand up to Beria's police.",
      'military-support',
    ],
  ])('credits %j with %s, explained', (answer, point) => {
    const result = marked(CONSOLIDATION, answer);
    expect(result.points.find((p) => p.id === point)).toMatchObject({ met: true, explained: true });
  });

  it.each([
    'Kruschev was head of the communist party so he could choose who got the important jobs.',
    'He filled the Central Committee with people who owed him their careers, so they voted for him.',
    'Khrushchev was First Secretary from 1953, which meant he could sack people who opposed him and replace them with his supporters.',
  ])('credits %j as the Party post and the jobs it gave his supporters, one of them explained', (answer) => {
    const result = marked(CONSOLIDATION, answer);
    expect(metIds(result)).toEqual(['first-secretary', 'loyal-appointments']);
    expect(result.level?.level).toBe(2);
  });

  it.each([
    ['He came across as a reformer, unlike Molotov.', 'reformer-image'],
    [
      'He released thousands of prisoners from the gulags, so people saw him as kinder than Stalin.',
      'reformer-image',
    ],
    ['He worked with the other leaders to arrest Beria.', 'alliances'],
  ])('still credits %j with %s', (answer, point) => {
    expect(metIds(marked(CONSOLIDATION, answer))).toContain(point);
  });
});

describe('the consolidation rubric and what was not Khrushchev’s doing', () => {
  it.each([
    ['Zhukov was loyal to Khrushchev and put troops around the Kremlin.', 'loyal-appointments'],
    ['Molotov was loyal to Stalin and gave him advice for years.', 'loyal-appointments'],
    ['Beria had worked with Stalin in the purges.', 'alliances'],
    ['Malenkov was seen as a reformer because he wanted more consumer goods.', 'reformer-image'],
    [
      'Beria released prisoners from the gulag, which made the others worry he wanted power.',
      'reformer-image',
    ],
    ['The Red Army pushed the Germans back to Berlin in 1945.', 'military-support'],
  ])('does not credit %j with %s', (answer, point) => {
    expect(metIds(marked(CONSOLIDATION, answer))).not.toContain(point);
  });
});

describe('the secret police and the army pinned on the wrong man', () => {
  it.each([
    [POWER, 'Molotov, the head of the secret police, was feared by everyone.'],
    [POWER, 'Zhukov was head of the secret police so the others were scared of him.'],
    [CONSOLIDATION, 'Zhukov ran the NKVD, so he could arrest Beria for Khrushchev.'],
  ])('%s flags %j and says it was Beria', (rubricId, answer) => {
    const result = marked(rubricId, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['secret-police-wrong-leader']);
    expect(result.feedback.corrections.join(' ')).toContain('It was Beria who ran the secret police');
  });

  it.each([
    [POWER, 'Beria was in charge of the army so everyone feared him.'],
    [CONSOLIDATION, 'Beria controlled the military so Khrushchev needed Zhukov.'],
  ])('%s flags %j: Beria had the police, the army was Zhukov’s', (rubricId, answer) => {
    const result = marked(rubricId, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['beria-army']);
    expect(result.feedback.corrections.join(' ')).toContain('not the army');
  });

  it('does not flag an answer that denies Beria had the army', () => {
    const result = marked(POWER, 'Beria did not control the army, so the others used Zhukov against him.');
    expect(result.misconceptions).toEqual([]);
  });
});

describe('the power-struggle rubric and the later posts and plots', () => {
  it('flags Khrushchev as Premier in 1955: it was Bulganin', () => {
    const result = marked(POWER, 'Khrushchev became Premier in 1955 when Malenkov resigned.');
    expect(result.misconceptions.map((m) => m.id)).toEqual(['khrushchev-premier-early']);
    expect(result.feedback.corrections.join(' ')).toContain('Bulganin');
  });

  it.each([
    [POWER, 'The Anti-Party Group tried to get rid of him in 1956.'],
    [CONSOLIDATION, 'The Anti-Party Group tried to overthrow him in 1955 but failed.'],
  ])('%s flags %j: the Anti-Party Group struck in 1957', (rubricId, answer) => {
    const result = marked(rubricId, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['anti-party-group-wrong-year']);
  });

  it('does not flag the Anti-Party Group in 1957', () => {
    const answer =
      'The Anti-Party Group tried to remove Khrushchev in 1957 but the Central Committee backed him.';
    expect(marked(CONSOLIDATION, answer).misconceptions).toEqual([]);
  });
});

describe('Beria’s fall placed after the Secret Speech', () => {
  it.each([
    'Khrushchev arrested Beria after the Secret Speech in 1956.',
    'After the Secret Speech Beria was arrested and shot.',
  ])('flags %j and dates his arrest', (answer) => {
    const result = marked(CONSOLIDATION, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['beria-wrong-year']);
    expect(result.feedback.corrections.join(' ')).toContain('June 1953');
  });

  it('does not flag his arrest placed before the speech', () => {
    const result = marked(CONSOLIDATION, 'Beria was arrested in 1953, long before the Secret Speech.');
    expect(result.misconceptions).toEqual([]);
  });
});
