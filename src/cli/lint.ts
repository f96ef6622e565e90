import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LEXICON_FILE, loadRubricFile, wordnetSynonyms, type Lexicon } from '../rubric';
import { lintRubric } from '../scoring';
import { EXIT, UsageError, writeChunk, type CliIo } from './io';
import { bundledRubricsDir, loadRubricSet } from './rubrics';

export interface LintCommandOptions {
  /** Folder whose lexicon.json the rubrics are compiled with (default: the bundled rubrics). */
  rubrics?: string;
  format: 'text' | 'json';
  /** Fail on warnings too. */
  strict?: boolean;
}

export interface FileFinding {
  file: string;
  severity: 'error' | 'warning';
  pointer: string;
  message: string;
}

/** Folders hold rubrics beside their JSON Schemas and the shared lexicon, which are not rubrics. */
function isRubricName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && name !== LEXICON_FILE;
}

function rubricFiles(paths: string[], cwd: string): string[] {
  return paths.flatMap((path) => {
    const full = resolve(cwd, path);
    if (!existsSync(full)) throw new UsageError(`no such file or folder: ${path}`);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full)
      .filter(isRubricName)
      .sort()
      .map((name) => join(full, name));
  });
}

/** A file as the user would type it from where they are. */
function shownPath(cwd: string, file: string): string {
  return relative(cwd, file) || file;
}

async function lintFile(
  file: string,
  lexicon: Lexicon,
  seen: Map<string, string>,
  shown: string,
): Promise<FileFinding[]> {
  const loaded = await loadRubricFile(file);
  if (!loaded.ok) {
    return loaded.issues.map((issue) => ({
      file: shown,
      severity: 'error',
      pointer: issue.pointer,
      message: issue.message,
    }));
  }
  // The same WordNet expansion the service applies, so lint judges the marks students get.
  const wordnet = await wordnetSynonyms(loaded.rubric.wordnet ?? []);
  const findings: FileFinding[] = lintRubric(loaded.rubric, { lexicon, wordnet }).map((finding) => ({
    file: shown,
    ...finding,
  }));
  const other = seen.get(loaded.rubric.id);
  if (other !== undefined) {
    findings.unshift({
      file: shown,
      severity: 'error',
      pointer: '/id',
      message: `rubric id "${loaded.rubric.id}" is also used by ${other}`,
    });
  }
  seen.set(loaded.rubric.id, shown);
  return findings;
}

function formatText(findings: FileFinding[], files: number): string {
  const lines = findings.map((f) => `${f.file}#${f.pointer || '/'}: ${f.severity}: ${f.message}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(files, 'rubric')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * `essay-feedback lint [paths...]`: schema errors and the checks of lintRubric for each rubric
 * file (folders are expanded to their *.json rubrics). Returns 1 when any error is found.
 *
 * @example await lintCommand(['rubrics/power-struggle.json'], { format: 'text' }, io)
 */
export async function lintCommand(paths: string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const rubricsDir = options.rubrics ? resolve(cwd, options.rubrics) : bundledRubricsDir();
  const files = rubricFiles(paths.length > 0 ? paths : [rubricsDir], cwd);
  if (files.length === 0) throw new UsageError(`no rubric files found in: ${paths.join(', ') || rubricsDir}`);
  // A broken lexicon is reported as an error here rather than refused, so lint can say where it is.
  const { lexicon, lexiconIssues } = await loadRubricSet(rubricsDir, { brokenLexicon: 'report' });
  const seen = new Map<string, string>();
  const findings: FileFinding[] = lexiconIssues.map((issue) => ({
    file: shownPath(cwd, issue.file ?? join(rubricsDir, LEXICON_FILE)),
    severity: 'error',
    pointer: issue.pointer,
    message: issue.message,
  }));
  for (const file of files) {
    findings.push(...(await lintFile(file, lexicon, seen, shownPath(cwd, file))));
  }
  await writeChunk(
    io.stdout,
    options.format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatText(findings, files.length),
  );
  const failing = findings.some(
    (f) => f.severity === 'error' || (options.strict === true && f.severity === 'warning'),
  );
  return failing ? EXIT.failed : EXIT.ok;
}
