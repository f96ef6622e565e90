/** JSON parsing that reports where the text went wrong (line and column), never throws. */
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Issue } from '../errors';

export type Parsed = { ok: true; data: unknown } | { ok: false; issues: Issue[] };

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where strict JSON.parse failed: V8 no longer always says, so a tolerant parser finds the spot. */
function locate(text: string): string {
  if (text.trim() === '') return 'the file is empty';
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return 'the text is not JSON';
  const { line, column } = lineColumn(text, first.offset);
  return `line ${line}, column ${column}: ${printParseErrorCode(first.error)}`;
}

/**
 * Parses JSON text; a syntax error becomes an issue naming the line and column.
 * @example parseJson('{"a":}', 'x.json') // { ok: false, issues: [{ message: 'expected valid JSON, found ... line 1, column 6 ...' }] }
 */
export function parseJson(text: string, file?: string): Parsed {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, data: JSON.parse(source) as unknown };
  } catch {
    const message = `expected valid JSON, found a syntax error at ${locate(source)}`;
    return { ok: false, issues: [{ pointer: '', message, ...(file === undefined ? {} : { file }) }] };
  }
}
