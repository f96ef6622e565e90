/**
 * A JSON answer written in one piece, for the feedback POST. res.json() goes through res.send(),
 * which copies a body over 1,000 characters into a Buffer (to size it for an ETag this route never
 * sends), re-parses the Content-Type it has just set, checks freshness and HEAD, and hands Node a
 * header string and a body Buffer to write as two chunks. Here the body stays a string, so Node
 * writes the headers and the body together; the bytes on the wire are the ones res.json() sends.
 */
import type { Response } from 'express';

// As Express's 'json escape' setting: <, > and & as \u003c, \u003e, \u0026, the same text once
// parsed and inert if a browser ever sniffed the body as HTML.
const HTML_SENSITIVE = /[<>&]/g;
const ESCAPED: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

function escapeChar(c: string): string {
  return ESCAPED[c] ?? c;
}

/**
 * The JSON text of `value` with <, > and & escaped.
 *
 * @example
 *   escapedJson({ text: '<b>' }); // '{"text":"\\u003cb\\u003e"}'
 */
export function escapedJson(value: unknown): string {
  return JSON.stringify(value).replace(HTML_SENSITIVE, escapeChar);
}

/**
 * Sends `value` as application/json with its Content-Length, status 200 unless one was set. For
 * routes that send no ETag (see no-etag.ts) and answer only POST, so no 304 and no HEAD.
 *
 * @example
 *   sendJson(res, { questionId, ...result });
 */
export function sendJson(res: Response, value: unknown): void {
  const body = escapedJson(value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body, 'utf8'));
  res.end(body, 'utf8');
}
