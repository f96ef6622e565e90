/**
 * The consolidation, Party-first, public-opinion and military rubrics once the question's subject
 * stands for a pronoun with no one named before it. The groups that listed "he", "him" or "his"
 * beside the name are names only, so "He ..." opening an answer about Khrushchev still earns the
 * point, and "Malenkov was weak. He ..." no longer earns a point about Khrushchev (or Beria). A
 * literal pronoun stays where it is the object of the act ("Khrushchev attacked him", "sacked
 * him"), a reflexive ("presented himself"), or where students write it after a sentence naming two
 * people, which the reading leaves unread, and only Khrushchev fits ("As First Secretary he ...").
 */
import type { Catalog } from '../../src/scoring';
import { lintRubric } from '../../src/scoring';
import { bundledCatalog, factualErrors, metPoints } from './seed';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await bundledCatalog();
});

const KCS = 'khrushchev-consolidation-1953-1956';
const PARTY = 'khrushchev-party-first';
const POB = 'public-opinion-beria';
const MILITARY = 'military-role-succession';

const met = (rubricId: string, answer: string): string[] => metPoints(catalog, rubricId, answer);
const errors = (rubricId: string, answer: string): string[] => factualErrors(catalog, rubricId, answer);

describe('the rubrics about Khrushchev let "he" stand for him', () => {
  it.each([KCS, PARTY])('%s has a group of names the subject meets', (rubricId) => {
    const findings = lintRubric(catalog.get(rubricId)!.rubric);
    expect(findings.filter((f) => f.pointer === '/subject')).toEqual([]);
  });
});

describe('the consolidation rubric and who "he" is', () => {
  it.each([
    ['He came across as a moderate reformer.', 'reformer-image'],
    ['Nobody expected much of him. He posed as a reformer who would end the terror.', 'reformer-image'],
    ['Khrushchev was clever. He presented himself as a reformer.', 'reformer-image'],
    ['The Secret Speech made him look like a reformer.', 'reformer-image'],
    ['He promised change.', 'reformer-image'],
    ['He got the others to fight among themselves.', 'played-factions'],
  ])('credits %j, about Khrushchev, with %s', (answer, point) => {
    expect(met(KCS, answer)).toContain(point);
  });

  it('does not credit "Malenkov was weak. He was a moderate reformer." with his image as a reformer', () => {
    expect(met(KCS, 'Malenkov was weak. He was a moderate reformer.')).not.toContain('reformer-image');
  });

  // After a sentence that names Stalin or Malenkov beside Khrushchev the reading reads no one, and
  // students write these there; nobody else is seen this way or sets the others fighting, so the
  // literal pronoun stays.
  it.each([
    ['Khrushchev criticised Stalin. This made him look like a reformer.', 'reformer-image'],
    ['Khrushchev attacked Malenkov. People saw him as kinder than Stalin.', 'reformer-image'],
    ['He seemed different from Stalin. And he got the other leaders to fight each other.', 'played-factions'],
  ])('credits %j, where the reading reads no one, with %s', (answer, point) => {
    expect(met(KCS, answer)).toContain(point);
  });

  // Once "he ended" went, the long answer that said this lost its reformer point.
  it('credits Khrushchev breaking with the past as his image as a reformer', () => {
    expect(met(KCS, 'Khrushchev looked like the man breaking with the past.')).toContain('reformer-image');
  });

  // "his" marks Malenkov as the one attacked, which the reading cannot supply: it stays.
  it('still credits criticising Malenkov for "his" mistakes as undermining him', () => {
    expect(met(KCS, 'Khrushchev criticised Malenkov for his mistakes in farming.')).toContain(
      'undermined-malenkov',
    );
  });
});

describe('the Party-first rubric and who "he" is', () => {
  it.each([
    'He became First Secretary in September 1953.',
    'The post of First Secretary gave him control of appointments.',
    'Khrushchev was clever. His job as General Secretary let him appoint people.',
    'He became General Secretary in 1953.',
  ])('credits %j with the First Secretary post', (answer) => {
    expect(met(PARTY, answer)).toContain('first-secretary-post');
  });

  it.each([
    'Stalin was clever. He was General Secretary in the 1920s.',
    'Stalin used his post as General Secretary to beat Trotsky.',
    'Malenkov was weak. He became General Secretary.',
  ])('does not credit %j, about someone else, with the First Secretary post', (answer) => {
    expect(met(PARTY, answer)).not.toContain('first-secretary-post');
  });

  // Only Khrushchev was First Secretary in these years, and students write it where the reading
  // reads no one (after a sentence naming Stalin and Khrushchev), so "he" stays for that title.
  it('still credits "he" as First Secretary after a sentence naming Stalin and Khrushchev', () => {
    expect(
      met(
        PARTY,
        'Stalin had used the Party to get to the top, so Khrushchev did the same. As First Secretary he could give his friends top jobs.',
      ),
    ).toContain('first-secretary-post');
  });
});

describe('the Khrushchev rubrics and a true fact about another Premier', () => {
  it.each([
    [KCS, 'Malenkov seemed strongest at first because he became Premier in 1953.'],
    [KCS, 'Bulganin was an ally of Khrushchev. He became Premier in 1955.'],
    [PARTY, 'Malenkov seemed strongest at first because he became Premier in 1953.'],
    [PARTY, 'Bulganin was an ally of Khrushchev. He replaced Malenkov as Premier.'],
  ])('%s does not correct the true %j', (rubricId, answer) => {
    expect(errors(rubricId, answer)).not.toContain('khrushchev-premier-early');
  });

  // Nobody became Premier in 1954, 1956 or 1957, so whoever "he" is, it is wrong.
  it.each([KCS, PARTY])('%s still corrects Khrushchev becoming Premier in 1954', (rubricId) => {
    expect(errors(rubricId, 'He gave the Secret Speech and he became Premier in 1954.')).toContain(
      'khrushchev-premier-early',
    );
  });
});

describe('the public-opinion rubric and who "him" is', () => {
  it.each([
    'The public hated him.',
    'Nobody could vote. People hated him because of the purges.',
    'Beria ran the NKVD. Ordinary people were terrified of him.',
    'Beria ran the NKVD. People linked him to the terror.',
  ])('credits %j, about Beria, with the fear of Beria', (answer) => {
    expect(met(POB, answer)).toContain('beria-feared-blamed');
  });

  it.each(['Malenkov was weak. People hated him.', 'Stalin was a tyrant. People hated him.'])(
    'does not credit %j, about someone else, with the fear of Beria',
    (answer) => {
      expect(met(POB, answer)).not.toContain('beria-feared-blamed');
    },
  );
});

describe('the military rubric and a pronoun as the object of the act', () => {
  // "sacked him" says who was sacked; the reading only says that "him" is Zhukov.
  it('still credits sacking Zhukov through "sacked him"', () => {
    expect(met(MILITARY, 'Zhukov was too popular. In 1957 Khrushchev sacked him.')).toContain(
      'stability-latent-power',
    );
  });
});
