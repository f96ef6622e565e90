import { join } from 'node:path';
import { lintRubric } from '../../src/scoring';
import type { Rubric } from '../../src/rubric/types';
import { rubricFolder, runCli, testRubric } from './helpers';

const base = testRubric as unknown as Rubric;
const levels = (rubric: Rubric) => (rubric.scheme.type === 'levels' ? rubric.scheme.levels : []);

function variant(change: (rubric: Rubric) => void): Rubric {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('lintRubric', () => {
  it('finds nothing wrong with a rubric whose model answer meets every point and the top level', () => {
    expect(lintRubric(base, {})).toEqual([]);
  });

  it.each<[string, (rubric: Rubric) => void, { severity: string; pointer: string; message: RegExp }]>([
    [
      'a point no model answer meets',
      (r) =>
        r.points.push({
          id: 'khrushchev',
          label: 'Khrushchev led the plot',
          match: { all: [['Khrushchev']] },
        }),
      { severity: 'warning', pointer: '/points/3', message: /no model answer meets point "khrushchev"/ },
    ],
    [
      'a model answer below the top level',
      (r) => (r.modelAnswers = ['Beria ran the secret police.']),
      {
        severity: 'error',
        pointer: '/modelAnswers/0',
        message: /model answer 1 reaches level 1 .* below the top level 3: points 1 of 3/,
      },
    ],
    [
      'two points met by the same words',
      (r) => r.points.push({ id: 'police-again', label: 'The MVD', match: { all: [['secret police']] } }),
      {
        severity: 'warning',
        pointer: '/points/3',
        message: /points "secret-police" and "police-again" are met by the same words/,
      },
    ],
    [
      'a gate asking for more points than the rubric has',
      (r) => (levels(r)[2]!.requires = { points: 5 }),
      {
        severity: 'error',
        pointer: '/scheme/levels/2/requires/points',
        message: /level 3 can never be reached: it needs points >= 5 but the rubric has only 3/,
      },
    ],
    [
      'a gate asking for own knowledge when every point is in the stimulus',
      (r) => {
        for (const point of r.points) point.stimulus = true;
        levels(r)[2]!.requires = { points: 3, beyondStimulus: 1 };
      },
      {
        severity: 'error',
        pointer: '/scheme/levels/2/requires/beyondStimulus',
        message: /only 0 points outside the stimulus/,
      },
    ],
    [
      'a level shadowed by a higher level with weaker gates',
      (r) => (levels(r)[2]!.requires = { points: 2 }),
      {
        severity: 'error',
        pointer: '/scheme/levels/1',
        message: /level 2 can never be awarded: .* also meets level 3/,
      },
    ],
    [
      'a k-of-n point needing more concepts than it lists',
      (r) => (r.points[0]!.match = { atLeast: 2, of: [{ all: [['secret police']] }] }),
      { severity: 'error', pointer: '/points/0/match/atLeast', message: /needs 2 of only 1 concepts/ },
    ],
  ])('reports %s', (_case, change, expected) => {
    const findings = lintRubric(variant(change), {});
    expect(findings).toContainEqual({
      severity: expected.severity,
      pointer: expected.pointer,
      message: expect.stringMatching(expected.message),
    });
  });

  it.each<[string, Array<{ min: number; mark: number }>, { pointer: string; message: RegExp }]>([
    [
      'a mark-table row needing more points than the rubric has',
      [
        { min: 4, mark: 3 },
        { min: 1, mark: 1 },
      ],
      { pointer: '/scheme/table/0/min', message: /needs 4 points met but the rubric has only 3/ },
    ],
    [
      'a mark-table row repeating another row',
      [
        { min: 3, mark: 3 },
        { min: 1, mark: 1 },
        { min: 1, mark: 2 },
      ],
      { pointer: '/scheme/table/2', message: /min 1 repeats row 1/ },
    ],
  ])('reports %s on a point-marked rubric', (_case, table, expected) => {
    const pointMarked = variant((r) => {
      r.maxMark = 3;
      r.scheme = { type: 'points', table };
    });
    expect(lintRubric(pointMarked, {})).toContainEqual({
      severity: 'error',
      pointer: expected.pointer,
      message: expect.stringMatching(expected.message),
    });
  });

  it('warns about a subject no group of names meets, and accepts one that a group meets', () => {
    expect(
      lintRubric(
        variant((r) => (r.subject = 'Bulganin')),
        {},
      ),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        pointer: '/subject',
        message: expect.stringMatching(/Bulganin/),
      }),
    ]);
    const named = base.points
      .flatMap((p) => ('all' in p.match ? p.match.all : []))
      .find((g) => /^[A-Z]/.test(g[0]!));
    expect(named).toBeDefined();
    expect(
      lintRubric(
        variant((r) => (r.subject = named![0]!)),
        {},
      ),
    ).toEqual([]);
  });

  it('lists errors before warnings', () => {
    const findings = lintRubric(
      variant((r) => {
        r.points.push({ id: 'khrushchev', label: 'Khrushchev', match: { all: [['Khrushchev']] } });
        levels(r)[2]!.requires = { points: 9 };
      }),
      {},
    );
    expect(findings.map((f) => f.severity)).toEqual([...findings.map((f) => f.severity)].sort());
  });
});

