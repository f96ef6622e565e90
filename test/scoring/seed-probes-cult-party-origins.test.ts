/**
 * The cult-of-personality, Party-first and origins rubrics on answers students write while
 * revising: points made in everyday words are credited, words that only look like a point are
 * not, and common slips of date and person are flagged.
 */
import type { Catalog } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

function met(rubricId: string, answer: string): string[] {
  return mark(catalog.get(rubricId)!, answer)
    .points.filter((p) => p.met)
    .map((p) => p.id)
    .sort();
}

function errors(rubricId: string, answer: string): string[] {
  return mark(catalog.get(rubricId)!, answer).misconceptions.map((m) => m.id);
}

const CULT = 'cult-of-personality-obstacle';

describe('the cult rubric in a student’s own words', () => {
  it.each([
    [
      'Stalin was worshipped like a god, so nobody after him could live up to it.',
      ['one-leader-idea', 'propaganda-image'],
    ],
    [
      "Stalin's successors couldn't live up to what people expected of him, which made them look weak.",
      ['one-leader-idea'],
    ],
    ['People were used to having one all-powerful boss telling them what to do.', ['one-leader-idea']],
    [
      'Stalin had been treated like he could never make a mistake, so everyone expected the next leader to be perfect too.',
      ['one-leader-idea', 'propaganda-image'],
    ],
    [
      'If they said Stalin was evil, it would make communism look bad because the Party had said he was perfect for years.',
      ['legitimacy-risk', 'propaganda-image'],
    ],
    [
      'Exposing what Stalin had done would make people lose faith in the whole Soviet system.',
      ['legitimacy-risk'],
    ],
    [
      'Slagging off Stalin would make people stop trusting the Party, because the Party had praised him for thirty years.',
      ['legitimacy-risk'],
    ],
    [
      'Stalin was idolized as the Father of Nations, so any criticism of him seemed like criticism of socialism itself.',
      ['legitimacy-risk', 'propaganda-image'],
    ],
    [
      'Under Stalin no one dared to disagree with him, so after he died the leaders did not know how to make decisions together.',
      ['no-collective-rule'],
    ],
    [
      'Stalin never let anyone argue with him, so after 1953 the leaders had no experience of deciding things together.',
      ['no-collective-rule'],
    ],
    ['Malenkov and Molotov were Stalinists who didn’t want to change anything.', ['leaders-hesitated']],
    [
      'Khrushchev attacked Stalin in 1956, which caused riots in Poland and Hungary.',
      ['dangerous-opposition', 'secret-speech'],
    ],
    [
      "Khrushchev revealed Stalin's crimes in the Secret Speech, which could make people lose faith in communism.",
      ['legitimacy-risk', 'secret-speech'],
    ],
    // A negated verb that takes its object for granted denies the verb, not the image.
    ["Khrushchev couldn't live up to Stalin's godlike image.", ['propaganda-image']],
    ['Malenkov could never match the godlike image Stalin had.', ['propaganda-image']],
  ])('credits %j with %j', (answer, points) => {
    expect(met(CULT, answer)).toEqual(points);
  });
});

describe('the cult rubric and words that only look like a point', () => {
  it.each([
    'At the 20th Party Congress Khrushchev criticised Stalin.',
    'Khrushchev denounced Stalin at the 20th Party Congress in 1956.',
  ])('reads %j as the Secret Speech, not as the risk to the Party', (answer) => {
    expect(met(CULT, answer)).toEqual(['secret-speech']);
  });

  it.each([
    'Stalin ruled as a dictator for thirty years and only a few people dared to question him.',
    'Khrushchev turned out to be a strong leader who beat his rivals.',
    'Khrushchev was a great leader who wanted to change things.',
    'The USSR was a single-party state ruled by the communists.',
  ])('does not read %j as the cult’s single-leader idea or its propaganda', (answer) => {
    const points = met(CULT, answer);
    expect(points).not.toContain('one-leader-idea');
    expect(points).not.toContain('propaganda-image');
  });

  it('keeps the single-leader idea where the answer says people expected one', () => {
    expect(
      met(CULT, 'Everyone expected a strong leader like Stalin, so the collective leadership looked weak.'),
    ).toEqual(['one-leader-idea']);
  });
});

