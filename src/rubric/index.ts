/** What other folders may use from the rubric layer: types, validation and loading. */
export type * from './types';
export { validateRubric, validateLexicon, type RubricValidation, type LexiconValidation } from './validate';
export { loadRubricDir, loadRubricFile, LEXICON_FILE, type LoadedRubrics } from './load';
export { parseJson, type Parsed } from './parse';
export { semanticIssues } from './semantic';
export { wordnetSynonyms } from './wordnet';
// Left out on purpose: the ajv instance and error formatting, used only through validate*().
