/** What other folders may use from the marking engine. */
export { compileRubric, type CompiledRubric, type CompileOptions } from './compile';
export { mark } from './mark';
export { joinEvidence } from './evidence-spans';
export { createCatalog, type Catalog } from './catalog';
export { DEFAULT_TEMPLATES } from './templates';
export { applyMarkMap, calibratedMark, levelForMark } from './calibration';
export type * from './types';
export { lintRubric, type LintFinding, type LintOptions } from './lint';
// Left out on purpose: the per-answer analysis, vocabulary and concept matcher are internal and
// may change shape; mark() is the stable contract.
