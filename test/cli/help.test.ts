/** The examples in each command's help are commands a user can copy and run. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers';

const bundled = new Set(
  readdirSync(join(__dirname, '..', '..', 'rubrics'))
    .filter((f) => f.endsWith('.json') && !f.startsWith('lexicon') && !f.endsWith('schema.json'))
    .map((f) => f.replace(/\.json$/, '')),
);

describe('the help examples', () => {
  it.each(['mark', 'explain', 'test-rubric', 'calibrate', 'lint'])(
    'of %s name only rubrics that are bundled',
    async (command) => {
      const { stdout } = await runCli([command, '--help']);
      const named = [
        ...stdout.matchAll(/--rubric ([\w-]+)/g),
        ...stdout.matchAll(/essay-feedback (?:test-rubric|calibrate) ([\w-]+)/g),
        ...stdout.matchAll(/rubrics\/([\w-]+)\.json/g),
      ].map((m) => m[1]!);
      expect(named.length).toBeGreaterThan(0);
      for (const id of named) expect(bundled).toContain(id);
    },
  );
});
