/**
 * Loading rubrics from disk. A bad file becomes issues and is left out; loading never throws,
 * so one rubric with a typo cannot stop the others being served.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Issue } from '../errors';
import { parseJson } from './parse';
import type { Lexicon, Rubric } from './types';
import { validateLexicon, validateRubric, type RubricValidation } from './validate';
import { wordnetSynonyms } from './wordnet';

export const LEXICON_FILE = 'lexicon.json';
const EMPTY_LEXICON: Lexicon = { schemaVersion: 1, synonyms: [] };

export interface LoadedRubrics {
  rubrics: Rubric[];
  lexicon: Lexicon;
  issues: Issue[];
  /** WordNet synonyms for the rubrics' `wordnet` words; empty unless asked for. */
  wordnet: Record<string, string[]>;
}

async function readText(path: string): Promise<{ ok: true; text: string } | { ok: false; issues: Issue[] }> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      ok: false,
      issues: [{ pointer: '', file: path, message: `expected a readable file, found ${reason}` }],
    };
  }
}

/**
 * Reads, parses and validates one rubric file.
 * @example const result = await loadRubricFile('rubrics/power-struggle.json'); if (result.ok) use(result.rubric);
 */
export async function loadRubricFile(path: string): Promise<RubricValidation> {
  const read = await readText(path);
  if (!read.ok) return read;
  const parsed = parseJson(read.text, path);
  if (!parsed.ok) return parsed;
  return validateRubric(parsed.data, path);
}

async function loadLexicon(
  dir: string,
  names: readonly string[],
): Promise<{ lexicon: Lexicon; issues: Issue[] }> {
  if (!names.includes(LEXICON_FILE)) return { lexicon: EMPTY_LEXICON, issues: [] };
  const path = join(dir, LEXICON_FILE);
  const read = await readText(path);
  if (!read.ok) return { lexicon: EMPTY_LEXICON, issues: read.issues };
  const parsed = parseJson(read.text, path);
  if (!parsed.ok) return { lexicon: EMPTY_LEXICON, issues: parsed.issues };
  const result = validateLexicon(parsed.data, path);
  return result.ok
    ? { lexicon: result.lexicon, issues: [] }
    : { lexicon: EMPTY_LEXICON, issues: result.issues };
}

function isRubricFile(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && name !== LEXICON_FILE;
}

/**
 * Loads every rubric in a directory (files in name order) and the shared lexicon beside them.
 * @example const { rubrics, lexicon, issues } = await loadRubricDir('rubrics', { wordnet: true });
 */
export async function loadRubricDir(
  dir: string,
  options: { wordnet?: boolean } = {},
): Promise<LoadedRubrics> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const issue = { pointer: '', file: dir, message: `expected a directory of rubrics, found ${reason}` };
    return { rubrics: [], lexicon: EMPTY_LEXICON, issues: [issue], wordnet: {} };
  }
  const { lexicon, issues } = await loadLexicon(dir, names);
  const rubrics: Rubric[] = [];
  const seen = new Map<string, string>();
  for (const name of names.filter(isRubricFile)) {
    const path = join(dir, name);
    const result = await loadRubricFile(path);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const earlier = seen.get(result.rubric.id);
    if (earlier !== undefined) {
      issues.push({
        pointer: '/id',
        file: path,
        message: `expected a rubric id not used by ${basename(earlier)}, found '${result.rubric.id}'`,
      });
      continue;
    }
    seen.set(result.rubric.id, path);
    rubrics.push(result.rubric);
  }
  const words = options.wordnet ? rubrics.flatMap((r) => r.wordnet ?? []) : [];
  return { rubrics, lexicon, issues, wordnet: words.length > 0 ? await wordnetSynonyms(words) : {} };
}
