/**
 * The bundled rubrics on answers a teacher wrote to probe them: points made in a student's own
 * words are credited (each answer here once earned nothing), and a fact pinned on the wrong
 * person is not.
 */
import type { Catalog } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

describe('the power-struggle rubric in a student’s own words', () => {
  it('credits the point a counterfactual makes: "If Stalin had named an heir, there would have been no power struggle"', () => {
    const result = mark(
      catalog.get('ussr-power-struggle-1953')!,
      'If Stalin had named an heir, there would have been no power struggle.',
    );
    expect(result.points.find((p) => p.id === 'no-successor')!.met).toBe(true);
  });

  it.each([
    [
      'Stalin never designated an inheritor, so the top Bolsheviks fought over who would rule.',
      'no-successor',
    ],
    [
      'Malenkov headed the Council of Ministers while Khrushchev headed the Secretariat, so each had his own institution to fight from.',
      'power-bases',
    ],
    [
      'Stalin had murdered anyone talented who might challenge him, so no one else had the authority to take charge.',
      'cult-and-purges',
    ],
    [
      'Had Stalin picked a successor, the others would have accepted him, but he never did, so they fought.',
      'no-successor',
    ],
    [
      'The Soviet Union had no system for handing over power peacefully, so every change of leader became a fight.',
      'no-successor',
    ],
    ["Nobody trusted Beria because he knew everyone's secrets from his police files.", 'beria-secret-police'],
  ])('credits %j with %s, explained', (answer, point) => {
    const result = mark(catalog.get('ussr-power-struggle-1953')!, answer);
    expect(result.points.find((p) => p.id === point)).toMatchObject({ met: true, explained: true });
    expect(result.level?.level).toBe(2);
  });
});

describe('the power-struggle rubric and who trusted Beria', () => {
  it('does not credit "Khrushchev trusted Beria" as the others fearing him', () => {
    const result = mark(catalog.get('ussr-power-struggle-1953')!, 'Khrushchev trusted Beria.');
    expect(result.points.find((p) => p.id === 'beria-secret-police')!.met).toBe(false);
  });
});

describe('the cult rubric in a student’s own words', () => {
  it('credits the danger to the Party of calling Stalin a murderer', () => {
    const answer =
      'His heirs could not simply say he had been a murderer, because they had signed the death lists too and the whole Party would look guilty.';
    const result = mark(catalog.get('cult-of-personality-obstacle')!, answer);
    expect(result.points.find((p) => p.id === 'legitimacy-risk')!.met).toBe(true);
  });

  it('credits "could not abandon the cult because they were complicit" as the risk to the leaders', () => {
    const answer =
      "The leaders could not simply abandon the cult because they had all been Stalin's loyal servants and were complicit in the purges.";
    const result = mark(catalog.get('cult-of-personality-obstacle')!, answer);
    expect(result.points.find((p) => p.id === 'legitimacy-risk')).toMatchObject({
      met: true,
      explained: true,
    });
  });
});

describe('the Secret Speech pinned on the wrong leader', () => {
  it.each([
    [
      'khrushchev-consolidation-1953-1956',
      "Molotov gave the Secret Speech in 1956, which destroyed Stalin's reputation.",
    ],
    [
      'ussr-power-struggle-1953',
      "Malenkov gave the Secret Speech in 1956 and attacked Stalin's cult of personality.",
    ],
  ])('%s flags %j as a factual error and says who made it', (rubricId, answer) => {
    const result = mark(catalog.get(rubricId)!, answer);
    expect(result.misconceptions.map((m) => m.id)).toContain('secret-speech-wrong-speaker');
    expect(result.feedback.corrections.join(' ')).toContain('made by Khrushchev');
  });
});

