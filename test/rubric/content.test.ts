import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadRubricDir, type LevelsScheme, type Rubric } from '../../src/rubric';
import { fixtures, type Fixture } from '../scoring/seed';

// The seed content every other part of the project is judged on: the rubrics must load cleanly and
// each teacher-marked fixture must agree with its own rubric's level bands and point ids.
const RUBRICS = join(__dirname, '..', '..', 'rubrics');
const ANSWERS = join(__dirname, '..', '..', 'fixtures', 'answers');

const SEED_IDS = [
  'ussr-power-struggle-1953',
  'khrushchev-consolidation-1953-1956',
  'military-role-succession',
  'public-opinion-beria',
  'cult-of-personality-obstacle',
  'khrushchev-party-first',
  'khrushchev-origins-style',
  'beria-feared-short',
];
const LEVELS_OF_RESPONSE = SEED_IDS.filter((id) => id !== 'beria-feared-short');
const PRACTICE_QUESTIONS = ['ussr-power-struggle-1953', 'khrushchev-consolidation-1953-1956'];
const KINDS_EVERY_FILE = [
  'strong',
  'mid',
  'weak',
  'paraphrase',
  'misspelt',
  'negation',
  'misconception',
  'keywords',
  'question-copy',
  'off-topic',
  'empty',
  'html',
  'model-x3',
];

const FIXTURES = fixtures();

function readFixtures(id: string): Fixture[] {
  const found = FIXTURES.get(id);
  if (!found) throw new Error(`fixtures/answers/${id}.jsonl is missing`);
  return found;
}

function levelsOf(rubric: Rubric): LevelsScheme['levels'] | null {
  return rubric.scheme.type === 'levels' ? rubric.scheme.levels : null;
}

const rubricsById = new Map<string, Rubric>();

beforeAll(async () => {
  const { rubrics, issues } = await loadRubricDir(RUBRICS);
  expect(issues).toEqual([]);
  for (const rubric of rubrics) rubricsById.set(rubric.id, rubric);
});

describe('seed rubrics', () => {
  it.each(SEED_IDS)('loads %s without issues', (id) => {
    expect(rubricsById.get(id)?.id).toBe(id);
  });

  it.each(SEED_IDS)('gives every point of %s a hint for the student who missed it', (id) => {
    const rubric = rubricsById.get(id)!;
    expect(rubric.points.length).toBeGreaterThanOrEqual(5);
    for (const point of rubric.points) expect(point.feedback?.missed).toEqual(expect.stringMatching(/\S/));
  });

  it.each(PRACTICE_QUESTIONS)('flags exactly two stimulus points in %s', (id) => {
    const stimulus = rubricsById.get(id)!.points.filter((point) => point.stimulus === true);
    expect(stimulus).toHaveLength(2);
  });

  it.each(LEVELS_OF_RESPONSE)('gives a next step on every level of %s below the top', (id) => {
    const levels = levelsOf(rubricsById.get(id)!) ?? [];
    expect(levels.length).toBeGreaterThanOrEqual(3);
    const top = Math.max(...levels.map((level) => level.level));
    for (const level of levels.filter((l) => l.level < top))
      expect(level.nextStep).toEqual(expect.stringMatching(/\S/));
  });
});

describe('teacher-marked fixtures', () => {
  it('has a fixture file for every seed rubric', () => {
    const files = readdirSync(ANSWERS)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => basename(name, '.jsonl'));
    expect(SEED_IDS.filter((id) => !files.includes(id))).toEqual([]);
  });

  it.each(SEED_IDS)('credits only point ids that %s defines, with unique refs', (id) => {
    const pointIds = new Set(rubricsById.get(id)!.points.map((point) => point.id));
    const fixtures = readFixtures(id);
    expect(new Set(fixtures.map((f) => f.ref)).size).toBe(fixtures.length);
    for (const f of fixtures) expect(f.points.filter((p) => !pointIds.has(p))).toEqual([]);
  });

  it.each(SEED_IDS)('keeps every mark in %s inside the band of its level', (id) => {
    const rubric = rubricsById.get(id)!;
    const levels = levelsOf(rubric);
    for (const f of readFixtures(id)) {
      expect(f.mark).toBeGreaterThanOrEqual(0);
      expect(f.mark).toBeLessThanOrEqual(rubric.maxMark);
      if (levels === null) {
        expect(f.level).toBeNull();
      } else if (f.level === 0) {
        expect(f.mark).toBe(0);
      } else {
        const band = levels.find((level) => level.level === f.level);
        expect({
          ref: f.ref,
          inBand: band !== undefined && f.mark >= band.marks[0] && f.mark <= band.marks[1],
        }).toEqual({
          ref: f.ref,
          inBand: true,
        });
      }
    }
  });

  it.each(SEED_IDS)('covers every level of %s, including 0, with at least 14 answers', (id) => {
    const rubric = rubricsById.get(id)!;
    const fixtures = readFixtures(id);
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    const levels = levelsOf(rubric);
    const expected = levels === null ? [0, 1, rubric.maxMark] : [0, ...levels.map((level) => level.level)];
    const seen = new Set(fixtures.map((f) => (levels === null ? f.mark : f.level)));
    expect(expected.filter((value) => !seen.has(value))).toEqual([]);
  });

  it.each(SEED_IDS)('includes every kind of answer in %s', (id) => {
    const kinds = new Set(readFixtures(id).map((f) => f.kind));
    expect(KINDS_EVERY_FILE.filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  it.each(PRACTICE_QUESTIONS)('includes an answer of 800 to 1200 words for %s', (id) => {
    const long = readFixtures(id).filter((f) => f.kind === 'long');
    expect(long.length).toBeGreaterThan(0);
    for (const f of long) {
      const words = f.answer.split(/\s+/).filter((w) => w !== '').length;
      expect(words).toBeGreaterThanOrEqual(800);
      expect(words).toBeLessThanOrEqual(1200);
    }
  });

  it.each(SEED_IDS)('gives the model answer pasted three times in %s no more than a strong answer', (id) => {
    const fixtures = readFixtures(id);
    const pasted = fixtures.filter((f) => f.kind === 'model-x3');
    const best = Math.max(...fixtures.filter((f) => f.kind !== 'model-x3').map((f) => f.mark));
    for (const f of pasted) expect(f.mark).toBeLessThanOrEqual(best);
  });

  // Not the point-marked item: a "Give two reasons" question accepts brief phrases.
  it.each(LEVELS_OF_RESPONSE)('keeps keyword lists in %s at level 1 or below', (id) => {
    for (const f of readFixtures(id).filter((x) => x.kind === 'keywords'))
      expect(f.level).toBeLessThanOrEqual(1);
  });
});
