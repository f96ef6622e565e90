/** POST /api/v1/questions/:id/feedback: mark one answer and return the engine's result unchanged. */
import express, { type RequestHandler } from 'express';
import { mark } from '../../scoring';
import type { Catalog } from '../deps';
import { UnsupportedMediaTypeError } from '../http-errors';
import { readAnswer } from './feedback-request';
import { findQuestion } from './questions';

/**
 * 415 unless the body is declared JSON. express.json() silently skips other types, which would
 * otherwise surface as a confusing "answer is required".
 */
export function requireJsonBody(): RequestHandler {
  return function checkContentType(req, _res, next) {
    if (req.is(['application/json', 'application/*+json'])) return next();
    const found = req.get('Content-Type') ?? 'none';
    next(new UnsupportedMediaTypeError(`Send Content-Type: application/json; found ${found}.`));
  };
}

/**
 * Parses a JSON object body up to `limitBytes`; the error handler turns its failures into 400/413/415.
 *
 * @example
 *   router.post('/x', requireJsonBody(), parseJsonBody(262144), handler);
 */
export function parseJsonBody(limitBytes: number): RequestHandler {
  return express.json({ limit: limitBytes, strict: true, type: ['application/json', 'application/*+json'] });
}

export function markAnswer(catalog: Catalog): RequestHandler<{ id: string }> {
  return function sendFeedback(req, res) {
    const compiled = findQuestion(catalog, req.params.id);
    const answer = readAnswer(req.body);
    const result = mark(compiled, answer);
    res.json({ questionId: compiled.id, ...result });
  };
}
