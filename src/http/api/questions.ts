/** GET /api/v1/questions and GET /api/v1/questions/:id, and the 404 for an unknown id. */
import type { RequestHandler } from 'express';
import { NotFoundError } from '../../errors';
import type { CompiledRubric } from '../../scoring';
import type { Catalog } from '../deps';
import { toQuestionDetail, toQuestionSummary } from './public-question';

/**
 * The compiled question with this id, or a NotFoundError (404).
 *
 * @example
 *   findQuestion(catalog, 'ussr-power-struggle').rubric.title;
 */
export function findQuestion(catalog: Catalog, id: string): CompiledRubric {
  const compiled = catalog.get(id);
  if (!compiled) throw new NotFoundError(`No question has the id "${id}".`);
  return compiled;
}

/**
 * 404 for an unknown question id, whatever the method; put before allowOnly() so a 405, whose
 * Allow lists what the resource supports, is only ever said of a question that exists. `find`
 * throws the NotFoundError (the pages pass their own, worded for students).
 *
 * @example
 *   router.route('/questions/:id').get(getQuestion(catalog)).all(requireQuestion(catalog), allowOnly(['GET']));
 */
export function requireQuestion(
  catalog: Catalog,
  find: (catalog: Catalog, id: string) => CompiledRubric = findQuestion,
): RequestHandler<{ id: string }> {
  return function checkQuestionExists(req, _res, next) {
    find(catalog, req.params.id);
    next();
  };
}

export function listQuestions(catalog: Catalog): RequestHandler {
  return function sendQuestionList(_req, res) {
    const questions = catalog
      .list()
      .map((c) => toQuestionSummary(c.rubric))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    res.json({ questions });
  };
}

export function getQuestion(catalog: Catalog): RequestHandler<{ id: string }> {
  return function sendQuestion(req, res) {
    res.json(toQuestionDetail(findQuestion(catalog, req.params.id).rubric));
  };
}
