/**
 * Reads answers a teacher has marked, from CSV (header row: ref, answer, mark, points, or the
 * names a spreadsheet gives them, see csv-columns.ts; columns separated by commas, semicolons or
 * tabs, as the header shows) or JSON
 * Lines ({"ref","answer","mark","points",...} per line). Every problem in the file is reported
 * at once with its line number, and a file with any problem is refused whole: a half-read file
 * would give agreement figures for answers the teacher did not choose.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { ValidationError, type Issue } from '../errors';
import { readCsvHeader } from './csv-columns';
import { csvDelimiter } from './csv-delimiter';

export interface MarkedAnswer {
  /** The teacher's reference for the answer (student, script number); line number when absent. */
  ref: string;
  answer: string;
  /** The teacher's mark; null when the file gives none (the report then shows distributions). */
  mark: number | null;
  /** Point ids the teacher credited; null when the file does not say. */
  points: string[] | null;
  /** 1-based line in the file where the record starts. */
  line: number;
}

export type MarkedFormat = 'csv' | 'jsonl';

export interface ReadMarkedOptions {
  format: MarkedFormat;
  /** Named in every issue. */
  file?: string;
  /** Marks above this are refused. */
  maxMark?: number;
  /**
   * The point ids a credited-points list may name (a rubric's points, or two rubrics' when an edit
   * is compared); any other id is a problem reported with the rest. Unchecked when absent.
   */
  pointIds?: ReadonlySet<string>;
}

/** Picks the format from a file name: .csv is CSV, .jsonl / .ndjson JSON Lines; null otherwise. */
export function formatFromName(name: string): MarkedFormat | null {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(name)) return 'jsonl';
  return null;
}

interface Raw {
  ref?: unknown;
  answer?: unknown;
  mark?: unknown;
  points?: unknown;
}

// "7/8", "7 / 8", "7 out of 8": a mark as a spreadsheet often holds it, with the question's maximum.
const OUT_OF = /^(\d+)\s*(?:\/|out of)\s*(\d+)$/i;

/**
 * The mark a cell gives as a number (NaN when it is none), or why an "out of" mark cannot be read
 * against the question's maximum.
 */
function markValue(value: unknown, maxMark: number | undefined): number | string {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const outOf = OUT_OF.exec(value.trim());
  if (!outOf) return Number(value.trim());
  const of = Number(outOf[2]);
  if (maxMark !== undefined && of !== maxMark)
    return `the mark ${JSON.stringify(value)} is out of ${of}, but the question is out of ${maxMark}`;
  return Number(outOf[1]);
}

function readMark(
  value: unknown,
  maxMark: number | undefined,
  where: string,
  issues: string[],
): number | null {
  // An empty cell, or one holding only spaces, is no mark (never a mark of 0).
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return null;
  const n = markValue(value, maxMark);
  if (typeof n === 'string') {
    issues.push(`${where}: ${n}`);
    return null;
  }
  const top = maxMark ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(n) || n < 0 || n > top) {
    const range = maxMark === undefined ? 'a whole number from 0' : `a whole number from 0 to ${maxMark}`;
    issues.push(`${where}: mark must be ${range}, found ${JSON.stringify(value)}`);
    return null;
  }
  return n;
}

function pointList(value: unknown, where: string, issues: string[]): string[] | null {
  if (value === undefined || value === null) return null;
  // CSV cells list point ids separated by ';', '|' or spaces; an empty cell means none credited.
  if (typeof value === 'string') return value.split(/[;|\s]+/).filter((p) => p.length > 0);
  if (Array.isArray(value) && value.every((p) => typeof p === 'string')) return value as string[];
  issues.push(`${where}: points must be a list of point ids, found ${JSON.stringify(value)}`);
  return null;
}

function readPoints(
  value: unknown,
  where: string,
  opts: ReadMarkedOptions,
  issues: string[],
): string[] | null {
  const points = pointList(value, where, issues);
  const known = opts.pointIds;
  if (points && known) {
    for (const id of points) {
      if (!known.has(id))
        issues.push(
          `${where}: point "${id}" is not a point of the rubric (its points are: ${[...known].join(', ')})`,
        );
    }
  }
  return points;
}

function toMarked(raw: Raw, line: number, opts: ReadMarkedOptions, issues: string[]): MarkedAnswer | null {
  const where = `line ${line}`;
  const before = issues.length;
  if (typeof raw.answer !== 'string') {
    issues.push(
      `${where}: expected the answer as text in "answer", found ${JSON.stringify(raw.answer ?? null)}`,
    );
  }
  const mark = readMark(raw.mark, opts.maxMark, where, issues);
  const points = readPoints(raw.points, where, opts, issues);
  if (issues.length > before) return null;
  const ref = raw.ref === undefined || raw.ref === null || raw.ref === '' ? `line ${line}` : String(raw.ref);
  return { ref, answer: raw.answer as string, mark, points, line };
}