describe('essay-feedback lint', () => {
  const typo = {
    ...testRubric,
    points: [{ ...testRubric.points[0], lable: 'oops' }, ...testRubric.points.slice(1)],
  };
  const missesPoint = {
    ...testRubric,
    id: 'misses-point',
    points: [
      ...testRubric.points,
      { id: 'khrushchev', label: 'Khrushchev led the plot', match: { all: [['Khrushchev']] } },
    ],
  };
  const dir = rubricFolder({
    'typo.json': typo,
    'misses-point.json': missesPoint,
    'good.json': testRubric,
    'broken.json': '{ "id": ',
  });

  it('reports a schema error with file and JSON pointer, a point the model answer misses, and exits 1', async () => {
    const { code, stdout } = await runCli(['lint', '--rubrics', dir, dir], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^typo\.json#\/points\/0: error: .*lable/m);
    expect(stdout).toMatch(
      /^misses-point\.json#\/points\/3: warning: no model answer meets point "khrushchev"/m,
    );
    expect(stdout).toMatch(/^broken\.json#\/: error: /m);
    expect(stdout).not.toMatch(/^good\.json/m);
    expect(stdout).toMatch(/4 rubrics checked: \d+ errors?, 1 warning$/m);
  });

  it('passes a clean rubric with exit code 0, and fails its warnings only with --strict', async () => {
    expect((await runCli(['lint', '--rubrics', dir, join(dir, 'good.json')])).code).toBe(0);
    expect((await runCli(['lint', '--rubrics', dir, join(dir, 'misses-point.json')])).code).toBe(0);
    expect((await runCli(['lint', '--rubrics', dir, '--strict', join(dir, 'misses-point.json')])).code).toBe(
      1,
    );
  });

  it('prints findings as JSON with --format json', async () => {
    const { stdout } = await runCli(
      ['lint', '--rubrics', dir, '--format', 'json', join(dir, 'misses-point.json')],
      { cwd: dir },
    );
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'misses-point.json',
        severity: 'warning',
        pointer: '/points/3',
        message: expect.stringContaining('"khrushchev"'),
      },
    ]);
  });

  it('finds no errors in the bundled rubrics', async () => {
    const { code, stdout } = await runCli(['lint']);
    expect(stdout).toMatch(/rubrics? checked: 0 errors/);
    expect(code).toBe(0);
  });

  it('exits 2 for a path that does not exist', async () => {
    const { code, stderr } = await runCli(['lint', 'no/such/rubric.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file or folder: no/such/rubric.json');
  });
});
