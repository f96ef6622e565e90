import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLines } from '../../src/cli/progress';

describe('counting the lines of an input for the progress bar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'essay-feedback-lines-'));
  it.each([
    ['ends with a line break', 'a\nb\nc\n', 3],
    ['has no line break after its last line', 'a\nb\nc', 3],
    ['is empty', '', 0],
  ])('counts every line of a file that %s', async (_name, text, lines) => {
    const file = join(dir, `${lines}-${text.length}.txt`);
    writeFileSync(file, text);
    expect(await countLines(file)).toBe(lines);
  });
});