describe('a factual error the answer denies', () => {
  it.each([
    ['ussr-power-struggle-1953', 'Malenkov was not the head of the secret police.'],
    ['khrushchev-consolidation-1953-1956', 'Khrushchev did not become leader immediately after Stalin died.'],
    ['military-role-succession', 'Beria was not arrested in 1955; he was arrested in June 1953.'],
  ])('%s does not flag %j as an error', (rubricId, answer) => {
    expect(mark(catalog.get(rubricId)!, answer).misconceptions).toEqual([]);
  });

  it.each([
    ['ussr-power-struggle-1953', 'Malenkov was the head of the secret police.', 'malenkov-secret-police'],
    [
      'khrushchev-consolidation-1953-1956',
      'Khrushchev became leader immediately after Stalin died.',
      'khrushchev-leader-1953',
    ],
  ])('%s still flags %j', (rubricId, answer, id) => {
    expect(mark(catalog.get(rubricId)!, answer).misconceptions.map((m) => m.id)).toEqual([id]);
  });
});

describe('Khrushchev taken for Stalin’s chosen heir', () => {
  it.each([
    'Khrushchev was the obvious successor to Stalin and everybody knew it.',
    'Stalin named Krushchev as his successor before he died.',
    'Stalin had chosen Krushchev as his heir, but the others refused to accept him.',
  ])('flags %j as a factual error and names Malenkov as the apparent heir', (answer) => {
    const result = mark(catalog.get('ussr-power-struggle-1953')!, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['khrushchev-named-heir']);
    expect(result.feedback.corrections.join(' ')).toContain('Stalin named no successor');
  });

  it.each([
    'Khrushchev was not the obvious successor, so nobody expected him to win.',
    'Stalin never named Khrushchev as his successor.',
    'Malenkov, not Khrushchev, was the obvious successor.',
  ])('does not flag %j', (answer) => {
    expect(mark(catalog.get('ussr-power-struggle-1953')!, answer).misconceptions).toEqual([]);
  });
});

describe('Khrushchev’s First Secretaryship dated to the wrong year', () => {
  it.each([
    "Khrushchev didn't become First Secretary until 1958.",
    'Khrushchev became First Secretary in 1955, which let him appoint his supporters.',
    'In 1956 Khrushchev became First Secretary of the party.',
  ])('flags %j and gives the date', (answer) => {
    const result = mark(catalog.get('khrushchev-consolidation-1953-1956')!, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['first-secretary-wrong-year']);
    expect(result.feedback.corrections.join(' ')).toContain('September 1953');
  });

  it.each([
    'Khrushchev became First Secretary in September 1953, so by 1955 he had appointed many supporters.',
    'Khrushchev was First Secretary in 1955 and used the post to undermine Malenkov.',
  ])('does not flag %j', (answer) => {
    expect(mark(catalog.get('khrushchev-consolidation-1953-1956')!, answer).misconceptions).toEqual([]);
  });
});

describe('the secret police pinned on the wrong leader', () => {
  it.each([
    ['ussr-power-struggle-1953', 'Molotov was the head of the secret police and everyone was afraid of him.'],
    ['ussr-power-struggle-1953', 'The others feared Molotof because he controlled the NKVD.'],
    [
      'khrushchev-consolidation-1953-1956',
      'Khrushchev was head of the secret police, so he could arrest Beria easily.',
    ],
    ['military-role-succession', 'Molotov ran the MVD, so the army had to be ready to fight it.'],
  ])('%s flags %j as a factual error and says it was Beria', (rubricId, answer) => {
    const result = mark(catalog.get(rubricId)!, answer);
    expect(result.misconceptions.map((m) => m.id)).toContain('secret-police-wrong-leader');
    expect(result.feedback.corrections.join(' ')).toContain('It was Beria who ran the secret police');
  });

  it('does not flag leaders who feared the man who ran it', () => {
    const result = mark(
      catalog.get('ussr-power-struggle-1953')!,
      'Khrushchev and Molotov feared Beria, who ran the secret police.',
    );
    expect(result.misconceptions).toEqual([]);
  });
});

describe('the public-opinion rubric and a judgement that weighs its own factor', () => {
  it('counts "public opinion was only one factor; the main reason was the plot" as a judgement', () => {
    const answer = 'Public opinion was one factor, but the main reason was the plot in the Presidium.';
    expect(mark(catalog.get('public-opinion-beria')!, answer).signals.links).toBe(1);
  });
});

