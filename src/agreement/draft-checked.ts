/**
 * A drafted rubric checked with the real marker: its model answers are marked, and where the
 * marker finds fewer points in a model answer than the draft expected (its negation or
 * matching reads a phrase differently), the scheme asks for fewer points, so every model
 * answer still earns full marks. Whatever still falls short is reported, never hidden.
 */
import { validateRubric } from '../rubric';
import type { Lexicon, Rubric } from '../rubric/types';
import { compileRubric, mark } from '../scoring';
import { draftRubric, type DraftOptions } from './draft-rubric';

export interface CheckedDraft {
  rubric: Rubric;
  /** The mark each model answer earns under the draft, in order. */
  modelMarks: number[];
  /** Point ids the marker finds in each model answer. */
  pointsByAnswer: string[][];
  warnings: string[];
}

function markModels(rubric: Rubric, lexicon: Lexicon | undefined): { marks: number[]; points: string[][] } {
  const compiled = compileRubric(rubric, lexicon ? { lexicon } : {});
  const results = rubric.modelAnswers.map((a) => mark(compiled, a));
  return {
    marks: results.map((r) => r.mark),
    points: results.map((r) => r.points.filter((p) => p.met).map((p) => p.id)),
  };
}

/**
 * Drafts, validates and checks the rubric against its own model answers.
 * @example draftRubricChecked({ question, answers: ['The water evaporated, leaving the salt.'] }).modelMarks // [2]
 */
export function draftRubricChecked(options: DraftOptions): CheckedDraft {
  let rubric = draftRubric(options);
  let models = markModels(rubric, options.lexicon);
  const fewest = Math.min(...models.points.map((p) => p.length));
  if (models.marks.some((m) => m < rubric.maxMark) && fewest >= 1) {
    rubric = draftRubric({ ...options, maxMark: rubric.maxMark }, fewest);
    models = markModels(rubric, options.lexicon);
  }
  const warnings: string[] = [];
  const valid = validateRubric(rubric);
  if (!valid.ok)
    warnings.push(...valid.issues.map((i) => `draft is not a valid rubric: ${i.pointer} ${i.message}`));
  models.marks.forEach((m, i) => {
    if (m < rubric.maxMark)
      warnings.push(`model answer ${i + 1} earns ${m}/${rubric.maxMark}: edit its points by hand`);
  });
  return { rubric, modelMarks: models.marks, pointsByAnswer: models.points, warnings };
}