function readJsonl(text: string, opts: ReadMarkedOptions, issues: string[]): MarkedAnswer[] {
  const out: MarkedAnswer[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    if (lineText.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (err) {
      issues.push(`line ${i + 1}: not valid JSON (${(err as Error).message})`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push(`line ${i + 1}: expected a JSON object, found ${JSON.stringify(value).slice(0, 40)}`);
      return;
    }
    const m = toMarked(value as Raw, i + 1, opts, issues);
    if (m) out.push(m);
  });
  return out;
}

interface CsvRow {
  fields: string[];
  raw: string;
  info: { lines: number };
}

/** Where a record starts: csv-parse counts to its end, so the line breaks inside it are taken off. */
function startLine(row: CsvRow): number {
  const inner = row.raw.replace(/^\n+|\n+$/g, '');
  return row.info.lines - (inner.match(/\n/g)?.length ?? 0);
}

function readCsv(text: string, opts: ReadMarkedOptions, issues: string[]): MarkedAnswer[] {
  // Line ends as Excel writes them (CRLF) would put csv-parse's line count out; a line break
  // inside an answer is read as \n, as the mark command reads it.
  const lf = text.replace(/\r\n?/g, '\n');
  let rows: CsvRow[];
  // Where the last record read ends: a quote that never closes opened on the next line with text.
  let lastEnd = 0;
  try {
    rows = (
      parseCsv(lf, {
        delimiter: csvDelimiter(lf),
        info: true,
        raw: true,
        bom: true,
        skip_empty_lines: true,
        // A quote inside an unquoted cell ('Stalin called him "our Himmler"') is text, as a
        // spreadsheet shows it, not a malformed file.
        relax_quotes: true,
        relax_column_count: true,
        on_record: (record: string[], context: { lines: number }) => {
          lastEnd = context.lines;
          return record;
        },
      }) as unknown as Array<{ record: string[]; raw: string; info: { lines: number } }>
    ).map(({ record, raw, info }) => ({ fields: record, raw, info }));
  } catch (err) {
    const e = err as Error & { lines?: number; code?: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      const lines = lf.split('\n');
      let opened = lastEnd + 1;
      while (opened < lines.length && lines[opened - 1]!.trim() === '') opened++;
      issues.push(
        `line ${opened}: a quote opened in this row is never closed, so the rest of the file cannot be ` +
          'read (close the quote, or write "" for a quote inside a quoted answer)',
      );
    } else issues.push(`line ${e.lines ?? '?'}: malformed CSV (${e.message})`);
    return [];
  }
  const [head, ...body] = rows;
  if (!head) return [];
  const header = readCsvHeader(head.fields);
  if (header.problem) {
    issues.push(`line 1: ${header.problem}`);
    return [];
  }
  const out: MarkedAnswer[] = [];
  for (const row of body) {
    const line = startLine(row);
    if (row.fields.length !== header.columns.length) {
      issues.push(
        `line ${line}: ${row.fields.length} cells, but the header names ${header.columns.length} columns`,
      );
      continue;
    }
    const record: Raw = {};
    header.columns.forEach((column, i) => {
      if (column) record[column] = row.fields[i];
    });
    const m = toMarked(record, line, opts, issues);
    if (m) out.push(m);
  }
  return out;
}

/**
 * Parses a marked file. Throws one ValidationError listing every problem (with line numbers).
 * @example readMarked('{"answer":"Beria was shot","mark":1}', { format: 'jsonl' })[0].mark // 1
 */
export function readMarked(text: string, opts: ReadMarkedOptions): MarkedAnswer[] {
  const messages: string[] = [];
  const answers = opts.format === 'csv' ? readCsv(text, opts, messages) : readJsonl(text, opts, messages);
  if (messages.length === 0 && answers.length === 0) messages.push('line 1: the file holds no answers');
  if (messages.length > 0) {
    const issues: Issue[] = messages.map((message) => ({
      pointer: '',
      message,
      ...(opts.file ? { file: opts.file } : {}),
    }));
    const first = messages[0]!;
    const more = messages.length > 1 ? ` (and ${messages.length - 1} more)` : '';
    throw new ValidationError(`${opts.file ?? 'marked answers'}: ${first}${more}`, issues);
  }
  return answers;
}