describe('the military rubric and who did what', () => {
  it.each([
    ['credits', 'Zhukov and the army arrested Beria in June 1953.', true],
    ['credits', 'Zhukov and his officers arrested him at a Presidium meeting.', true],
    ['does not credit', 'The army was led by Trotsky and it arrested Stalin in 1953.', false],
  ])('%s the army’s arrest of Beria in %j', (_verb, answer, met) => {
    const result = mark(catalog.get('military-role-succession')!, answer);
    expect(result.points.find((p) => p.id === 'beria-arrest')!.met).toBe(met);
  });

  it.each([
    "It was not possible to rule without the army's support.",
    'No leader could stay in power without the backing of the generals.',
    'Nobody could rule the USSR unless the generals were on their side.',
    'It was the army that decided the struggle, because whoever had the generals had the guns.',
    'The army was the deciding factor in the power struggle.',
  ])('credits %j as the army’s support being vital', (answer) => {
    const result = mark(catalog.get('military-role-succession')!, answer);
    expect(result.points.find((p) => p.id === 'military-support-vital')!.met).toBe(true);
  });

  it('does not say "Nobody could rule unless the generals were on their side" denies the army’s support, nor read it as the army never ruling', () => {
    const result = mark(
      catalog.get('military-role-succession')!,
      'Nobody could rule the USSR unless the generals were on their side.',
    );
    expect(result.points.find((p) => p.id === 'military-support-vital')!.withheld).toEqual([]);
    expect(result.points.find((p) => p.id === 'stability-latent-power')!.met).toBe(false);
  });

  it('credits "Without the army, Khrushchev could never have beaten Beria" as the army’s support being vital, explained', () => {
    const answer =
      "Without the army, Khrushchev could never have beaten Beria, because Beria's MVD troops were the only armed force in Moscow apart from the army.";
    const result = mark(catalog.get('military-role-succession')!, answer);
    expect(result.points.find((p) => p.id === 'military-support-vital')).toMatchObject({
      met: true,
      explained: true,
      withheld: [],
    });
    expect(result.level?.level).toBe(2);
  });

  it.each([
    ['Beria was arrested by the army in 1955.', ['beria-wrong-year']],
    ['Beria was arrested by the Red Army in 1956, which ended his threat.', ['beria-wrong-year']],
    ['Beria was arrested by the army in June 1953 and shot in December 1953.', []],
  ])('flags a wrong year for the army’s arrest of Beria in %j', (answer, ids) => {
    expect(mark(catalog.get('military-role-succession')!, answer).misconceptions.map((m) => m.id)).toEqual(
      ids,
    );
  });

  it('says the answer denied the point when it says the army was not the deciding factor', () => {
    const result = mark(
      catalog.get('military-role-succession')!,
      'The army was not the deciding factor; the Party was.',
    );
    const point = result.points.find((p) => p.id === 'military-support-vital')!;
    expect(point.met).toBe(false);
    expect(point.withheld!.map((e) => e.text).join(' ')).toContain('not the deciding factor');
  });

  it('says the answer denied the point when it says Khrushchev would have won even without Zhukov', () => {
    const result = mark(
      catalog.get('military-role-succession')!,
      'Khrushchev would have won anyway, even without Zhukov.',
    );
    const point = result.points.find((p) => p.id === 'military-support-vital')!;
    expect(point.met).toBe(false);
    expect(point.withheld!.map((e) => e.text).join(' ')).toContain('without Zhukov');
  });

  it.each([
    [
      'does not credit',
      'Zhukov was sacked in 1957 because Khrushchev was worried that he was getting too popular.',
      false,
    ],
    ['does not credit', 'Zhukov took power in 1957 and ruled the country.', false],
    [
      'credits',
      'In 1957 Zhukov backed Khrushchev against Molotov and Malenkov, so Khrushchev survived.',
      true,
    ],
  ])('%s the army’s protection against the Stalinists in %j', (_verb, answer, met) => {
    const result = mark(catalog.get('military-role-succession')!, answer);
    expect(result.points.find((p) => p.id === 'protection-against-stalinists')!.met).toBe(met);
  });

  it('credits the army’s protection in 1957 and its support as vital, stated as a counterfactual, without saying the answer denies them', () => {
    const answer =
      "Without Zhukov's support Khrushchev would have lost in 1957, because the army flew his supporters to Moscow.";
    const result = mark(catalog.get('military-role-succession')!, answer);
    for (const id of ['protection-against-stalinists', 'military-support-vital'])
      expect(result.points.find((p) => p.id === id)).toMatchObject({ met: true, withheld: [] });
    expect(result.level?.level).toBe(2);
  });
});

