/**
 * Which character separates a CSV file's columns, read from its header row. Spreadsheets write
 * commas, but Excel in many locales writes semicolons, and cells copied out of a spreadsheet
 * paste as tab-separated text. Only the header decides: the answers themselves are prose, full of
 * commas and semicolons that a guess from the whole file would mistake for separators.
 */

export type CsvDelimiter = ',' | ';' | '\t';

// Comma first: a header that works with commas is read with commas.
const CANDIDATES: readonly CsvDelimiter[] = [',', '\t', ';'];

function names(header: string, delimiter: CsvDelimiter): string[] {
  return header.split(delimiter).map((name) =>
    name
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
}

/**
 * The delimiter under which the header row has an `answer` column; a comma when none does (the
 * reader then reports the missing column as before).
 * @example csvDelimiter('ref;answer;mark\nx;Beria, of course;2') // ';'
 */
export function csvDelimiter(text: string): CsvDelimiter {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').trim();
  return CANDIDATES.find((d) => names(header, d).includes('answer')) ?? ',';
}
