/**
 * The military, public-opinion and short Beria rubrics on answers students write while revising:
 * everyday words ("backed", "locked him up", "let prisoners out"), misspellings, negations and the
 * factual slips of the period (who ran the army, what year Beria fell, whether the people rose up).
 */
import type { Catalog } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const result = (rubricId: string, answer: string) => mark(catalog.get(rubricId)!, answer);
const point = (rubricId: string, answer: string, id: string) =>
  result(rubricId, answer).points.find((p) => p.id === id)!;
const metIds = (rubricId: string, answer: string) =>
  result(rubricId, answer)
    .points.filter((p) => p.met)
    .map((p) => p.id);
const errorIds = (rubricId: string, answer: string) =>
  result(rubricId, answer).misconceptions.map((m) => m.id);

describe('the military rubric in a student’s own words', () => {
  const MIL = 'military-role-succession';

  it.each([
    ['The army backed Khrushchev so he could get rid of Beria.', 'military-support-vital'],
    ['Khrushchev took power because the army backed him.', 'military-support-vital'],
    [
      "Khrushchev got the army on his side, which meant Beria's police couldn't fight back.",
      'offset-secret-police',
    ],
    [
      'Stalin kept the army under the thumb of the Party so that no general could challenge him.',
      'party-control-of-army',
    ],
  ])('credits %j with %s, explained', (answer, id) => {
    expect(point(MIL, answer, id)).toMatchObject({ met: true, explained: true });
    expect(result(MIL, answer).level?.level).toBe(2);
  });

  it.each([
    ['Zhukov helped kick Beria out in 1953.', 'beria-arrest'],
    ['Zhukov put Beria in prison.', 'beria-arrest'],
    ['The army never tried to take over itself, it just backed Khrushchev.', 'stability-latent-power'],
    ['The Red Army was the only force strong enough to take on the MVD.', 'offset-secret-police'],
  ])('credits %j with %s', (answer, id) => {
    expect(metIds(MIL, answer)).toContain(id);
  });

  it('credits "Without the army Khrushchev wouldn\'t of beaten Beria" as the army being vital, not as its opposite', () => {
    expect(
      point(MIL, "Without the army Khrushchev wouldn't of beaten Beria.", 'military-support-vital'),
    ).toMatchObject({
      met: true,
      withheld: [],
    });
  });

  it('credits the secret police being unable to stop Khrushchev as the army outweighing it, not as its opposite', () => {
    const answer =
      'The army arrested Beria. This meant that his secret police were leaderless so they could not stop Khrushchev.';
    expect(point(MIL, answer, 'offset-secret-police')).toMatchObject({ met: true, withheld: [] });
  });

  it('credits soldiers locking Beria up as the arrest, and does not read getting rid of a rival as Zhukov’s sacking', () => {
    const answer =
      'Marshal Zhukov and his soldiers locked Beria up, so Khrushchev got rid of his biggest rival.';
    expect(metIds(MIL, answer)).toEqual(['beria-arrest']);
  });

  it('does not read the hardliners trying to get rid of Khrushchev as Zhukov’s sacking', () => {
    const answer = 'Zhukov defended Khrushchev when the hardliners tried to get rid of him in 1957.';
    expect(metIds(MIL, answer)).toEqual(['protection-against-stalinists']);
  });

  it('does not say the answer denied Zhukov’s protection of Khrushchev when it is Beria nobody could save', () => {
    const answer = "Beria's NKVD were outnumbered by Zhukov's soldiers so they could not save him.";
    expect(point(MIL, answer, 'protection-against-stalinists').withheld).toEqual([]);
    expect(point(MIL, answer, 'offset-secret-police').met).toBe(true);
  });

  it('still credits "Khrushchev sacked him" as Zhukov’s sacking when the sentence is about Zhukov', () => {
    expect(metIds(MIL, 'Zhukov got too popular, so in 1957 Khrushchev sacked him.')).toContain(
      'stability-latent-power',
    );
  });

  it.each([
    ['After Beria was removed, Khrushchev sacked Zhukov.'],
    ['Khrushchev removed Beria and later got rid of Zhukov too.'],
  ])('does not credit %j as the army arresting Beria', (answer) => {
    expect(metIds(MIL, answer)).toEqual(['stability-latent-power']);
  });
});

describe('the military rubric and who led the army', () => {
  const MIL = 'military-role-succession';

  it.each([
    ['Beria was in charge of the army so the others were scared of him.', 'beria-ran-army'],
    ['Beria had the army on his side at first.', 'beria-ran-army'],
    ['Malenkov was head of the army and he arrested Beria.', 'army-wrong-leader'],
    ['Molotov commanded the Red Army in 1953.', 'army-wrong-leader'],
    ['Zhukov and the army got rid of Beria in 1957.', 'beria-wrong-year'],
    ['The Red Army ran the country for a few months.', 'zhukov-took-power'],
  ])('flags %j as a factual error (%s)', (answer, id) => {
    expect(errorIds(MIL, answer)).toEqual([id]);
  });

  it('says Beria ran the secret police, not the army', () => {
    const { feedback } = result(MIL, 'Beria controlled the Red Army and the secret police.');
    expect(feedback.corrections.join(' ')).toContain('Beria ran the secret police (MVD), not the army');
  });

  it.each([
    'Khrushchev took power because the army backed him.',
    "Beria wasn't in charge of the army, Zhukov was.",
    'Malenkov was not head of the army.',
    'The army did not take power.',
  ])('does not flag %j', (answer) => {
    expect(errorIds(MIL, answer)).toEqual([]);
  });
});

