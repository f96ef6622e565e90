import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { draftConcepts, draftRubricChecked } from '../agreement';
import { wordnetSynonyms } from '../rubric';
import { EXIT, UsageError, writeChunk, type CliIo } from './io';
import { bundledRubricsDir, loadRubricSet } from './rubrics';

export interface DraftRubricCommandOptions {
  question: string;
  answer: string[];
  maxMark?: number;
  id?: string;
  topic?: string;
  rubrics?: string;
  /** false with --no-wordnet. */
  wordnet?: boolean;
  out?: string;
}

const EXAMPLES = `
Examples:
  $ essay-feedback draft-rubric --question "How did you separate the salt from the water?" \\
      --answer "The water was evaporated, leaving the salt." > salt.json
  $ essay-feedback draft-rubric --question "Why was Beria arrested in 1953?" --max-mark 4 \\
      --answer "His rivals feared his control of the secret police." --answer "..." --out beria.json

The draft is valid rubric JSON: one point per key concept of the model answers, with
alternatives (stems, synonyms), a contradiction for each point, and a points table under which
every model answer earns full marks. Check it with: essay-feedback lint <file>.`;

/**
 * `essay-feedback draft-rubric --question ... --answer ... [--answer ...]`: prints a draft rubric.
 * @example await draftRubricCommand({ question: 'Why?', answer: ['Because.'] }, io)
 */
export async function draftRubricCommand(options: DraftRubricCommandOptions, io: CliIo): Promise<number> {
  const answers = options.answer.map((a) => a.trim()).filter((a) => a.length > 0);
  if (options.question.trim() === '') throw new UsageError('--question must not be empty');
  if (answers.length === 0) throw new UsageError('give at least one model answer with --answer "..."');
  const cwd = io.cwd ?? process.cwd();
  const set = await loadRubricSet(options.rubrics ? resolve(cwd, options.rubrics) : bundledRubricsDir());
  const base = { question: options.question, answers, lexicon: set.lexicon };
  let synonyms: Record<string, string[]> = {};
  if (options.wordnet !== false) {
    // WordNet is slow (a fraction of a second a word): look up only the ordinary words of the concepts.
    const words = draftConcepts(base)
      .filter((c) => c.kind === 'noun' || c.kind === 'verb' || c.kind === 'adjective')
      .slice(0, 8)
      .map((c) => c.mentions[0]!.root);
    synonyms = await wordnetSynonyms(words);
  }
  const draft = draftRubricChecked({
    ...base,
    synonyms,
    ...(options.maxMark ? { maxMark: options.maxMark } : {}),
    ...(options.id ? { id: options.id } : {}),
    ...(options.topic ? { topic: options.topic } : {}),
  });
  const json = `${JSON.stringify(draft.rubric, null, 2)}\n`;
  if (options.out) writeFileSync(resolve(cwd, options.out), json, 'utf8');
  else await writeChunk(io.stdout, json);
  for (const w of draft.warnings) await writeChunk(io.stderr, `warning: ${w}\n`);
  return draft.warnings.length > 0 ? EXIT.failed : EXIT.ok;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new UsageError(`--max-mark must be a whole number 1-100, found "${value}"`);
  return n;
}

/** Adds the command to the program; `done` receives the exit code. */
export function registerDraftRubric(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('draft-rubric')
    .description(
      'draft a rubric (points, alternatives, marking scheme, hints) from a question and model answers',
    )
    .requiredOption('--question <text>', 'the question as students see it')
    .requiredOption(
      '--answer <text>',
      'a model answer (repeat for several)',
      (v: string, all: string[] = []) => [...all, v],
    )
    .option(
      '--max-mark <n>',
      'marks for the question (default: one per point of the sparest model answer)',
      positiveInt,
    )
    .option('--id <id>', 'rubric id (default: from the question)')
    .option('--topic <text>', 'topic shown with the question')
    .option('--rubrics <dir>', 'folder whose lexicon.json supplies synonyms (default: the bundled rubrics)')
    .option('--no-wordnet', 'do not add WordNet synonyms')
    .option('--out <file>', 'write the rubric to a file instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (options: DraftRubricCommandOptions) => {
      done(await draftRubricCommand(options, io));
    });
}
