import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { AppError, formatIssues } from '../errors';
import { registerCalibrate } from './calibrate';
import { registerDraftRubric } from './draft-rubric';
import { explainCommand } from './explain';
import { EXIT, UsageError, type CliIo } from './io';
import { lintCommand } from './lint';
import { markCommand } from './mark';
import { registerTestRubric } from './test-rubric';

const MARK_EXAMPLES = `
Examples:
  $ essay-feedback mark --rubric ussr-power-struggle-1953 answers.jsonl > results.jsonl
  $ essay-feedback mark --rubric ussr-power-struggle-1953 --format csv answers.csv > results.csv
  $ essay-feedback mark --rubric ussr-power-struggle-1953 --format csv --bom answers.csv > for-excel.csv
  $ cat answers.jsonl | essay-feedback mark --rubric ./my-rubric.json -

Input: JSONL lines {"ref": ..., "answer": "..."} or CSV with a header naming ref and answer.
Exit status: 0 all answers marked, 1 some lines failed (see their error records), 2 usage error.`;

const LINT_EXAMPLES = `
Examples:
  $ essay-feedback lint
  $ essay-feedback lint rubrics/ussr-power-struggle-1953.json
  $ essay-feedback lint --format json my-rubrics/

Exit status: 0 no errors (warnings allowed unless --strict), 1 errors found, 2 usage error.`;

const EXPLAIN_EXAMPLES = `
Examples:
  $ essay-feedback explain --rubric ussr-power-struggle-1953 "Stalin left no clear successor, so ..."
  $ essay-feedback explain --rubric ussr-power-struggle-1953 - < my-answer.txt`;

function describeError(err: unknown): string {
  if (err instanceof AppError && err.issues.length > 0) return `${err.message}\n${formatIssues(err.issues)}`;
  return err instanceof Error ? err.message : String(err);
}

function choice<T extends string>(values: readonly T[]) {
  return (value: string): T => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`expected one of ${values.join(', ')}, found "${value}"`);
  };
}

function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command('essay-feedback')
    .description('Mark exam-practice answers against a rubric and explain every mark, point by point.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');
  const rubricsOption = (): Option =>
    new Option('--rubrics <dir>', 'folder of rubrics to use (default: the bundled rubrics)');

  program
    .command('mark')
    .description('mark every answer in a JSONL or CSV file (or stdin) and print one result per line')
    .argument('[file]', 'JSONL or CSV input; "-" or nothing reads stdin')
    .requiredOption('--rubric <id|path>', 'rubric id, or the path of a rubric JSON file')
    .addOption(rubricsOption())
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--bom', 'start CSV output with a byte order mark, so Excel shows quotes and accents as written')
    .addOption(
      new Option('--input <format>', 'input format (default: from the file name or content)').choices([
        'jsonl',
        'csv',
      ]),
    )
    .addHelpText('after', MARK_EXAMPLES)
    .action(
      async (
        file: string | undefined,
        options: {
          rubric: string;
          rubrics?: string;
          format: 'jsonl' | 'csv';
          input?: 'jsonl' | 'csv';
          bom?: boolean;
        },
      ) => {
        done(await markCommand(file, options, io));
      },
    );

  program
    .command('lint')
    .description('check rubric files: schema, model answers, points, reachable levels')
    .argument('[paths...]', 'rubric files or folders (default: the bundled rubrics)')
    .option('--rubrics <dir>', 'folder to lint when no path is given, and whose lexicon.json is used')
    .option('--format <format>', 'text or json', choice(['text', 'json'] as const), 'text' as const)
    .option('--strict', 'fail on warnings too')
    .addHelpText('after', LINT_EXAMPLES)
    .action(
      async (paths: string[], options: { rubrics?: string; format: 'text' | 'json'; strict?: boolean }) => {
        done(await lintCommand(paths, options, io));
      },
    );

  program
    .command('explain')
    .description('show the feedback for one answer as a student would read it')
    .argument('[answer...]', 'the answer text; "-" or nothing reads stdin')
    .requiredOption('--rubric <id|path>', 'rubric id, or the path of a rubric JSON file')
    .addOption(rubricsOption())
    .option('--no-color', 'never use colour')
    .addHelpText('after', EXPLAIN_EXAMPLES)
    .action(async (answer: string[], options: { rubric: string; rubrics?: string; color: boolean }) => {
      done(await explainCommand(answer, options, io));
    });
  registerTestRubric(program, io, done);
  registerCalibrate(program, io, done);
  registerDraftRubric(program, io, done);
  return program;
}

/**
 * Runs the CLI with the given arguments (without "node" and the script name) and streams.
 * Resolves to the exit code; never calls process.exit, so tests run it in-process.
 *
 * @example const code = await run(['lint', 'rubrics/'], { stdin, stdout, stderr });
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (result) => {
    code = result;
  });
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; every other commander error is usage.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`essay-feedback: ${describeError(err)}\n`);
    return err instanceof UsageError || err instanceof AppError ? EXIT.usage : EXIT.failed;
  }
}
