import { stringify } from 'csv-stringify/sync';
import type { MarkResult } from '../scoring';

export type OutputFormat = 'jsonl' | 'csv';

/** Where a result came from in the input, echoed back so output rows can be joined to input rows. */
export interface Origin {
  line: number;
  ref: string | number | null;
}

/**
 * Formats results as whole lines: every call returns complete lines only, written with one
 * write each, so an interrupted run never leaves half a record behind.
 */
export interface ResultFormatter {
  /** Text before the first record (the CSV header), or ''. */
  header(): string;
  result(origin: Origin, result: MarkResult): string;
  failure(origin: Origin, message: string): string;
}

// nextStep is the one line of feedback a teacher most often passes on to each student.
const CSV_COLUMNS = ['ref', 'mark', 'maxMark', 'level', 'pointsMet', 'summary', 'nextStep', 'error'] as const;

function csvLine(values: Array<string | number | null>): string {
  return stringify([values.map((value) => (value === null ? '' : value))], { record_delimiter: '\n' });
}

const jsonl: ResultFormatter = {
  header: () => '',
  result: (origin, result) => `${JSON.stringify({ ref: origin.ref, ...result })}\n`,
  failure: (origin, message) => `${JSON.stringify({ ref: origin.ref, line: origin.line, error: message })}\n`,
};

const csv: ResultFormatter = {
  header: () => csvLine([...CSV_COLUMNS]),
  result: (origin, result) =>
    csvLine([
      origin.ref,
      result.mark,
      result.maxMark,
      result.level === null ? null : result.level.level,
      result.points
        .filter((point) => point.met)
        .map((point) => point.id)
        .join(' '),
      result.feedback.summary,
      result.feedback.nextStep,
      null,
    ]),
  failure: (origin, message) =>
    csvLine([origin.ref, null, null, null, null, null, null, `line ${origin.line}: ${message}`]),
};

/**
 * The formatter for `--format`. With `bom`, CSV output starts with a UTF-8 byte order mark: Excel
 * reads a CSV without one in the computer's legacy code page, so the curly quotes around a
 * student's words and any accented name would show as "â€œ" and "Ã©".
 *
 * @example createFormatter('csv').header() // 'ref,mark,maxMark,level,pointsMet,summary,nextStep,error\n'
 */
export function createFormatter(format: OutputFormat, options: { bom?: boolean } = {}): ResultFormatter {
  if (format !== 'csv') return jsonl;
  return options.bom ? { ...csv, header: () => `\uFEFF${csv.header()}` } : csv;
}
