import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { formatFromName, readMarked, type MarkedAnswer, type MarkedFormat } from '../agreement';
import { parseJson, type Rubric } from '../rubric';
import { decodeText } from './encoding';
import { UsageError } from './io';
import { refuseWorkbook } from './spreadsheet';

/** Marked files are read whole (agreement needs every answer); a teacher's file is far smaller. */
const MAX_MARKED_BYTES = 50 * 1024 * 1024;

/**
 * Reads a teacher-marked CSV or JSONL file, refusing it whole with line numbers if any line is bad.
 * @example readMarkedFile('marks.csv', { cwd, maxMark: 12 })
 */
export function readMarkedFile(
  file: string,
  options: { cwd: string; maxMark: number; format?: MarkedFormat; pointIds?: ReadonlySet<string> },
): MarkedAnswer[] {
  const path = resolve(options.cwd, file);
  if (!existsSync(path)) throw new UsageError(`marked file not found: ${file}`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new UsageError(`expected a CSV or JSONL file, found a folder: ${file}`);
  if (stat.size > MAX_MARKED_BYTES) throw new UsageError(`marked file is larger than 50 MB: ${file}`);
  const bytes = readFileSync(path);
  refuseWorkbook(bytes, file);
  const format = options.format ?? formatFromName(file);
  if (!format)
    throw new UsageError(
      `cannot tell the format of ${file}: name it .csv or .jsonl, or pass --input csv|jsonl`,
    );
  // A spreadsheet's export may be Windows-1252 or UTF-16 rather than UTF-8 (see encoding.ts).
  const text = decodeText(bytes);
  return readMarked(text, {
    format,
    file: basename(file),
    maxMark: options.maxMark,
    ...(options.pointIds ? { pointIds: options.pointIds } : {}),
  });
}

/**
 * The file a rubric came from: the path given, or the file in the rubrics folder with that id.
 * @example rubricFilePath('power-struggle', { dir: 'rubrics', cwd })
 */
export function rubricFilePath(
  nameOrPath: string,
  rubric: Rubric,
  options: { dir: string; cwd: string },
): string {
  if (nameOrPath.endsWith('.json') || nameOrPath.includes('/') || nameOrPath.includes('\\'))
    return resolve(options.cwd, nameOrPath);
  for (const name of readdirSync(options.dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    try {
      // Read as the loader reads rubrics: a file saved with a byte order mark is still JSON.
      const parsed = parseJson(readFileSync(join(options.dir, name), 'utf8'));
      if (parsed.ok && (parsed.data as { id?: unknown } | null)?.id === rubric.id)
        return join(options.dir, name);
    } catch {
      // Not a readable rubric: the loader has already reported it.
    }
  }
  throw new UsageError(`cannot find the file of rubric ${rubric.id} in ${options.dir}`);
}