describe('the short Beria item: what counts as a reason to fear him', () => {
  it('gives nothing for Beria’s own arrest: being arrested is not seizing power', () => {
    const result = mark(
      catalog.get('beria-feared-short')!,
      'Beria was arrested in June 1953 and shot in December.',
    );
    expect(result.mark).toBe(0);
    expect(result.points.find((p) => p.id === 'could-seize-power')!.met).toBe(false);
  });

  it.each([
    ['He commanded the interior ministry troops and could use them to make himself the new boss.', 2],
    [
      "One reason was that he knew everybody's secrets. Another reason is he wanted to be the next Stalin.",
      2,
    ],
    ['He could have seized control of the country with the MVD.', 2],
  ])('gives %j %i marks', (answer, expected) => {
    expect(mark(catalog.get('beria-feared-short')!, answer).mark).toBe(expected);
  });
});

describe('the Party-first rubric in a student’s own words', () => {
  it('credits getting rid of people who disagreed as managing dissent, explained', () => {
    const answer =
      'Khrushchev wanted to be in charge of the Party because it let him get rid of people who disagreed with him.';
    const result = mark(catalog.get('khrushchev-party-first')!, answer);
    expect(result.points.find((p) => p.id === 'manage-dissent')).toMatchObject({
      met: true,
      explained: true,
    });
    expect(result.level?.level).toBe(2);
  });

  it('does not credit a disagreement over policy as managing dissent', () => {
    const result = mark(
      catalog.get('khrushchev-party-first')!,
      'Khrushchev disagreed with Malenkov about consumer goods.',
    );
    expect(result.points.find((p) => p.id === 'manage-dissent')!.met).toBe(false);
  });
});

describe('the public-opinion and origins rubrics in everyday phrasing', () => {
  it.each([
    'Ordinary Russians were glad to see the back of the man who ran the Gulag.',
    'Most people thought it was good riddance when Beria was shot.',
  ])('credits %j as no sympathy for Beria', (answer) => {
    const result = mark(catalog.get('public-opinion-beria')!, answer);
    expect(result.points.find((p) => p.id === 'no-sympathy')!.met).toBe(true);
  });

  it.each([
    'Khrushchev knew what ordinary people wanted because he had been a worker himself.',
    'Khrushchev spoke their language, so the workers liked him.',
  ])('credits %j as the man of the people, explained', (answer) => {
    const result = mark(catalog.get('khrushchev-origins-style')!, answer);
    expect(result.points.find((p) => p.id === 'man-of-the-people')).toMatchObject({
      met: true,
      explained: true,
    });
  });

  it('says the answer denied the point when it says he did not know how ordinary people lived', () => {
    const result = mark(
      catalog.get('khrushchev-origins-style')!,
      'Khrushchev did not know how ordinary people lived.',
    );
    expect(result.points.find((p) => p.id === 'man-of-the-people')!.met).toBe(false);
  });
});

describe('the consolidation rubric and a result stated as what the action did', () => {
  it.each([
    [
      'Khrushchev gave the Secret Speech in 1956, which destroyed the reputation of Stalinists like Molotov.',
      'secret-speech',
    ],
    [
      'Khrushchev gave the Secret Speech in 1956. This damaged Molotov, who had been close to Stalin.',
      'secret-speech',
    ],
    ['Khrushchev gave the Secret Speech in 1956, and as a result Molotov was discredited.', 'secret-speech'],
    ['Khrushchev had Beria arrested in June 1953. This removed the most dangerous rival.', 'removed-beria'],
  ])('explains %j (%s)', (answer, point) => {
    const result = mark(catalog.get('khrushchev-consolidation-1953-1956')!, answer);
    expect(result.points.find((p) => p.id === point)).toMatchObject({ met: true, explained: true });
    expect(result.level?.level).toBe(2);
  });
});

