/**
 * A catalog of compiled rubrics by id, compiled once at start-up. A rubric that cannot be
 * compiled is left out and reported, never thrown: the others are still served.
 */
import { AppError, type Issue } from '../errors';
import type { Rubric } from '../rubric/types';
import { compileRubric, type CompileOptions, type CompiledRubric } from './compile';

export interface Catalog {
  get(id: string): CompiledRubric | undefined;
  /** In the order the rubrics were given. */
  list(): CompiledRubric[];
  /** Problems with rubrics left out of the catalog. */
  issues: Issue[];
}

/**
 * Compiles every rubric once.
 * @example const catalog = createCatalog(rubrics, { lexicon, wordnet }); catalog.get('ussr-power-struggle-1953')
 */
export function createCatalog(rubrics: readonly Rubric[], options: CompileOptions = {}): Catalog {
  const byId = new Map<string, CompiledRubric>();
  const issues: Issue[] = [];
  for (const rubric of rubrics) {
    if (byId.has(rubric.id)) {
      issues.push({ pointer: '/id', message: `expected a unique rubric id, found '${rubric.id}' twice` });
      continue;
    }
    try {
      byId.set(rubric.id, compileRubric(rubric, options));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, message: `${rubric.id}: ${issue.message}` })));
    }
  }
  const compiled = [...byId.values()];
  return { get: (id) => byId.get(id), list: () => [...compiled], issues };
}
