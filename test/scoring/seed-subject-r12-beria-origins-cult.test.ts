/**
 * The short Beria, Khrushchev's-origins and cult questions now that a rubric names its subject: a
 * pronoun opening the answer, or after a sentence that names no one, stands for the person the
 * question is about, and one after a sentence naming someone stands for them. The groups that
 * listed "he", "his" or "him" beside the name are names only, so that reading fills them and a
 * "he" meaning Malenkov earns nothing for Beria. Pronouns in an object slot the reading cannot
 * fill ("backed him", "denounced him") stay. A reading never flags a wrong fact, so the literal
 * "He" of a wrong fact stays where answers about the subject write it ("He had the army on his
 * side"), and goes where it mostly corrects a rewarded contrast with someone else.
 */
import type { Catalog } from '../../src/scoring';
import { bundledCatalog, factualErrors, metPoints } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const BERIA = 'beria-feared-short';
const ORIGINS = 'khrushchev-origins-style';
const CULT = 'cult-of-personality-obstacle';

const met = (rubricId: string, answer: string): string[] => metPoints(catalog, rubricId, answer);
const errors = (rubricId: string, answer: string): string[] => factualErrors(catalog, rubricId, answer);

describe('the short Beria question read through its subject', () => {
  it.each([
    ["He had organised Stalin's purges.", 'terror-reputation'],
    ['He was ruthless.', 'terror-reputation'],
    ['Nobody trusted anyone. He had sent millions to the Gulag.', 'terror-reputation'],
    ['Beria was the head of the NKVD. The others knew him as a ruthless killer.', 'terror-reputation'],
    ['He was a potential dictator.', 'could-seize-power'],
    ['Beria had the secret police. His rivals thought he would become the next Stalin.', 'could-seize-power'],
    ['Beria hoped to make himself leader.', 'could-seize-power'],
  ])('credits %j with %s', (answer, point) => {
    expect(met(BERIA, answer)).toContain(point);
  });

  it.each([
    ['Malenkov was weak. He organised the purges.', 'terror-reputation'],
    ['Malenkov was weak. He was ruthless and brutal.', 'terror-reputation'],
    ['Malenkov was weak, so he was ruthless.', 'terror-reputation'],
    ['Malenkov was Premier. He was a potential dictator.', 'could-seize-power'],
    ['Malenkov was weak. He took over.', 'could-seize-power'],
  ])('does not credit Beria with what %j says of Malenkov (%s)', (answer, point) => {
    expect(met(BERIA, answer)).not.toContain(point);
  });

  // Answers to this question write "He" for Beria, and a reading flags no error, so the literal
  // "He" of this wrong fact stays.
  it.each(['He had the army on his side.', 'Beria controlled the army.'])(
    'still corrects Beria said to run the army: %j',
    (answer) => {
      expect(errors(BERIA, answer)).toContain('beria-ran-army');
    },
  );
});

describe("Khrushchev's origins read through its subject", () => {
  it.each([
    ['He understood the workers.', 'man-of-the-people'],
    ['Nobody expected much. He understood the workers.', 'man-of-the-people'],
    ["Stalin's circle was posh. He understood the workers.", 'man-of-the-people'],
    ['Khrushchev grew up poor. Workers trusted him because he understood the peasants.', 'man-of-the-people'],
    ['He never put on airs and graces.', 'man-of-the-people'],
    ['Khrushchev never saw himself as superior.', 'man-of-the-people'],
    ['He wanted to end the terror.', 'reformer-persona'],
    ['Khrushchev was different. He promised to end the terror.', 'reformer-persona'],
    ['His image was of a reformer.', 'reformer-persona'],
  ])('credits %j with %s', (answer, point) => {
    expect(met(ORIGINS, answer)).toContain(point);
  });

  it.each([
    ['Malenkov was weak. He understood the workers.', 'man-of-the-people'],
    ['Malenkov was educated. He never put on airs and graces.', 'man-of-the-people'],
    ['Malenkov was educated. He wanted reforms.', 'reformer-persona'],
    ['Malenkov presented himself as a reformer.', 'reformer-persona'],
  ])('does not credit Khrushchev with what %j says of Malenkov (%s)', (answer, point) => {
    expect(met(ORIGINS, answer)).not.toContain(point);
  });

  // The rivals backed, laughed at or underrated the man the question names; the reading fills
  // only whole groups of names, never the object inside a phrase, so these pronouns stay.
  it.each([
    ['Local party members backed him.', 'grassroots-appeal'],
    ['Party officials owed him their jobs.', 'party-network'],
    ["The others didn't take him seriously.", 'underestimated-and-won'],
    ['Nobody saw him as a threat.', 'underestimated-and-won'],
  ])('still credits %j with %s', (answer, point) => {
    expect(met(ORIGINS, answer)).toContain(point);
  });

  // The contrast with wealthy rivals is a point this question rewards: a "he" in that sentence is
  // no longer read as Khrushchev coming from a wealthy family.
  it.each([
    'Molotov was different. He came from a wealthy family.',
    'Unlike Molotov, who came from a wealthy family, he was the son of a peasant.',
  ])('does not correct the contrast with a wealthy rival as Khrushchev’s own family: %j', (answer) => {
    expect(errors(ORIGINS, answer)).not.toContain('khrushchev-aristocrat');
  });

  // "He became leader" keeps its literal "he": an answer about Khrushchev that opens "He ..." is
  // corrected (see the origins probes), and a pronoun read through the reading flags no error.
  it.each([
    ['Khrushchev came from a rich family.', 'khrushchev-aristocrat'],
    ['Khrushchev became leader as soon as Stalin died.', 'khrushchev-leader-1953'],
    ['He became leader as soon as Stalin died.', 'khrushchev-leader-1953'],
    ['In 1955 he gave the Secret Speech.', 'secret-speech-wrong-year'],
  ])('still corrects %j as %s', (answer, error) => {
    expect(errors(ORIGINS, answer)).toContain(error);
  });
});

describe('the cult question read through its subject', () => {
  it.each([
    ['He was worshipped like a god.', 'propaganda-image'],
    ["Stalin's image was everywhere. He was glorified as a genius.", 'propaganda-image'],
    ['Stalin ruled for decades. People worshipped him like a god.', 'propaganda-image'],
    ['There were pictures of him everywhere.', 'propaganda-image'],
    ['Stalin was loved. People sang songs about him everywhere.', 'propaganda-image'],
  ])('credits %j with %s', (answer, point) => {
    expect(met(CULT, answer)).toContain(point);
  });

  it.each([
    'Khrushchev was popular. People worshipped him like a hero.',
    'Malenkov was Premier. He was glorified as a genius.',
    'Malenkov was Premier. The Party glorified him as a genius.',
    'Khrushchev was new. There were pictures of him everywhere.',
    'Khrushchev was new. People sang songs about him everywhere.',
  ])('does not credit the cult of Stalin for praise of another leader: %j', (answer) => {
    expect(met(CULT, answer)).not.toContain('propaganda-image');
  });

  // Whom Khrushchev denounced in 1956 is the object of the denouncing; the reading would give
  // the denouncer named in the sentence before, so the literal "him" stays beside "cult".
  it('still credits "he denounced him" in 1956 after a sentence naming Khrushchev', () => {
    expect(met(CULT, 'Khrushchev was brave. In 1956 he denounced him.')).toContain('secret-speech');
  });

  it('still credits "only he" and "his shoes" for the one-leader idea', () => {
    expect(met(CULT, 'Nobody could fill his shoes.')).toContain('one-leader-idea');
    expect(met(CULT, 'People believed only he could lead.')).toContain('one-leader-idea');
  });
});
