import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRubric } from '../../src/rubric';
import { compileRubric, mark } from '../../src/scoring';
import { rubricFolder, runCli } from '../cli/helpers';

function draftArgs(dir: string, opposites: string): string[] {
  return [
    'draft-rubric',
    '--rubrics',
    dir,
    '--no-wordnet',
    '--question',
    'Why was the voltage 0?',
    '--answer',
    'Terminal 4 and the positive terminal are connected',
    '--opposites',
    opposites,
  ];
}

describe('draft-rubric --opposites', () => {
  it('drafts a contradiction that catches the opposite word given in the file', async () => {
    const dir = rubricFolder({});
    const file = join(dir, 'opposites.json');
    writeFileSync(file, JSON.stringify([['connected', 'gap']]));
    const run = await runCli(draftArgs(dir, file));
    expect(run.code).toBe(0);
    const valid = validateRubric(JSON.parse(run.stdout));
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    const found = mark(
      compileRubric(valid.rubric, {}),
      'there is a gap between terminal 4 and the positive terminal',
    ).misconceptions;
    expect(found.map((m) => m.id)).toEqual(['contradicts-connect-by-opposite']);
  });

  it.each([
    ['not JSON', '[["connected", "gap"', /opposites\.json: expected valid JSON, .* line 1, column 21/],
    ['not a list of pairs', '{"connected": "gap"}', /must be a list of at most 1000 pairs of words/],
    ['a pair of three words', '[["connected", "gap"], ["a", "b", "c"]]', /entry 2 is not a pair of words/],
    ['a pair with an empty word', '[["connected", ""]]', /entry 1 is not a pair of words/],
  ])('refuses an opposites file that is %s, saying what is wrong', async (_, text, message) => {
    const dir = rubricFolder({});
    const file = join(dir, 'opposites.json');
    writeFileSync(file, text);
    const run = await runCli(draftArgs(dir, file));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('reads an opposites file saved with a byte order mark, as lint and mark read rubrics', async () => {
    const dir = rubricFolder({});
    const file = join(dir, 'opposites.json');
    writeFileSync(file, `\ufeff${JSON.stringify([['connected', 'gap']])}`);
    const run = await runCli(draftArgs(dir, file));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"contradicts-connect-by-opposite"');
  });

  it('refuses a missing opposites file', async () => {
    const dir = rubricFolder({});
    const run = await runCli(draftArgs(dir, join(dir, 'nowhere.json')));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/opposites file not found/);
  });
});
