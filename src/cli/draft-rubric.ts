import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { draftConcepts, draftRubricChecked, type CheckedDraft } from '../agreement';
import { formatIssues } from '../errors';
import { parseJson, validateRubric, wordnetSynonyms } from '../rubric';
import { EXIT, UsageError, writeChunk, type CliIo } from './io';
import { wholeNumber } from './options';
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
  /** A JSON file of opposite pairs: [["connected", "gap"], ["closed", "open"]]. */
  opposites?: string;
}

const EXAMPLES = `
Examples:
  $ essay-feedback draft-rubric --question "How did you separate the salt from the water?" \\
      --answer "The water was evaporated, leaving the salt." > salt.json
  $ essay-feedback draft-rubric --question "Why was Beria arrested in 1953?" --max-mark 4 \\
      --answer "His rivals feared his control of the secret police." --answer "..." --out beria.json

The draft is valid rubric JSON: one point per key concept of the model answers, with
alternatives (stems, synonyms), a contradiction for each point, and a points table under which
every model answer earns full marks. Check it with: essay-feedback lint <file>.
With --opposites opposites.json ([["connected", "gap"], ["closed", "open"]]), a point made with
one word of a pair is also contradicted by an answer that says the other.`;

const MAX_OPPOSITES = 1000;

/** Reads the --opposites file: a JSON list of [word, opposite] pairs; anything else is a usage error. */
function readOpposites(file: string, cwd: string): Array<[string, string]> {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new UsageError(`opposites file not found: ${file}`);
  // Read as rubrics are read, so a file saved with a byte order mark is accepted here too.
  const parsed = parseJson(readFileSync(path, 'utf8'), file);
  if (!parsed.ok) throw new UsageError(`cannot read the opposites:\n${formatIssues(parsed.issues)}`);
  const data = parsed.data;
  const isPair = (p: unknown): p is [string, string] =>
    Array.isArray(p) &&
    p.length === 2 &&
    p.every((w) => typeof w === 'string' && /[\p{L}\p{N}]/u.test(w) && w.length <= 60);
  if (!Array.isArray(data) || data.length > MAX_OPPOSITES || !data.every(isPair)) {
    const bad = Array.isArray(data) ? data.findIndex((p) => !isPair(p)) : -1;
    throw new UsageError(
      `${file} must be a list of at most ${MAX_OPPOSITES} pairs of words, e.g. [["connected", "gap"]]` +
        (bad >= 0 ? `; entry ${bad + 1} is not a pair of words` : ''),
    );
  }
  return data;
}

/**
 * `essay-feedback draft-rubric --question ... --answer ... [--answer ...]`: prints a draft rubric.
 * @example await draftRubricCommand({ question: 'Why?', answer: ['Because.'] }, io)
 */
export async function draftRubricCommand(options: DraftRubricCommandOptions, io: CliIo): Promise<number> {
  const answers = options.answer.map((a) => a.trim()).filter((a) => a.length > 0);
  if (options.question.trim() === '') throw new UsageError('--question must not be empty');
  if (answers.length === 0) throw new UsageError('give at least one model answer with --answer "..."');
  const cwd = io.cwd ?? process.cwd();
  const opposites = options.opposites ? readOpposites(options.opposites, cwd) : [];
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
    ...(opposites.length > 0 ? { opposites } : {}),
  });
  return writeDraft(draft, { cwd, ...(options.out ? { out: options.out } : {}) }, io);
}

/**
 * Prints the draft (or writes it to --out) with its warnings on stderr. A draft that is not a
 * valid rubric is never written: piped into a file it would look like a rubric to use.
 */
async function writeDraft(
  draft: CheckedDraft,
  options: { cwd: string; out?: string },
  io: CliIo,
): Promise<number> {
  const valid = validateRubric(draft.rubric);
  if (!valid.ok) {
    const hint =
      draft.rubric.points.length === 0
        ? '\nno key concepts found: give model answers with names, numbers, nouns or verbs the question does not already use'
        : '';
    const problems = formatIssues(valid.issues).replace(/^/gm, '  ');
    await writeChunk(
      io.stderr,
      `the draft is not a valid rubric, so nothing was written:\n${problems}${hint}\n`,
    );
    return EXIT.failed;
  }
  const json = `${JSON.stringify(draft.rubric, null, 2)}\n`;
  if (options.out) {
    const path = resolve(options.cwd, options.out);
    // Checked before writing, so the draft is not lost to a raw ENOENT.
    if (!existsSync(dirname(path)))
      throw new UsageError(`cannot write ${options.out}: its folder does not exist`);
    writeFileSync(path, json, 'utf8');
  } else await writeChunk(io.stdout, json);
  for (const w of draft.warnings) await writeChunk(io.stderr, `warning: ${w}\n`);
  return draft.warnings.length > 0 ? EXIT.failed : EXIT.ok;
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
      wholeNumber('--max-mark', 1, 100),
    )
    .option('--id <id>', 'rubric id (default: from the question)')
    .option('--topic <text>', 'topic shown with the question')
    .option('--rubrics <dir>', 'folder whose lexicon.json supplies synonyms (default: the bundled rubrics)')
    .option('--no-wordnet', 'do not add WordNet synonyms')
    .option('--out <file>', 'write the rubric to a file instead of stdout')
    .option('--opposites <file>', 'JSON list of opposite pairs, e.g. [["connected", "gap"]]')
    .addHelpText('after', EXAMPLES)
    .action(async (options: DraftRubricCommandOptions) => {
      done(await draftRubricCommand(options, io));
    });
}
