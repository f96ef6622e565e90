/**
 * The charset a request body is declared in, and which names mean UTF-8. Clients often send
 * "utf8", a common alias, or US-ASCII, a subset of UTF-8; body-parser refuses both (its JSON
 * parser takes only names starting "utf-", its form parser only "utf-8" and "iso-8859-1").
 */
import type { RequestHandler } from 'express';

// The charset parameter of a Content-Type header, quoted or not (RFC 9110 8.3.1).
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^";\s]*))/i;

// Lower-case names of charsets whose bytes a UTF-8 decoder reads as the sender meant them.
const UTF8_NAMES: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * The declared charset in lower case, or undefined when the header has no charset parameter.
 *
 * @example
 *   declaredCharset('application/json; charset="UTF8"'); // 'utf8'
 */
export function declaredCharset(contentType: string): string | undefined {
  const match = CHARSET.exec(contentType);
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? '').toLowerCase();
}

/**
 * Whether a body in this (lower-case) charset can be read as UTF-8.
 *
 * @example
 *   isUtf8Charset('us-ascii'); // true
 *   isUtf8Charset('iso-8859-1'); // false
 */
export function isUtf8Charset(charset: string): boolean {
  return UTF8_NAMES.has(charset);
}

/**
 * Renames a UTF-8 alias in the request's Content-Type to "utf-8", so the body parser that follows
 * reads the body instead of refusing it. Any other charset is left for the parser to judge.
 *
 * @example
 *   router.post('/x', readUtf8Aliases(), express.urlencoded({ extended: false }), handler);
 */
export function readUtf8Aliases(): RequestHandler {
  return function renameUtf8Alias(req, _res, next) {
    const contentType = req.headers['content-type'];
    const charset = contentType === undefined ? undefined : declaredCharset(contentType);
    if (contentType !== undefined && charset !== undefined && charset !== 'utf-8' && isUtf8Charset(charset)) {
      req.headers['content-type'] = contentType.replace(CHARSET, '; charset=utf-8');
    }
    next();
  };
}
