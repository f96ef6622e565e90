import { createInterface } from 'node:readline';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { readCsvHeader, type CsvColumn, type CsvDelimiter } from '../agreement';

/** One answer to mark, or the reason its line could not be read. `line` is 1-based. */
export type InputRecord =
  | { line: number; ref: string | number | null; answer: string }
  | { line: number; ref: string | number | null; error: string };

export type InputFormat = 'jsonl' | 'csv';

/** Longer lines are refused rather than marked: no exam answer is a megabyte. */
export const MAX_ANSWER_CHARS = 1_000_000;

/**
 * Picks the input format from the file name, else from the first character of the content
 * (`{` or `[` means JSONL; anything else is read as CSV with a header row).
 *
 * @example detectFormat('answers.csv', '') // 'csv'
 */
export function detectFormat(fileName: string | undefined, head: string): InputFormat {
  const lower = (fileName ?? '').toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  return /^[{[]/.test(head.replace(/^\uFEFF/, '').trimStart()) ? 'jsonl' : 'csv';
}

/** How much of a stream is read before the encoding and the format are judged. */
const PEEK_BYTES = 64 * 1024;

/**
 * Reads the head of a stream (its first 64 KB, or all of it when shorter) without losing it:
 * returns those bytes, whether they are the whole input, and a stream that replays them before
 * the rest, so the encoding and the format can be detected on stdin too.
 */
export async function peekStream(
  source: Readable,
): Promise<{ bytes: Buffer; complete: boolean; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const head: Buffer[] = [];
  let size = 0;
  let complete = false;
  while (size < PEEK_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    head.push(chunk);
    size += chunk.length;
  }
  const bytes = Buffer.concat(head);
  async function* replay(): AsyncGenerator<Buffer> {
    if (bytes.length > 0) yield bytes;
    if (complete) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield Buffer.from(next.value);
  }
  return { bytes, complete, stream: Readable.from(replay(), { objectMode: false }) };
}

function readRef(value: unknown): string | number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Turns one JSONL line into a record; a bad line becomes an error record, never a throw.
 *
 * @example parseJsonLine('{"ref":1,"answer":"Beria was shot."}', 3) // { line: 3, ref: 1, answer: ... }
 */
export function parseJsonLine(text: string, line: number): InputRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    if (text.length > MAX_ANSWER_CHARS) {
      return { line, ref: null, error: `line is longer than ${MAX_ANSWER_CHARS} characters` };
    }
    return { line, ref: null, error: `malformed JSON: ${(err as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      line,
      ref: null,
      error: `expected a JSON object with an "answer" string, found ${describe(data)}`,
    };
  }
  const fields = data as Record<string, unknown>;
  const ref = readRef(fields.ref);
  if (ref === undefined) {
    return { line, ref: null, error: `"ref" must be a string or a number, found ${describe(fields.ref)}` };
  }
  if (!('answer' in fields)) return { line, ref, error: 'missing "answer"' };
  if (typeof fields.answer !== 'string') {
    return { line, ref, error: `"answer" must be a string, found ${describe(fields.answer)}` };
  }
  // Checked once parsed, so the error record keeps the ref, as a CSV row's does.
  if (fields.answer.length > MAX_ANSWER_CHARS) {
    return { line, ref, error: `answer is longer than ${MAX_ANSWER_CHARS} characters` };
  }
  return { line, ref, answer: fields.answer };
}

async function* readJsonl(source: Readable): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    yield parseJsonLine(text, line);
  }
}

/** CRLF -> LF before csv-parse, whose line numbers drift on CRLF input. */
class CrlfToLf extends Transform {
  private pendingCr = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let text = (this.pendingCr ? '\r' : '') + chunk.toString('latin1');
    this.pendingCr = text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    callback(null, Buffer.from(text.replace(/\r\n/g, '\n'), 'latin1'));
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.pendingCr ? Buffer.from('\r', 'latin1') : null);
  }
}

function csvColumns(header: string[]): Array<CsvColumn | null> {
  // Marking reads only the answer and its ref: the teacher's other columns may say anything.
  const { columns, problem } = readCsvHeader(header, ['answer', 'ref']);
  if (problem) throw new Error(problem);
  return columns;
}

interface CsvRow {
  record: string[];
  raw: string;
  info: { lines: number };
}

const SEPARATOR_NAMES: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function csvRecord(
  row: CsvRow,
  header: ReadonlyArray<CsvColumn | null>,
  delimiter: CsvDelimiter,
): InputRecord {
  // info.lines is where the record ends; count the newlines inside it to report where it starts.
  const inner = row.raw.replace(/^\n+|\n+$/g, '');
  const line = row.info.lines - (inner.match(/\n/g)?.length ?? 0);
  const cell = (name: CsvColumn): string | undefined => {
    const at = header.indexOf(name);
    return at < 0 ? undefined : row.record[at];
  };
  const ref = cell('ref') || null;
  // Cells past the header's columns are an answer split at an unquoted separator: marking the
  // part before it would give the wrong mark without a word. Empty ones (a trailing separator) are harmless.
  if (row.record.slice(header.length).some((extra) => extra.trim() !== '')) {
    const name = SEPARATOR_NAMES[delimiter];
    return {
      line,
      ref,
      error:
        `${row.record.length} cells, but the header names ${header.length} columns: an answer that ` +
        `holds a ${name} must be in double quotes`,
    };
  }
  const answer = cell('answer');
  if (answer === undefined) return { line, ref, error: 'missing "answer" (too few columns)' };
  if (answer.length > MAX_ANSWER_CHARS) {
    return { line, ref, error: `answer is longer than ${MAX_ANSWER_CHARS} characters` };
  }
  return { line, ref, answer };
}

/** Where the parser stood after the last record it read: its last line and the blank lines so far. */
interface ReadPosition {
  lastEnd: number;
  emptyLines: number;
}

/**
 * The error record for a row the parser could not read. A quote that never closes swallows every
 * row after it: say where it opened (the first line after the last record read, past any blank
 * lines) and that the rest is lost.
 */
function skippedRow(err: CsvError, at: ReadPosition): InputRecord {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    const blank = Math.max(0, (Number((err as { empty_lines?: number }).empty_lines) || 0) - at.emptyLines);
    const line = at.lastEnd + 1 + blank;
    const end = Number(err.lines) || line;
    const lost = end > line ? `lines ${line}-${end}` : `line ${line}`;
    return {
      line,
      ref: null,
      error:
        `malformed CSV: a quote opened in this row is never closed, so ${lost} could not be read as ` +
        'answers (close the quote, or write "" for a quote inside a quoted answer)',
    };
  }
  return { line: Number(err.lines) || 0, ref: null, error: `malformed CSV: ${err.message}` };
}

async function* readCsv(source: Readable, delimiter: CsvDelimiter): AsyncGenerator<InputRecord> {
  const skipped: InputRecord[] = [];
  const at: ReadPosition = { lastEnd: 0, emptyLines: 0 };
  const parser = parse({
    bom: true,
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // A quote inside an unquoted cell ('Stalin called him "our Himmler"', '"Beria" ran the NKVD')
    // is text, as a spreadsheet shows it; read strictly it threw the parser off the rows after it.
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (record: string[], context: { lines: number; empty_lines: number }) => {
      at.lastEnd = context.lines;
      at.emptyLines = context.empty_lines;
      return record;
    },
    on_skip: (err: CsvError | undefined) => {
      if (err) skipped.push(skippedRow(err, at));
    },
  });
  source.pipe(new CrlfToLf()).pipe(parser);
  let header: Array<CsvColumn | null> | undefined;
  try {
    for await (const row of parser as AsyncIterable<CsvRow>) {
      if (!header) {
        header = csvColumns(row.record);
        continue;
      }
      const record = csvRecord(row, header, delimiter);
      // Keep input order: rows the parser skipped before this one come out first.
      while (skipped.length > 0 && (skipped[0]?.line ?? 0) < record.line) yield skipped.shift()!;
      yield record;
    }
  } catch (err) {
    skipped.push({
      line: Number((err as CsvError).lines) || 1,
      ref: null,
      error: `unreadable CSV: ${(err as Error).message}`,
    });
  }
  yield* skipped;
}

/**
 * Streams the answers in a JSONL or CSV source one record at a time, so 100k lines never sit
 * in memory at once. Malformed lines come out as error records in input order. CSV columns are
 * split on `delimiter` (default a comma; see csvDelimiter for reading it from the header).
 *
 * @example for await (const r of readAnswers(fs.createReadStream('a.jsonl'), { format: 'jsonl' })) ...
 */
export function readAnswers(
  source: Readable,
  options: { format: InputFormat; delimiter?: CsvDelimiter },
): AsyncGenerator<InputRecord> {
  return options.format === 'csv' ? readCsv(source, options.delimiter ?? ',') : readJsonl(source);
}