describe('the public-opinion rubric in a student’s own words', () => {
  const POB = 'public-opinion-beria';

  it.each([
    ['Beria was never popular, so nobody tried to save him.', 'no-sympathy'],
    [
      'People were relieved when Beria was gone because they associated him with the purges and the Gulags.',
      'beria-feared-blamed',
    ],
    ['Khrushchev put Beria on trial to show that the days of terror were over.', 'ending-terror-story'],
    ["Beria's execution was popular because everyone blamed him for Stalin's crimes.", 'no-sympathy'],
    [
      "His enemies played on people's hatred of him to make his arrest look justified.",
      'rivals-exploited-mood',
    ],
    [
      'The public had no real influence, but the leaders knew that getting rid of Beria would be popular.',
      'no-formal-voice',
    ],
    [
      "It didn't really matter what the public thought, because the decision was made by the Presidium.",
      'judges-importance',
    ],
    [
      'Krushchev and Malenkof said Berija was a British spy and a traitor so people would accept his execution.',
      'ending-terror-story',
    ],
  ])('credits %j with %s', (answer, id) => {
    expect(metIds(POB, answer)).toContain(id);
  });

  it('credits "the public hated him too, nobody objected" as the fear of Beria and the lack of sympathy', () => {
    const answer =
      'His colleagues were afraid of him, and because the public hated him too, nobody objected when they shot him.';
    expect(metIds(POB, answer)).toEqual(expect.arrayContaining(['beria-feared-blamed', 'no-sympathy']));
  });

  it('does not say "they had no say in it" denies that the rivals used the public mood', () => {
    const answer = 'The public were glad Beria was gone, but they had no say in it.';
    expect(point(POB, answer, 'rivals-exploited-mood')).toMatchObject({ met: false, withheld: [] });
    expect(metIds(POB, answer)).toEqual(['no-formal-voice', 'no-sympathy']);
  });

  it('does not read the secret police spying on people as Beria being called a spy', () => {
    const answer =
      "People were sick of the secret police spying on them, so they didn't mind when Beria was removed.";
    expect(metIds(POB, answer)).toEqual(['longing-for-relief', 'no-sympathy']);
  });
});

describe('the public-opinion rubric and what the people did and felt', () => {
  const POB = 'public-opinion-beria';

  it.each([
    ['The people rose up and overthrew Beria in 1953.', 'public-revolution-beria'],
    ['The workers demonstrated in Moscow to demand that Beria be arrested.', 'public-revolution-beria'],
    ['Beria was loved by the people so his rivals had to be careful.', 'beria-popular'],
    ['Beria was voted out by the Soviet people.', 'beria-voted-out'],
  ])('flags %j as a factual error (%s)', (answer, id) => {
    expect(errorIds(POB, answer)).toEqual([id]);
  });

  it.each([
    "Beria's execution was popular because everyone blamed him for Stalin's crimes.",
    'Nobody liked Beria.',
    'Beria was not loved by anyone.',
    'People were too scared to protest when Beria was arrested.',
    'The leaders did not want to protest, but Beria demonstrated his power to the people.',
  ])('does not flag %j', (answer) => {
    expect(errorIds(POB, answer)).toEqual([]);
  });
});

describe('the short Beria item in a student’s own words', () => {
  const BFS = 'beria-feared-short';

  it.each([
    ['He let thousands of prisoners out of the camps.', 'popular-reforms'],
    ['He had spies everywhere.', 'controlled-secret-police'],
    ['He had the power to arrest anyone he wanted.', 'controlled-secret-police'],
    ['Berija could arrest them whenever he wanted.', 'controlled-secret-police'],
    ["He wanted to take Stalin's place as leader.", 'could-seize-power'],
    ['He was very ambitious and wanted to rule the USSR himself.', 'could-seize-power'],
    ['He had ordered the deaths of thousands of people.', 'terror-reputation'],
    ["He had been Stalin's executioner.", 'terror-reputation'],
  ])('gives %j one mark (%s)', (answer, id) => {
    expect(result(BFS, answer).mark).toBe(1);
    expect(metIds(BFS, answer)).toEqual([id]);
  });

  it('gives releasing prisoners from the Gulag one mark, as the bid for support, not two', () => {
    const answer = 'He let out loads of prisoners from the gulags to make people like him.';
    expect(metIds(BFS, answer)).toEqual(['popular-reforms']);
    expect(result(BFS, answer).mark).toBe(1);
  });

  it.each([
    ['He had information on everyone.', 1],
    ['He had been the head of the NKVD since 1938 and had sent thousands to the gulags.', 2],
    ['Beria was shot in December 1953.', 0],
  ])('gives %j %i marks', (answer, expected) => {
    expect(result(BFS, answer).mark).toBe(expected);
  });
});

describe('the short Beria item and the army', () => {
  const BFS = 'beria-feared-short';

  it.each([
    ['He was in charge of the army.', 0],
    ['He had the army on his side.', 0],
    ['He controlled the army and the KGB.', 1],
  ])('flags %j as a factual error and gives %i marks', (answer, expected) => {
    expect(errorIds(BFS, answer)).toEqual(['beria-ran-army']);
    expect(result(BFS, answer).mark).toBe(expected);
  });

  it.each(['He was not in charge of the army.', 'He did not control the army but he controlled the MVD.'])(
    'does not flag %j',
    (answer) => {
      expect(errorIds(BFS, answer)).toEqual([]);
    },
  );
});
