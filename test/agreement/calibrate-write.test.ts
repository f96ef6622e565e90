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

  it('keeps a byte order mark, four-space indentation and Windows line ends, adding only the block', async () => {
    const body = JSON.stringify(beriaRubric, null, 4).replace(/\n/g, '\r\n');
    const { file, args } = setUp(`\ufeff${body}\r\n`);
    const run = await runCli(args);
    expect(run.stderr).toContain('calibration written to');
    expect(run.code).toBe(0);
    const written = readFileSync(file, 'utf8');
    const lastValueEnd = body.lastIndexOf('\r\n}');
    // Everything up to the end of the last property is as it was; the block follows it.
    expect(
      written.startsWith(`\ufeff${body.slice(0, lastValueEnd)},\r\n    "calibration": {\r\n        "`),
    ).toBe(true);
    expect(written.endsWith('\r\n    }\r\n}\r\n')).toBe(true);
    expect(written).not.toMatch(/[^\r]\n/);
    expect(calibrationOf(written)).toMatchObject({ fittedOn: { answers: 12, source: 'marks.jsonl' } });
  });

  it('replaces an earlier block in place in a tab-indented file, leaving the text around it alone', async () => {
    const old = {
      markMap: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      fittedOn: { answers: 3, fittedAt: '2020-01-01T00:00:00.000Z', method: 'by hand' },
    };
    const { scheme, ...head } = beriaRubric;
    const body = JSON.stringify({ ...head, calibration: old, scheme }, null, '\t');
    const { file, args } = setUp(`${body}\n`);
    const start = body.indexOf('\t"calibration": ');
    const after = body.indexOf('\n\t"scheme": ') - 1; // the comma ending the old block
    const run = await runCli(args);
    expect(run.code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith(`${body.slice(0, start)}\t"calibration": {\n\t\t"`)).toBe(true);
    expect(written.endsWith(`\n\t}${body.slice(after)}\n`)).toBe(true);
    expect(calibrationOf(written)).toMatchObject({ fittedOn: { answers: 12 } });
  });
});