describe('the cult rubric and dates students get wrong', () => {
  it.each([
    'In 1955 Khrushchev made a secret speech attacking the cult.',
    "Khrushchev's 1953 Secret Speech attacked the cult of personality.",
  ])('flags the Secret Speech dated wrongly in %j and still credits the speech', (answer) => {
    const result = mark(catalog.get(CULT)!, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['secret-speech-wrong-year']);
    expect(result.feedback.corrections.join(' ')).toContain('February 1956');
    expect(result.points.find((p) => p.id === 'secret-speech')!.met).toBe(true);
  });

  it('flags the Anti-Party Group’s attempt to oust Khrushchev dated to 1956', () => {
    const answer =
      'The Anti-Party Group tried to oust Khrushchev in 1956 because they hated the Secret Speech.';
    expect(errors(CULT, answer)).toEqual(['anti-party-group-wrong-year']);
  });

  it.each([
    'Khrushchev did not give the Secret Speech until 1956.',
    'The Anti-Party Group tried to oust Khrushchev in 1957, a year after the Secret Speech.',
  ])('does not flag %j', (answer) => {
    expect(errors(CULT, answer)).toEqual([]);
  });
});

const PARTY = 'khrushchev-party-first';

describe('the Party-first rubric in a student’s own words', () => {
  it.each([
    [
      'Whoever controlled the Party controlled the USSR, because the government just did what the Party told it.',
      ['party-real-power'],
    ],
    ['Being Premier sounded important but it was the Party that actually ran things.', ['party-real-power']],
    [
      "The Premier's job was mostly admin, while the Party made the big decisions.",
      ['party-made-policy', 'party-real-power'],
    ],
    [
      'The Party decided everything in the USSR, from what factories made to who got which job.',
      ['party-everywhere', 'party-made-policy', 'party-real-power'],
    ],
    ['He gave jobs to his mates from Ukraine, which meant they backed him later.', ['appoint-loyalists']],
    [
      'He could kick out anyone who disagreed with him and replace them with his own people.',
      ['appoint-loyalists', 'manage-dissent'],
    ],
    [
      'Khrushchev made sure people who owed him their jobs sat on the Central Committee, so in 1957 they voted for him.',
      ['appoint-loyalists'],
    ],
    ['Malenkov was sacked as Premier in 1955 because the Party was against him.', ['sideline-malenkov']],
    [
      'Khrushchev sacked his critics in the regional Party committees.',
      ['manage-dissent', 'party-everywhere'],
    ],
  ])('credits %j with %j', (answer, points) => {
    expect(met(PARTY, answer)).toEqual(points);
  });
});

describe('the Party-first rubric and who held which post', () => {
  it.each([
    'Stalin had been General Secretary and he used that job to build up his power.',
    'Stalin had used the job of General Secretary to get to the top in the 1920s, so Khrushchev knew the Party was the way to power.',
  ])('credits Stalin’s precedent in %j without giving Khrushchev Stalin’s post', (answer) => {
    const points = met(PARTY, answer);
    expect(points).toContain('stalin-precedent');
    expect(points).not.toContain('first-secretary-post');
  });

  it('does not read regional Party bosses as Khrushchev’s own post', () => {
    expect(
      met(PARTY, 'Party bosses in the regions were his men, so his orders were followed everywhere.'),
    ).toEqual(['party-everywhere']);
  });

  it.each([
    ['Kruschev used his job as Party Secetary to promote his alies.'],
    ['Khrushchev, who had been made First Secretary in September 1953, used the post to promote his allies.'],
  ])('still credits his post and his appointments in %j', (answer) => {
    const points = met(PARTY, answer);
    expect(points).toContain('first-secretary-post');
    expect(points).toContain('appoint-loyalists');
  });
});

describe('the Party-first rubric and words that only look like a point', () => {
  it.each([
    ['Stalin showed no mercy to his enemies.', 'stalin-precedent'],
    ['Most Party officials lined up behind Khrushchev.', 'party-made-policy'],
  ])('does not credit %j with %s', (answer, point) => {
    expect(met(PARTY, answer)).not.toContain(point);
  });
});

describe('the Party-first rubric and posts dated wrongly', () => {
  it.each([
    'Khrushchev replaced Malenkov as Premier in 1955.',
    'Khrushchev became Premier after Malenkov resigned, so he ran the government as well as the Party.',
  ])('flags %j: Khrushchev was Premier only from 1958', (answer) => {
    const result = mark(catalog.get(PARTY)!, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['khrushchev-premier-early']);
    expect(result.feedback.corrections.join(' ')).toContain('1958');
  });

  it('flags "First Secretary of the Party in 1956" and gives the date', () => {
    const result = mark(
      catalog.get(PARTY)!,
      'Khrushchev became First Secretary of the Party in 1956 after the Secret Speech.',
    );
    expect(result.misconceptions.map((m) => m.id)).toEqual(['first-secretary-late']);
    expect(result.feedback.corrections.join(' ')).toContain('September 1953');
  });

  it.each([
    'Khrushchev was not Premier until 1958; until then he ruled through the Party as First Secretary.',
    'Khrushchev was First Secretary of the Party in 1956, when he gave the Secret Speech.',
  ])('does not flag %j', (answer) => {
    expect(errors(PARTY, answer)).toEqual([]);
  });
});

