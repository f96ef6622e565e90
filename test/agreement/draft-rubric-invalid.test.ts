import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { rubricFolder, runCli } from '../cli/helpers';

describe('draft-rubric when the draft is not a valid rubric', () => {
  // Only words the drafter leaves out: no key concept, so no point, and a rubric needs one.
  const args = (dir: string) => [
    'draft-rubric',
    '--rubrics',
    dir,
    '--no-wordnet',
    '--question',
    'Why?',
    '--answer',
    'the and of',
  ];

  it('prints nothing on stdout, says why on stderr and exits 1', async () => {
    const run = await runCli(args(rubricFolder({})));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('the draft is not a valid rubric, so nothing was written');
    expect(run.stderr).toMatch(/^ {2}\/points: expected .*fewer than 1 items/m);
    expect(run.stderr).toContain('no key concepts found');
  });

  it('does not create the --out file', async () => {
    const dir = rubricFolder({});
    const out = join(dir, 'draft.json');
    const run = await runCli([...args(dir), '--out', out]);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('draft-rubric --out into a folder that does not exist', () => {
  it('is a usage error (exit 2) naming the file, not a raw ENOENT', async () => {
    const dir = rubricFolder({});
    const run = await runCli([
      'draft-rubric',
      '--rubrics',
      dir,
      '--no-wordnet',
      '--question',
      'Why was Beria arrested?',
      '--answer',
      'His rivals feared the secret police.',
      '--out',
      join(dir, 'missing', 'x.json'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x.json: its folder does not exist');
    expect(run.stderr).not.toContain('ENOENT');
  });
});
