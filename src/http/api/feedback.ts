/** POST /api/v1/questions/:id/feedback: mark one answer and return the engine's result unchanged. */
import { isUtf8 } from 'node:buffer';
import express, { type Request, type RequestHandler } from 'express';
import { mark } from '../../scoring';
import { declaredCharset, isUtf8Charset, readUtf8Aliases } from '../charset';
import { stopIfClientLeft } from '../client-left';
import type { Catalog } from '../deps';
import { NOT_UTF8, UnsupportedMediaTypeError } from '../http-errors';
import { sendJson } from '../send-json';
import { readAnswer } from './feedback-request';
import { findQuestion } from './questions';

/** A request carries a body when it says how long it is or that it comes in chunks (RFC 9112 6.3). */
function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;
}

/**
 * 415 unless the body is declared JSON in UTF-8 (or "utf8" or US-ASCII, which name the same bytes).
 * express.json() silently skips other types, which would otherwise surface as a confusing "answer
 * is required", and decodes any UTF-* charset, so evidence offsets would index a text the client
 * never sent. A request with no body at all goes on, to be told the answer is missing.
 */
export function requireJsonBody(): RequestHandler {
  return function checkContentType(req, _res, next) {
    if (!hasBody(req)) return next();
    const found = req.get('Content-Type') ?? 'none';
    if (!req.is(['application/json', 'application/*+json'])) {
      return next(new UnsupportedMediaTypeError(`Send Content-Type: application/json; found ${found}.`));
    }
    const charset = declaredCharset(found);
    if (charset !== undefined && !isUtf8Charset(charset)) {
      return next(
        new UnsupportedMediaTypeError(`Send the body as UTF-8 (charset=utf-8); found charset=${charset}.`),
      );
    }
    next();
  };
}

/**
 * Parses a JSON object body up to `limitBytes`; the error handler turns its failures into 400/413/415.
 * A client that hangs up before or while the body is read gets no answer (see client-left.ts).
 * Run requireJsonBody() first: this reads any charset it let through as UTF-8.
 *
 * @example
 *   router.post('/x', requireJsonBody(), parseJsonBody(614400), handler);
 */
export function parseJsonBody(limitBytes: number): RequestHandler[] {
  // express.json() refuses "utf8" and US-ASCII, though the bytes are checked to be UTF-8 below.
  return [readUtf8Aliases(), stopIfClientLeft(), jsonParser(limitBytes)];
}

function jsonParser(limitBytes: number): RequestHandler {
  return express.json({
    limit: limitBytes,
    strict: true,
    type: ['application/json', 'application/*+json'],
    verify: requireUtf8,
  });
}

/**
 * Refuses a body that is not UTF-8 (UTF-16 sent without a charset, Windows-1252 bytes), which the
 * JSON parser would otherwise decode with replacement characters or garble into a parse error.
 */
function requireUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('the body is not UTF-8'), { type: NOT_UTF8 });
}

export function markAnswer(catalog: Catalog): RequestHandler<{ id: string }> {
  return function sendFeedback(req, res) {
    const compiled = findQuestion(catalog, req.params.id);
    // No body at all leaves req.body undefined: read it as an empty object, "answer is required".
    const answer = readAnswer(req.body ?? {});
    const result = mark(compiled, answer);
    sendJson(res, { questionId: compiled.id, ...result });
  };
}
