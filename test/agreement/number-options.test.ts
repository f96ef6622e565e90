import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubricFolder, runCli, testRubric as beriaRubric } from '../cli/helpers';

describe('numeric options of the agreement commands', () => {
  const dir = rubricFolder({ 'beria.json': beriaRubric });
  const marks = join(dir, 'marks.csv');
  writeFileSync(marks, 'answer,mark\nBeria ran the MVD.,1\n');

  it.each(['abc', '1', '2.5', '101', '5x', ''])(
    'refuses calibrate --folds "%s" with exit 2, naming the option and the value',
    async (folds) => {
      const run = await runCli(['calibrate', 'test-beria', marks, '--rubrics', dir, '--folds', folds]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--folds must be a whole number 2-100, found "${folds}"`);
      expect(run.stdout).toBe('');
    },
  );

  it.each(['abc', '0', '1.5', '101'])(
    'refuses draft-rubric --max-mark "%s" with exit 2, naming the option and the value',
    async (maxMark) => {
      const args = ['draft-rubric', '--question', 'Why?', '--answer', 'Beria ran the MVD.'];
      const run = await runCli([...args, '--rubrics', dir, '--no-wordnet', '--max-mark', maxMark]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--max-mark must be a whole number 1-100, found "${maxMark}"`);
      expect(run.stdout).toBe('');
    },
  );
});
