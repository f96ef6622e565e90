/**
 * Responses sent without an ETag. Express hashes every res.send/res.json body into one, which is
 * worth it where a client can send the tag back (a GET with If-None-Match answered 304). A POST
 * that marks an answer is never revalidated, so there the tag means nothing and the hash of the
 * whole response is wasted work.
 */
import type { RequestHandler } from 'express';

/**
 * Put first on a route whose responses, errors included, should carry no ETag. Express computes
 * one only when none is set yet, and Node writes one header line per element of an array value,
 * so an empty list skips the hash and sends no header.
 *
 * @example
 *   router.post('/questions/:id/feedback', withoutEtag(), markAnswer(catalog));
 */
export function withoutEtag(): RequestHandler {
  return function skipEtag(_req, res, next) {
    res.setHeader('ETag', []);
    next();
  };
}
