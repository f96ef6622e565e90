import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, sniffEncoding } from '../../src/cli/encoding';
import { jsonLines, rubricFolder, runCli, testRubric } from './helpers';

/** Windows-1252 bytes of `text` (its curly apostrophe is the single byte 0x92). */
const win1252 = (text: string): Buffer => Buffer.from(text.replace(/’/g, '\x92'), 'latin1');
/** What Excel's "Unicode text" writes: UTF-16 little-endian with a byte order mark. */
const utf16le = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('the encoding of a teacher’s file', () => {
  it.each([
    ['plain ASCII', Buffer.from('ref,answer\n'), 'utf8'],
    [
      'UTF-8 with curly quotes and a byte order mark',
      Buffer.from('\uFEFFKhrushchev’s “secret speech”'),
      'utf8',
    ],
    ['UTF-8 cut in the middle of a character', Buffer.from('Khrushchev’s').subarray(0, 11), 'utf8'],
    ['Windows-1252 from Excel’s plain CSV', win1252('Khrushchev’s supporters'), 'win1252'],
    ['UTF-16 little-endian from Excel’s Unicode text', utf16le('ref\tanswer'), 'utf16le'],
    ['UTF-16 big-endian', Buffer.from([0xfe, 0xff, 0, 0x41]), 'utf16be'],
  ])('is read from %s', (_name, bytes, encoding) => {
    expect(sniffEncoding(bytes)).toBe(encoding);
  });

  it('reads a whole Windows-1252 file whose only curly apostrophe ends it as Windows-1252', () => {
    // Cut off at a block boundary, 0x92 could start a UTF-8 character; at the end of the file it cannot.
    const bytes = win1252('ref,answer\nk1,the leaders’');
    expect(sniffEncoding(bytes, true)).toBe('win1252');
    expect(decodeText(bytes)).toBe('ref,answer\nk1,the leaders’');
  });

  it('decodes each to the same text, without a byte order mark', () => {
    const text = 'ref,answer\nk1,Khrushchev’s supporters backed him.\n';
    for (const bytes of [Buffer.from(`\uFEFF${text}`), win1252(text), utf16le(text)]) {
      expect(decodeText(bytes)).toBe(text);
    }
  });
});

describe('commands reading a spreadsheet export', () => {
  const dir = rubricFolder({ 'test-beria.json': testRubric });

  it('mark reads Excel’s Unicode text (UTF-16, tab-separated) and marks each answer', async () => {
    const file = join(dir, 'answers.txt');
    writeFileSync(file, utf16le('ref\tanswer\r\nu1\tBeria’s men ran the secret police.\r\n'));
    const run = await runCli(['mark', '--rubrics', dir, '--rubric', 'test-beria', '--input', 'csv', file]);
    expect(run.code).toBe(0);
    const [result] = jsonLines(run.stdout) as Array<{
      ref: string;
      points: Array<{ id: string; met: boolean }>;
    }>;
    expect(result!.ref).toBe('u1');
    expect(result!.points.find((p) => p.id === 'secret-police')?.met).toBe(true);
  });

  it('mark reads Windows-1252 on stdin arriving in pieces, its only ’ in the last bytes', async () => {
    // A slow pipe: the header first, then the one answer, which ends "Stalin’s" (…n 0x92 s).
    const pieces = [Buffer.from('ref,answer\r\n'), win1252('k1,Beria feared Stalin’s')];
    const run = await runCli(['mark', '--rubrics', dir, '--rubric', 'test-beria', '--input', 'csv', '-'], {
      stdin: pieces,
    });
    const [result] = jsonLines(run.stdout) as Array<{ signals: { words: number } }>;
    // Read as UTF-8, the ’ would become U+FFFD and "s" a fourth word.
    expect(result!.signals.words).toBe(3);
  });

  it('test-rubric reads a Windows-1252 CSV with curly apostrophes intact', async () => {
    const file = join(dir, 'marks.csv');
    // The teacher gave 0, so the report lists the answer as accepted wrongly, quoting it.
    writeFileSync(file, win1252('ref,answer,mark\r\nk1,Beria’s secret police were feared.,0\r\n'));
    const run = await runCli(['test-rubric', 'test-beria', file, '--rubrics', dir, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { acceptedWrongly: Array<{ answer: string }> };
    expect(report.acceptedWrongly[0]!.answer).toBe('Beria’s secret police were feared.');
    const text = await runCli(['test-rubric', 'test-beria', file, '--rubrics', dir]);
    expect(text.stdout).toContain('answer: "Beria’s secret police were feared."');
  });
});
