/**
 * `calibrate --write` edits the calibration block of a rubric file as its author saved it:
 * with a byte order mark, four-space or tab indentation, Windows line ends.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRubric } from '../../src/rubric';
import { rubricFolder, runCli, testRubric as beriaRubric } from '../cli/helpers';

const answers = [
  ['Beria controlled the secret police.', 2],
  ['Beria was arrested in June 1953.', 2],
  ['Malenkov was premier.', 2],
  ['Beria controlled the secret police. Beria was arrested in June 1953.', 4],
  ['Beria controlled the secret police. Malenkov was premier.', 4],
  ['Stalin died.', 0],
] as const;

/** Writes the rubric as `text` and twelve marked answers beside it; returns the command to run. */
function setUp(text: string): { file: string; args: string[] } {
  const dir = rubricFolder({});
  const file = join(dir, 'beria.json');
  writeFileSync(file, text);
  const lines = [...answers, ...answers].map(([answer, mark]) => JSON.stringify({ answer, mark }));
  writeFileSync(join(dir, 'marks.jsonl'), `${lines.join('\n')}\n`);
  return {
    file,
    args: ['calibrate', file, join(dir, 'marks.jsonl'), '--rubrics', dir, '--write', '--force'],
  };
}

function calibrationOf(text: string): unknown {
  const valid = validateRubric(JSON.parse(text.replace(/^\ufeff/, '')));
  if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
  return valid.rubric.calibration;
}

describe('calibrate --write', () => {
  it('reads a rubric file saved with a byte order mark, as lint and mark do', async () => {
    const { file, args } = setUp(`\ufeff${JSON.stringify(beriaRubric, null, 2)}\n`);
    const run = await runCli(args);
    expect(run.stderr).toContain('calibration written to');
    expect(run.code).toBe(0);
    expect(calibrationOf(readFileSync(file, 'utf8'))).toMatchObject({ fittedOn: { answers: 12 } });
  });
});
