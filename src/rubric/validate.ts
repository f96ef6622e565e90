/**
 * The one gate a rubric or lexicon passes before anything compiles it: schema, then semantics.
 * "No" is a value: invalid documents come back as issues, never as exceptions.
 */
import type { Issue } from '../errors';
import { schemaIssues } from './schema';
import { semanticIssues } from './semantic';
import type { Lexicon, Rubric } from './types';

export type RubricValidation = { ok: true; rubric: Rubric } | { ok: false; issues: Issue[] };
export type LexiconValidation = { ok: true; lexicon: Lexicon } | { ok: false; issues: Issue[] };

/**
 * Validates a parsed rubric.
 * @example validateRubric(JSON.parse(text), 'rubrics/power-struggle.json')
 */
export function validateRubric(data: unknown, file?: string): RubricValidation {
  const issues = schemaIssues('rubric', data, file);
  if (issues.length > 0) return { ok: false, issues };
  const rubric = data as Rubric;
  const semantic = semanticIssues(rubric, file);
  return semantic.length > 0 ? { ok: false, issues: semantic } : { ok: true, rubric };
}

/**
 * Validates a parsed synonym lexicon.
 * @example validateLexicon({ schemaVersion: 1, synonyms: [['MVD', 'secret police']] })
 */
export function validateLexicon(data: unknown, file?: string): LexiconValidation {
  const issues = schemaIssues('lexicon', data, file);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lexicon: data as Lexicon };
}
