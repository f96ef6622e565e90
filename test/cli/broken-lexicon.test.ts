import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubricFolder, runCli, testRubric } from './helpers';

// A lexicon with a missing bracket: the error is at line 4, where `}` comes instead of `]`.
const NOT_JSON = '{\n  "schemaVersion": 1,\n  "synonyms": [["secret police", "MVD"]\n}\n';
const NOT_A_LEXICON = JSON.stringify({ schemaVersion: 1, synonym: [] });

describe('a rubrics folder whose lexicon.json is broken', () => {
  it('is an error in lint, naming lexicon.json with the line and column', async () => {
    const dir = rubricFolder({ 'lexicon.json': NOT_JSON, 'beria.json': testRubric });
    const run = await runCli(['lint', '--rubrics', dir], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^lexicon\.json#\/: error: expected valid JSON, .*line 4, column 1/m);
    expect(run.stdout).toContain('1 rubric checked: 1 error, 0 warnings');
  });

  it('is an error in lint when it is JSON but not a lexicon', async () => {
    const dir = rubricFolder({ 'lexicon.json': NOT_A_LEXICON, 'beria.json': testRubric });
    const run = await runCli(['lint', '--rubrics', dir, '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as Array<{ file: string; severity: string }>;
    expect(findings[0]).toMatchObject({ file: 'lexicon.json', severity: 'error' });
  });

  it.each<[string, (dir: string) => string[]]>([
    ['mark', () => ['mark', '--rubric', 'test-beria', '-']],
    ['explain', () => ['explain', '--rubric', 'test-beria', 'Beria ran the MVD.']],
    [
      'test-rubric',
      (dir) => {
        writeFileSync(join(dir, 'marks.csv'), 'answer,mark\nBeria ran the MVD.,1\n');
        return ['test-rubric', 'test-beria', join(dir, 'marks.csv')];
      },
    ],
  ])('stops %s with exit 2 and the file named, instead of marking without the lexicon', async (_, args) => {
    const dir = rubricFolder({ 'lexicon.json': NOT_JSON, 'beria.json': testRubric });
    const run = await runCli([...args(dir), '--rubrics', dir], {
      stdin: '{"answer":"Beria ran the MVD."}\n',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`cannot use ${join(dir, 'lexicon.json')}`);
    expect(run.stderr).toMatch(/line 4, column 1/);
  });
});
