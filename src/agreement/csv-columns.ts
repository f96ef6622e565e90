/**
 * Which column of a CSV header holds what. A teacher's spreadsheet seldom says exactly "ref,
 * answer, mark": it says "Student name, Response, Mark (out of 12)". The names a spreadsheet
 * commonly gives each column are read as that column, so such a file is read as it is; a column
 * named exactly `ref`, `answer`, `mark` or `points` always wins over another name for the same.
 */

export type CsvColumn = 'ref' | 'answer' | 'mark' | 'points';

/** The names read as each column, as `headerKey` leaves them. */
const NAMES: Record<CsvColumn, readonly string[]> = {
  answer: [
    'answer',
    'response',
    'student answer',
    'student response',
    'answer text',
    'text',
    'essay',
    'submission',
  ],
  ref: [
    'ref',
    'reference',
    'id',
    'student',
    'student id',
    'student name',
    'name',
    'pupil',
    'candidate',
    'candidate number',
    'script',
  ],
  // Not "grade": a grade (9-1, A*-U) is not a mark on the question.
  mark: ['mark', 'marks', 'score', 'teacher mark', 'mark awarded', 'marks awarded', 'total mark'],
  points: ['points', 'credited points', 'points credited', 'point ids'],
};

const BY_NAME = new Map<string, CsvColumn>(
  (Object.keys(NAMES) as CsvColumn[]).flatMap((column) =>
    NAMES[column].map((name) => [name, column] as const),
  ),
);

/**
 * A header cell reduced to what names it: lower case, no byte order mark, no "(out of 12)" or
 * "/12", no possessive, punctuation read as spaces.
 * @example headerKey("Teacher's mark (out of 12)") // 'teacher mark'
 */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\bout of \d+\b|\/\s*\d+/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface CsvColumns {
  /** The column each header cell holds, or null for one that is not read. */
  columns: Array<CsvColumn | null>;
  /** Why the header cannot be read as it stands, or null. */
  problem: string | null;
}

function quoted(cells: readonly string[], at: readonly number[]): string {
  return at.map((i) => `"${cells[i]!.trim()}"`).join(' and ');
}

/**
 * Reads a header row: which cell holds the answer, the ref, the teacher's mark and the credited
 * points, or only the columns in `read` (marking reads no marks, so two mark columns are no
 * problem there). A cell named exactly for its column wins over the others; two cells that could
 * hold the answer, the mark or the points are a problem (which is it?), and of two that could
 * hold the ref the first is read (it only labels the answer).
 * @example readCsvHeader(['Student name', 'Response', 'Mark (out of 8)']).columns // ['ref', 'answer', 'mark']
 */
export function readCsvHeader(
  cells: readonly string[],
  read: readonly CsvColumn[] = ['answer', 'ref', 'mark', 'points'],
): CsvColumns {
  const keys = cells.map(headerKey);
  const columns: Array<CsvColumn | null> = keys.map(() => null);
  for (const column of read) {
    const exact = keys.flatMap((key, i) => (key === column ? [i] : []));
    const named =
      exact.length > 0 ? exact : keys.flatMap((key, i) => (BY_NAME.get(key) === column ? [i] : []));
    if (named.length === 0) continue;
    if (named.length > 1 && (exact.length > 1 || column !== 'ref')) {
      const what =
        exact.length > 1
          ? `names the column "${column}" twice`
          : `has ${named.length} columns that could hold the ${column}`;
      return { columns, problem: `the header ${what} (${quoted(cells, named)}): which one holds it?` };
    }
    columns[named[0]!] = column;
  }
  if (!columns.includes('answer')) {
    const found = cells.map((c) => c.trim()).join(', ') || '(empty)';
    return {
      columns,
      problem: `the header must name an "answer" column (or one called ${NAMES.answer
        .slice(1, 4)
        .map((n) => `"${n}"`)
        .join(', ')}, ...), found: ${found}`,
    };
  }
  return { columns, problem: null };
}