describe('the consolidation rubric and a result stated with "which forced"', () => {
  it('explains the attack on Malenkov when it forced him to resign', () => {
    const answer =
      'He attacked Malenkov for favouring consumer goods over heavy industry, which forced Malenkov to resign as Premier in 1955.';
    const result = mark(catalog.get('khrushchev-consolidation-1953-1956')!, answer);
    expect(result.points.find((p) => p.id === 'undermined-malenkov')).toMatchObject({
      met: true,
      explained: true,
    });
    expect(result.level?.level).toBe(2);
  });
});

describe('the consolidation rubric in a student’s own words', () => {
  it('credits joining with the others to bring Beria down as an alliance and his removal', () => {
    const answer =
      'Khrushchev joined with Malenkof and Molotov to bring down Beria, because Beria controlled the secret police and was a danger to all of them.';
    const result = mark(catalog.get('khrushchev-consolidation-1953-1956')!, answer);
    expect(result.points.find((p) => p.id === 'removed-beria')).toMatchObject({ met: true, explained: true });
    expect(result.points.find((p) => p.id === 'alliances')!.met).toBe(true);
    expect(result.level?.level).toBe(2);
  });

  it.each([
    [
      'Khrushchev let political prisoners out of the gulags, so people saw him as a kinder leader than Stalin.',
      'reformer-image',
    ],
    [
      'Khrushchev freed prisoners from the camps, so officials trusted him not to bring back the terror.',
      'reformer-image',
    ],
    [
      'Khrushchev set the other leaders against one another so that they could never unite against him.',
      'played-factions',
    ],
    ['He pitted Malenkov and Molotov against each other, so neither could challenge him.', 'played-factions'],
  ])('credits %j with %s, explained', (answer, point) => {
    const result = mark(catalog.get('khrushchev-consolidation-1953-1956')!, answer);
    expect(result.points.find((p) => p.id === point)).toMatchObject({ met: true, explained: true });
    expect(result.level?.level).toBe(2);
  });
});

describe('a reason given with "as" and no comma before it', () => {
  it('counts "Beria was feared as he was head of the secret police" as an explanation (level 2)', () => {
    const result = mark(
      catalog.get('ussr-power-struggle-1953')!,
      'Beria was feared as he was head of the secret police.',
    );
    expect(result.points.find((p) => p.id === 'beria-secret-police')).toMatchObject({
      met: true,
      explained: true,
    });
    expect(result.level?.level).toBe(2);
  });
});

describe('words that only share a stem with "generals"', () => {
  it.each([
    'Generally the leaders needed support to rule.',
    'The younger generation wanted change, and Stalin had kept the Party in control.',
    'Khrushchev was generous to his supporters, which helped him win.',
  ])('are not read as the army: %j earns nothing on the military rubric', (answer) => {
    const result = mark(catalog.get('military-role-succession')!, answer);
    expect(result.points.filter((p) => p.met).map((p) => p.id)).toEqual([]);
  });

  it.each([
    "Stalin was General Secretary, and the leaders after him needed the General Secretary's support to rule.",
    'The general public were glad to see Beria go, and the leaders needed their support.',
  ])(
    'reads "General Secretary" and "the general public" as no army: %j earns nothing on the military rubric',
    (answer) => {
      const result = mark(catalog.get('military-role-succession')!, answer);
      expect(result.points.filter((p) => p.met).map((p) => p.id)).toEqual([]);
    },
  );

  it('still credits "General Secretary" where a rubric names the post', () => {
    const result = mark(
      catalog.get('khrushchev-party-first')!,
      'Stalin had used his post as General Secretary to build his power, so Khrushchev copied him.',
    );
    expect(result.points.find((p) => p.id === 'stalin-precedent')!.met).toBe(true);
  });

  it('still reads "the generals" as the army', () => {
    const result = mark(
      catalog.get('military-role-succession')!,
      'The generals backed Khrushchev, which was vital because Beria had his own troops.',
    );
    expect(result.points.find((p) => p.id === 'military-support-vital')!.met).toBe(true);
  });
});

