/**
 * What other folders may use from agreement: the metrics, the marked-file reader, test-rubric,
 * calibration, rubric drafting and the SemEval-2013 reader.
 * Left out on purpose: the fitting internals (bands, mark shifts, folds), which the
 * evaluation harness and tests import directly.
 */
export {
  ordinalAgreement,
  quadraticWeightedKappa,
  confusionMatrix,
  round,
  type MarkPair,
  type OrdinalAgreement,
} from './ordinal';
export {
  classificationReport,
  precisionRecall,
  type ClassificationReport,
  type LabelScores,
} from './classification';
export { readMarked, formatFromName, type MarkedAnswer, type MarkedFormat } from './marked-file';
export { csvDelimiter, type CsvDelimiter } from './csv-delimiter';
export { readCsvHeader, headerKey, type CsvColumn, type CsvColumns } from './csv-columns';
export {
  testRubric,
  type TestRubricReport,
  type Disagreement,
  type PointAgreement,
  type Marker,
} from './test-rubric';
export { formatRubricChanges, formatTestReport } from './test-report-text';
export {
  compareRubrics,
  type RubricChanges,
  type PointChanges,
  type PointChange,
  type MarkChange,
} from './rubric-changes';
export {
  calibrate,
  fitCalibration,
  MIN_EXAMPLES,
  type CalibrationExample,
  type CalibrationReport,
} from './calibrate';
export { draftRubric, draftConcepts, type DraftOptions, type DraftConcept } from './draft-rubric';
export { draftRubricChecked, type CheckedDraft } from './draft-checked';
export { parseSemevalQuestion, twoWay, type SemevalQuestion, type SemevalLabel } from './semeval';
export { bestOverlap } from './lexical-overlap';
