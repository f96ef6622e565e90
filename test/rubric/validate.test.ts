import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson, validateLexicon, validateRubric, type Rubric } from '../../src/rubric';
import { tinyRubric } from '../scoring/tiny-rubric';

const RUBRICS = join(__dirname, '..', '..', 'rubrics');

function clone(overrides: (r: Record<string, unknown>) => void): unknown {
  const data = JSON.parse(JSON.stringify(tinyRubric())) as Record<string, unknown>;
  overrides(data);
  return data;
}

function issuesOf(data: unknown): Array<{ pointer: string; message: string; file?: string }> {
  const result = validateRubric(data, 'rubrics/tiny.json');
  return result.ok ? [] : result.issues;
}

describe('validateRubric', () => {
  const files = readdirSync(RUBRICS).filter(
    (f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'lexicon.json',
  );

  it.each(files)('accepts the bundled rubric %s', (file) => {
    const parsed = parseJson(readFileSync(join(RUBRICS, file), 'utf8'), file);
    expect(parsed.ok).toBe(true);
    const result = validateRubric(parsed.ok ? parsed.data : null, file);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('accepts the bundled lexicon', () => {
    const data = JSON.parse(readFileSync(join(RUBRICS, 'lexicon.json'), 'utf8')) as unknown;
    expect(validateLexicon(data).ok).toBe(true);
  });

  it('accepts a small rubric', () => {
    expect(issuesOf(tinyRubric())).toEqual([]);
  });

  it('names only the misspelt kind of a marking scheme, with the kind meant, not what the other kind lacks', () => {
    const issues = issuesOf(
      clone((r) => {
        (r.scheme as Record<string, unknown>).type = 'level';
      }),
    );
    expect(issues).toEqual([
      {
        pointer: '/scheme/type',
        message: "expected one of 'levels','points' at /scheme/type, found 'level' (did you mean 'levels'?)",
        file: 'rubrics/tiny.json',
      },
    ]);
  });

  it('refuses a wrong polarity naming the file, the pointer, what was expected and what was found', () => {
    const issues = issuesOf(
      clone((r) => ((r.points as Array<Record<string, unknown>>)[1]!.polarity = 'negative')),
    );
    expect(issues).toEqual([
      {
        file: 'rubrics/tiny.json',
        pointer: '/points/1/polarity',
        message: "expected one of 'affirmed','negated' at /points/1/polarity, found 'negative'",
      },
    ]);
  });

  it('names the closest allowed property for a typo', () => {
    const issues = issuesOf(
      clone((r) => {
        const point = (r.points as Array<Record<string, unknown>>)[0]!;
        point.lable = point.label;
        delete point.label;
      }),
    );
    expect(issues.map((i) => i.message)).toEqual([
      "expected property 'label' at /points/0, found nothing",
      "unknown property 'lable' at /points/0 (did you mean 'label'?)",
    ]);
  });

  it.each([
    [
      'maxMark as text',
      (r: Record<string, unknown>) => (r.maxMark = '12'),
      '/maxMark',
      "expected integer at /maxMark, found '12'",
    ],
    [
      'a misspelt window',
      (r: Record<string, unknown>) =>
        ((r.points as Array<{ match: Record<string, unknown> }>)[0]!.match.window = 'sentense'),
      '/points/0/match/window',
      "expected 'sentence'",
    ],
    [
      'a k-of-n without its concepts',
      (r: Record<string, unknown>) =>
        ((r.points as Array<Record<string, unknown>>)[0]!.match = { atLeast: 1, off: [] }),
      '/points/0/match',
      "expected property 'of'",
    ],
    [
      'a points scheme with a bad table',
      (r: Record<string, unknown>) => (r.scheme = { type: 'points', table: [{ min: 1 }] }),
      '/scheme/table/0',
      "expected property 'mark'",
    ],
    [
      'schemaVersion 2',
      (r: Record<string, unknown>) => (r.schemaVersion = 2),
      '/schemaVersion',
      'expected 1 at /schemaVersion, found 2',
    ],
  ])('refuses %s', (_name, change, pointer, message) => {
    const issues = issuesOf(clone(change));
    expect(issues).toContainEqual(
      expect.objectContaining({ pointer, message: expect.stringContaining(message) }),
    );
  });

  it.each<[string, (r: Rubric) => void, string, string]>([
    [
      'a duplicate point id',
      (r) => (r.points[1]!.id = r.points[0]!.id),
      '/points/1/id',
      "found 'beria-police' twice",
    ],
    [
      'a misconception id that is a point id',
      (r) => (r.misconceptions![0]!.id = 'no-successor'),
      '/misconceptions/0/id',
      'unlike every point id',
    ],
    [
      'overlapping level marks',
      (r) => r.scheme.type === 'levels' && (r.scheme.levels[1]!.marks = [3, 6]),
      '/scheme/levels/1/marks/0',
      'overlaps the level below',
    ],
    [
      'a gap between levels',
      (r) => r.scheme.type === 'levels' && (r.scheme.levels[1]!.marks = [5, 6]),
      '/scheme/levels/1/marks/0',
      'leaves a gap',
    ],
    [
      'a top level short of maxMark',
      (r) => (r.maxMark = 14),
      '/scheme/levels/3/marks/1',
      'to reach maxMark 14',
    ],
    ['a level above maxMark', (r) => (r.maxMark = 11), '/scheme/levels/3/marks/1', 'at most maxMark 11'],
    [
      'a group the scheme does not declare',
      (r) => (r.points[0]!.group = 'conclusion'),
      '/points/0/group',
      "found 'conclusion'",
    ],
    [
      'k-of-n asking for more concepts than it has',
      (r) => (r.points[0]!.match = { atLeast: 3, of: [{ all: [['a']] }, { all: [['b']] }] }),
      '/points/0/match/atLeast',
      'expected at most 2',
    ],
    [
      'a broken feedback template',
      (r) => (r.templates = { summary: '{{#if mark}}unclosed' }),
      '/templates/summary',
      'valid handlebars template',
    ],
    [
      'calibration weights for a point that does not exist',
      (r) =>
        (r.calibration = { weights: { nope: 0.5 }, fittedOn: { answers: 1, fittedAt: 'x', method: 'y' } }),
      '/calibration/weights/nope',
      "found 'nope'",
    ],
    [
      'a calibration map with the wrong number of marks',
      (r) => (r.calibration = { markMap: [0, 1, 2], fittedOn: { answers: 1, fittedAt: 'x', method: 'y' } }),
      '/calibration/markMap',
      'expected 13 entries',
    ],
    [
      'a calibration map that lowers a higher mark',
      (r) =>
        (r.calibration = {
          markMap: [0, 2, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          fittedOn: { answers: 1, fittedAt: 'x', method: 'y' },
        }),
      '/calibration/markMap/2',
      'expected at least 2',
    ],
    [
      'a calibration map that gives marks for nothing found',
      (r) =>
        (r.calibration = {
          markMap: [1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          fittedOn: { answers: 1, fittedAt: 'x', method: 'y' },
        }),
      '/calibration/markMap/0',
      'expected 0',
    ],
  ])('refuses %s', (_name, change, pointer, message) => {
    const rubric = tinyRubric();
    const copy = JSON.parse(JSON.stringify(rubric)) as Rubric;
    change(copy);
    expect(issuesOf(copy)).toContainEqual(
      expect.objectContaining({ pointer, message: expect.stringContaining(message) }),
    );
  });

  it('refuses a points scheme whose marks cannot reach maxMark', () => {
    const rubric = tinyRubric({ maxMark: 3, scheme: { type: 'points', groups: [{ id: 'a', cap: 1 }] } });
    rubric.points = rubric.points.map((p) => ({ ...p, group: 'a' }));
    expect(issuesOf(rubric)).toContainEqual(
      expect.objectContaining({ pointer: '/scheme', message: expect.stringContaining('found at most 1') }),
    );
  });

  it.each([null, 42, 'rubric', [], {}])('returns issues, never throws, for %j', (data) => {
    expect(() => validateRubric(data)).not.toThrow();
    expect(validateRubric(data).ok).toBe(false);
  });
});

describe('parseJson', () => {
  it('reports the line and column of a syntax error', () => {
    const result = parseJson('{\n  "id": "x",\n  "maxMark": ,\n}', 'rubrics/bad.json');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          file: 'rubrics/bad.json',
          pointer: '',
          message: 'expected valid JSON, found a syntax error at line 3, column 14: ValueExpected',
        },
      ],
    });
  });

  it('reports an empty file as empty and accepts a byte-order mark', () => {
    expect(parseJson('')).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('empty') }],
    });
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, data: { a: 1 } });
  });
});
