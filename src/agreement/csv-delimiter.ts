/**
 * Which character separates a CSV file's columns, read from its header row. Spreadsheets write
 * commas, but Excel in many locales writes semicolons, and cells copied out of a spreadsheet
 * paste as tab-separated text. Only the header decides: the answers themselves are prose, full of
 * commas and semicolons that a guess from the whole file would mistake for separators.
 */

import { readCsvHeader } from './csv-columns';

export type CsvDelimiter = ',' | ';' | '\t';

// Comma first: a header that works with commas is read with commas.
const CANDIDATES: readonly CsvDelimiter[] = [',', '\t', ';'];

function cells(header: string, delimiter: CsvDelimiter): string[] {
  return header.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}

/** How many of the header's cells are read as a column when split at `delimiter`; 0 without an answer column. */
function columnsRead(header: string, delimiter: CsvDelimiter): number {
  const { columns } = readCsvHeader(cells(header, delimiter));
  return columns.includes('answer') ? columns.filter((c) => c !== null).length : 0;
}

/**
 * The delimiter under which the header row has an answer column (see csv-columns.ts for the names
 * read as one) and the most columns read: "Student;Response" split at commas is one cell that
 * reads as "student response", at semicolons two. A comma when none has an answer column (the
 * reader then reports the missing column).
 * @example csvDelimiter('ref;answer;mark\nx;Beria, of course;2') // ';'
 */
export function csvDelimiter(text: string): CsvDelimiter {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').trim();
  let best: { delimiter: CsvDelimiter; read: number } = { delimiter: ',', read: 0 };
  for (const delimiter of CANDIDATES) {
    const read = columnsRead(header, delimiter);
    if (read > best.read) best = { delimiter, read };
  }
  return best.delimiter;
}
