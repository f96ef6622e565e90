import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { calibrate, type CalibrationReport } from '../agreement';
import { formatIssues } from '../errors';
import { parseJson } from '../rubric';
import { compileRubric, mark } from '../scoring';
import { EXIT, UsageError, writeChunk, type CliIo } from './io';
import { wholeNumber } from './options';
import { readMarkedFile, rubricFilePath } from './marked-input';
import { bundledRubricsDir, loadRubricSet, resolveRubric } from './rubrics';

export interface CalibrateCommandOptions {
  rubrics?: string;
  write?: boolean;
  force?: boolean;
  json?: boolean;
  folds?: number;
  input?: 'csv' | 'jsonl';
  /** The clock, passed in so tests get a fixed fittedAt. */
  now?: () => Date;
}

const EXAMPLES = `
Examples:
  $ essay-feedback calibrate ussr-power-struggle-1953 marks.csv
  $ essay-feedback calibrate ussr-power-struggle-1953 marks.csv --write

Learns, from 20-50 answers a teacher has marked, where this teacher puts the mark for each mark
the rubric's scheme gives (on a levels question, a small shift of each answer's place within its
level, then a shift toward the teacher's marks, shrunk toward no change when the answers are
few), and reports agreement before and after by cross-validation (each answer is predicted by a
fit that never saw it; the figures are averaged over 10 seeded partitions into folds). --write
stores the calibration block in the rubric file when it improves cross-validated agreement
(--force writes it anyway).`;

const FIGURES = ['exact', 'adjacent', 'qwk', 'meanSignedDifference'] as const;

function renderReport(rubricId: string, report: CalibrationReport): string {
  const c = report.calibration;
  const row = (name: string, r: Record<string, number>) =>
    `  ${name.padEnd(28)}${FIGURES.map((f) => String(r[f] ?? 'n/a').padStart(10)).join('')}`;
  const moved = (c.markMap ?? []).flatMap((to, from) => (to === from ? [] : [`${from}->${to}`]));
  return [
    `Calibration of ${rubricId} on ${c.fittedOn.answers} marked answers (${report.folds}-fold cross-validation, mean of ${report.repeats} partitions)`,
    `  ${''.padEnd(28)}${FIGURES.map((f) => (f === 'meanSignedDifference' ? 'mean diff' : f).padStart(10)).join('')}`,
    row('before (uncalibrated)', report.before),
    row('after (held-out folds)', report.after),
    `  exact agreement after, across partitions: ${report.after.exactMin} to ${report.after.exactMax}`,
    '',
    `  fit: ${c.fittedOn.method}`,
    ...(c.withinLevelShift
      ? [
          `  place within the level: ${c.withinLevelShift > 0 ? 'up' : 'down'} by ${Math.abs(c.withinLevelShift)} of the level (the level itself never changes)`,
        ]
      : []),
    `  ${c.withinLevelShift ? 'mark after that' : 'rubric mark'} -> calibrated mark: ${moved.length > 0 ? moved.join(', ') : 'no mark moves'}`,
    '',
  ].join('\n');
}

/** The JSON report without the per-answer out-of-fold marks, which only the evaluation needs. */
function withoutPredictions(report: CalibrationReport): Omit<CalibrationReport, 'outOfFold'> {
  const { outOfFold: _predictions, ...rest } = report;
  return rest;
}

function improves(report: CalibrationReport): boolean {
  const q = (r: Record<string, number>) => r.qwk ?? -1;
  return (
    q(report.after) > q(report.before) ||
    (q(report.after) === q(report.before) && (report.after.exact ?? 0) > (report.before.exact ?? 0))
  );
}

/** The file's own layout, for the edit to follow; undefined for a file on one line, kept on one. */
function layoutOf(text: string): FormattingOptions | undefined {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent === undefined) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1, eol }
    : { insertSpaces: true, tabSize: indent.length, eol };
}

