/**
 * Pronouns written literally in rubric groups, now that the engine reads a pronoun as the one
 * person the sentence before names, or as the question's subject. Where that reading covers what
 * the literal pronoun was there for, the pronoun is gone and so is the credit or correction it
 * gave for someone else.
 */
import type { Catalog } from '../../src/scoring';
import { bundledCatalog, factualErrors, metPoints } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const POB = 'public-opinion-beria';
const MILITARY = 'military-role-succession';
const CULT = 'cult-of-personality-obstacle';
const KCS = 'khrushchev-consolidation-1953-1956';
const PARTY = 'khrushchev-party-first';

const met = (rubricId: string, answer: string): string[] => metPoints(catalog, rubricId, answer);
const errors = (rubricId: string, answer: string): string[] => factualErrors(catalog, rubricId, answer);

describe('the public-opinion rubric and a pronoun in a wrong fact', () => {
  it.each([
    'Khrushchev was popular with ordinary people. The people elected him.',
    'Khrushchev was popular, so the people voted for him.',
  ])('does not correct a vote for someone else as Beria being voted out: %j', (answer) => {
    expect(errors(POB, answer)).not.toContain('beria-voted-out');
  });

  it.each(['The people voted him out.', 'The public voted Beria out.'])(
    'still corrects Beria being voted out by the people: %j',
    (answer) => {
      expect(errors(POB, answer)).toContain('beria-voted-out');
    },
  );
});

describe('the public-opinion rubric and Beria named in the sentence before', () => {
  it.each([
    'Beria ran the NKVD. He was associated with the purges and the camps.',
    'Beria ran the NKVD. He was linked to the terror.',
  ])('credits the fear of Beria through "He": %j', (answer) => {
    expect(met(POB, answer)).toContain('beria-feared-blamed');
  });

  // The rubric names Beria as its subject, so "him" with no one named before it is Beria.
  it.each([
    'People associated him with the purges.',
    'Public opinion affected the fate of Beria because people hated him.',
  ])('still credits the fear of the man the question names: %j', (answer) => {
    expect(met(POB, answer)).toContain('beria-feared-blamed');
  });
});

describe('the military rubric and who was arrested', () => {
  it.each([
    'Beria was feared. He was arrested by soldiers in June 1953.',
    'Beria was feared. He was seized by Zhukov and a group of officers.',
  ])('credits the army arresting Beria through "He": %j', (answer) => {
    expect(met(MILITARY, answer)).toContain('beria-arrest');
  });

  it('does not credit the arrest of Beria for someone else arrested', () => {
    expect(met(MILITARY, 'Malenkov was weak. He was arrested by soldiers.')).not.toContain('beria-arrest');
  });

  // The reading stops at a sentence naming several plotters; the army arrested no one else then.
  it('still credits "arrested him" after a sentence naming all the plotters', () => {
    expect(
      met(MILITARY, 'Khrushchev and Malenkov plotted against Beria. Zhukov and the army arrested him.'),
    ).toContain('beria-arrest');
  });
});

describe('credit kept where only the question or an owner names the person', () => {
  it.each([
    [CULT, "Stalin's cult was very strong. He was treated as a genius.", 'propaganda-image'],
    [CULT, 'In 1956 Khrushchev denounced him in front of the whole Party.', 'secret-speech'],
    [KCS, 'After Stalin died he presented himself as a reformer.', 'reformer-image'],
    [KCS, 'Malenkov was Premier. Khrushchev attacked him.', 'undermined-malenkov'],
    [PARTY, 'As First Secretary he could appoint loyal supporters.', 'first-secretary-post'],
  ])('%s still credits %j with %s', (rubricId, answer, point) => {
    expect(met(rubricId, answer)).toContain(point);
  });
});
