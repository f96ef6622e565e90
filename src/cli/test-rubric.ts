import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { compareRubrics, formatRubricChanges, formatTestReport, testRubric } from '../agreement';
import { mark, type MarkResult } from '../scoring';
import { EXIT, writeChunk, type CliIo } from './io';
import { readMarkedFile } from './marked-input';
import { wholeNumber } from './options';
import { bundledRubricsDir, loadRubricSet, resolveRubric } from './rubrics';

export interface TestRubricCommandOptions {
  rubrics?: string;
  json?: boolean;
  input?: 'csv' | 'jsonl';
  /** Most disagreements listed per kind in the text report. */
  limit?: number;
  /** The rubric before an edit (id or path): the report adds what the edit changes. */
  against?: string;
}

const EXAMPLES = `
Examples:
  $ essay-feedback test-rubric ussr-power-struggle-1953 my-marks.csv
  $ essay-feedback test-rubric ./my-rubric.json marks.jsonl --json > report.json
  $ essay-feedback test-rubric ./my-rubric.json marks.csv --against ./my-rubric.old.json

Input: CSV with a header (answer, and optionally ref, mark, points as ids separated by ;) or
JSONL lines {"ref", "answer", "mark", "points": [ids]}. Without marks the report shows the
marks given and the points never met. With --against, it also lists what the edit changes:
the answers each point newly matches or no longer matches, the marks that move, and agreement
with the teacher under both versions.`;

/**
 * `essay-feedback test-rubric <rubric> <marked>`: agreement with the teacher's marks and the
 * answers accepted wrongly and rejected wrongly. Exit 0 when the report was produced.
 * @example await testRubricCommand('power-struggle', 'marks.csv', { json: true }, io)
 */
export async function testRubricCommand(
  rubricName: string,
  file: string,
  options: TestRubricCommandOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const set = await loadRubricSet(options.rubrics ? resolve(cwd, options.rubrics) : bundledRubricsDir());
  const { rubric, compiled } = await resolveRubric(rubricName, { set, cwd });
  const earlier =
    options.against === undefined ? undefined : await resolveRubric(options.against, { set, cwd });
  // A file marked against the rubric before the edit may credit a point the edit removed.
  const pointIds = new Set([...rubric.points, ...(earlier?.rubric.points ?? [])].map((p) => p.id));
  const answers = readMarkedFile(file, {
    cwd,
    maxMark: rubric.maxMark,
    pointIds,
    ...(options.input ? { format: options.input } : {}),
  });
  // With --against every answer is compared too: mark each once with this rubric.
  const results = new Map<string, MarkResult>();
  const markThis = (answer: string): MarkResult => {
    let result = results.get(answer);
    if (!result) results.set(answer, (result = mark(compiled, answer)));
    return result;
  };
  const own = new Set(rubric.points.map((p) => p.id));
  // This rubric's per-point figures leave out the points only the earlier rubric has.
  const forThis = answers.map((a) => (a.points ? { ...a, points: a.points.filter((id) => own.has(id)) } : a));
  const report = testRubric({ rubric, answers: forThis, mark: markThis });
  const limit = options.limit ?? 20;
  let changes = null;
  if (earlier) {
    changes = compareRubrics({
      before: earlier.rubric,
      after: rubric,
      answers,
      markBefore: (answer) => mark(earlier.compiled, answer),
      markAfter: markThis,
    });
  }
  const out = options.json
    ? `${JSON.stringify(changes ? { ...report, changes } : report, null, 2)}\n`
    : formatTestReport(report, { limit }) +
      (changes ? `\n${formatRubricChanges(changes, { limit, against: options.against ?? '' })}` : '');
  await writeChunk(io.stdout, out);
  return EXIT.ok;
}

/** Adds the command to the program; `done` receives the exit code. */
export function registerTestRubric(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('test-rubric')
    .description(
      "compare the marker with a teacher's marked answers: agreement, answers accepted or rejected wrongly",
    )
    .argument('<rubric>', 'rubric id, or the path of a rubric JSON file')
    .argument('<marked>', 'CSV or JSONL file of answers with the teacher marks')
    .option('--rubrics <dir>', 'folder of rubrics to use (default: the bundled rubrics)')
    .option('--json', 'print the full report as JSON')
    .option('--against <rubric>', 'the rubric before an edit (id or path): also show what the edit changes')
    .addOption(
      new Option('--input <format>', 'input format (default: from the file name)').choices(['csv', 'jsonl']),
    )
    .option(
      '--limit <n>',
      'disagreements listed per kind in the text report',
      wholeNumber('--limit', 0, 100_000),
      20,
    )
    .addHelpText('after', EXAMPLES)
    .action(async (rubric: string, marked: string, options: TestRubricCommandOptions) => {
      done(await testRubricCommand(rubric, marked, options, io));
    });
}