const ORIGINS = 'khrushchev-origins-style';

describe('the origins rubric in a student’s own words', () => {
  it.each([
    [
      'Because he came from nothing, he talked like an ordinary worker, so people in the regions trusted him.',
      ['earthy-language', 'grassroots-appeal', 'man-of-the-people', 'peasant-origins'],
    ],
    [
      "Khrushchev's humor was crude and he used folksy sayings, so regional officials related to him.",
      ['earthy-language', 'grassroots-appeal', 'man-of-the-people'],
    ],
    [
      'He was a metal fitter in a factory before the revolution, so he knew how workers thought.',
      ['man-of-the-people', 'peasant-origins'],
    ],
    ['Khrushchev never acted like he was better than anyone else.', ['man-of-the-people']],
    [
      'The other leaders didn’t rate him because he was a peasant.',
      ['peasant-origins', 'underestimated-and-won'],
    ],
    [
      'In 1957 the Central Committee voted to keep him, because the regional secretaries he had befriended stood by him.',
      ['grassroots-appeal', 'party-network', 'underestimated-and-won'],
    ],
    ['He acted like a moderniser who would make communism fairer.', ['reformer-persona']],
    [
      'Molotov was a snob who looked down on ordinary Party members, so they preferred Khrushchev.',
      ['contrast-elite-rivals', 'grassroots-appeal'],
    ],
  ])('credits %j with %j', (answer, points) => {
    expect(met(ORIGINS, answer)).toEqual(points);
  });

  it.each([
    'Khrushchev grew up dirt poor in a village and worked in the coal mines as a boy.',
    'Khrushchev was born in 1894 in Kalinovka, a village near the Ukrainian border.',
    'Khrushchev did not come from a rich family; his parents were peasants.',
  ])('still credits his origins in %j', (answer) => {
    expect(met(ORIGINS, answer)).toEqual(['peasant-origins']);
    expect(errors(ORIGINS, answer)).toEqual([]);
  });
});

describe('the origins rubric and words that only look like his origins', () => {
  it.each([
    'Khrushchev was humble and did not like to show off.',
    "Khrushchev's farming policies led to poor harvests in the 1960s.",
    'Khrushchev was interested in farming and started the Virgin Lands scheme in 1954.',
  ])('does not read %j as his peasant background', (answer) => {
    expect(met(ORIGINS, answer)).not.toContain('peasant-origins');
  });
});

describe('the origins rubric and a wrong background', () => {
  it.each([
    ['Khrushchev came from a Georgian village, just like Stalin.', 'khrushchev-georgian', 'Kalinovka'],
    ['Like Stalin, Khrushchev was a Georgian peasant.', 'khrushchev-georgian', 'Kalinovka'],
    [
      "Khrushchev's parents were wealthy landowners, so he was used to giving orders.",
      'khrushchev-aristocrat',
      'poor peasant family',
    ],
  ])('flags %j as %s and says where he came from', (answer, id, correction) => {
    const result = mark(catalog.get(ORIGINS)!, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual([id]);
    expect(result.feedback.corrections.join(' ')).toContain(correction);
  });

  it.each([
    'Stalin was born in Gori, so he was Georgian, and Beria was Georgian too.',
    'Khrushchev was not the son of a landowner; his family were poor peasants.',
  ])('does not flag %j', (answer) => {
    expect(errors(ORIGINS, answer)).toEqual([]);
  });
});

describe('the Anti-Party Group dated to 1956 on every rubric that knows it', () => {
  it.each([CULT, PARTY, ORIGINS])('%s flags "tried to get rid of Khrushchev in 1956"', (rubricId) => {
    const answer =
      'The Anti-Party Group tried to get rid of Khrushchev in 1956, but the Central Committee backed him.';
    expect(errors(rubricId, answer)).toEqual(['anti-party-group-wrong-year']);
  });
});

describe('comparisons students make in a few words', () => {
  it('credits "the Communist Party was more important than the government" as where power lay', () => {
    expect(met(PARTY, 'In the USSR the Communist Party was more important than the government.')).toEqual([
      'party-real-power',
    ]);
  });

  it.each([
    [
      "Khrushchev's humble beginnings meant local Party officials saw him as one of their own.",
      ['grassroots-appeal', 'man-of-the-people', 'peasant-origins'],
    ],
    [
      'His peasant background made him look like a real communist, not a privileged bureaucrat like Malenkov.',
      ['contrast-elite-rivals', 'peasant-origins', 'reformer-persona'],
    ],
  ])('credits %j with %j', (answer, points) => {
    expect(met(ORIGINS, answer)).toEqual(points);
  });
});