describe('what could not be done without the army', () => {
  it('credits "Khrushchev could not win without the army\'s support" as the army being vital, not as its opposite', () => {
    const result = mark(
      catalog.get('military-role-succession')!,
      "Khrushchev could not win without the army's support.",
    );
    expect(result.points.find((p) => p.id === 'military-support-vital')).toMatchObject({
      met: true,
      withheld: [],
    });
  });

  it('credits "Beria could not be arrested without the army" as the army\'s part in the arrest', () => {
    const result = mark(
      catalog.get('military-role-succession')!,
      'Beria could not be arrested without the army.',
    );
    expect(result.points.find((p) => p.id === 'beria-arrest')).toMatchObject({ met: true, withheld: [] });
    expect(result.level?.level).toBe(1);
  });

  it('still credits "could not criticise Stalin without damaging the Party" as the risk of criticism', () => {
    const result = mark(
      catalog.get('cult-of-personality-obstacle')!,
      'The leaders could not criticise Stalin without damaging the Party.',
    );
    expect(result.points.find((p) => p.id === 'legitimacy-risk')!.met).toBe(true);
  });
});

describe('the military rubric and what could not be done without the army', () => {
  it.each([
    'Beria could not be arrested without the army.',
    "Khrushchev couldn't defeat his rivals without Zhukov.",
    'Khrushchev could not get rid of Beria without the support of the army.',
  ])('credits %j as the army being vital', (answer) => {
    const result = mark(catalog.get('military-role-succession')!, answer);
    expect(result.points.find((p) => p.id === 'military-support-vital')).toMatchObject({
      met: true,
      withheld: [],
    });
  });
});

describe('Malenkov as one of those who removed Beria', () => {
  it.each([
    ['khrushchev-consolidation-1953-1956', 'undermined-malenkov'],
    ['khrushchev-party-first', 'sideline-malenkov'],
  ])(
    '%s does not credit "Malenkov and Khrushchev removed Beria" as Malenkov being pushed out',
    (rubricId, id) => {
      const result = mark(catalog.get(rubricId)!, 'Malenkov and Khrushchev removed Beria in 1953.');
      expect(result.points.find((p) => p.id === id)!.met).toBe(false);
    },
  );

  it.each([
    [
      'khrushchev-consolidation-1953-1956',
      'Khrushchev removed Malenkov as Premier in 1955.',
      'undermined-malenkov',
    ],
    ['khrushchev-consolidation-1953-1956', 'Khrushchev undermined Malenkov.', 'undermined-malenkov'],
    ['khrushchev-consolidation-1953-1956', 'Malenkov was removed.', 'undermined-malenkov'],
    ['khrushchev-party-first', 'Malenkov was removed.', 'sideline-malenkov'],
  ])('%s still credits %j with %s', (rubricId, answer, id) => {
    expect(mark(catalog.get(rubricId)!, answer).points.find((p) => p.id === id)!.met).toBe(true);
  });
});

describe('the public-opinion rubric and what "helped"', () => {
  it.each(['The army helped Khrushchev.', 'The rivals helped Khrushchev arrest Beria.'])(
    'does not credit %j as judging how far public opinion mattered',
    (answer) => {
      const result = mark(catalog.get('public-opinion-beria')!, answer);
      expect(result.points.find((p) => p.id === 'judges-importance')!.met).toBe(false);
    },
  );

  it('still credits "Public opinion only helped a bit" as a judgement', () => {
    const result = mark(catalog.get('public-opinion-beria')!, 'Public opinion only helped a bit.');
    expect(result.points.find((p) => p.id === 'judges-importance')!.met).toBe(true);
  });
});

describe('the short Beria question and who might seize power', () => {
  it.each(['Khrushchev became leader.', 'Khrushchev took power in the end.'])(
    'gives no mark for %j, which is about someone else',
    (answer) => {
      expect(mark(catalog.get('beria-feared-short')!, answer).mark).toBe(0);
    },
  );

  it.each(['Beria might seize power.', 'They feared he would take over and become the next Stalin.'])(
    'still credits %j as the fear that he would seize power',
    (answer) => {
      const result = mark(catalog.get('beria-feared-short')!, answer);
      expect(result.points.find((p) => p.id === 'could-seize-power')!.met).toBe(true);
    },
  );
});

describe('the power-struggle rubric and the leaders Stalin killed', () => {
  it('credits "Stalin had killed all the good leaders in the purges" as the purges leaving no alternative', () => {
    const result = mark(
      catalog.get('ussr-power-struggle-1953')!,
      'There was a power struggle because Stalin had killed all the good leaders in the purges and nobody could replace him.',
    );
    expect(result.points.find((p) => p.id === 'cult-and-purges')!.met).toBe(true);
  });
});

