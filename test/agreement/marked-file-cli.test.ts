/**
 * The agreement commands reading a teacher's own files as spreadsheets and editors save them:
 * what the teacher sees when a file has several problems, was marked against an older rubric,
 * or was saved with a byte order mark.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubricFolder, runCli, testRubric as beriaRubric } from '../cli/helpers';

describe('test-rubric reading a marked file', () => {
  it('lists every problem of the file at once, each with its line, and exits 2', async () => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const file = join(dir, 'marks.csv');
    writeFileSync(
      file,
      'ref,answer,mark,points\r\na,Beria was shot,99,\r\nb,short\r\nc,Beria ran the MVD,1,secret-police;nope\r\n',
    );
    const run = await runCli(['test-rubric', 'test-beria', file, '--rubrics', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('marks.csv: line 2: mark must be a whole number from 0 to');
    expect(run.stderr).toContain('marks.csv: line 3: 2 cells, but the header names 4 columns');
    expect(run.stderr).toContain('marks.csv: line 4: point "nope" is not a point of the rubric');
    expect(run.stderr).not.toContain('/:');
  });

  it.each([
    ['an Excel workbook', 'marks.xlsx', Buffer.from('PK\u0003\u0004\u0014\u0000workbook', 'latin1')],
    [
      'an old Excel workbook saved as .csv',
      'marks.csv',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
    ],
  ])('says how to save %s as CSV instead of reading it', async (_name, name, bytes) => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const run = await runCli(['test-rubric', 'test-beria', file, '--rubrics', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${name} is a spreadsheet workbook, not a CSV file: save it as CSV first`);
    expect(run.stderr).toContain('File > Save As > "CSV UTF-8 (Comma delimited)"');
  });

  it('--against accepts points the edit removed, credited against the rubric before it', async () => {
    const edited = { ...beriaRubric, points: beriaRubric.points.filter((p) => p.id !== 'malenkov') };
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
    const file = join(dir, 'marks.csv');
    writeFileSync(file, 'ref,answer,mark,points\na,Malenkov was premier.,1,malenkov\nb,Stalin died.,0,\n');
    const run = await runCli([
      'test-rubric',
      join(dir, 'edited.json'),
      file,
      '--rubrics',
      dir,
      '--against',
      'test-beria',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('point malenkov (removed by the edit)');
  });

  it.each(['abc', '-1', '2.5'])('refuses --limit %s as a usage error (exit 2)', async (limit) => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const file = join(dir, 'marks.csv');
    writeFileSync(file, 'answer,mark\nBeria was shot,1\n');
    const run = await runCli(['test-rubric', 'test-beria', file, '--rubrics', dir, '--limit', limit]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--limit must be a whole number 0-100000, found "${limit}"`);
  });
});
describe('calibrate finding a rubric by id', () => {
  it('finds the file of a rubric saved with a byte order mark', async () => {
    const dir = rubricFolder({});
    writeFileSync(join(dir, 'beria.json'), `\ufeff${JSON.stringify(beriaRubric)}`);
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({ answer: i % 2 ? 'Beria controlled the secret police.' : 'Stalin died.', mark: i % 2 }),
    );
    const file = join(dir, 'marks.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = await runCli(['calibrate', 'test-beria', file, '--rubrics', dir, '--write', '--force']);
    expect(run.stderr).not.toContain('cannot find the file of rubric');
    expect(run.code).toBe(0);
  });
});