/**
 * The rubric text with its `calibration` property set and nothing else changed: the author's
 * indentation, line ends and byte order mark are kept (jsonc-parser edits the one property).
 * Trap: jsonc-parser also formats the rest of the line it inserts on, so a new block after a
 * last property written on one line (`"wordnet": ["a"]`) would spread that line out.
 *
 * @example withCalibration('{\n\t"id": "x"\n}\n', { markMap: [0, 1] }, 'x.json') // '{\n\t"id": "x",\n\t"calibration": {...}\n}\n'
 */
function withCalibration(text: string, calibration: unknown, file: string): string {
  // Read as the loader reads rubrics: a file saved with a byte order mark is still JSON.
  const parsed = parseJson(text, file);
  if (!parsed.ok) throw new UsageError(`cannot write the calibration:\n${formatIssues(parsed.issues)}`);
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = text.slice(bom.length);
  const formattingOptions = layoutOf(body);
  const edits = modify(body, ['calibration'], calibration, formattingOptions ? { formattingOptions } : {});
  return bom + applyEdits(body, edits);
}

/** Writes the whole file next to the old one, then renames: never a half-written rubric. */
function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}

/**
 * `essay-feedback calibrate <rubric> <marked> [--write]`.
 * @example await calibrateCommand('power-struggle', 'marks.csv', { write: true }, io)
 */
export async function calibrateCommand(
  rubricName: string,
  file: string,
  options: CalibrateCommandOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const dir = options.rubrics ? resolve(cwd, options.rubrics) : bundledRubricsDir();
  const set = await loadRubricSet(dir);
  const { rubric, wordnet } = await resolveRubric(rubricName, { set, cwd });
  const answers = readMarkedFile(file, {
    cwd,
    maxMark: rubric.maxMark,
    ...(options.input ? { format: options.input } : {}),
  });
  // Fit on what the engine finds without any earlier calibration.
  const { calibration: _old, ...raw } = rubric;
  const compiled = compileRubric(raw, { lexicon: set.lexicon, wordnet });
  const examples = answers.flatMap((a) =>
    a.mark === null ? [] : [{ result: mark(compiled, a.answer), teacher: a.mark }],
  );
  if (examples.length === 0)
    throw new UsageError(`${file} gives no teacher marks: calibration needs marked answers`);
  const fittedAt = (options.now ?? (() => new Date()))().toISOString();
  const report = calibrate({
    rubric: raw,
    examples,
    fittedAt,
    k: options.folds ?? 5,
    source: basename(file),
  });
  await writeChunk(
    io.stdout,
    options.json
      ? `${JSON.stringify(withoutPredictions(report), null, 2)}\n`
      : renderReport(rubric.id, report),
  );
  if (!options.write) return EXIT.ok;
  if (!improves(report) && !options.force) {
    await writeChunk(
      io.stderr,
      'calibration does not improve cross-validated agreement: rubric left unchanged (--force writes it)\n',
    );
    return EXIT.failed;
  }
  const path = rubricFilePath(rubricName, rubric, { dir, cwd });
  writeAtomically(path, withCalibration(readFileSync(path, 'utf8'), report.calibration, path));
  await writeChunk(io.stderr, `calibration written to ${path}\n`);
  return EXIT.ok;
}

/** Adds the command to the program; `done` receives the exit code. */
export function registerCalibrate(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('calibrate')
    .description(
      'learn how a teacher places marks relative to the rubric from marked answers; report cross-validated agreement',
    )
    .argument('<rubric>', 'rubric id, or the path of a rubric JSON file')
    .argument('<marked>', 'CSV or JSONL file of answers with the teacher marks (20-50 is best)')
    .option('--rubrics <dir>', 'folder of rubrics to use (default: the bundled rubrics)')
    .option('--write', 'store the calibration in the rubric file')
    .option('--force', 'with --write: store it even when it does not improve agreement')
    .option('--json', 'print the report as JSON')
    .option('--folds <k>', 'cross-validation folds, 2-100 (default 5)', wholeNumber('--folds', 2, 100))
    .addOption(
      new Option('--input <format>', 'input format (default: from the file name)').choices(['csv', 'jsonl']),
    )
    .addHelpText('after', EXAMPLES)
    .action(async (rubric: string, marked: string, options: CalibrateCommandOptions) => {
      done(await calibrateCommand(rubric, marked, options, io));
    });
}
