/**
 * The library: load and validate rubrics, compile them, mark answers.
 *
 * @example
 * const { rubrics, lexicon } = await loadRubricDir('rubrics');
 * const catalog = createCatalog(rubrics, { lexicon });
 * const result = mark(catalog.get('ussr-power-struggle-1953')!, answer);
 */
export { compileRubric, createCatalog, mark, DEFAULT_TEMPLATES, lintRubric } from './scoring';
export type {
  Catalog,
  CompiledRubric,
  CompileOptions,
  Evidence,
  Feedback,
  LevelResult,
  LintFinding,
  MarkResult,
  MisconceptionResult,
  PointResult,
} from './scoring';
export { loadRubricDir, loadRubricFile, validateLexicon, validateRubric, wordnetSynonyms } from './rubric';
export type { Lexicon, LoadedRubrics, Rubric } from './rubric';
export { AppError, NotFoundError, RubricError, ValidationError, formatIssues, type Issue } from './errors';
// Left out on purpose: the HTTP app, the CLI and the agreement tools, which are applications of
// this library rather than part of it; and the NLP internals, which may change shape.