describe('Stalin as the target of the Secret Speech', () => {
  it.each(['khrushchev-consolidation-1953-1956', 'ussr-power-struggle-1953', 'cult-of-personality-obstacle'])(
    '%s does not flag "He gave the secret speech in 1956 attacking Stalin, which made him look like a reformer" as the wrong speaker',
    (rubricId) => {
      const result = mark(
        catalog.get(rubricId)!,
        'He gave the secret speech in 1956 attacking Stalin which made him look like a reformer.',
      );
      expect(result.misconceptions).toEqual([]);
    },
  );

  it('still flags "Stalin gave the Secret Speech"', () => {
    const result = mark(
      catalog.get('cult-of-personality-obstacle')!,
      'Stalin gave the Secret Speech in 1956.',
    );
    expect(result.misconceptions.map((m) => m.id)).toEqual(['secret-speech-wrong-speaker']);
  });
});

describe('a name that a negation only passes over', () => {
  const met = (rubricId: string, answer: string) =>
    mark(catalog.get(rubricId)!, answer)
      .points.filter((p) => p.met)
      .map((p) => p.id);

  it.each([
    [
      'public-opinion-beria',
      'Nobody felt sorry for Beria because everyone hated him.',
      'beria-feared-blamed',
    ],
    ['public-opinion-beria', 'No one mourned Beria because he was hated.', 'beria-feared-blamed'],
    [
      'khrushchev-consolidation-1953-1956',
      'Nobody trusted Beria, so Khrushchev had him arrested and shot in 1953.',
      'removed-beria',
    ],
  ])('%s credits what the rest of %j says about him (%s)', (rubricId, answer, point) => {
    expect(met(rubricId, answer)).toContain(point);
  });

  it.each([
    ['public-opinion-beria', 'It was not Beria who was hated, it was Stalin.', 'beria-feared-blamed'],
    ['public-opinion-beria', 'Beria was not hated.', 'beria-feared-blamed'],
    ['khrushchev-consolidation-1953-1956', 'Khrushchev did not arrest Beria.', 'removed-beria'],
  ])('%s still withholds what %j denies (%s)', (rubricId, answer, point) => {
    expect(met(rubricId, answer)).not.toContain(point);
  });
});

describe('Malenkov said to be the named heir', () => {
  it.each([
    'Stalin named Malenkov as his successor, so at first there was no struggle.',
    'Malenkov was named as successor when Stalin died.',
  ])('flags %j: Stalin named no successor', (answer) => {
    const result = mark(catalog.get('ussr-power-struggle-1953')!, answer);
    expect(result.misconceptions.map((m) => m.id)).toEqual(['malenkov-named-heir']);
  });

  it.each([
    "Malenkov was seen as Stalin's heir because he became Premier.",
    'Stalin never named Malenkov as his successor, so there was no clear successor.',
  ])('does not flag %j', (answer) => {
    const result = mark(catalog.get('ussr-power-struggle-1953')!, answer);
    expect(result.misconceptions).toEqual([]);
  });
});

describe('"impossible" and "unwilling" as denials', () => {
  it('does not credit "It was impossible for Beria to seize power" as his threat to seize it', () => {
    const result = mark(
      catalog.get('beria-feared-short')!,
      'It was impossible for Beria to seize power because the others united against him.',
    );
    expect(result.points.find((p) => p.id === 'could-seize-power')!.met).toBe(false);
  });

  it('credits "Stalin was unwilling to name a successor" as his naming no successor', () => {
    const result = mark(
      catalog.get('ussr-power-struggle-1953')!,
      'Stalin was unwilling to name a successor, so there was a power struggle.',
    );
    expect(result.points.find((p) => p.id === 'no-successor')!.met).toBe(true);
  });

  it('credits "It was impossible to rule without the army\'s support" as the support being vital', () => {
    const result = mark(
      catalog.get('military-role-succession')!,
      "It was impossible to rule without the army's support.",
    );
    expect(result.points.find((p) => p.id === 'military-support-vital')!.met).toBe(true);
  });
});
