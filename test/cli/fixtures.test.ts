import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { jsonLines, runCli } from './helpers';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'answers');
const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((name) => name.endsWith('.jsonl')) : [];

describe('essay-feedback mark on the teacher-marked fixtures', () => {
  it('has fixture files to mark', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('marks every answer in %s with its rubric', async (name) => {
    const file = join(FIXTURES, name);
    const refs = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { ref: unknown }).ref);
    const { code, stdout, stderr } = await runCli(['mark', '--rubric', basename(name, '.jsonl'), file]);
    const results = jsonLines(stdout);
    expect(stderr).not.toMatch(/failed/);
    expect(code).toBe(0);
    expect(results.map((r) => r.ref)).toEqual(refs);
    for (const result of results) {
      expect(result.mark).toEqual(expect.any(Number));
      expect(result.mark as number).toBeLessThanOrEqual(result.maxMark as number);
    }
  });
});
