import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatIssues, type Issue } from '../errors';
import {
  LEXICON_FILE,
  loadRubricDir,
  loadRubricFile,
  wordnetSynonyms,
  type Lexicon,
  type Rubric,
} from '../rubric';
import { compileRubric, type CompiledRubric } from '../scoring';
import { UsageError } from './io';

/**
 * The rubrics/ folder shipped with the package, found from this file's location rather than the
 * working directory, so `essay-feedback` works from anywhere (src/cli under tsx, dist/cli when built).
 */
export function bundledRubricsDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'rubrics'))) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'essay-feedback') return join(dir, 'rubrics');
    }
    if (dirname(dir) === dir)
      throw new UsageError('cannot find the bundled rubrics folder; pass --rubrics <dir>');
  }
}

export interface RubricSet {
  dir: string;
  rubrics: Rubric[];
  lexicon: Lexicon;
  /** WordNet synonyms of the rubrics' `wordnet` words, looked up once when the set is loaded. */
  wordnet: Record<string, string[]>;
  /** Problems with files that were left out. */
  issues: Issue[];
  /** Problems with the folder's lexicon.json (also in `issues`); only `lint` ever sees them here. */
  lexiconIssues: Issue[];
}

/**
 * Loads every valid rubric in a folder; invalid ones are left out and reported in `issues`.
 * A broken lexicon.json is a usage error unless `brokenLexicon: 'report'` (lint): marking with
 * an empty lexicon instead would silently give different marks.
 *
 * @example const set = await loadRubricSet('rubrics'); // throws UsageError if rubrics/lexicon.json is broken
 */
export async function loadRubricSet(
  dir: string,
  options: { brokenLexicon?: 'refuse' | 'report' } = {},
): Promise<RubricSet> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`rubrics folder not found: ${dir}`);
  const loaded = await loadRubricDir(dir, { wordnet: true });
  const lexiconFile = join(dir, LEXICON_FILE);
  const lexiconIssues = loaded.issues.filter((issue) => issue.file === lexiconFile);
  if (lexiconIssues.length > 0 && options.brokenLexicon !== 'report') {
    throw new UsageError(
      `cannot use ${lexiconFile}, and marking without its synonyms would give different marks:\n` +
        formatIssues(lexiconIssues),
    );
  }
  return {
    dir,
    rubrics: loaded.rubrics,
    lexicon: loaded.lexicon,
    wordnet: loaded.wordnet,
    issues: loaded.issues,
    lexiconIssues,
  };
}

function looksLikePath(value: string): boolean {
  return value.endsWith('.json') || value.includes('/') || value.includes('\\');
}

/**
 * Finds and compiles the rubric named on the command line: a path to a rubric file, or the id
 * of a rubric in the set. An unknown id is a usage error that lists the ids there are.
 *
 * @example const { compiled } = await resolveRubric('ussr-power-struggle-1953', { set, cwd });
 */
export async function resolveRubric(
  nameOrPath: string,
  options: { set: RubricSet; cwd: string },
): Promise<{ rubric: Rubric; compiled: CompiledRubric; wordnet: Record<string, string[]> }> {
  let rubric: Rubric | undefined;
  let wordnet = options.set.wordnet;
  if (looksLikePath(nameOrPath)) {
    const file = resolve(options.cwd, nameOrPath);
    if (!existsSync(file)) throw new UsageError(`rubric file not found: ${nameOrPath}`);
    const loaded = await loadRubricFile(file);
    if (!loaded.ok) throw new UsageError(`invalid rubric ${nameOrPath}:\n${formatIssues(loaded.issues)}`);
    rubric = loaded.rubric;
    wordnet = { ...wordnet, ...(await wordnetSynonyms(rubric.wordnet ?? [])) };
  } else {
    rubric = options.set.rubrics.find((candidate) => candidate.id === nameOrPath);
    if (!rubric) {
      const known = options.set.rubrics.map((candidate) => candidate.id).sort();
      const broken = options.set.issues.some((issue) => issue.file !== undefined)
        ? `\n(some rubric files in ${options.set.dir} are invalid; run: essay-feedback lint)`
        : '';
      throw new UsageError(
        `unknown rubric "${nameOrPath}". Known rubrics: ${known.length > 0 ? known.join(', ') : '(none)'}${broken}`,
      );
    }
  }
  return { rubric, compiled: compileRubric(rubric, { lexicon: options.set.lexicon, wordnet }), wordnet };
}
