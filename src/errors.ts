/**
 * Typed errors. Each carries a stable `code` and the HTTP status it maps to; the one error
 * handler in src/http turns them into application/problem+json (RFC 9457) or an error page.
 */

/** One problem with one value: where (a JSON pointer, a file), what was expected. */
export interface Issue {
  /** JSON pointer into the offending document ("" for the whole document). */
  pointer: string;
  message: string;
  /** The file the document came from, when there is one. */
  file?: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: Issue[];

  constructor(
    code: string,
    status: number,
    message: string,
    options: { cause?: unknown; issues?: Issue[] } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.issues = options.issues ?? [];
  }
}

/** The request or document is not what was expected (422 unless a narrower status applies). */
export class ValidationError extends AppError {
  constructor(message: string, issues: Issue[] = [], status = 422) {
    super('validation', status, message, { issues });
  }
}

/** Something named by the client does not exist. */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not-found', 404, message);
  }
}

/** A rubric failed validation: never compiled, never served. */
export class RubricError extends AppError {
  constructor(message: string, issues: Issue[]) {
    super('invalid-rubric', 422, message, { issues });
  }
}

/**
 * Formats issues one per line as "file#/pointer: message" for terminals and logs; an issue about
 * the whole document, such as a line of a CSV file, as "file: message" (or the message alone).
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) => {
      const where = i.pointer ? `${i.file ? `${i.file}#` : ''}${i.pointer}` : (i.file ?? '');
      return where ? `${where}: ${i.message}` : i.message;
    })
    .join('\n');
}
